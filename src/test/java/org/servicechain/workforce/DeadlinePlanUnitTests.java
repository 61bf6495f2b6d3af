package org.servicechain.workforce;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The what-if's model on hand-built cases whose answers are worked out by hand in the
 * comments (WF-2).
 */
class DeadlinePlanUnitTests {

	static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

	static Instant at(String time) {
		return Instant.parse("2026-12-07T" + time + ":00Z");
	}

	static double[] hours(double each, int count) {
		double[] hours = new double[count];
		Arrays.fill(hours, each);
		return hours;
	}

	static Map<String, DeadlinePlan.Outcome> plan(double[] capacity, double[] arrivals, DeadlinePlan.Work... work) {
		return DeadlinePlan.plan(NINE, capacity, arrivals, List.of(work))
			.stream()
			.collect(Collectors.toMap((outcome) -> outcome.work().key(), Function.identity()));
	}

	// One person from 09:00: A (due 10:00, 30 min), B (due 11:00, 30 min), C (due 11:00,
	// 1 h).
	static final DeadlinePlan.Work A = new DeadlinePlan.Work("A", at("10:00"), 0.5);

	static final DeadlinePlan.Work B = new DeadlinePlan.Work("B", at("11:00"), 0.5);

	static final DeadlinePlan.Work C = new DeadlinePlan.Work("C", at("11:00"), 1.0);

	@Test
	void oneProductiveHourAnHourKeepsEveryDeadlineEarliestFirst() {
		// A 09:00–09:30, B 09:30–10:00, C 10:00–11:00: all kept, C exactly on time.
		Map<String, DeadlinePlan.Outcome> plan = plan(hours(1, 8), hours(0, 8), C, B, A);
		assertThat(plan.get("A").finishedAt()).isEqualTo(at("09:30"));
		assertThat(plan.get("B").finishedAt()).isEqualTo(at("10:00"));
		assertThat(plan.get("C").finishedAt()).isEqualTo(at("11:00"));
		assertThat(plan.values()).noneMatch((outcome) -> outcome.misses(outcome.work().dueAt()));
	}

	@Test
	void halfAnHourOfNewRequestsAtNineMakesCHalfAnHourLate() {
		// The new requests take 09:00–09:30; A 09:30–10:00 (on time), B 10:00–10:30,
		// C 10:30–11:30: late by 30 min.
		double[] arrivals = hours(0, 8);
		arrivals[0] = 0.5;
		Map<String, DeadlinePlan.Outcome> plan = plan(hours(1, 8), arrivals, A, B, C);
		assertThat(plan.get("A").finishedAt()).isEqualTo(at("10:00"));
		assertThat(plan.get("A").misses(A.dueAt())).isFalse();
		assertThat(plan.get("B").misses(B.dueAt())).isFalse();
		assertThat(plan.get("C").finishedAt()).isEqualTo(at("11:30"));
		assertThat(plan.get("C").misses(C.dueAt())).isTrue();
		assertThat(plan.get("C").lateFor(C.dueAt(), at("17:00"))).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void twoPeopleWorkTwiceAsFastWithinTheHour() {
		// Two productive hours an hour: A done 09:15, B 09:30, C 10:00.
		Map<String, DeadlinePlan.Outcome> plan = plan(hours(2, 8), hours(0, 8), A, B, C);
		assertThat(plan.get("A").finishedAt()).isEqualTo(at("09:15"));
		assertThat(plan.get("B").finishedAt()).isEqualTo(at("09:30"));
		assertThat(plan.get("C").finishedAt()).isEqualTo(at("10:00"));
	}

	@Test
	void nobodyAtWorkUntilElevenMissesEverythingDueBefore() {
		// Off 09:00–11:00, then one person: A 11:00–11:30 (late 1 h 30), B 11:30–12:00, C
		// 12:00–13:00 (late 2 h).
		double[] capacity = hours(1, 8);
		capacity[0] = 0;
		capacity[1] = 0;
		Map<String, DeadlinePlan.Outcome> plan = plan(capacity, hours(0, 8), A, B, C);
		assertThat(plan.get("A").lateFor(A.dueAt(), at("17:00"))).isEqualTo(Duration.ofMinutes(90));
		assertThat(plan.get("C").lateFor(C.dueAt(), at("17:00"))).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void workNotFinishedWithinTheHorizonIsMissedUpToItsEnd() {
		// Two hours of capacity for 2.5 hours of work: C runs out of hours.
		Map<String, DeadlinePlan.Outcome> plan = plan(hours(1, 2), hours(0, 2), A, B,
				new DeadlinePlan.Work("C", at("11:00"), 1.5));
		assertThat(plan.get("C").finishedAt()).isNull();
		assertThat(plan.get("C").misses(at("11:00"))).isTrue();
		assertThat(plan.get("C").lateFor(at("10:30"), at("11:00"))).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void newRequestsThatCannotBeAnsweredInTheirHourWaitForTheNext() {
		// 1.5 h of new requests at 09:00 with one person: they take 09:00–10:30, so A
		// (due 10:00) finishes 11:00.
		double[] arrivals = hours(0, 8);
		arrivals[0] = 1.5;
		Map<String, DeadlinePlan.Outcome> plan = plan(hours(1, 8), arrivals, A);
		assertThat(plan.get("A").finishedAt()).isEqualTo(at("11:00"));
		assertThat(plan.get("A").lateFor(A.dueAt(), at("17:00"))).isEqualTo(Duration.ofHours(1));
	}

}
