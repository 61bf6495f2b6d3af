package org.servicechain.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.calendar.CalendarFixtures.LONDON;
import static org.servicechain.calendar.CalendarFixtures.interval;
import static org.servicechain.calendar.CalendarFixtures.london;

/**
 * Night shifts that cross midnight, intervals ending at 24:00, and 24/7 calendars. Night
 * shifts run Monday to Friday 22:00-06:00; 2026-11-23 is a Monday.
 */
class BusinessCalendarShiftsUnitTests {

	private final BusinessCalendar nights = BusinessCalendar.builder(LONDON)
		.mondayToFriday(interval("22:00-06:00+1"))
		.build();

	@Test
	void countsAcrossMidnight() {
		assertThat(nights.addWorkingTime(london("2026-11-23T23:00"), Duration.ofHours(2)))
			.isEqualTo(london("2026-11-24T01:00"));
		assertThat(nights.addWorkingTime(london("2026-11-24T05:00"), Duration.ofHours(2)))
			.isEqualTo(london("2026-11-24T23:00"));
	}

	@Test
	void fridaysShiftRunsIntoSaturdayMorning() {
		assertThat(nights.isWorking(london("2026-11-28T03:00"))).isTrue();
		assertThat(nights.isWorking(london("2026-11-29T03:00"))).isFalse();
		assertThat(nights.addWorkingTime(london("2026-11-28T05:00"), Duration.ofHours(2)))
			.isEqualTo(london("2026-11-30T23:00"));
		assertThat(nights.subtractWorkingTime(london("2026-11-30T23:00"), Duration.ofHours(2)))
			.isEqualTo(london("2026-11-28T05:00"));
	}

	@Test
	void shiftEndingAtTheDeadlineLandsAtItsEnd() {
		assertThat(nights.addWorkingTime(london("2026-11-23T22:00"), Duration.ofHours(8)))
			.isEqualTo(london("2026-11-24T06:00"));
	}

	@Test
	void holidayCancelsTheShiftStartingThatDayButNotTheOneFromTheEveningBefore() {
		BusinessCalendar calendar = nights.toBuilder().holiday(LocalDate.parse("2026-11-24"), "Day off").build();

		assertThat(calendar.isWorking(london("2026-11-24T05:00"))).isTrue();
		assertThat(calendar.isWorking(london("2026-11-24T23:00"))).isFalse();
		assertThat(calendar.addWorkingTime(london("2026-11-24T05:00"), Duration.ofHours(2)))
			.isEqualTo(london("2026-11-25T23:00"));
	}

	@Test
	void workingDaysKeepTheShiftsTimeOfDay() {
		assertThat(nights.addWorkingDays(london("2026-11-24T02:00"), 1)).as("Monday's shift, 02:00 → Tuesday's")
			.isEqualTo(london("2026-11-25T02:00"));
		assertThat(nights.addWorkingDays(london("2026-11-27T23:00"), 1)).isEqualTo(london("2026-11-30T23:00"));
		assertThat(nights.addWorkingDays(london("2026-11-24T12:00"), 1)).as("from the next opening, Tuesday 22:00")
			.isEqualTo(london("2026-11-25T22:00"));
		assertThat(nights.addWorkingDays(london("2026-11-24T12:00"), -1))
			.as("from the last closing, the end of Monday's shift, to the end of Friday's")
			.isEqualTo(london("2026-11-21T06:00"));
	}

	@Test
	void shiftsMayTouch() {
		BusinessCalendar calendar = BusinessCalendar.builder(LONDON)
			.hours(DayOfWeek.MONDAY, interval("14:00-22:00"), interval("22:00-06:00+1"))
			.hours(DayOfWeek.TUESDAY, interval("06:00-14:00"))
			.build();

		assertThat(calendar.workingTimeBetween(london("2026-11-23T00:00"), london("2026-11-25T00:00")))
			.isEqualTo(Duration.ofHours(24));
		assertThat(calendar.addWorkingTime(london("2026-11-23T14:00"), Duration.ofHours(24)))
			.isEqualTo(london("2026-11-24T14:00"));
	}

	@Test
	void intervalEndingAtMidnightClosesAtMidnight() {
		BusinessCalendar calendar = BusinessCalendar.builder(LONDON).mondayToFriday(interval("16:00-24:00")).build();

		assertThat(calendar.addWorkingTime(london("2026-11-23T23:00"), Duration.ofHours(1)))
			.isEqualTo(london("2026-11-24T00:00"));
		assertThat(calendar.isWorking(london("2026-11-24T00:00"))).isFalse();
		assertThat(calendar.isWorking(london("2026-11-23T23:59:59"))).isTrue();
		assertThat(calendar.addWorkingDays(london("2026-11-23T20:00"), 1)).isEqualTo(london("2026-11-24T20:00"));
	}

	@Test
	void twentyFourSevenCountsEverySecond() {
		BusinessCalendar calendar = BusinessCalendar.twentyFourSeven(LONDON);

		assertThat(calendar.standardWeeklyWorkingTime()).isEqualTo(Duration.ofDays(7));
		assertThat(calendar.isWorking(london("2026-11-29T03:00"))).isTrue();
		assertThat(calendar.addWorkingTime(london("2026-11-28T23:30"), Duration.ofHours(1)))
			.isEqualTo(london("2026-11-29T00:30"));
		assertThat(calendar.addWorkingDays(london("2026-11-28T23:30"), 2)).isEqualTo(london("2026-11-30T23:30"));
		assertThat(calendar.workingTimeBetween(london("2026-01-01T00:00"), london("2027-01-01T00:00")))
			.isEqualTo(Duration.ofDays(365));
	}

}
