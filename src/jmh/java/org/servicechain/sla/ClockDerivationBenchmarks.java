package org.servicechain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.IcsHolidays;
import org.servicechain.calendar.WorkingInterval;

/**
 * Deriving one clock from a 100-event history (issue 8: under 50 µs): an office calendar
 * (Europe/London, Mon–Fri 09:00–12:30 and 13:30–17:30, England and Wales bank holidays),
 * a 40 h resolution target, and histories of 100 facts over about six weeks: the start,
 * then pauses and resumes, re-targets, a stop and a reopen, at random minutes. 256
 * different histories are cycled through.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClockDerivationBenchmarks {

	private static final int HISTORIES = 256;

	private BusinessCalendar office;

	private final List<List<ClockFact>> histories = new ArrayList<>();

	private final List<Instant> nows = new ArrayList<>();

	private final ClockTarget target = ClockTarget.of(Duration.ofHours(40));

	private int next;

	@Setup
	public void setUp() {
		this.office = BusinessCalendar.builder("Europe/London")
			.mondayToFriday(WorkingInterval.parse("09:00-12:30"), WorkingInterval.parse("13:30-17:30"))
			.holidays(IcsHolidays.englandAndWales())
			.build();
		Random random = new Random(20261201);
		for (int h = 0; h < HISTORIES; h++) {
			Instant start = Instant.parse("2026-01-05T08:00:00Z").plus(Duration.ofDays(random.nextInt(300)));
			List<ClockFact> facts = new ArrayList<>();
			facts.add(ClockFact.of(start, ClockFact.Kind.START, "agent", "opened"));
			Instant at = start;
			for (int i = 1; i < 100; i++) {
				at = at.plus(Duration.ofMinutes(30 + random.nextInt(600)));
				ClockFact.Kind kind = switch (i % 10) {
					case 3 -> ClockFact.Kind.RETARGET;
					case 7 -> ClockFact.Kind.STOP;
					case 8 -> ClockFact.Kind.CONTINUE;
					default -> (i % 2 == 1) ? ClockFact.Kind.PAUSE : ClockFact.Kind.RESUME;
				};
				facts.add((kind == ClockFact.Kind.RETARGET)
						? ClockFact.retarget(at, Duration.ofHours(8 + random.nextInt(40)), "manager", "priority")
						: ClockFact.of(at, kind, "agent", "waiting on the customer"));
			}
			this.histories.add(List.copyOf(facts));
			this.nows.add(at.plus(Duration.ofHours(2)));
		}
	}

	@Benchmark
	public ClockState deriveFromHundredEvents() {
		int i = this.next++ & (HISTORIES - 1);
		return Clock.derivedFrom(this.target, this.office, this.histories.get(i), this.nows.get(i));
	}

}
