package org.servicechain.calendar;

import org.jspecify.annotations.Nullable;

/**
 * A business-calendar rule was broken. Names the offending {@link #field() field} and the
 * {@link #rule() rule} it broke, so that callers (API, UI) can report bad input
 * precisely.
 */
public class CalendarException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final String rule;

	CalendarException(String field, String rule) {
		this(field, rule, null);
	}

	CalendarException(String field, String rule, @Nullable Throwable cause) {
		super(field + " " + rule, cause);
		this.field = field;
		this.rule = rule;
	}

	/**
	 * The field that broke the rule, e.g. {@code hours[MONDAY]}, {@code zone},
	 * {@code duration}.
	 * @return will never be {@literal null}.
	 */
	public String field() {
		return this.field;
	}

	/**
	 * The rule the field broke, in words, e.g. {@code must not be negative}.
	 * @return will never be {@literal null}.
	 */
	public String rule() {
		return this.rule;
	}

}
