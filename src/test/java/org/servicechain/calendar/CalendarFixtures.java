package org.servicechain.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Calendars and instants that read like the domain.
 */
final class CalendarFixtures {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private CalendarFixtures() {
	}

	/** Mon-Fri 09:00-12:30 and 13:30-17:30 in London (37.5 hours a week), no holidays. */
	static BusinessCalendar.Builder londonOfficeHours() {
		return BusinessCalendar.builder(LONDON).mondayToFriday(interval("09:00-12:30"), interval("13:30-17:30"));
	}

	/** The London office with the England and Wales bank holidays 2025-2028. */
	static BusinessCalendar londonOffice() {
		return londonOfficeHours().holidays(IcsHolidays.englandAndWales()).build();
	}

	static WorkingInterval interval(String text) {
		return WorkingInterval.parse(text);
	}

	static LocalTime time(String text) {
		return LocalTime.parse(text);
	}

	/** A London wall-clock time (the earlier one if it occurs twice). */
	static Instant london(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
	}

	static Instant newYork(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
	}

	static Instant utc(String instant) {
		return Instant.parse(instant);
	}

}
