package org.servicechain.agreements.feasibility;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.WorkingInterval;

/**
 * Calendars, promises and agreements that read like the domain. No bank holidays, so the
 * hand-computed instants in the tests depend on the weekly hours alone.
 */
final class FeasibilityFixtures {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	/**
	 * Monday 1 June 2026, 00:00 in London: a week (and the week after it) without clock
	 * changes in London or New York.
	 */
	static final Instant WEEK_OF_1_JUNE_2026 = london("2026-06-01T00:00");

	private FeasibilityFixtures() {
	}

	/** Monday to Friday 09:00-17:00 in London: 8 working hours a day. */
	static BusinessCalendar officeCalendar() {
		return BusinessCalendar.builder(LONDON).mondayToFriday(WorkingInterval.parse("09:00-17:00")).build();
	}

	/** Around the clock, every day. */
	static BusinessCalendar roundTheClock() {
		return BusinessCalendar.twentyFourSeven(LONDON);
	}

	/** Two shifts, 06:00-14:00 and 14:00-22:00, Monday to Saturday, in London. */
	static BusinessCalendar warehouseShifts() {
		BusinessCalendar.Builder builder = BusinessCalendar.builder(LONDON);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day != DayOfWeek.SUNDAY) {
				builder.hours(day, WorkingInterval.parse("06:00-14:00"), WorkingInterval.parse("14:00-22:00"));
			}
		}
		return builder.build();
	}

	/** Monday to Friday 09:00-17:00 in New York. */
	static BusinessCalendar newYorkOffice() {
		return BusinessCalendar.builder(NEW_YORK).mondayToFriday(WorkingInterval.parse("09:00-17:00")).build();
	}

	/** The customer SLA: resolved within 2 working days (16 hours) of the office. */
	static Promise twoWorkingDaysInTheOffice() {
		return new Promise(workingHours(16), officeCalendar());
	}

	/** The customer SLA: resolved within 48 hours, weekends included. */
	static Promise fortyEightHoursRoundTheClock() {
		return new Promise(Duration.ofHours(48), roundTheClock());
	}

	/**
	 * An operational level agreement or supplier contract promising a resolution time.
	 */
	static Commitment agreement(String reference, Duration resolution, BusinessCalendar calendar) {
		return new Commitment(UUID.nameUUIDFromBytes(("agreement:" + reference).getBytes(StandardCharsets.UTF_8)),
				reference, resolution, calendar);
	}

	static Duration workingHours(long hours) {
		return Duration.ofHours(hours);
	}

	/** A London wall-clock time. */
	static Instant london(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
	}

	/** A New York wall-clock time. */
	static Instant newYork(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
	}

}
