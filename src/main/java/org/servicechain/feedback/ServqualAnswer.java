package org.servicechain.feedback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * One respondent's answers to a SERVQUAL survey (FB-1): for each RATER dimension, how
 * much they agree with the statement about an excellent service (expectation) and with
 * the one about this service (perception), each 1 to 7. The gap of a dimension is
 * perception − expectation: negative when the service falls short of what was expected.
 *
 * <p>
 * Kept with the invitation as text, {@code RELIABILITY:6:5 ASSURANCE:6:6 …}
 * (dimension:expectation:perception), like the invitation keeps its parties; the
 * invitation's score holds the sum of the five gaps (−30 … +30), so every count that
 * reads scores (trends, reports, improvement actions) reads SERVQUAL too.
 *
 * @param expectations each dimension's expectation; a missing one is not answered
 * @param perceptions each dimension's perception; a missing one is not answered
 */
public record ServqualAnswer(Map<ServqualDimension, Integer> expectations,
		Map<ServqualDimension, Integer> perceptions) {

	public ServqualAnswer {
		expectations = Collections.unmodifiableMap(copy(expectations));
		perceptions = Collections.unmodifiableMap(copy(perceptions));
	}

	private static Map<ServqualDimension, Integer> copy(@Nullable Map<ServqualDimension, Integer> values) {
		Map<ServqualDimension, Integer> copy = new EnumMap<>(ServqualDimension.class);
		if (values != null) {
			values.forEach((dimension, value) -> {
				if (dimension != null && value != null) {
					copy.put(dimension, value);
				}
			});
		}
		return copy;
	}

	/**
	 * @return the same expectation and perception for every dimension (for tests and
	 * imports)
	 */
	public static ServqualAnswer of(int[] expectations, int[] perceptions) {
		Map<ServqualDimension, Integer> e = new EnumMap<>(ServqualDimension.class);
		Map<ServqualDimension, Integer> p = new EnumMap<>(ServqualDimension.class);
		ServqualDimension[] dimensions = ServqualDimension.values();
		for (int i = 0; i < dimensions.length; i++) {
			e.put(dimensions[i], expectations[i]);
			p.put(dimensions[i], perceptions[i]);
		}
		return new ServqualAnswer(e, p);
	}

	/**
	 * Every statement answered, on the scale; each problem is named on its own field.
	 * @throws InvalidInputException naming every statement unanswered or off the scale
	 */
	public void validate() {
		List<FieldViolation> problems = new ArrayList<>();
		for (ServqualDimension dimension : ServqualDimension.values()) {
			check(problems, dimension.expectationField(), this.expectations.get(dimension),
					dimension.label() + ": choose how much you agree with the statement about an excellent service");
			check(problems, dimension.perceptionField(), this.perceptions.get(dimension),
					dimension.label() + ": choose how much you agree with the statement about this service");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void check(List<FieldViolation> problems, String field, @Nullable Integer value, String missing) {
		if (value == null) {
			problems.add(new FieldViolation(field, "required", missing));
		}
		else if (value < ServqualDimension.MIN || value > ServqualDimension.MAX) {
			problems.add(new FieldViolation(field, "range",
					"Choose from " + ServqualDimension.MIN + " to " + ServqualDimension.MAX));
		}
	}

	/**
	 * @return perception − expectation of one dimension (answered)
	 */
	public int gap(ServqualDimension dimension) {
		return this.perceptions.get(dimension) - this.expectations.get(dimension);
	}

	/**
	 * @return the sum of the five gaps, −30 … +30: what the invitation's score holds
	 */
	public int gapSum() {
		int sum = 0;
		for (ServqualDimension dimension : ServqualDimension.values()) {
			sum += gap(dimension);
		}
		return sum;
	}

	/**
	 * @return the answers as stored with the invitation
	 */
	String stored() {
		List<String> parts = new ArrayList<>();
		for (ServqualDimension dimension : ServqualDimension.values()) {
			parts
				.add(dimension.name() + ":" + this.expectations.get(dimension) + ":" + this.perceptions.get(dimension));
		}
		return String.join(" ", parts);
	}

	/**
	 * @return the answers stored with an invitation, or {@literal null} for none
	 */
	static @Nullable ServqualAnswer parse(@Nullable String stored) {
		if (stored == null || stored.isBlank()) {
			return null;
		}
		Map<ServqualDimension, Integer> e = new EnumMap<>(ServqualDimension.class);
		Map<ServqualDimension, Integer> p = new EnumMap<>(ServqualDimension.class);
		for (String part : stored.strip().split(" ")) {
			String[] fields = part.split(":");
			ServqualDimension dimension = ServqualDimension.valueOf(fields[0]);
			e.put(dimension, Integer.valueOf(fields[1]));
			p.put(dimension, Integer.valueOf(fields[2]));
		}
		return new ServqualAnswer(e, p);
	}

}
