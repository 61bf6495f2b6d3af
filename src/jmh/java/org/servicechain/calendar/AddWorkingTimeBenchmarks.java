package org.servicechain.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Due-instant arithmetic on a typical office calendar: Europe/London, Mon-Fri
 * 09:00-12:30 and 13:30-17:30 (37.5 hours a week), England and Wales bank holidays
 * 2025-2028. Starts cycle through 1,024 random instants (whole seconds, inside and
 * outside working hours) in 2025-2026, so the year-long additions cross bank holidays and
 * clock changes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AddWorkingTimeBenchmarks {

	private static final int STARTS = 1024;

	private static final Duration FOUR_HOURS = Duration.ofHours(4);

	private static final Duration THREE_EIGHT_HOUR_DAYS = Duration.ofHours(3 * 8);

	private static final Duration ONE_YEAR = Duration.ofMinutes(52 * 2250);

	private BusinessCalendar office;

	private Instant[] starts;

	private int next;

	@Setup
	public void setUp() {
		this.office = BusinessCalendar.builder("Europe/London")
			.mondayToFriday(WorkingInterval.parse("09:00-12:30"), WorkingInterval.parse("13:30-17:30"))
			.holidays(IcsHolidays.englandAndWales())
			.build();
		Random random = new Random(20261122);
		long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
		long to = Instant.parse("2027-01-01T00:00:00Z").getEpochSecond();
		this.starts = new Instant[STARTS];
		for (int i = 0; i < STARTS; i++) {
			this.starts[i] = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
		}
	}

	private Instant nextStart() {
		this.next = (this.next + 1) & (STARTS - 1);
		return this.starts[this.next];
	}

	@Benchmark
	public Instant fourHours() {
		return this.office.addWorkingTime(nextStart(), FOUR_HOURS);
	}

	@Benchmark
	public Instant threeDaysOfEightHours() {
		return this.office.addWorkingTime(nextStart(), THREE_EIGHT_HOUR_DAYS);
	}

	@Benchmark
	public Instant threeWorkingDays() {
		return this.office.addWorkingDays(nextStart(), 3);
	}

	@Benchmark
	public Instant oneYear() {
		return this.office.addWorkingTime(nextStart(), ONE_YEAR);
	}

	@Benchmark
	public Duration workingTimeBetweenOverAYear() {
		Instant start = nextStart();
		return this.office.workingTimeBetween(start, start.plus(Duration.ofDays(365)));
	}

}
