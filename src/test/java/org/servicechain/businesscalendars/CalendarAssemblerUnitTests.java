package org.servicechain.businesscalendars;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.WorkingInterval;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Calendar problems are reported under the names the user wrote: the position of an
 * interval in its day, the index of a holiday in the list.
 */
class CalendarAssemblerUnitTests {

	private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24);

	private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);

	@Test
	void buildsANormalisedCalendar() {
		BusinessCalendar calendar = CalendarAssembler.assemble(details("Europe/London",
				Map.of(DayOfWeek.MONDAY, List.of(" 13:30 - 17:30 ", "09:00-12:30"), DayOfWeek.FRIDAY,
						List.of("22:00-06:00+1")),
				List.of(CalendarDay.wholeDay(CHRISTMAS, "Christmas Day"),
						CalendarDay.withHours(CHRISTMAS_EVE, "Christmas Eve", "09:00-12:00")),
				List.of()));
		assertThat(calendar.weeklySchedule().get(DayOfWeek.MONDAY))
			.containsExactly(WorkingInterval.parse("09:00-12:30"), WorkingInterval.parse("13:30-17:30"));
		assertThat(calendar.hoursOn(CHRISTMAS)).isEmpty();
		assertThat(calendar.hoursOn(CHRISTMAS_EVE)).containsExactly(WorkingInterval.parse("09:00-12:00"));
	}

	@Test
	void namesEveryBadIntervalByItsPositionAndGoesOnPastABadZone() {
		assertThat(violations(details("Mars/Olympus_Mons",
				Map.of(DayOfWeek.MONDAY, List.of("09:00-12:30", "17:00-13:30"), DayOfWeek.TUESDAY, List.of("9-5")),
				List.of(new CalendarDay(CHRISTMAS_EVE, "Christmas Eve", List.of("09:00-25:00"))), List.of())))
			.extracting(FieldViolation::field, FieldViolation::rule)
			.containsExactlyInAnyOrder(tuple("zone", "known-zone"), tuple("hours.MONDAY[1]", "reversed"),
					tuple("hours.TUESDAY[0]", "format"), tuple("holidays[0].hours[0]", "format"));
	}

	@Test
	void namesTheDayOfOverlappingIntervals() {
		assertThat(violations(details("UTC", Map.of(DayOfWeek.WEDNESDAY, List.of("09:00-12:00", "11:00-13:00")),
				List.of(), List.of())))
			.extracting(FieldViolation::field, FieldViolation::rule)
			.containsExactly(tuple("hours.WEDNESDAY", "overlap"));
		assertThat(violations(details("UTC", Map.of(),
				List.of(CalendarDay.withHours(CHRISTMAS_EVE, "Christmas Eve", "09:00-12:00", "11:00-13:00")),
				List.of())))
			.extracting(FieldViolation::field, FieldViolation::rule)
			.containsExactly(tuple("holidays[0].hours", "overlap"));
	}

	@Test
	void namesANightShiftRunningIntoTheNextDayAndWhereItHappens() {
		List<FieldViolation> weekly = violations(details("UTC",
				Map.of(DayOfWeek.SUNDAY, List.of("22:00-07:00+1"), DayOfWeek.MONDAY, List.of("06:00-14:00")), List.of(),
				List.of()));
		assertThat(weekly).extracting(FieldViolation::field, FieldViolation::rule)
			.containsExactly(tuple("hours.SUNDAY", "overlap-next-day"));

		// Fine in an ordinary week, but the special Saturday starts before the night
		// shift ends.
		List<FieldViolation> special = violations(details("UTC", Map.of(DayOfWeek.FRIDAY, List.of("22:00-06:00+1")),
				List.of(), List.of(CalendarDay.withHours(LocalDate.of(2026, 11, 28), "Stocktake", "05:00-09:00"))));
		assertThat(special).extracting(FieldViolation::field, FieldViolation::rule)
			.containsExactly(tuple("hours.FRIDAY", "overlap-next-day"));
		assertThat(special.get(0).message()).startsWith("(on 2026-11-27) must not overlap the next day");
	}

	@Test
	void namesDuplicateAndClashingDatesByTheirPositionInTheList() {
		assertThat(violations(details("UTC", Map.of(),
				List.of(CalendarDay.wholeDay(CHRISTMAS, "Christmas Day"),
						CalendarDay.wholeDay(CHRISTMAS_EVE, "Christmas Eve"),
						CalendarDay.wholeDay(CHRISTMAS, "Christmas again")),
				List.of())))
			.extracting(FieldViolation::field, FieldViolation::rule)
			.containsExactly(tuple("holidays[2].date", "unique"));
		assertThat(violations(details("UTC", Map.of(), List.of(CalendarDay.wholeDay(CHRISTMAS, "Christmas Day")),
				List.of(CalendarDay.withHours(CHRISTMAS, "Stocktake", "09:00-12:00")))))
			.extracting(FieldViolation::field, FieldViolation::rule)
			.containsExactly(tuple("specialWorkingDays[0].date", "not-on-holiday"));
	}

	@Test
	void namesMissingPartsOfDatedDays() {
		assertThat(violations(details("UTC", Map.of(), List.of(new CalendarDay(null, " ", List.of())),
				List.of(CalendarDay.wholeDay(CHRISTMAS, "Stocktake")))))
			.extracting(FieldViolation::field, FieldViolation::rule)
			.containsExactlyInAnyOrder(tuple("holidays[0].date", "required"), tuple("holidays[0].name", "required"),
					tuple("specialWorkingDays[0].hours", "required"));
	}

	@Test
	void limitsTheIntervalsOfOneDay() {
		List<String> many = new ArrayList<>();
		for (int hour = 0; hour < 25; hour++) {
			many.add(String.format("%02d:00-%02d:30", hour % 24, hour % 24));
		}
		assertThat(violations(details("UTC", Map.of(DayOfWeek.MONDAY, many), List.of(), List.of())))
			.extracting(FieldViolation::field, FieldViolation::rule)
			.containsExactly(tuple("hours.MONDAY", "size"));
	}

	private static CalendarDetails details(String zone, Map<DayOfWeek, List<String>> hours, List<CalendarDay> holidays,
			List<CalendarDay> special) {
		return new CalendarDetails("Test", null, zone, hours, holidays, special);
	}

	private static List<FieldViolation> violations(CalendarDetails details) {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> CalendarAssembler.assemble(details));
		assertThat(ex).as("the details are invalid").isNotNull();
		return ex.getViolations();
	}

}
