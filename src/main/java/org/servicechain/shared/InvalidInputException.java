package org.servicechain.shared;

import java.util.List;

/**
 * Input that breaks a domain rule. Each violation names the field and the rule, so both
 * the API (problem+json) and the UI (inline message next to the field) can say exactly
 * what is wrong.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldViolation> violations;

	public InvalidInputException(List<FieldViolation> violations) {
		super(violations.stream().map(FieldViolation::toString).reduce((a, b) -> a + "; " + b).orElse("Invalid input"));
		this.violations = List.copyOf(violations);
	}

	public InvalidInputException(String field, String rule, String message) {
		this(List.of(new FieldViolation(field, rule, message)));
	}

	public List<FieldViolation> getViolations() {
		return this.violations;
	}

	/**
	 * One broken rule on one field.
	 *
	 * @param field the field as the client named it, e.g. {@code name}
	 * @param rule a stable rule code, e.g. {@code unique}, {@code size}, {@code no-cycle}
	 * @param message a sentence for people
	 */
	public record FieldViolation(String field, String rule, String message) {

		@Override
		public String toString() {
			return this.field + ": " + this.message;
		}

	}

}
