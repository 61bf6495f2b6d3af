package org.servicechain.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRulesException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.servicechain.calendar.CalendarFixtures.LONDON;
import static org.servicechain.calendar.CalendarFixtures.interval;
import static org.servicechain.calendar.CalendarFixtures.london;
import static org.servicechain.calendar.CalendarFixtures.londonOffice;
import static org.servicechain.calendar.CalendarFixtures.londonOfficeHours;
import static org.servicechain.calendar.CalendarFixtures.utc;

/**
 * Bad calendars and bad arguments fail with an exception naming the field and the rule,
 * and calendars without working time fail instead of searching forever.
 */
class BusinessCalendarValidationUnitTests {

	private final BusinessCalendar office = londonOffice();

	@Test
	void rejectsOverlappingIntervalsWithinADay() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> BusinessCalendar.builder(LONDON)
				.hours(DayOfWeek.MONDAY, interval("08:00-12:00"), interval("11:00-14:00"))
				.build())
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("hours[MONDAY]");
				assertThat(ex.rule()).contains("overlapping").contains("08:00-12:00").contains("11:00-14:00");
			});
	}

	@Test
	void rejectsReversedIntervals() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> WorkingInterval.of(CalendarFixtures.time("17:00"), CalendarFixtures.time("09:00")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("end"));
	}

	@Test
	void rejectsNightShiftOverlappingTheNextDay() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> BusinessCalendar.builder(LONDON)
				.hours(DayOfWeek.MONDAY, interval("22:00-06:00+1"))
				.hours(DayOfWeek.TUESDAY, interval("05:00-09:00"))
				.build())
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("hours[MONDAY]");
				assertThat(ex.rule()).contains("22:00-06:00+1 overlaps 05:00-09:00 of TUESDAY");
			});
	}

	@Test
	void rejectsSundayNightShiftOverlappingMonday() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> BusinessCalendar.builder(LONDON)
				.hours(DayOfWeek.SUNDAY, interval("20:00-10:00+1"))
				.hours(DayOfWeek.MONDAY, interval("09:00-17:00"))
				.build())
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("hours[SUNDAY]"));
	}

	@Test
	void rejectsHolidayHoursOverlappingTheNightShiftBefore() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> BusinessCalendar.builder(LONDON)
				.mondayToFriday(interval("22:00-06:00+1"))
				.holiday(Holiday.partDay(LocalDate.parse("2026-11-24"), "Short day", interval("05:00-09:00")))
				.build())
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("hours[MONDAY] on 2026-11-23");
				assertThat(ex.rule()).contains("holidays[2026-11-24].hours");
			});
	}

	@Test
	void rejectsSpecialDayNightShiftOverlappingTheNextDay() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> londonOfficeHours()
				.specialWorkingDay(LocalDate.parse("2026-11-22"), "Migration", interval("20:00-10:00+1"))
				.build())
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("specialWorkingDays[2026-11-22].hours"));
	}

	@Test
	void rejectsUnknownZone() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> BusinessCalendar.builder("Mars/Olympus_Mons"))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("zone");
				assertThat(ex.rule()).contains("Mars/Olympus_Mons");
				assertThat(ex).hasCauseInstanceOf(ZoneRulesException.class);
			});
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> BusinessCalendar.builder("not a zone"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("zone"));
	}

	@Test
	void rejectsTheSameDateTwice() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> londonOfficeHours().holiday(LocalDate.parse("2026-12-25"), "Christmas")
				.holiday(LocalDate.parse("2026-12-25"), "Christmas Day")
				.build())
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("holidays[2026-12-25]"));
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> londonOfficeHours().holiday(LocalDate.parse("2026-12-25"), "Christmas")
				.specialWorkingDay(LocalDate.parse("2026-12-25"), "Shift", interval("10:00-12:00"))
				.build())
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("specialWorkingDays[2026-12-25]");
				assertThat(ex.rule()).isEqualTo("must not fall on a holiday");
			});
	}

	@Test
	void rejectsIncompleteDays() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> new SpecialWorkingDay(LocalDate.parse("2026-11-28"), "Saturday", List.of()))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("specialWorkingDays[2026-11-28].hours"));
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> Holiday.wholeDay(LocalDate.parse("2026-11-28"), " "))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("holidays[2026-11-28].name"));
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> Holiday.partDay(LocalDate.parse("2026-12-24"), "Eve", interval("09:00-12:00"),
					interval("11:00-13:00")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("holidays[2026-12-24].hours"));
	}

	@Test
	void rejectsNegativeDurations() {
		assertThatExceptionOfType(CalendarArgumentException.class)
			.isThrownBy(() -> office.addWorkingTime(london("2026-11-23T09:00"), Duration.ofHours(-1)))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("duration");
				assertThat(ex.rule()).contains("must not be negative").contains("subtractWorkingTime");
			});
		assertThatExceptionOfType(CalendarArgumentException.class)
			.isThrownBy(() -> office.subtractWorkingTime(london("2026-11-23T09:00"), Duration.ofHours(-1)))
			.satisfies((ex) -> assertThat(ex.rule()).contains("addWorkingTime"));
	}

	@Test
	void rejectsFractionsOfSeconds() {
		assertThatExceptionOfType(CalendarArgumentException.class)
			.isThrownBy(() -> office.addWorkingTime(london("2026-11-23T09:00"), Duration.ofMillis(1500)))
			.satisfies((ex) -> assertThat(ex.rule()).contains("whole seconds"));
	}

	@Test
	void rejectsAbsurdDurations() {
		assertThatExceptionOfType(CalendarArgumentException.class)
			.isThrownBy(() -> office.addWorkingTime(london("2026-11-23T09:00"), Duration.ofDays(36_526)))
			.satisfies((ex) -> assertThat(ex.rule()).contains("100 years"));
		assertThatExceptionOfType(CalendarArgumentException.class)
			.isThrownBy(() -> office.addWorkingDays(london("2026-11-23T09:00"), 40_000))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("days"));
	}

	@Test
	void acceptsOneHundredYears() {
		Instant start = utc("2026-01-01T00:00:00Z");

		assertThat(BusinessCalendar.twentyFourSeven(LONDON).addWorkingTime(start, BusinessCalendar.MAX_DURATION))
			.isEqualTo(start.plus(BusinessCalendar.MAX_DURATION));
	}

	@Test
	void rejectsInstantsOutsideTheSupportedRange() {
		assertThatExceptionOfType(CalendarArgumentException.class)
			.isThrownBy(() -> office.addWorkingTime(utc("3000-01-01T00:00:00Z"), Duration.ofHours(1)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("start"));
		assertThatExceptionOfType(CalendarArgumentException.class)
			.isThrownBy(() -> BusinessCalendar.twentyFourSeven(LONDON)
				.addWorkingTime(utc("2999-06-01T00:00:00Z"), Duration.ofDays(365)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("result"));
		assertThatExceptionOfType(CalendarArgumentException.class)
			.isThrownBy(() -> office.workingTimeBetween(Instant.MIN, london("2026-11-23T09:00")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("from"));
	}

	@Test
	void rejectsPauseEndingBeforeItStarts() {
		assertThatExceptionOfType(CalendarArgumentException.class)
			.isThrownBy(() -> new Pause(london("2026-11-23T10:00"), london("2026-11-23T09:00")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("pause.end"));
	}

	@Test
	@Timeout(value = 5, unit = TimeUnit.SECONDS)
	void calendarWithoutWorkingTimeFailsInsteadOfLooping() {
		BusinessCalendar closed = BusinessCalendar.builder(LONDON).build();
		Instant now = london("2026-11-23T09:00");

		assertThatExceptionOfType(NoWorkingTimeException.class)
			.isThrownBy(() -> closed.addWorkingTime(now, Duration.ofHours(1)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("calendar"));
		assertThatExceptionOfType(NoWorkingTimeException.class)
			.isThrownBy(() -> closed.subtractWorkingTime(now, Duration.ofHours(1)));
		assertThatExceptionOfType(NoWorkingTimeException.class).isThrownBy(() -> closed.nextWorkingInstant(now));
		assertThatExceptionOfType(NoWorkingTimeException.class).isThrownBy(() -> closed.addWorkingDays(now, 1));
		assertThat(closed.isWorking(now)).isFalse();
		assertThat(closed.workingTimeBetween(now, now.plus(Duration.ofDays(3650)))).isZero();
		assertThat(closed.addWorkingTime(now, Duration.ZERO)).isEqualTo(now);
	}

	@Test
	@Timeout(value = 5, unit = TimeUnit.SECONDS)
	void searchGivesUpAfterTenYearsWithoutWorkingTime() {
		// Work only on Mondays, and every Monday for eleven years is a holiday.
		BusinessCalendar.Builder builder = BusinessCalendar.builder(LONDON)
			.hours(DayOfWeek.MONDAY, interval("09:00-17:00"));
		for (LocalDate monday = LocalDate.parse("2026-11-23"); monday
			.isBefore(LocalDate.parse("2037-11-23")); monday = monday.plusWeeks(1)) {
			builder.holiday(monday, "Closed");
		}
		BusinessCalendar calendar = builder.build();

		assertThatExceptionOfType(NoWorkingTimeException.class)
			.isThrownBy(() -> calendar.addWorkingTime(london("2026-11-22T09:00"), Duration.ofHours(1)))
			.satisfies((ex) -> assertThat(ex.rule()).contains("10 years").contains("2026-11-22"));
		assertThat(calendar.subtractWorkingTime(london("2026-11-22T09:00"), Duration.ofHours(1)))
			.isEqualTo(london("2026-11-16T16:00"));
	}

	@Test
	void searchFindsWorkingTimeYearsAway() {
		BusinessCalendar calendar = BusinessCalendar.builder(LONDON)
			.specialWorkingDay(LocalDate.parse("2034-06-01"), "Audit", interval("09:00-17:00"))
			.build();

		assertThat(calendar.addWorkingTime(london("2026-11-23T09:00"), Duration.ofHours(1)))
			.isEqualTo(london("2034-06-01T10:00"));
		assertThat(calendar.subtractWorkingTime(london("2040-01-01T00:00"), Duration.ofHours(1)))
			.isEqualTo(london("2034-06-01T16:00"));
		assertThatExceptionOfType(NoWorkingTimeException.class)
			.isThrownBy(() -> calendar.addWorkingTime(london("2034-06-01T17:00"), Duration.ofHours(1)));
		assertThatExceptionOfType(NoWorkingTimeException.class)
			.isThrownBy(() -> calendar.addWorkingTime(london("2026-11-23T09:00"), Duration.ofHours(9)));
	}

	@Test
	void namesTheFieldInTheMessage() {
		assertThatExceptionOfType(CalendarException.class)
			.isThrownBy(() -> office.addWorkingTime(london("2026-11-23T09:00"), Duration.ofHours(-1)))
			.withMessageStartingWith("duration must not be negative");
	}

}
