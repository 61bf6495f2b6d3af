package org.servicechain.feedback.web;

import org.jspecify.annotations.Nullable;

import org.servicechain.shared.InvalidInputException;

/**
 * Reading a score from a form: empty is no answer; anything but a whole number is named
 * beside the field.
 */
final class SurveyAnswers {

	private SurveyAnswers() {
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
