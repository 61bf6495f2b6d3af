package org.servicechain.calendar;

/**
 * A calendar definition (zone, working intervals, holidays, special working days or an
 * iCalendar import) is invalid, e.g. overlapping or reversed intervals or an unknown time
 * zone.
 */
public final class InvalidCalendarException extends CalendarException {

	private static final long serialVersionUID = 1L;

	InvalidCalendarException(String field, String rule) {
		super(field, rule);
	}

	InvalidCalendarException(String field, String rule, Throwable cause) {
		super(field, rule, cause);
	}

}
