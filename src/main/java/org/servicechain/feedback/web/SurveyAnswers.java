package org.servicechain.feedback.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.servicechain.feedback.ServqualAnswer;
import org.servicechain.feedback.ServqualDimension;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * Reading a score from a form: empty is no answer; anything but a whole number is named
 * beside the field.
 */
final class SurveyAnswers {

	private SurveyAnswers() {
	}

	/**
	 * Reads a SERVQUAL answer's ten statements from the form's fields (e.g.
	 * {@code reliability.expectation}); empty ones stay unanswered for the survey to
	 * name, anything but a whole number is named beside its field.
	 */
	static ServqualAnswer servqual(Map<String, String> form) {
		Map<ServqualDimension, Integer> expectations = new EnumMap<>(ServqualDimension.class);
		Map<ServqualDimension, Integer> perceptions = new EnumMap<>(ServqualDimension.class);
		List<FieldViolation> problems = new ArrayList<>();
		for (ServqualDimension dimension : ServqualDimension.values()) {
			read(form, dimension.expectationField(), problems).ifPresent((v) -> expectations.put(dimension, v));
			read(form, dimension.perceptionField(), problems).ifPresent((v) -> perceptions.put(dimension, v));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ServqualAnswer(expectations, perceptions);
	}

	private static Optional<Integer> read(Map<String, String> form, String field, List<FieldViolation> problems) {
		String value = form.get(field);
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Integer.valueOf(value.strip()));
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldViolation(field, "number", "Choose one of the points of the scale"));
			return Optional.empty();
		}
	}

	/**
	 * @return the chosen points of a SERVQUAL form as sent, to show them again beside the
	 * errors
	 */
	static Map<String, String> chosen(Map<String, String> form) {
		Map<String, String> chosen = new java.util.HashMap<>();
		for (ServqualDimension dimension : ServqualDimension.values()) {
			for (String field : List.of(dimension.expectationField(), dimension.perceptionField())) {
				if (form.get(field) != null) {
					chosen.put(field, form.get(field).strip());
				}
			}
		}
		return chosen;
	}

	static @Nullable Integer score(@Nullable String score) {
		if (score == null || score.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(score.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("score", "number", "Choose one of the scores");
		}
	}

}
