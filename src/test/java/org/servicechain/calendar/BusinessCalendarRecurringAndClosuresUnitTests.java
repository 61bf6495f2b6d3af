package org.servicechain.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.servicechain.calendar.CalendarFixtures.LONDON;
import static org.servicechain.calendar.CalendarFixtures.interval;
import static org.servicechain.calendar.CalendarFixtures.london;
import static org.servicechain.calendar.CalendarFixtures.londonOfficeHours;

/**
 * Holidays that recur every year and closures of part of one date (issue 8), one rule per
 * test, on the London office (Mon-Fri 09:00-12:30 and 13:30-17:30).
 */
class BusinessCalendarRecurringAndClosuresUnitTests {

	private static final MonthDay CHRISTMAS = MonthDay.of(12, 25);

	@Nested
	class RecurringHolidays {

		private final BusinessCalendar office = londonOfficeHours().recurringHoliday(CHRISTMAS, "Christmas Day")
			.recurringHoliday(MonthDay.of(12, 26), "Boxing Day")
			.build();

		@Test
		void isADayOffEveryYear() {
			for (int year : List.of(2026, 2031, 2102, 1999)) {
				LocalDate christmas = LocalDate.of(year, 12, 25);
				if (christmas.getDayOfWeek().getValue() <= 5) {
					assertThat(this.office.isWorking(london(christmas + "T10:00"))).as("%s", christmas).isFalse();
				}
			}
			// Thursday 2026-12-24 at 17:00 + 1 h: Friday 25 and Monday 28 are... 28 is
			// a weekday with no holiday, 26 and 27 the weekend.
			assertThat(this.office.addWorkingTime(london("2026-12-24T17:00"), Duration.ofHours(1)))
				.isEqualTo(london("2026-12-28T09:30"));
			// 2030: Wednesday 25 and Thursday 26 off.
			assertThat(this.office.addWorkingTime(london("2030-12-24T17:00"), Duration.ofHours(1)))
				.isEqualTo(london("2030-12-27T09:30"));
		}

		@Test
		void theTwentyNinthOfFebruaryFallsInLeapYearsOnly() {
			BusinessCalendar leap = londonOfficeHours().recurringHoliday(MonthDay.of(2, 29), "Leap day").build();
			assertThat(leap.isWorking(london("2028-02-29T10:00"))).isFalse();
			assertThat(leap.isWorking(london("2027-02-28T10:00"))).as("a Sunday anyway").isFalse();
			assertThat(leap.isWorking(london("2029-02-28T10:00"))).as("Wednesday 28, not moved").isTrue();
			assertThat(leap.isWorking(london("2029-03-01T10:00"))).isTrue();
		}

		@Test
		void canBeAPartDay() {
			BusinessCalendar eve = londonOfficeHours()
				.recurringHoliday(
						new RecurringHoliday(MonthDay.of(12, 24), "Christmas Eve", List.of(interval("09:00-13:00"))))
				.build();
			assertThat(eve.hoursOn(LocalDate.of(2026, 12, 24))).containsExactly(interval("09:00-13:00"));
			assertThat(eve.workingTimeBetween(london("2027-12-24T00:00"), london("2027-12-25T00:00")))
				.isEqualTo(Duration.ofHours(4));
		}

		@Test
		void aDatedHolidayOrSpecialDayTakesItsPlaceThatYear() {
			BusinessCalendar calendar = londonOfficeHours().recurringHoliday(CHRISTMAS, "Christmas Day")
				.holiday(new Holiday(LocalDate.of(2029, 12, 25), "Short Christmas", List.of(interval("09:00-10:00"))))
				.specialWorkingDay(LocalDate.of(2026, 12, 25), "Stocktaking", interval("10:00-12:00"))
				.build();
			assertThat(calendar.hoursOn(LocalDate.of(2026, 12, 25))).containsExactly(interval("10:00-12:00"));
			assertThat(calendar.hoursOn(LocalDate.of(2029, 12, 25))).containsExactly(interval("09:00-10:00"));
			assertThat(calendar.hoursOn(LocalDate.of(2028, 12, 25))).isEmpty();
			assertThat(calendar.isWorking(london("2026-12-25T11:00"))).isTrue();
		}

		@Test
		void appearsOnce() {
			assertThatExceptionOfType(InvalidCalendarException.class)
				.isThrownBy(() -> londonOfficeHours().recurringHoliday(CHRISTMAS, "Christmas")
					.recurringHoliday(CHRISTMAS, "Noël")
					.build())
				.satisfies((ex) -> {
					assertThat(ex.field()).isEqualTo("recurringHolidays[12-25]");
					assertThat(ex.rule()).startsWith("must not appear more than once");
				});
		}

		@Test
		void needsAName() {
			assertThatExceptionOfType(InvalidCalendarException.class)
				.isThrownBy(() -> RecurringHoliday.wholeDay(CHRISTMAS, " "))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo("recurringHolidays[12-25].name"));
		}

		@Test
		void aPartDayMustNotBeOverlappedByTheNightShiftBefore() {
			assertThatExceptionOfType(InvalidCalendarException.class)
				.isThrownBy(() -> BusinessCalendar.builder(LONDON)
					.hours(DayOfWeek.THURSDAY, interval("22:00-06:00+1"))
					.recurringHoliday(new RecurringHoliday(CHRISTMAS, "Christmas", List.of(interval("05:00-08:00"))))
					.build())
				.satisfies((ex) -> {
					assertThat(ex.field()).startsWith("hours[THURSDAY] on ").endsWith("-12-24");
					assertThat(ex.rule()).startsWith("must not overlap the next day")
						.contains("recurringHolidays[12-25].hours on ");
				});
		}

		@Test
		void isKeptByToBuilderAndEquals() {
			assertThat(this.office.toBuilder().build()).isEqualTo(this.office);
			assertThat(this.office.recurringHolidays()).extracting(RecurringHoliday::name)
				.containsExactly("Christmas Day", "Boxing Day");
			assertThat(this.office).isNotEqualTo(londonOfficeHours().build());
		}

	}

	@Nested
	class Closures {

		// Thursday 24 December 2026, closed 12:00-14:00: 09:00-12:00 and 14:00-17:30.
		private final BusinessCalendar office = londonOfficeHours()
			.closure(LocalDate.of(2026, 12, 24), "Staff party", interval("12:00-14:00"))
			.build();

		@Test
		void takeTheClosedStretchOutOfWorkingTime() {
			assertThat(this.office.workingTimeBetween(london("2026-12-24T00:00"), london("2026-12-25T00:00")))
				.isEqualTo(Duration.ofMinutes(6 * 60 + 30));
			assertThat(this.office.isWorking(london("2026-12-24T11:59"))).isTrue();
			assertThat(this.office.isWorking(london("2026-12-24T12:00"))).isFalse();
			assertThat(this.office.isWorking(london("2026-12-24T13:45"))).isFalse();
			assertThat(this.office.isWorking(london("2026-12-24T14:00"))).isTrue();
			assertThat(this.office.isWorking(london("2026-12-17T12:15"))).as("only that date").isTrue();
		}

		@Test
		void dueTimesSkipTheClosure() {
			assertThat(this.office.addWorkingTime(london("2026-12-24T11:00"), Duration.ofHours(2)))
				.isEqualTo(london("2026-12-24T15:00"));
			// Work complete exactly when the closure starts is due then.
			assertThat(this.office.addWorkingTime(london("2026-12-24T11:00"), Duration.ofHours(1)))
				.isEqualTo(london("2026-12-24T12:00"));
			assertThat(this.office.subtractWorkingTime(london("2026-12-24T15:00"), Duration.ofHours(2)))
				.isEqualTo(london("2026-12-24T11:00"));
			assertThat(this.office.nextWorkingInstant(london("2026-12-24T12:30")))
				.isEqualTo(london("2026-12-24T14:00"));
		}

		@Test
		void applyToTheHoursOfAPartDayHolidayOrSpecialDay() {
			BusinessCalendar calendar = londonOfficeHours()
				.holiday(new Holiday(LocalDate.of(2026, 12, 24), "Christmas Eve", List.of(interval("09:00-13:00"))))
				.closure(LocalDate.of(2026, 12, 24), "Drinks", interval("12:00-14:00"))
				.specialWorkingDay(LocalDate.of(2026, 12, 27), "Sunday stocktake", interval("10:00-16:00"))
				.closure(LocalDate.of(2026, 12, 27), "Lunch", interval("12:00-13:00"))
				.build();
			assertThat(calendar.workingTimeBetween(london("2026-12-24T00:00"), london("2026-12-25T00:00")))
				.isEqualTo(Duration.ofHours(3));
			assertThat(calendar.workingTimeBetween(london("2026-12-27T00:00"), london("2026-12-28T00:00")))
				.isEqualTo(Duration.ofHours(5));
			assertThat(calendar.hoursOn(LocalDate.of(2026, 12, 24))).as("the hours as defined")
				.containsExactly(interval("09:00-13:00"));
		}

		@Test
		void closeTheIntervalsStartingOnTheirDateIncludingANightShiftsMorning() {
			BusinessCalendar nights = BusinessCalendar.builder(LONDON)
				.hours(DayOfWeek.MONDAY, interval("22:00-06:00+1"))
				.hours(DayOfWeek.TUESDAY, interval("22:00-06:00+1"))
				// Monday 2026-11-23: the shift's first two hours; 05:00-06:00 is Monday
				// morning, not the shift's last hour, which started on Monday too but
				// lies on Tuesday's wall clock.
				.closure(LocalDate.of(2026, 11, 23), "Maintenance", interval("05:00-06:00"), interval("22:00-24:00"))
				.closure(LocalDate.of(2026, 11, 24), "Fire drill", interval("23:00-01:00+1"))
				.build();
			// 00:00-06:00 is left of Monday's shift, and it still belongs to Monday.
			assertThat(nights.workingTimeBetween(london("2026-11-23T12:00"), london("2026-11-24T12:00")))
				.isEqualTo(Duration.ofHours(6));
			assertThat(nights.isWorking(london("2026-11-23T23:00"))).isFalse();
			assertThat(nights.isWorking(london("2026-11-24T00:00"))).isTrue();
			assertThat(nights.isWorking(london("2026-11-24T05:00"))).isTrue();
			// Tuesday's shift: 22:00-23:00 and 01:00-06:00.
			assertThat(nights.workingTimeBetween(london("2026-11-24T12:00"), london("2026-11-25T12:00")))
				.isEqualTo(Duration.ofHours(6));
			// A working day later the time of day is kept relative to the shift's day.
			assertThat(nights.addWorkingDays(london("2026-11-24T03:00"), 1)).isEqualTo(london("2026-11-25T03:00"));
		}

		@Test
		void aDayClosedAllDayIsNoWorkingDay() {
			BusinessCalendar calendar = londonOfficeHours()
				.closure(LocalDate.of(2026, 12, 24), "Closed", interval("00:00-24:00"))
				.build();
			assertThat(calendar.addWorkingDays(london("2026-12-23T10:00"), 1)).isEqualTo(london("2026-12-25T10:00"));
		}

		@Test
		void workingDaysClampIntoWhatIsLeftOfTheDay() {
			BusinessCalendar calendar = londonOfficeHours()
				.closure(LocalDate.of(2026, 12, 24), "Early close", interval("15:00-17:30"))
				.build();
			assertThat(calendar.addWorkingDays(london("2026-12-23T16:00"), 1)).isEqualTo(london("2026-12-24T15:00"));
		}

		@Test
		void appearOncePerDate() {
			assertThatExceptionOfType(InvalidCalendarException.class)
				.isThrownBy(() -> londonOfficeHours().closure(LocalDate.of(2026, 12, 24), "A", interval("12:00-13:00"))
					.closure(LocalDate.of(2026, 12, 24), "B", interval("15:00-16:00"))
					.build())
				.satisfies((ex) -> {
					assertThat(ex.field()).isEqualTo("closures[2026-12-24]");
					assertThat(ex.rule()).startsWith("must not appear more than once");
				});
		}

		@Test
		void needANameAndStretchesThatDoNotOverlap() {
			LocalDate eve = LocalDate.of(2026, 12, 24);
			assertThatExceptionOfType(InvalidCalendarException.class).isThrownBy(() -> Closure.of(eve, "Closed"))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo("closures[2026-12-24].hours"));
			assertThatExceptionOfType(InvalidCalendarException.class)
				.isThrownBy(() -> Closure.of(eve, "", interval("12:00-13:00")))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo("closures[2026-12-24].name"));
			assertThatExceptionOfType(InvalidCalendarException.class)
				.isThrownBy(() -> Closure.of(eve, "Closed", interval("12:00-14:00"), interval("13:00-15:00")))
				.satisfies((ex) -> {
					assertThat(ex.field()).isEqualTo("closures[2026-12-24].hours");
					assertThat(ex.rule()).startsWith("must not have overlapping intervals");
				});
		}

		@Test
		void areKeptByToBuilderAndEquals() {
			assertThat(this.office.toBuilder().build()).isEqualTo(this.office);
			assertThat(this.office.closures()).singleElement()
				.satisfies((closure) -> assertThat(closure.closed()).containsExactly(interval("12:00-14:00")));
			assertThat(this.office).isNotEqualTo(londonOfficeHours().build());
		}

	}

}
