package org.servicechain.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.calendar.CalendarFixtures.LONDON;
import static org.servicechain.calendar.CalendarFixtures.interval;
import static org.servicechain.calendar.CalendarFixtures.london;
import static org.servicechain.calendar.CalendarFixtures.londonOfficeHours;
import static org.servicechain.calendar.CalendarFixtures.newYork;
import static org.servicechain.calendar.CalendarFixtures.utc;

/**
 * Clock changes in the calendar's zone. Europe/London goes from 01:00 GMT to 02:00 BST on
 * 2026-03-29 and from 02:00 BST back to 01:00 GMT on 2026-10-25 (both Sundays).
 */
class BusinessCalendarDaylightSavingUnitTests {

	private static BusinessCalendar sundays(String zone, String hours) {
		return BusinessCalendar.builder(zone).hours(DayOfWeek.SUNDAY, interval(hours)).build();
	}

	@Test
	void intervalOverTheSpringGapIsAnHourShorter() {
		BusinessCalendar calendar = sundays("Europe/London", "00:30-03:00");

		assertThat(calendar.workingTimeBetween(utc("2026-03-28T12:00:00Z"), utc("2026-03-30T12:00:00Z")))
			.isEqualTo(Duration.ofMinutes(90));
		// 30 minutes until the clocks jump at 01:00 GMT, then 30 minutes from 02:00 BST.
		assertThat(calendar.addWorkingTime(utc("2026-03-28T12:00:00Z"), Duration.ofHours(1)))
			.isEqualTo(utc("2026-03-29T01:30:00Z"));
		assertThat(calendar.workingTimeBetween(utc("2026-11-01T00:00:00Z"), utc("2026-11-02T00:00:00Z")))
			.as("an ordinary Sunday")
			.isEqualTo(Duration.ofMinutes(150));
	}

	@Test
	void intervalOverTheAutumnOverlapIsAnHourLonger() {
		BusinessCalendar calendar = sundays("Europe/London", "00:30-03:00");

		// 00:30 BST is 23:30 UTC the day before; 03:00 GMT is 03:00 UTC.
		assertThat(calendar.workingTimeBetween(utc("2026-10-24T12:00:00Z"), utc("2026-10-26T12:00:00Z")))
			.isEqualTo(Duration.ofMinutes(210));
		assertThat(calendar.addWorkingTime(utc("2026-10-24T12:00:00Z"), Duration.ofHours(3)))
			.isEqualTo(utc("2026-10-25T02:30:00Z"));
		assertThat(calendar.subtractWorkingTime(utc("2026-10-25T03:00:00Z"), Duration.ofMinutes(210)))
			.isEqualTo(utc("2026-10-24T23:30:00Z"));
	}

	@Test
	void intervalStartingInTheGapStartsAtTheGapsEnd() {
		BusinessCalendar calendar = sundays("Europe/London", "01:30-03:00");

		assertThat(calendar.nextWorkingInstant(utc("2026-03-28T12:00:00Z"))).isEqualTo(utc("2026-03-29T01:00:00Z"));
		assertThat(calendar.workingTimeBetween(utc("2026-03-28T12:00:00Z"), utc("2026-03-30T12:00:00Z")))
			.isEqualTo(Duration.ofHours(1));
	}

	@Test
	void timeThatOccursTwiceMeansItsFirstOccurrence() {
		BusinessCalendar calendar = sundays("Europe/London", "01:30-02:30");

		// From the first 01:30 (BST, 00:30 UTC) to 02:30 GMT (02:30 UTC): two real hours.
		assertThat(calendar.nextWorkingInstant(utc("2026-10-24T12:00:00Z"))).isEqualTo(utc("2026-10-25T00:30:00Z"));
		assertThat(calendar.workingTimeBetween(utc("2026-10-24T12:00:00Z"), utc("2026-10-26T12:00:00Z")))
			.isEqualTo(Duration.ofHours(2));
		assertThat(calendar.isWorking(utc("2026-10-25T01:15:00Z"))).as("01:15 GMT, the second time round").isTrue();
	}

	@Test
	void intervalInsideTheRepeatedHourIsWorkedOnce() {
		BusinessCalendar calendar = sundays("Europe/London", "01:10-01:50");

		assertThat(calendar.isWorking(utc("2026-10-25T00:20:00Z"))).as("01:20 BST").isTrue();
		assertThat(calendar.isWorking(utc("2026-10-25T01:20:00Z"))).as("01:20 GMT").isFalse();
		assertThat(calendar.workingTimeBetween(utc("2026-10-24T12:00:00Z"), utc("2026-10-26T12:00:00Z")))
			.isEqualTo(Duration.ofMinutes(40));
	}

	@Test
	void intervalEntirelyInTheGapHasNoWorkingTime() {
		BusinessCalendar calendar = BusinessCalendar.builder(LONDON)
			.hours(DayOfWeek.SUNDAY, interval("01:15-01:45"), interval("10:00-11:00"))
			.build();

		assertThat(calendar.workingTimeBetween(utc("2026-03-28T12:00:00Z"), utc("2026-03-30T12:00:00Z")))
			.isEqualTo(Duration.ofHours(1));
		assertThat(calendar.addWorkingTime(utc("2026-03-28T12:00:00Z"), Duration.ofMinutes(1)))
			.isEqualTo(london("2026-03-29T10:01"));
	}

	@Test
	void officeHoursFollowTheWallClockOverTheChange() {
		BusinessCalendar office = londonOfficeHours().build();

		assertThat(office.addWorkingTime(london("2026-03-27T17:00"), Duration.ofHours(1)))
			.isEqualTo(utc("2026-03-30T08:30:00Z"));
		assertThat(office.addWorkingTime(london("2026-10-23T17:00"), Duration.ofHours(1)))
			.isEqualTo(utc("2026-10-26T09:30:00Z"));
		assertThat(office.workingTimeBetween(london("2026-03-23T00:00"), london("2026-04-06T00:00")))
			.isEqualTo(Duration.ofMinutes(2 * 2250));
	}

	@Test
	void nightShiftOverTheChangeLastsItsRealLength() {
		BusinessCalendar calendar = BusinessCalendar.builder(LONDON)
			.hours(DayOfWeek.SATURDAY, interval("22:00-06:00+1"))
			.build();

		assertThat(calendar.workingTimeBetween(utc("2026-03-28T12:00:00Z"), utc("2026-03-29T12:00:00Z")))
			.isEqualTo(Duration.ofHours(7));
		assertThat(calendar.workingTimeBetween(utc("2026-10-24T12:00:00Z"), utc("2026-10-25T12:00:00Z")))
			.isEqualTo(Duration.ofHours(9));
		assertThat(calendar.addWorkingTime(utc("2026-10-24T12:00:00Z"), Duration.ofHours(9)))
			.isEqualTo(utc("2026-10-25T06:00:00Z"));
	}

	@Test
	void twentyFourSevenIsElapsedTimeAcrossChanges() {
		BusinessCalendar calendar = BusinessCalendar.twentyFourSeven(LONDON);
		Instant start = utc("2026-03-28T12:34:56Z");

		assertThat(calendar.addWorkingTime(start, Duration.ofHours(48))).isEqualTo(start.plus(Duration.ofHours(48)));
		assertThat(calendar.addWorkingTime(start, Duration.ofDays(400))).isEqualTo(start.plus(Duration.ofDays(400)));
		assertThat(calendar.subtractWorkingTime(start, Duration.ofDays(400)))
			.isEqualTo(start.minus(Duration.ofDays(400)));
		assertThat(calendar.workingTimeBetween(london("2026-03-28T00:00"), london("2026-03-30T00:00")))
			.isEqualTo(Duration.ofHours(47));
		assertThat(calendar.workingTimeBetween(london("2026-10-24T00:00"), london("2026-10-26T00:00")))
			.isEqualTo(Duration.ofHours(49));
	}

	@Test
	void newYorkOfficeIgnoresTheServersZone() {
		TimeZone serverZone = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of("Pacific/Kiritimati")));
		try {
			BusinessCalendar office = BusinessCalendar.builder("America/New_York")
				.mondayToFriday(interval("09:00-17:00"))
				.build();

			// Clocks go forward on Sunday 2026-03-08 and back on Sunday 2026-11-01.
			assertThat(office.addWorkingTime(newYork("2026-03-06T16:00"), Duration.ofHours(2)))
				.isEqualTo(utc("2026-03-09T14:00:00Z"));
			assertThat(office.addWorkingTime(newYork("2026-10-30T16:00"), Duration.ofHours(2)))
				.isEqualTo(utc("2026-11-02T15:00:00Z"));
			assertThat(office.addWorkingDays(newYork("2026-03-06T10:00"), 1)).isEqualTo(utc("2026-03-09T14:00:00Z"));
		}
		finally {
			TimeZone.setDefault(serverZone);
		}
	}

	@Test
	void dayStartingInAGapAtMidnightStartsAtTheGapsEnd() {
		// America/Santiago: 2026-09-06 00:00 -04:00 jumps to 01:00 -03:00.
		BusinessCalendar calendar = sundays("America/Santiago", "00:00-02:00");

		assertThat(calendar.nextWorkingInstant(utc("2026-09-05T12:00:00Z"))).isEqualTo(utc("2026-09-06T04:00:00Z"));
		assertThat(calendar.workingTimeBetween(utc("2026-09-05T12:00:00Z"), utc("2026-09-07T12:00:00Z")))
			.isEqualTo(Duration.ofHours(1));
	}

	@Test
	void shiftUntilMidnightWhenTheClockGoesBackAtMidnightIncludesTheRepeatedHour() {
		// America/Santiago: 2026-04-05 00:00 -03:00 goes back to 2026-04-04 23:00 -04:00.
		BusinessCalendar calendar = BusinessCalendar.builder("America/Santiago")
			.hours(DayOfWeek.SATURDAY, interval("22:00-24:00"))
			.hours(DayOfWeek.SUNDAY, interval("00:00-01:00"))
			.build();

		// Saturday: 01:00 UTC until Sunday 00:00 -04:00 (04:00 UTC); Sunday: one hour.
		assertThat(calendar.workingTimeBetween(utc("2026-04-04T12:00:00Z"), utc("2026-04-05T04:00:00Z")))
			.isEqualTo(Duration.ofHours(3));
		assertThat(calendar.workingTimeBetween(utc("2026-04-04T12:00:00Z"), utc("2026-04-06T12:00:00Z")))
			.isEqualTo(Duration.ofHours(4));
		assertThat(calendar.isWorking(utc("2026-04-05T03:30:00Z"))).as("23:30 -04:00, the second time round").isTrue();
		assertThat(calendar.addWorkingTime(utc("2026-04-05T03:30:00Z"), Duration.ofMinutes(60)))
			.isEqualTo(utc("2026-04-05T04:30:00Z"));
	}

}
