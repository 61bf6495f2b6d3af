package org.servicechain.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.calendar.CalendarFixtures.london;
import static org.servicechain.calendar.CalendarFixtures.londonOffice;

/**
 * Pauses (e.g. waiting on the customer) are left out of working time. London office hours
 * Mon-Fri 09:00-12:30, 13:30-17:30; 2026-11-23 is a Monday.
 */
class BusinessCalendarPausesUnitTests {

	private final BusinessCalendar office = londonOffice();

	@Test
	void pauseDelaysTheDueInstant() {
		assertThat(office.addWorkingTime(london("2026-11-23T09:00"), Duration.ofHours(2),
				List.of(pause("2026-11-23T10:00", "2026-11-23T10:30"))))
			.isEqualTo(london("2026-11-23T11:30"));
	}

	@Test
	void overlappingPausesCountOnce() {
		List<Pause> pauses = List.of(pause("2026-11-23T10:15", "2026-11-23T11:00"),
				pause("2026-11-23T10:00", "2026-11-23T10:30"));

		assertThat(office.addWorkingTime(london("2026-11-23T09:00"), Duration.ofHours(2), pauses))
			.isEqualTo(london("2026-11-23T12:00"));
	}

	@Test
	void pausesOutsideWorkingHoursChangeNothing() {
		List<Pause> pauses = List.of(pause("2026-11-28T09:00", "2026-11-29T18:00"),
				pause("2026-11-23T12:30", "2026-11-23T13:30"));

		assertThat(office.addWorkingTime(london("2026-11-23T11:00"), Duration.ofHours(10), pauses))
			.isEqualTo(office.addWorkingTime(london("2026-11-23T11:00"), Duration.ofHours(10)));
		assertThat(office.workingTimeBetween(london("2026-11-23T00:00"), london("2026-11-30T00:00"), pauses))
			.isEqualTo(Duration.ofMinutes(2250));
	}

	@Test
	void startInsideAPauseCountsFromItsEnd() {
		assertThat(office.addWorkingTime(london("2026-11-23T10:00"), Duration.ofHours(1),
				List.of(pause("2026-11-23T09:30", "2026-11-23T10:30"))))
			.isEqualTo(london("2026-11-23T11:30"));
	}

	@Test
	void workDoneWhenAPauseStartsIsDueThen() {
		assertThat(office.addWorkingTime(london("2026-11-23T09:00"), Duration.ofHours(1),
				List.of(pause("2026-11-23T10:00", "2026-11-23T11:00"))))
			.isEqualTo(london("2026-11-23T10:00"));
	}

	@Test
	void zeroDurationInsideAPauseReturnsTheStart() {
		assertThat(office.addWorkingTime(london("2026-11-23T10:00"), Duration.ZERO,
				List.of(pause("2026-11-23T09:30", "2026-11-23T10:30"))))
			.isEqualTo(london("2026-11-23T10:00"));
	}

	@Test
	void pauseOverTheWeekendIntoMondayMorning() {
		assertThat(office.addWorkingTime(london("2026-11-27T16:30"), Duration.ofHours(2),
				List.of(pause("2026-11-27T17:00", "2026-11-30T10:00"))))
			.isEqualTo(london("2026-11-30T11:30"));
	}

	@Test
	void measuresWorkingTimeWithoutPauses() {
		List<Pause> pauses = List.of(pause("2026-11-23T10:00", "2026-11-23T10:30"),
				pause("2026-11-23T10:15", "2026-11-23T11:00"), pause("2026-11-23T12:00", "2026-11-23T14:00"));

		assertThat(office.workingTimeBetween(london("2026-11-23T09:00"), london("2026-11-23T17:30"), pauses))
			.isEqualTo(Duration.ofMinutes(330));
		assertThat(office.workingTimeBetween(london("2026-11-23T17:30"), london("2026-11-23T09:00"), pauses))
			.isEqualTo(Duration.ofMinutes(-330));
		assertThat(office.workingTimeBetween(london("2026-11-23T10:10"), london("2026-11-23T10:20"), pauses)).isZero();
	}

	@Test
	void subtractsAroundPauses() {
		assertThat(office.subtractWorkingTime(london("2026-11-23T12:00"), Duration.ofHours(2),
				List.of(pause("2026-11-23T10:00", "2026-11-23T11:00"))))
			.isEqualTo(london("2026-11-23T09:00"));
	}

	@Test
	void emptyPausesChangeNothing() {
		Instant start = london("2026-11-23T09:00");

		assertThat(office.addWorkingTime(start, Duration.ofHours(3),
				List.of(pause("2026-11-23T10:00", "2026-11-23T10:00"))))
			.isEqualTo(office.addWorkingTime(start, Duration.ofHours(3)))
			.isEqualTo(office.addWorkingTime(start, Duration.ofHours(3), List.of()));
	}

	private static Pause pause(String start, String end) {
		return new Pause(london(start), london(end));
	}

}
