package org.servicechain.calendar;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IcsHolidaysUnitTests {

	@Test
	void importsEnglandAndWalesBankHolidays2025To2028() {
		List<Holiday> holidays = IcsHolidays.englandAndWales();

		assertThat(holidays).extracting(Holiday::date)
			.containsExactly(
					// 2025
					date("2025-01-01"), date("2025-04-18"), date("2025-04-21"), date("2025-05-05"), date("2025-05-26"),
					date("2025-08-25"), date("2025-12-25"), date("2025-12-26"),
					// 2026: Boxing Day is a Saturday, substitute Monday 28 December
					date("2026-01-01"), date("2026-04-03"), date("2026-04-06"), date("2026-05-04"), date("2026-05-25"),
					date("2026-08-31"), date("2026-12-25"), date("2026-12-28"),
					// 2027: Christmas Day and Boxing Day on the weekend, substitutes 27
					// and 28
					date("2027-01-01"), date("2027-03-26"), date("2027-03-29"), date("2027-05-03"), date("2027-05-31"),
					date("2027-08-30"), date("2027-12-27"), date("2027-12-28"),
					// 2028: New Year's Day is a Saturday, substitute Monday 3 January
					date("2028-01-03"), date("2028-04-14"), date("2028-04-17"), date("2028-05-01"), date("2028-05-29"),
					date("2028-08-28"), date("2028-12-25"), date("2028-12-26"));
		assertThat(holidays).allMatch(Holiday::isWholeDay);
		assertThat(holidays).allMatch((holiday) -> holiday.date().getDayOfWeek().getValue() <= 5);
		assertThat(holidays.get(0).name()).isEqualTo("New Year's Day");
		assertThat(holidays).filteredOn((holiday) -> holiday.date().equals(date("2026-12-28")))
			.extracting(Holiday::name)
			.containsExactly("Boxing Day (substitute day)");
	}

	@Test
	void turnsMultiDayEventIntoOneHolidayPerDay() {
		List<Holiday> holidays = read(
				event("DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261227", "SUMMARY:Office closed"));

		assertThat(holidays).extracting(Holiday::date)
			.containsExactly(date("2026-12-24"), date("2026-12-25"), date("2026-12-26"));
		assertThat(holidays).extracting(Holiday::name).containsOnly("Office closed");
	}

	@Test
	void allDayEventWithoutEndLastsOneDay() {
		assertThat(read(event("DTSTART;VALUE=DATE:20260101", "SUMMARY:New Year"))).extracting(Holiday::date)
			.containsExactly(date("2026-01-01"));
	}

	@Test
	void readsDurationInDays() {
		assertThat(read(event("DTSTART;VALUE=DATE:20260101", "DURATION:P2D", "SUMMARY:New Year")))
			.extracting(Holiday::date)
			.containsExactly(date("2026-01-01"), date("2026-01-02"));
	}

	@Test
	void joinsNamesOfEventsOnTheSameDay() {
		List<Holiday> holidays = read(event("DTSTART;VALUE=DATE:20260101", "SUMMARY:New Year's Day"),
				event("DTSTART;VALUE=DATE:20260101", "SUMMARY:Office closed"));

		assertThat(holidays).extracting(Holiday::name).containsExactly("New Year's Day / Office closed");
	}

	@Test
	void skipsCancelledEvents() {
		assertThat(read(event("DTSTART;VALUE=DATE:20260101", "SUMMARY:Gone", "STATUS:CANCELLED"))).isEmpty();
	}

	@Test
	void rejectsTimedEvents() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> read(event("DTSTART:20260101T090000Z", "DTEND:20260101T170000Z", "SUMMARY:Training")))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("ics event 'Training'");
				assertThat(ex.rule()).contains("all-day");
			});
	}

	@Test
	void rejectsRecurringEvents() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> read(event("DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY", "SUMMARY:Christmas")))
			.satisfies((ex) -> assertThat(ex.rule()).contains("must not recur"));
	}

	@Test
	void rejectsMalformedContent() {
		assertThatExceptionOfType(InvalidCalendarException.class)
			.isThrownBy(() -> IcsHolidays
				.read(new ByteArrayInputStream("this is not a calendar".getBytes(StandardCharsets.UTF_8))))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("ics"));
	}

	@Test
	void readsAnEventEveryYearOnItsDateAsARecurringHoliday() {
		IcsHolidays.Imported imported = readWithRecurring(
				event("DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY", "SUMMARY:Christmas Day"),
				event("DTSTART;VALUE=DATE:20270101", "DTEND;VALUE=DATE:20270102",
						"RRULE:FREQ=YEARLY;INTERVAL=1;BYMONTH=1;BYMONTHDAY=1", "SUMMARY:New Year"),
				event("DTSTART;VALUE=DATE:20260831", "SUMMARY:Summer bank holiday"));
		assertThat(imported.recurring()).containsExactly(
				RecurringHoliday.wholeDay(java.time.MonthDay.of(1, 1), "New Year"),
				RecurringHoliday.wholeDay(java.time.MonthDay.of(12, 25), "Christmas Day"));
		assertThat(imported.holidays()).containsExactly(Holiday.wholeDay(date("2026-08-31"), "Summer bank holiday"));
	}

	@Test
	void stillRejectsRecurrencesThatAreNotThisDateEveryYear() {
		for (String rule : List.of("RRULE:FREQ=YEARLY;COUNT=3", "RRULE:FREQ=YEARLY;UNTIL=20301231",
				"RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO", "RRULE:FREQ=YEARLY;INTERVAL=2", "RRULE:FREQ=MONTHLY",
				"RRULE:FREQ=YEARLY;BYMONTHDAY=26")) {
			assertThatExceptionOfType(InvalidCalendarException.class)
				.isThrownBy(() -> readWithRecurring(event("DTSTART;VALUE=DATE:20261225", rule, "SUMMARY:Christmas")))
				.as(rule)
				.satisfies((ex) -> {
					assertThat(ex.field()).isEqualTo("ics event 'Christmas'");
					assertThat(ex.rule()).startsWith("must not recur");
				});
		}
		assertThatExceptionOfType(InvalidCalendarException.class).as("two days every year")
			.isThrownBy(() -> readWithRecurring(event("DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261227",
					"RRULE:FREQ=YEARLY", "SUMMARY:Christmas")));
	}

	private static IcsHolidays.Imported readWithRecurring(String... events) {
		String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("", events)
				+ "END:VCALENDAR\r\n";
		return IcsHolidays.readWithRecurring(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<Holiday> read(String... events) {
		String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("", events)
				+ "END:VCALENDAR\r\n";
		InputStream in = new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8));
		return IcsHolidays.read(in);
	}

	private static String event(String... properties) {
		return "BEGIN:VEVENT\r\nUID:" + String.join("", properties).hashCode() + "@test\r\nDTSTAMP:20260101T000000Z\r\n"
				+ String.join("\r\n", properties) + "\r\nEND:VEVENT\r\n";
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
