package org.servicechain.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.calendar.CalendarFixtures.interval;
import static org.servicechain.calendar.CalendarFixtures.london;
import static org.servicechain.calendar.CalendarFixtures.londonOffice;
import static org.servicechain.calendar.CalendarFixtures.londonOfficeHours;

/**
 * The conventions of business-hours arithmetic on a London office calendar: Mon-Fri
 * 09:00-12:30 and 13:30-17:30 with the England and Wales bank holidays. 2026-11-23 is a
 * Monday; London is on GMT then.
 */
class BusinessCalendarUnitTests {

	private final BusinessCalendar office = londonOffice();

	@Nested
	class AddingWorkingTime {

		@Test
		void addsWithinOneInterval() {
			assertThat(add("2026-11-23T09:00", "PT2H")).isEqualTo(london("2026-11-23T11:00"));
		}

		@Test
		void skipsTheLunchBreak() {
			assertThat(add("2026-11-23T11:00", "PT2H")).isEqualTo(london("2026-11-23T14:00"));
		}

		@Test
		void deadlineUsingTheDaysLastMinuteLandsAtClosingTime() {
			assertThat(add("2026-11-23T16:30", "PT1H")).isEqualTo(london("2026-11-23T17:30"));
			assertThat(add("2026-11-23T09:00", "PT7H30M")).isEqualTo(london("2026-11-23T17:30"));
		}

		@Test
		void deadlineUsingTheMorningLandsAtTheStartOfLunchNotAtItsEnd() {
			assertThat(add("2026-11-23T09:00", "PT3H30M")).isEqualTo(london("2026-11-23T12:30"));
		}

		@Test
		void oneMinuteMoreThanTheDayContinuesNextMorning() {
			assertThat(add("2026-11-23T09:00", "PT7H31M")).isEqualTo(london("2026-11-24T09:01"));
		}

		@Test
		void countingFromBeforeOpeningStartsAtOpening() {
			assertThat(add("2026-11-23T07:00", "PT1H")).isEqualTo(london("2026-11-23T10:00"));
		}

		@Test
		void countingFromTheEveningStartsNextMorning() {
			assertThat(add("2026-11-23T20:00", "PT1H")).isEqualTo(london("2026-11-24T10:00"));
		}

		@Test
		void countingFromLunchStartsAfterLunch() {
			assertThat(add("2026-11-23T12:45", "PT30M")).isEqualTo(london("2026-11-23T14:00"));
		}

		@Test
		void skipsTheWeekend() {
			assertThat(add("2026-11-27T16:30", "PT2H")).isEqualTo(london("2026-11-30T10:00"));
			assertThat(add("2026-11-28T10:00", "PT1H")).isEqualTo(london("2026-11-30T10:00"));
		}

		@Test
		void skipsBankHolidays() {
			// Christmas Day is a Friday, Boxing Day's substitute is Monday 28 December.
			assertThat(add("2026-12-24T16:30", "PT2H")).isEqualTo(london("2026-12-29T10:00"));
		}

		@Test
		void usesPartDayHolidayHoursInsteadOfTheWeekdays() {
			BusinessCalendar calendar = londonOfficeHours().holidays(IcsHolidays.englandAndWales())
				.holiday(Holiday.partDay(LocalDate.parse("2026-12-24"), "Christmas Eve", interval("09:00-13:00")))
				.build();

			assertThat(calendar.addWorkingTime(london("2026-12-24T12:00"), Duration.ofHours(2)))
				.isEqualTo(london("2026-12-29T10:00"));
			assertThat(calendar.addWorkingTime(london("2026-12-24T09:00"), Duration.ofHours(4)))
				.as("no lunch break on the part day, closing at 13:00")
				.isEqualTo(london("2026-12-24T13:00"));
		}

		@Test
		void zeroDurationReturnsTheStartUnchangedEvenOutsideHours() {
			assertThat(add("2026-11-28T10:00", "PT0S")).isEqualTo(london("2026-11-28T10:00"));
			assertThat(add("2026-11-23T10:00", "PT0S")).isEqualTo(london("2026-11-23T10:00"));
		}

		@Test
		void addsWeeksAcrossHolidays() {
			// 52 weeks of 37.5 hours from Monday 23 November 2026 would end on Friday 19
			// November 2027 at 17:30 but for the 8 bank holidays in between, which push
			// it 8
			// working days further.
			assertThat(add("2026-11-23T09:00", "PT1950H")).isEqualTo(london("2027-12-01T17:30"));
		}

		@Test
		void addsWeeksWithoutHolidays() {
			BusinessCalendar calendar = londonOfficeHours().build();

			assertThat(calendar.addWorkingTime(london("2026-11-23T09:00"), Duration.ofHours(1950)))
				.isEqualTo(london("2027-11-19T17:30"));
		}

		@Test
		void addsDecades() {
			BusinessCalendar calendar = londonOfficeHours().build();
			Instant start = london("2026-11-23T09:00");
			Duration twentyYears = Duration.ofMinutes(20 * 52 * 2250);

			Instant due = calendar.addWorkingTime(start, twentyYears);

			assertThat(calendar.workingTimeBetween(start, due)).isEqualTo(twentyYears);
			assertThat(due).isEqualTo(london("2046-10-26T17:30"));
		}

		@Test
		void truncatesStartToWholeSeconds() {
			assertThat(office.addWorkingTime(london("2026-11-23T09:00").plusMillis(999), Duration.ofHours(1)))
				.isEqualTo(london("2026-11-23T10:00"));
		}

		@Test
		void addsSecondsExactly() {
			assertThat(add("2026-11-23T12:29:59", "PT2S")).isEqualTo(london("2026-11-23T13:30:01"));
		}

		private Instant add(String start, String duration) {
			return office.addWorkingTime(london(start), Duration.parse(duration));
		}

	}

	@Nested
	class SubtractingWorkingTime {

		@Test
		void exactResultLandsOnTheOpeningNotThePreviousClosing() {
			assertThat(subtract("2026-11-24T10:00", "PT1H")).isEqualTo(london("2026-11-24T09:00"));
		}

		@Test
		void goesBackOverNightAndLunch() {
			assertThat(subtract("2026-11-24T09:00", "PT1H")).isEqualTo(london("2026-11-23T16:30"));
			assertThat(subtract("2026-11-23T14:00", "PT1H")).isEqualTo(london("2026-11-23T12:00"));
		}

		@Test
		void goesBackAWholeDayToTheOpening() {
			assertThat(subtract("2026-11-30T09:00", "PT7H30M")).isEqualTo(london("2026-11-27T09:00"));
		}

		@Test
		void goesBackOverBankHolidays() {
			assertThat(subtract("2026-12-29T10:00", "PT2H")).isEqualTo(london("2026-12-24T16:30"));
		}

		@Test
		void zeroReturnsTheEndUnchanged() {
			assertThat(subtract("2026-11-28T10:00", "PT0S")).isEqualTo(london("2026-11-28T10:00"));
		}

		@Test
		void undoesAddingUpToTheNextWorkingInstant() {
			Instant saturday = london("2026-11-28T10:00");
			Instant due = office.addWorkingTime(saturday, Duration.ofHours(5));

			assertThat(office.subtractWorkingTime(due, Duration.ofHours(5)))
				.isEqualTo(office.nextWorkingInstant(saturday))
				.isEqualTo(london("2026-11-30T09:00"));
		}

		private Instant subtract(String end, String duration) {
			return office.subtractWorkingTime(london(end), Duration.parse(duration));
		}

	}

	@Nested
	class MeasuringWorkingTime {

		@Test
		void measuresAWholeWeek() {
			assertThat(between("2026-11-23T09:00", "2026-11-27T17:30")).isEqualTo(Duration.ofMinutes(2250));
			assertThat(between("2026-11-22T00:00", "2026-11-29T00:00")).isEqualTo(Duration.ofMinutes(2250));
		}

		@Test
		void measuresOverTheWeekend() {
			assertThat(between("2026-11-27T17:00", "2026-11-30T09:30")).isEqualTo(Duration.ofHours(1));
		}

		@Test
		void measuresNothingOutsideHours() {
			assertThat(between("2026-11-23T12:35", "2026-11-23T13:25")).isZero();
			assertThat(between("2026-12-25T10:00", "2026-12-28T16:00")).isZero();
		}

		@Test
		void isNegativeWhenTheRangeIsReversed() {
			assertThat(between("2026-11-30T09:30", "2026-11-27T17:00")).isEqualTo(Duration.ofHours(-1));
		}

		@Test
		void measuresAYearWithItsBankHolidays() {
			// 2027: 261 weekdays less 8 bank holidays.
			assertThat(between("2027-01-01T00:00", "2028-01-01T00:00")).isEqualTo(Duration.ofMinutes(253 * 450));
		}

		@Test
		void addingThenMeasuringGivesTheDuration() {
			Instant start = london("2026-12-23T15:17:09");
			Duration duration = Duration.ofSeconds(123_457);

			assertThat(office.workingTimeBetween(start, office.addWorkingTime(start, duration))).isEqualTo(duration);
		}

		private Duration between(String from, String to) {
			return office.workingTimeBetween(london(from), london(to));
		}

	}

	@Nested
	class WorkingInstants {

		@Test
		void openingIsWorkingAndClosingIsNot() {
			assertThat(office.isWorking(london("2026-11-23T09:00"))).isTrue();
			assertThat(office.isWorking(london("2026-11-23T17:29:59"))).isTrue();
			assertThat(office.isWorking(london("2026-11-23T17:30"))).isFalse();
			assertThat(office.isWorking(london("2026-11-23T12:30"))).isFalse();
			assertThat(office.isWorking(london("2026-11-28T10:00"))).isFalse();
			assertThat(office.isWorking(london("2026-12-25T10:00"))).isFalse();
		}

		@Test
		void nextWorkingInstantIsTheInstantItselfOrTheNextOpening() {
			assertThat(office.nextWorkingInstant(london("2026-11-23T10:00"))).isEqualTo(london("2026-11-23T10:00"));
			assertThat(office.nextWorkingInstant(london("2026-11-23T12:30"))).isEqualTo(london("2026-11-23T13:30"));
			assertThat(office.nextWorkingInstant(london("2026-12-24T17:30"))).isEqualTo(london("2026-12-29T09:00"));
		}

	}

	@Nested
	class AddingWorkingDays {

		@Test
		void keepsTheTimeOfDay() {
			assertThat(addDays("2026-11-23T10:00", 3)).isEqualTo(london("2026-11-26T10:00"));
			assertThat(addDays("2026-11-27T10:00", 1)).isEqualTo(london("2026-11-30T10:00"));
		}

		@Test
		void skipsBankHolidays() {
			assertThat(addDays("2026-12-24T10:00", 1)).isEqualTo(london("2026-12-29T10:00"));
			assertThat(addDays("2026-12-29T10:00", -1)).isEqualTo(london("2026-12-24T10:00"));
		}

		@Test
		void startOutsideHoursCountsFromTheNextOpening() {
			assertThat(addDays("2026-11-28T10:00", 1)).isEqualTo(london("2026-12-01T09:00"));
			assertThat(addDays("2026-11-27T20:00", 1)).isEqualTo(london("2026-12-01T09:00"));
			assertThat(addDays("2026-11-23T12:45", 1)).isEqualTo(london("2026-11-24T13:30"));
		}

		@Test
		void goingBackFromOutsideHoursCountsFromTheLastClosing() {
			assertThat(addDays("2026-11-28T10:00", -1)).isEqualTo(london("2026-11-26T17:30"));
		}

		@Test
		void goesBack() {
			assertThat(addDays("2026-11-23T10:00", -1)).isEqualTo(london("2026-11-20T10:00"));
			assertThat(addDays("2026-11-23T10:00", -5)).isEqualTo(london("2026-11-16T10:00"));
		}

		@Test
		void zeroReturnsTheStartUnchanged() {
			assertThat(addDays("2026-11-28T10:00", 0)).isEqualTo(london("2026-11-28T10:00"));
		}

		@Test
		void keepsTheTimeWithinTheTargetDaysHours() {
			BusinessCalendar calendar = londonOfficeHours()
				.holiday(Holiday.partDay(LocalDate.parse("2026-12-24"), "Christmas Eve", interval("10:00-13:00")))
				.build();

			assertThat(calendar.addWorkingDays(london("2026-12-23T15:00"), 1))
				.as("after the part day's closing: its closing")
				.isEqualTo(london("2026-12-24T13:00"));
			assertThat(calendar.addWorkingDays(london("2026-12-23T09:15"), 1))
				.as("before the part day's opening: its opening")
				.isEqualTo(london("2026-12-24T10:00"));
		}

		@Test
		void addsAYearOfWorkingDays() {
			// 253 working days in 2027 (261 weekdays less 8 bank holidays).
			assertThat(addDays("2026-12-31T10:00", 253)).isEqualTo(london("2027-12-31T10:00"));
		}

		private Instant addDays(String start, int days) {
			return office.addWorkingDays(london(start), days);
		}

	}

	@Nested
	class Describing {

		@Test
		void describesTheWeekForEveryDay() {
			assertThat(office.weeklySchedule()).hasSize(7);
			assertThat(office.weeklySchedule().get(DayOfWeek.MONDAY)).containsExactly(interval("09:00-12:30"),
					interval("13:30-17:30"));
			assertThat(office.weeklySchedule().get(DayOfWeek.SUNDAY)).isEmpty();
			assertThat(office.standardWeeklyWorkingTime()).isEqualTo(Duration.ofMinutes(2250));
		}

		@Test
		void sortsIntervalsOfADay() {
			BusinessCalendar calendar = BusinessCalendar.builder("Europe/London")
				.hours(DayOfWeek.MONDAY, interval("13:30-17:30"), interval("09:00-12:30"))
				.build();

			assertThat(calendar.weeklySchedule().get(DayOfWeek.MONDAY)).containsExactly(interval("09:00-12:30"),
					interval("13:30-17:30"));
		}

		@Test
		void givesTheHoursOfADate() {
			assertThat(office.hoursOn(LocalDate.parse("2026-11-23"))).hasSize(2);
			assertThat(office.hoursOn(LocalDate.parse("2026-12-25"))).isEmpty();
			assertThat(office.holidays()).hasSize(32);
		}

		@Test
		void rebuildsAnEqualCalendar() {
			assertThat(office.toBuilder().build()).isEqualTo(office).hasSameHashCodeAs(office);
			assertThat(office.toBuilder().holiday(LocalDate.parse("2026-11-23"), "Office party").build())
				.isNotEqualTo(office);
		}

		@Test
		void specialWorkingDayReplacesTheWeekday() {
			BusinessCalendar calendar = londonOfficeHours()
				.specialWorkingDay(LocalDate.parse("2026-11-28"), "Release weekend", interval("10:00-14:00"))
				.build();

			assertThat(calendar.hoursOn(LocalDate.parse("2026-11-28"))).containsExactly(interval("10:00-14:00"));
			assertThat(calendar.addWorkingTime(london("2026-11-27T17:00"), Duration.ofHours(2)))
				.isEqualTo(london("2026-11-28T11:30"));
			assertThat(calendar.specialWorkingDays()).extracting(SpecialWorkingDay::name)
				.isEqualTo(List.of("Release weekend"));
		}

	}

}
