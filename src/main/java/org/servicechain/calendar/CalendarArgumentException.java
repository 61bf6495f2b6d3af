package org.servicechain.calendar;

/**
 * An argument to a business-hours calculation is invalid, e.g. a negative, sub-second or
 * absurdly long duration, an instant outside the supported range, or a pause that ends
 * before it starts.
 */
public final class CalendarArgumentException extends CalendarException {

	private static final long serialVersionUID = 1L;

	CalendarArgumentException(String field, String rule) {
		super(field, rule);
	}

}
