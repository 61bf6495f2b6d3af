package org.servicechain.businesscalendars.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.servicechain.businesscalendars.CalendarDay;
import org.servicechain.businesscalendars.CalendarView;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Reading the calendar form's lines and pointing the calendar's complaints back at them.
 */
class CalendarFormUnitTests {

	@Test
	void readsWeekdayLinesAsIntervals() {
		assertThat(CalendarForm.intervals(" 09:00-12:30,13:30 - 17:30 ; 22:00-06:00+1 ,"))
			.containsExactly("09:00-12:30", "13:30 - 17:30", "22:00-06:00+1");
		assertThat(CalendarForm.intervals("  ")).isEmpty();
		assertThat(CalendarForm.intervals(null)).isEmpty();
	}

	@Test
	void readsDatedLinesWithNamesAndOptionalHours() {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		List<Integer> lines = new java.util.ArrayList<>();
		List<CalendarDay> days = CalendarForm.days("""
				2026-12-25 Christmas Day

				2026-12-24   Christmas Eve 09:00-12:00, 13:00 - 15:00
				2026-05-04 Early May bank holiday
				2026-11-28 Stocktake 2 08:00–12:00
				Boxing Day
				""", "holidays", lines, errors);
		assertThat(days).containsExactly(CalendarDay.wholeDay(LocalDate.of(2026, 12, 25), "Christmas Day"),
				CalendarDay.withHours(LocalDate.of(2026, 12, 24), "Christmas Eve", "09:00-12:00", "13:00 - 15:00"),
				CalendarDay.wholeDay(LocalDate.of(2026, 5, 4), "Early May bank holiday"),
				CalendarDay.withHours(LocalDate.of(2026, 11, 28), "Stocktake 2", "08:00-12:00"));
		assertThat(lines).containsExactly(1, 3, 4, 5);
		assertThat(errors)
			.containsExactly(entry("holidays", "line 6: must start with a date like 2026-12-25, was 'Boxing Day'"));
	}

	@Test
	void writesACalendarBackAsTheLinesItWasReadFrom() {
		CalendarView view = new CalendarView(UUID.randomUUID(), 3, "Office", null, "Europe/London",
				Map.of(DayOfWeek.MONDAY, List.of("09:00-12:30", "13:30-17:30"), DayOfWeek.SUNDAY, List.of()),
				List.of(CalendarDay.wholeDay(LocalDate.of(2026, 12, 25), "Christmas Day"),
						CalendarDay.withHours(LocalDate.of(2026, 12, 24), "Christmas Eve", "09:00-12:00")),
				List.of(), List.of(), List.of(), "PT7H", LocalDateTime.of(2026, 1, 1, 0, 0).toInstant(ZoneOffset.UTC));
		CalendarForm form = CalendarForm.of(view);
		assertThat(form.monday()).isEqualTo("09:00-12:30, 13:30-17:30");
		assertThat(form.sunday()).isEmpty();
		assertThat(form.holidays()).isEqualTo("2026-12-25 Christmas Day\n2026-12-24 Christmas Eve 09:00-12:00");
		assertThat(form.version()).isEqualTo(3);
		CalendarForm.Parsed parsed = form.parse();
		assertThat(parsed.details().holidays()).isEqualTo(view.holidays());
		assertThat(parsed.details().hours()).containsOnlyKeys(DayOfWeek.MONDAY);
	}

	@Test
	void pointsViolationsAtTheFieldAndLineTheUserTyped() {
		CalendarForm form = new CalendarForm("Office", null, "Europe/London", "09:00-12:30, 17:00-13:30", null, null,
				null, null, null, null, "2026-12-25 Christmas Day\n\n2026-12-24 Christmas Eve 09:00-12:00, 11:00-13:00",
				"2026-11-28 Stocktake 9-1", null, null, null);
		CalendarForm.Parsed parsed = form.parse();
		Map<String, String> messages = parsed.errorsOf(new InvalidInputException(
				List.of(new FieldViolation("hours.MONDAY[1]", "reversed", "must be after start"),
						new FieldViolation("hours.MONDAY", "overlap", "must not have overlapping intervals"),
						new FieldViolation("holidays[1].hours", "overlap", "must not have overlapping intervals"),
						new FieldViolation("specialWorkingDays[0].hours[0]", "format", "must look like 08:00-12:30"),
						new FieldViolation("zone", "known-zone", "must be a known IANA time zone"))));
		assertThat(messages).containsExactly(
				entry("monday", "'17:00-13:30' must be after start; must not have overlapping intervals"),
				entry("holidays", "line 3 (hours): must not have overlapping intervals"),
				entry("specialWorkingDays", "line 1 (hours): must look like 08:00-12:30"),
				entry("zone", "must be a known IANA time zone"));
	}

	@Test
	void readsRecurringHolidaysAndClosuresAndPointsAtTheirLines() {
		CalendarForm form = new CalendarForm("Office", null, "Europe/London", "09:00-17:00", null, null, null, null,
				null, null, null, null,
				"12-25 Christmas Day\n02-29 Leap day\n12-24 Christmas Eve 09:00-12:00\n25-12 Wrong",
				"2026-12-24 Staff party 12:00-14:00", null);
		CalendarForm.Parsed parsed = form.parse();
		assertThat(parsed.details().recurringHolidays()).containsExactly(
				new org.servicechain.businesscalendars.RecurringDay("12-25", "Christmas Day", List.of()),
				new org.servicechain.businesscalendars.RecurringDay("02-29", "Leap day", List.of()),
				new org.servicechain.businesscalendars.RecurringDay("12-24", "Christmas Eve", List.of("09:00-12:00")));
		assertThat(parsed.errors().get("recurringHolidays")).startsWith("line 4: must start with a month and day");
		assertThat(parsed.details().closures())
			.containsExactly(CalendarDay.withHours(LocalDate.of(2026, 12, 24), "Staff party", "12:00-14:00"));
		Map<String, String> messages = parsed.errorsOf(new InvalidInputException(
				List.of(new FieldViolation("closures[0].hours", "overlap", "must not have overlapping intervals"),
						new FieldViolation("recurringHolidays[2].hours", "overlap", "must not overlap"))));
		assertThat(messages.get("closures")).startsWith("line 1 (hours): must not have overlapping");
		assertThat(messages.get("recurringHolidays")).startsWith("line 3 (hours): must not overlap");
	}

}
