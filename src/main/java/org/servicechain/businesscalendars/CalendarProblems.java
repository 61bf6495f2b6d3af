package org.servicechain.businesscalendars;

import java.util.List;
import java.util.Map;

import org.servicechain.calendar.CalendarException;
import org.servicechain.calendar.NoWorkingTimeException;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * Turns the calendar module's errors into the API's field violations. The calendar names
 * the rule in words ({@code must not have overlapping intervals: …}); clients need a
 * stable code ({@code overlap}), so the words' opening is looked up here and the whole
 * sentence becomes the message. {@code CalendarProblemsUnitTests} provokes each rule in
 * the real calendar module, so a reworded rule fails a test instead of silently turning
 * into {@code invalid}.
 */
final class CalendarProblems {

	/**
	 * Openings of the calendar module's rule sentences and their codes; first match wins.
	 */
	private static final List<Map.Entry<String, String>> RULES = List.of(Map.entry("must look like", "format"),
			Map.entry("must be a time like", "format"), Map.entry("must be a known IANA time zone", "known-zone"),
			Map.entry("must have known rules", "known-zone"), Map.entry("must be whole seconds", "whole-seconds"),
			Map.entry("must be after start", "reversed"), Map.entry("must not be before start", "reversed"),
			Map.entry("of a shift ending the next day", "max-length"),
			Map.entry("24:00+1 is more than 24 hours", "max-length"),
			Map.entry("must not have overlapping intervals", "overlap"),
			Map.entry("must not overlap the next day", "overlap-next-day"),
			Map.entry("must not contain null", "required"), Map.entry("must not appear more than once", "unique"),
			Map.entry("must not fall on a holiday", "not-on-holiday"), Map.entry("must not be blank", "required"),
			Map.entry("must not be empty", "required"), Map.entry("must not be negative", "negative"),
			Map.entry("must not exceed", "max"), Map.entry("must be between", "range"),
			Map.entry("must be from", "range"), Map.entry("must be before", "range"),
			Map.entry("must not be before", "range"), Map.entry("must be valid iCalendar", "ics"),
			Map.entry("must not recur", "recurring"), Map.entry("must have a DTSTART", "required"),
			Map.entry("must last from", "range"), Map.entry("must be an all-day event", "all-day"),
			Map.entry("must have a DURATION in whole days", "whole-days"), Map.entry("must hold at most", "max-events"),
			Map.entry("must expand to at most", "max-dates"));

	private CalendarProblems() {
	}

	/**
	 * @return the stable rule code of a calendar error, {@code invalid} if unknown.
	 */
	static String ruleOf(CalendarException ex) {
		if (ex instanceof NoWorkingTimeException) {
			return "no-working-time";
		}
		return RULES.stream()
			.filter((rule) -> ex.rule().startsWith(rule.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("invalid");
	}

	/**
	 * @param field the field as the client named it, which may differ from the calendar
	 * module's name for it
	 */
	static FieldViolation violation(String field, CalendarException ex) {
		return new FieldViolation(field, ruleOf(ex), ex.rule());
	}

	static FieldViolation violation(String field, CalendarException ex, String context) {
		return new FieldViolation(field, ruleOf(ex), context + ex.rule());
	}

	static InvalidInputException invalid(String field, CalendarException ex) {
		return new InvalidInputException(List.of(violation(field, ex)));
	}

}
