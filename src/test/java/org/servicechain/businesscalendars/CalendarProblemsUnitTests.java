package org.servicechain.businesscalendars;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.CalendarException;
import org.servicechain.calendar.Holiday;
import org.servicechain.calendar.IcsHolidays;
import org.servicechain.calendar.Pause;
import org.servicechain.calendar.SpecialWorkingDay;
import org.servicechain.calendar.WorkingInterval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every rule of the calendar module has a stable code. Each rule is provoked in the real
 * module, so rewording one there fails here instead of turning into {@code invalid}.
 */
class CalendarProblemsUnitTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final BusinessCalendar OFFICE = BusinessCalendar.builder(LONDON)
		.mondayToFriday(WorkingInterval.parse("09:00-17:00"))
		.build();

	private static final Instant FRIDAY = Instant.parse("2026-11-27T15:00:00Z");

	@Test
	void namesIntervalRules() {
		assertThat(ruleOf(() -> WorkingInterval.parse("9 to 5"))).isEqualTo("format");
		assertThat(ruleOf(() -> WorkingInterval.parse("9am-5pm"))).isEqualTo("format");
		assertThat(ruleOf(() -> WorkingInterval.parse("17:00-09:00"))).isEqualTo("reversed");
		assertThat(ruleOf(() -> WorkingInterval.parse("09:00-10:00+1"))).isEqualTo("max-length");
		assertThat(ruleOf(() -> WorkingInterval.parse("09:00-24:00+1"))).isEqualTo("max-length");
		assertThat(ruleOf(() -> WorkingInterval.of(LocalTime.of(9, 0, 0, 500), LocalTime.of(10, 0))))
			.isEqualTo("whole-seconds");
	}

	@Test
	void namesCalendarDefinitionRules() {
		assertThat(ruleOf(() -> BusinessCalendar.builder("Mars/Olympus_Mons"))).isEqualTo("known-zone");
		assertThat(ruleOf(() -> BusinessCalendar.builder(LONDON)
			.hours(DayOfWeek.MONDAY, WorkingInterval.parse("09:00-12:00"), WorkingInterval.parse("11:00-13:00"))
			.build())).isEqualTo("overlap");
		assertThat(ruleOf(() -> BusinessCalendar.builder(LONDON)
			.hours(DayOfWeek.MONDAY, WorkingInterval.parse("22:00-07:00+1"))
			.hours(DayOfWeek.TUESDAY, WorkingInterval.parse("06:00-12:00"))
			.build())).isEqualTo("overlap-next-day");
		assertThat(ruleOf(() -> BusinessCalendar.builder(LONDON)
			.hours(DayOfWeek.MONDAY, java.util.Arrays.asList(WorkingInterval.parse("09:00-12:00"), null))
			.build())).isEqualTo("required");
		LocalDate christmas = LocalDate.of(2026, 12, 25);
		assertThat(ruleOf(() -> BusinessCalendar.builder(LONDON)
			.holiday(christmas, "Christmas Day")
			.holiday(christmas, "Christmas again")
			.build())).isEqualTo("unique");
		assertThat(ruleOf(() -> BusinessCalendar.builder(LONDON)
			.holiday(christmas, "Christmas Day")
			.specialWorkingDay(christmas, "Stocktake", WorkingInterval.parse("09:00-12:00"))
			.build())).isEqualTo("not-on-holiday");
		assertThat(ruleOf(() -> Holiday.wholeDay(christmas, " "))).isEqualTo("required");
		assertThat(ruleOf(() -> Holiday.partDay(christmas, "Christmas Eve"))).isEqualTo("required");
		assertThat(ruleOf(() -> new SpecialWorkingDay(christmas, "Stocktake", List.of()))).isEqualTo("required");
	}

	@Test
	void namesArgumentRules() {
		assertThat(ruleOf(() -> OFFICE.addWorkingTime(FRIDAY, Duration.ofHours(-1)))).isEqualTo("negative");
		assertThat(ruleOf(() -> OFFICE.addWorkingTime(FRIDAY, Duration.ofMillis(500)))).isEqualTo("whole-seconds");
		assertThat(ruleOf(() -> OFFICE.addWorkingTime(FRIDAY, BusinessCalendar.MAX_DURATION.plusHours(1))))
			.isEqualTo("max");
		assertThat(ruleOf(() -> OFFICE.addWorkingDays(FRIDAY, 40_000))).isEqualTo("range");
		assertThat(ruleOf(() -> OFFICE.addWorkingTime(Instant.parse("3001-01-01T00:00:00Z"), Duration.ofHours(1))))
			.isEqualTo("range");
		assertThat(ruleOf(() -> OFFICE.addWorkingTime(Instant.parse("2999-12-31T16:00:00Z"), Duration.ofHours(4))))
			.isEqualTo("range");
		assertThat(ruleOf(() -> OFFICE.subtractWorkingTime(Instant.parse("0001-01-01T10:00:00Z"), Duration.ofHours(4))))
			.isEqualTo("range");
		assertThat(ruleOf(() -> new Pause(FRIDAY, FRIDAY.minusSeconds(1)))).isEqualTo("reversed");
		assertThat(ruleOf(() -> BusinessCalendar.builder(LONDON).build().addWorkingTime(FRIDAY, Duration.ofHours(1))))
			.isEqualTo("no-working-time");
	}

	@Test
	void namesIcsRules() {
		assertThat(ruleOf(() -> read("not a calendar"))).isEqualTo("ics");
		assertThat(ruleOf(() -> read(event("DTSTART:20261225T090000Z\r\nDTEND:20261225T100000Z\r\n"))))
			.isEqualTo("all-day");
		assertThat(ruleOf(() -> read(event("DTSTART;VALUE=DATE:20261225\r\nRRULE:FREQ=YEARLY\r\n"))))
			.isEqualTo("recurring");
		assertThat(ruleOf(() -> read(event("SUMMARY:Nothing\r\n")))).isEqualTo("required");
		assertThat(ruleOf(() -> read(event("DTSTART;VALUE=DATE:20261225\r\nDTEND;VALUE=DATE:20281225\r\n"))))
			.isEqualTo("range");
		assertThat(ruleOf(() -> read(event("DTSTART;VALUE=DATE:20261225\r\nDURATION:PT1H\r\n"))))
			.isEqualTo("whole-days");
	}

	@Test
	void keepsTheCalendarsSentenceAsTheMessage() {
		CalendarException ex = catchThrowableOfType(CalendarException.class,
				() -> WorkingInterval.parse("17:00-09:00"));
		var violation = CalendarProblems.violation("hours.MONDAY[0]", ex);
		assertThat(violation.field()).isEqualTo("hours.MONDAY[0]");
		assertThat(violation.message()).startsWith("must be after start (17:00)");
	}

	private static String ruleOf(Executable code) {
		CalendarException ex = catchThrowableOfType(CalendarException.class, code::execute);
		assertThat(ex).as("a calendar rule is broken").isNotNull();
		return CalendarProblems.ruleOf(ex);
	}

	private static List<Holiday> read(String ics) {
		return IcsHolidays.read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
	}

	private static String event(String properties) {
		return BusinessCalendarApiIntegrationTests.ics("BEGIN:VEVENT\r\nUID:e@test\r\nDTSTAMP:20260101T000000Z\r\n"
				+ properties + "SUMMARY:Holiday\r\nEND:VEVENT\r\n");
	}

}
