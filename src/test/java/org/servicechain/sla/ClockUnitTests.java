package org.servicechain.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.WorkingInterval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.sla.ClockFact.Kind.CANCEL;
import static org.servicechain.sla.ClockFact.Kind.CONTINUE;
import static org.servicechain.sla.ClockFact.Kind.PAUSE;
import static org.servicechain.sla.ClockFact.Kind.RESTART;
import static org.servicechain.sla.ClockFact.Kind.RESUME;
import static org.servicechain.sla.ClockFact.Kind.START;
import static org.servicechain.sla.ClockFact.Kind.STOP;

/**
 * Clock semantics with a moved clock, never slept: every instant is given.
 */
class ClockUnitTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** Monday to Friday 09:00–17:00 in London; 1 December 2026 is a Tuesday. */
	static final BusinessCalendar OFFICE = BusinessCalendar.builder(LONDON)
		.mondayToFriday(WorkingInterval.parse("09:00-17:00"))
		.holiday(java.time.LocalDate.of(2026, 12, 25), "Christmas Day")
		.build();

	static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(LONDON).toInstant();
	}

	static ClockFact fact(String local, ClockFact.Kind kind) {
		return ClockFact.of(at(local), kind, "tester", kind.name().toLowerCase());
	}

	static <T> List<T> reversed(List<T> list) {
		List<T> copy = new java.util.ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

	static ClockState derive(Duration target, String now, ClockFact... facts) {
		return Clock.derivedFrom(ClockTarget.of(target), OFFICE, List.of(facts), at(now));
	}

	@Test
	void runsInBusinessHoursAcrossNightsAndWeekends() {
		// Friday 15:00 + 8 h of business time: 2 h on Friday, 6 h on Monday -> Monday
		// 15:00.
		ClockState clock = derive(Duration.ofHours(8), "2026-12-04T16:00", fact("2026-12-04T15:00", START));
		assertThat(clock.state()).isEqualTo(ClockState.State.RUNNING);
		assertThat(clock.elapsed()).isEqualTo(Duration.ofHours(1));
		assertThat(clock.dueAt()).isEqualTo(at("2026-12-07T15:00"));
		assertThat(clock.warningAt()).isEqualTo(at("2026-12-07T13:00"));
	}

	@Test
	void pauseAndResumeAcrossANightMoveTheDueTime() {
		ClockState clock = derive(Duration.ofHours(4), "2026-12-02T10:00", fact("2026-12-01T15:00", START),
				fact("2026-12-01T16:00", PAUSE), fact("2026-12-02T09:30", RESUME));
		// 1 h before the pause, 30 min after it; 2 h 30 min left from 10:00.
		assertThat(clock.elapsed()).isEqualTo(Duration.ofMinutes(90));
		assertThat(clock.dueAt()).isEqualTo(at("2026-12-02T12:30"));
		assertThat(clock.pauses()).singleElement().satisfies((pause) -> {
			assertThat(pause.from()).isEqualTo(at("2026-12-01T16:00"));
			assertThat(pause.to()).isEqualTo(at("2026-12-02T09:30"));
		});
	}

	@Test
	void pausedClockHasNoDueTimeAndKeepsItsElapsedTime() {
		ClockState clock = derive(Duration.ofHours(4), "2026-12-03T12:00", fact("2026-12-01T09:00", START),
				fact("2026-12-01T10:00", PAUSE));
		assertThat(clock.state()).isEqualTo(ClockState.State.PAUSED);
		assertThat(clock.dueAt()).isNull();
		assertThat(clock.elapsed()).isEqualTo(Duration.ofHours(1));
		assertThat(clock.remaining()).isEqualTo(Duration.ofHours(3));
	}

	@Test
	void breachFallsExactlyAtTheInstantTheTargetRunsOut() {
		ClockFact start = fact("2026-12-01T09:00", START);
		ClockState atDue = derive(Duration.ofHours(2), "2026-12-01T11:00", start);
		assertThat(atDue.breached()).isFalse();
		assertThat(atDue.warnedAt()).isEqualTo(at("2026-12-01T10:30"));
		ClockState justAfter = Clock.derivedFrom(ClockTarget.of(Duration.ofHours(2)), OFFICE, List.of(start),
				at("2026-12-01T11:00").plusSeconds(1));
		assertThat(justAfter.breachedAt()).isEqualTo(at("2026-12-01T11:00"));
		assertThat(justAfter.label()).isEqualTo("Breached, still open");
	}

	@Test
	void warningFallsExactlyAtItsShare() {
		ClockFact start = fact("2026-12-01T09:00", START);
		ClockState before = Clock.derivedFrom(new ClockTarget(Duration.ofHours(4), 50), OFFICE, List.of(start),
				at("2026-12-01T10:59:59"));
		assertThat(before.warned()).isFalse();
		assertThat(before.warningAt()).isEqualTo(at("2026-12-01T11:00"));
		ClockState at = Clock.derivedFrom(new ClockTarget(Duration.ofHours(4), 50), OFFICE, List.of(start),
				at("2026-12-01T11:00"));
		assertThat(at.warnedAt()).isEqualTo(at("2026-12-01T11:00"));
		assertThat(at.label()).isEqualTo("At risk");
	}

	@Test
	void stopAtTheDueInstantIsInTimeAndLaterIsABreachThatStays() {
		ClockState onTime = derive(Duration.ofHours(2), "2026-12-02T09:00", fact("2026-12-01T09:00", START),
				fact("2026-12-01T11:00", STOP));
		assertThat(onTime.label()).isEqualTo("Met");
		ClockState late = derive(Duration.ofHours(2), "2026-12-02T09:00", fact("2026-12-01T09:00", START),
				fact("2026-12-01T11:30", STOP));
		assertThat(late.label()).isEqualTo("Breached");
		assertThat(late.breachedAt()).isEqualTo(at("2026-12-01T11:00"));
		assertThat(late.dueAt()).isEqualTo(at("2026-12-01T11:00"));
	}

	@Test
	void reopenResumesFromWhereItStopped() {
		ClockState clock = derive(Duration.ofHours(4), "2026-12-02T10:00", fact("2026-12-01T09:00", START),
				fact("2026-12-01T12:00", STOP), fact("2026-12-02T09:00", CONTINUE));
		assertThat(clock.elapsed()).isEqualTo(Duration.ofHours(4));
		assertThat(clock.dueAt()).isEqualTo(at("2026-12-02T10:00"));
		assertThat(clock.cycle()).isZero();
	}

	@Test
	void reopenRestartsFromZero() {
		ClockState clock = derive(Duration.ofHours(4), "2026-12-02T10:00", fact("2026-12-01T09:00", START),
				fact("2026-12-01T15:00", STOP), fact("2026-12-02T09:00", RESTART));
		assertThat(clock.elapsed()).isEqualTo(Duration.ofHours(1));
		assertThat(clock.dueAt()).isEqualTo(at("2026-12-02T13:00"));
		assertThat(clock.breached()).as("the first cycle's breach belongs to that cycle").isFalse();
		assertThat(clock.cycle()).isEqualTo(1);
	}

	@Test
	void priorityChangeKeepsElapsedTimeAndChangesTheTarget() {
		ClockState longer = derive(Duration.ofHours(8), "2026-12-01T12:00", fact("2026-12-01T09:00", START),
				ClockFact.retarget(at("2026-12-01T11:00"), Duration.ofHours(4), "maria", "P3 to P2"));
		assertThat(longer.elapsed()).isEqualTo(Duration.ofHours(3));
		assertThat(longer.target()).isEqualTo(Duration.ofHours(4));
		assertThat(longer.dueAt()).isEqualTo(at("2026-12-01T13:00"));
		ClockState alreadyOver = derive(Duration.ofHours(8), "2026-12-01T16:00", fact("2026-12-01T09:00", START),
				ClockFact.retarget(at("2026-12-01T15:00"), Duration.ofHours(2), "maria", "P3 to P1"));
		assertThat(alreadyOver.breachedAt()).as("breached at the re-target, not before it")
			.isEqualTo(at("2026-12-01T15:00"));
	}

	@Test
	void holidaysAreSkipped() {
		// Thursday 24 December 16:00 + 2 h: 1 h on the 24th; the 25th is a holiday and
		// the 26th/27th a weekend, so Monday 28th 10:00.
		ClockState clock = derive(Duration.ofHours(2), "2026-12-24T16:00", fact("2026-12-24T16:00", START));
		assertThat(clock.dueAt()).isEqualTo(at("2026-12-28T10:00"));
	}

	@Test
	void cancelledClockIsNotMeasuredAndFutureFactsAreIgnored() {
		ClockState cancelled = derive(Duration.ofHours(1), "2026-12-02T09:00", fact("2026-12-01T09:00", START),
				fact("2026-12-01T09:30", CANCEL));
		assertThat(cancelled.state()).isEqualTo(ClockState.State.CANCELLED);
		assertThat(cancelled.breached()).isFalse();
		ClockState notYet = derive(Duration.ofHours(1), "2026-12-01T09:10", fact("2026-12-01T09:00", START),
				fact("2026-12-01T09:30", STOP));
		assertThat(notYet.state()).isEqualTo(ClockState.State.RUNNING);
	}

	@Test
	void keepInformedRestartsOnEachUpdate() {
		ClockState clock = derive(Duration.ofHours(4), "2026-12-01T15:00", fact("2026-12-01T09:00", START),
				fact("2026-12-01T12:00", RESTART), fact("2026-12-01T14:00", RESTART));
		assertThat(clock.elapsed()).isEqualTo(Duration.ofHours(1));
		assertThat(clock.dueAt()).isEqualTo(at("2026-12-02T10:00"));
		assertThat(clock.cycle()).isEqualTo(2);
	}

	@Test
	void sameHistoryAlwaysGivesTheSameClock() {
		List<ClockFact> facts = List.of(fact("2026-12-01T09:00", START), fact("2026-12-01T10:00", PAUSE),
				fact("2026-12-01T11:00", RESUME));
		ClockState one = Clock.derivedFrom(ClockTarget.of(Duration.ofHours(3)), OFFICE, facts, at("2026-12-01T12:00"));
		ClockState two = Clock.derivedFrom(ClockTarget.of(Duration.ofHours(3)), OFFICE, reversed(facts),
				at("2026-12-01T12:00"));
		assertThat(two).isEqualTo(one);
	}

}
