package org.servicechain.calendar;

/**
 * A calculation needed working time that the calendar does not offer: the calendar has no
 * working time at all, or none within {@link BusinessCalendar#SEARCH_HORIZON_DAYS ten
 * years} of the point the search had reached. Raised instead of searching forever.
 */
public final class NoWorkingTimeException extends CalendarException {

	private static final long serialVersionUID = 1L;

	NoWorkingTimeException(String rule) {
		super("calendar", rule);
	}

}
