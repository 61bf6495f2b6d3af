package org.servicechain.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Business-hours arithmetic on random calendars checked against a brute-force reference
 * that walks minute by minute.
 * <p>
 * Calendars are random but minute-aligned: a zone with clock changes (or none), 0-3
 * intervals per weekday on a 15-minute grid, night shifts, intervals ending at 24:00,
 * whole and part-day holidays and special working days, holidays recurring every year
 * (also on dated holidays and special days, which take their place), and closures of part
 * of a date (some reaching into the next day), all within a few weeks around a clock
 * change. Starts and durations are whole minutes, so walking minutes is exact. The
 * reference computes the working intervals with {@code java.time} directly (a local time
 * in a gap means the gap's end, one that occurs twice its first occurrence), independent
 * of the calendar's own zone tables and week skipping; closures are taken off the
 * intervals as instants, minute by minute.
 */
class BusinessCalendarProperties {

	private static final List<String> ZONES = List.of("Europe/London", "America/New_York", "Australia/Sydney",
			"Australia/Lord_Howe", "America/Santiago", "Asia/Kolkata", "UTC");

	private static final int TRIES = 300;

	@Provide
	Arbitrary<Scenario> scenarios() {
		return Arbitraries.randomValue(Scenario::random);
	}

	@Property(tries = TRIES)
	void addWorkingTimeMatchesBruteForce(@ForAll("scenarios") Scenario scenario) {
		assertThat(scenario.calendar.addWorkingTime(scenario.start, scenario.duration))
			.isEqualTo(scenario.reference.add(scenario.start, scenario.duration));
	}

	@Property(tries = TRIES)
	void subtractWorkingTimeMatchesBruteForce(@ForAll("scenarios") Scenario scenario) {
		assertThat(scenario.calendar.subtractWorkingTime(scenario.start, scenario.duration))
			.isEqualTo(scenario.reference.subtract(scenario.start, scenario.duration));
	}

	@Property(tries = TRIES)
	void workingTimeBetweenMatchesBruteForce(@ForAll("scenarios") Scenario scenario) {
		assertThat(scenario.calendar.workingTimeBetween(scenario.start, scenario.other))
			.isEqualTo(scenario.reference.between(scenario.start, scenario.other));
	}

	@Property(tries = TRIES)
	void isWorkingMatchesBruteForce(@ForAll("scenarios") Scenario scenario) {
		for (int minute = 0; minute < 3 * 24 * 60; minute += 7) {
			Instant instant = scenario.start.plusSeconds(minute * 60L);
			assertThat(scenario.calendar.isWorking(instant)).as("isWorking(%s)", instant)
				.isEqualTo(scenario.reference.isWorking(instant));
		}
	}

	@Property(tries = TRIES)
	void workingTimeUntilTheDueInstantIsTheDuration(@ForAll("scenarios") Scenario scenario) {
		Instant due = scenario.calendar.addWorkingTime(scenario.start, scenario.duration);

		assertThat(scenario.calendar.workingTimeBetween(scenario.start, due)).isEqualTo(scenario.duration);
		assertThat(scenario.calendar.workingTimeBetween(due, scenario.start)).isEqualTo(scenario.duration.negated());
	}

	@Property(tries = TRIES)
	void addWorkingTimeIsMonotoneInDuration(@ForAll("scenarios") Scenario scenario) {
		Duration shorter = scenario.duration.dividedBy(2).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);

		assertThat(scenario.calendar.addWorkingTime(scenario.start, shorter))
			.isBeforeOrEqualTo(scenario.calendar.addWorkingTime(scenario.start, scenario.duration));
	}

	@Property(tries = TRIES)
	void addWorkingTimeIsMonotoneInStart(@ForAll("scenarios") Scenario scenario) {
		Instant earlier = scenario.start.isBefore(scenario.other) ? scenario.start : scenario.other;
		Instant later = scenario.start.isBefore(scenario.other) ? scenario.other : scenario.start;

		assertThat(scenario.calendar.addWorkingTime(earlier, scenario.duration))
			.isBeforeOrEqualTo(scenario.calendar.addWorkingTime(later, scenario.duration));
	}

	@Property(tries = TRIES)
	void addingInTwoStepsIsAddingTheSum(@ForAll("scenarios") Scenario scenario) {
		Duration first = scenario.secondDuration;
		Instant viaTwoSteps = scenario.calendar.addWorkingTime(scenario.calendar.addWorkingTime(scenario.start, first),
				scenario.duration);

		assertThat(viaTwoSteps)
			.isEqualTo(scenario.calendar.addWorkingTime(scenario.start, first.plus(scenario.duration)));
	}

	/**
	 * What holds for subtracting what was added: for a positive duration, going back from
	 * the due instant lands on the start if it was working time, or on the opening after
	 * it (the latest instant with the same working time to the due instant). Adding back
	 * from a subtraction lands on the end, or on the last closing before it, with no
	 * working time in between.
	 */
	@Property(tries = TRIES)
	void subtractingUndoesAddingUpToTheNextWorkingInstant(@ForAll("scenarios") Scenario scenario) {
		BusinessCalendar calendar = scenario.calendar;
		Instant start = scenario.start;
		Duration duration = scenario.duration;
		Instant due = calendar.addWorkingTime(start, duration);
		Instant back = calendar.subtractWorkingTime(start, duration);

		if (duration.isZero()) {
			assertThat(calendar.subtractWorkingTime(due, duration)).isEqualTo(start);
			return;
		}
		assertThat(calendar.subtractWorkingTime(due, duration)).isEqualTo(calendar.nextWorkingInstant(start));
		Instant forth = calendar.addWorkingTime(back, duration);
		assertThat(forth).isBeforeOrEqualTo(start);
		assertThat(calendar.workingTimeBetween(forth, start)).isZero();
	}

	@Property(tries = TRIES)
	void pausesMatchBruteForce(@ForAll("scenarios") Scenario scenario) {
		List<Pause> pauses = scenario.pauses;

		assertThat(scenario.calendar.addWorkingTime(scenario.start, scenario.duration, pauses))
			.isEqualTo(scenario.reference.add(scenario.start, scenario.duration, pauses));
		assertThat(scenario.calendar.subtractWorkingTime(scenario.start, scenario.duration, pauses))
			.isEqualTo(scenario.reference.subtract(scenario.start, scenario.duration, pauses));
		assertThat(scenario.calendar.workingTimeBetween(scenario.start, scenario.other, pauses))
			.isEqualTo(scenario.reference.between(scenario.start, scenario.other, pauses));
	}

	@Property(tries = TRIES)
	void addWorkingDaysMatchesTheDocumentedRule(@ForAll("scenarios") Scenario scenario) {
		assertThat(scenario.calendar.addWorkingDays(scenario.start, scenario.days))
			.isEqualTo(scenario.reference.addDays(scenario.start, scenario.days));
	}

	/** A random calendar, the reference built from the same definition, and arguments. */
	static final class Scenario {

		final BusinessCalendar calendar;

		final Reference reference;

		final Instant start;

		final Instant other;

		final Duration duration;

		final Duration secondDuration;

		final int days;

		final List<Pause> pauses;

		private final String description;

		private Scenario(Definition definition, Instant start, Instant other, Duration duration,
				Duration secondDuration, int days, List<Pause> pauses) {
			this.calendar = definition.build();
			this.reference = new Reference(definition);
			this.start = start;
			this.other = other;
			this.duration = duration;
			this.secondDuration = secondDuration;
			this.days = days;
			this.pauses = pauses;
			this.description = definition + ", start=" + start + ", other=" + other + ", duration=" + duration
					+ ", secondDuration=" + secondDuration + ", days=" + days + ", pauses=" + pauses;
		}

		static Scenario random(Random random) {
			ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
			Instant around = aroundAClockChange(zone, random);
			LocalDate firstDay = around.atZone(zone).toLocalDate().minusDays(10);
			Definition definition = Definition.random(zone, firstDay, random);
			long weekMinutes = Math.max(definition.build().standardWeeklyWorkingTime().toMinutes(), 60);
			Instant windowStart = firstDay.atStartOfDay(zone).toInstant();
			// Half the starts fall in the three days before the clock change.
			Instant start = random.nextBoolean() ? around.minusSeconds(60L * random.nextInt(3 * 24 * 60))
					: windowStart.plusSeconds(60L * random.nextInt(20 * 24 * 60));
			Instant other = windowStart.plusSeconds(60L * random.nextInt(20 * 24 * 60));
			Duration duration = minutes(random, Math.min(2 * weekMinutes, 6000));
			Duration secondDuration = minutes(random, Math.min(weekMinutes, 3000));
			int days = random.nextInt(6) + 1;
			days = random.nextBoolean() ? days : -days;
			List<Pause> pauses = new ArrayList<>();
			for (int i = random.nextInt(5); i > 0; i--) {
				Instant pauseStart = windowStart.plusSeconds(60L * random.nextInt(25 * 24 * 60));
				pauses.add(new Pause(pauseStart, pauseStart.plusSeconds(60L * random.nextInt(3 * 24 * 60))));
			}
			return new Scenario(definition, start, other, duration, secondDuration, days, pauses);
		}

		private static Duration minutes(Random random, long bound) {
			// Zero and small durations are the interesting corners; make them common.
			int kind = random.nextInt(10);
			if (kind == 0) {
				return Duration.ZERO;
			}
			if (kind < 3) {
				return Duration.ofMinutes(1 + random.nextInt(60));
			}
			return Duration.ofMinutes(1 + (long) (random.nextDouble() * bound));
		}

		private static Instant aroundAClockChange(ZoneId zone, Random random) {
			Instant yearStart = Instant.parse("2026-01-01T00:00:00Z");
			ZoneOffsetTransition transition = zone.getRules().nextTransition(yearStart);
			if (transition == null || random.nextInt(4) == 0) {
				return yearStart.plus(Duration.ofDays(random.nextInt(365)));
			}
			if (random.nextBoolean()) {
				transition = zone.getRules().nextTransition(transition.getInstant());
			}
			return transition.getInstant();
		}

		@Override
		public String toString() {
			return this.description;
		}

	}

	/** A calendar definition as plain data, so both sides are built from it. */
	record Definition(ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> week,
			Map<LocalDate, List<WorkingInterval>> holidays, Map<LocalDate, List<WorkingInterval>> specialDays,
			Map<MonthDay, List<WorkingInterval>> recurring, Map<LocalDate, List<WorkingInterval>> closures) {

		static Definition random(ZoneId zone, LocalDate firstDay, Random random) {
			Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
			for (DayOfWeek day : DayOfWeek.values()) {
				week.put(day, (random.nextInt(4) == 0) ? List.of() : randomDay(random));
			}
			for (DayOfWeek day : DayOfWeek.values()) {
				List<WorkingInterval> hours = week.get(day);
				if (!hours.isEmpty() && random.nextInt(4) == 0) {
					List<WorkingInterval> next = week.get(day.plus(1));
					week.put(day,
							withNightShift(hours, next.isEmpty() ? 1440 : next.get(0).startSecond() / 60, random));
				}
			}
			if (week.values().stream().allMatch(List::isEmpty)) {
				week.put(DayOfWeek.WEDNESDAY, List.of(WorkingInterval.parse("10:00-11:00")));
			}
			Map<LocalDate, List<WorkingInterval>> holidays = new TreeMap<>();
			Map<LocalDate, List<WorkingInterval>> specialDays = new TreeMap<>();
			for (int i = random.nextInt(6); i > 0; i--) {
				LocalDate date = firstDay.plusDays(random.nextInt(40));
				holidays.put(date, (random.nextInt(3) == 0) ? randomDay(random) : List.of());
			}
			for (int i = random.nextInt(3); i > 0; i--) {
				LocalDate date = firstDay.plusDays(random.nextInt(40));
				if (!holidays.containsKey(date)) {
					specialDays.put(date, randomDay(random));
				}
			}
			// Recurring holidays near the window (so they fall inside it, also on dated
			// holidays and special days, which take their place) and one anywhere.
			Map<MonthDay, List<WorkingInterval>> recurring = new TreeMap<>();
			for (int i = random.nextInt(4); i > 0; i--) {
				LocalDate date = firstDay.plusDays(random.nextInt(40));
				recurring.put(MonthDay.from(date), (random.nextInt(3) == 0) ? randomDay(random) : List.of());
			}
			if (random.nextBoolean()) {
				recurring.put(MonthDay.of(1 + random.nextInt(12), 1 + random.nextInt(28)), List.of());
			}
			// Closures of part of a date, sometimes reaching into the next day.
			Map<LocalDate, List<WorkingInterval>> closures = new TreeMap<>();
			for (int i = random.nextInt(5); i > 0; i--) {
				LocalDate date = firstDay.plusDays(random.nextInt(40));
				List<WorkingInterval> closed = randomDay(random);
				if (random.nextInt(4) == 0) {
					closed = withNightShift(closed, 1440, random);
				}
				closures.put(date, closed);
			}
			Definition definition = new Definition(zone, week, holidays, specialDays, recurring, closures);
			try {
				definition.build();
				return definition;
			}
			catch (InvalidCalendarException ex) {
				// Random part days may clash with a night shift: keep the days off only.
				Map<LocalDate, List<WorkingInterval>> daysOff = new TreeMap<>();
				holidays.keySet().forEach((date) -> daysOff.put(date, List.of()));
				Map<MonthDay, List<WorkingInterval>> recurringOff = new TreeMap<>();
				recurring.keySet().forEach((date) -> recurringOff.put(date, List.of()));
				return new Definition(zone, week, daysOff, Map.of(), recurringOff, closures);
			}
		}

		private static List<WorkingInterval> randomDay(Random random) {
			int count = 1 + random.nextInt(3);
			// A third of the days have their times in the small hours, where clocks
			// change.
			int[] cuts = (random.nextInt(3) == 0) ? random.ints(0, 26)
				.map((i) -> (i <= 16) ? i : i + 71)
				.distinct()
				.limit(2L * count)
				.sorted()
				.toArray() : random.ints(0, 97).distinct().limit(2L * count).sorted().toArray();
			List<WorkingInterval> hours = new ArrayList<>();
			for (int i = 0; i + 1 < cuts.length; i += 2) {
				hours.add(WorkingInterval.of(time(cuts[i] * 15), time(cuts[i + 1] * 15)));
			}
			return hours;
		}

		/** Turns the last interval into one ending the next day, before {@code limit}. */
		private static List<WorkingInterval> withNightShift(List<WorkingInterval> hours, int limit, Random random) {
			WorkingInterval last = hours.get(hours.size() - 1);
			int startMinute = last.startSecond() / 60;
			int endMinute = random.nextInt(Math.min(startMinute, limit) / 15 + 1) * 15;
			List<WorkingInterval> changed = new ArrayList<>(hours.subList(0, hours.size() - 1));
			changed.add(WorkingInterval.overnight(last.start(), time(endMinute)));
			return changed;
		}

		private static LocalTime time(int minuteOfDay) {
			return LocalTime.MIDNIGHT.plusMinutes(minuteOfDay);
		}

		BusinessCalendar build() {
			BusinessCalendar.Builder builder = BusinessCalendar.builder(this.zone);
			this.week.forEach(builder::hours);
			this.holidays.forEach((date, hours) -> builder.holiday(new Holiday(date, "Holiday", hours)));
			this.specialDays
				.forEach((date, hours) -> builder.specialWorkingDay(new SpecialWorkingDay(date, "Special", hours)));
			this.recurring
				.forEach((date, hours) -> builder.recurringHoliday(new RecurringHoliday(date, "Yearly", hours)));
			this.closures.forEach((date, closed) -> builder.closure(new Closure(date, "Closed", closed)));
			return builder.build();
		}

		/** The hours of a date as defined, before closures. */
		List<WorkingInterval> hoursOn(LocalDate date) {
			if (this.holidays.containsKey(date)) {
				return this.holidays.get(date);
			}
			if (this.specialDays.containsKey(date)) {
				return this.specialDays.get(date);
			}
			return this.recurring.getOrDefault(MonthDay.from(date), this.week.get(date.getDayOfWeek()));
		}

		List<WorkingInterval> closedOn(LocalDate date) {
			return this.closures.getOrDefault(date, List.of());
		}

		@Override
		public String toString() {
			return "Definition[zone=" + this.zone + ", week=" + this.week + ", holidays=" + this.holidays
					+ ", specialDays=" + this.specialDays + ", recurring=" + this.recurring + ", closures="
					+ this.closures + "]";
		}

	}

	/**
	 * The brute-force reference: working intervals as instants computed day by day with
	 * {@code java.time}, and minute-by-minute walks over them.
	 */
	static final class Reference {

		private static final int MAX_STEPS = 2_000_000;

		private final Definition definition;

		private final ZoneRules rules;

		private final LocalDate firstDay;

		/**
		 * Start and end instants (epoch seconds) of each day's working time, by day: the
		 * intervals as instants less the closures as instants.
		 */
		private final long[][] starts;

		private final long[][] ends;

		/**
		 * For working days: each day's hours less its closures on the wall clock (seconds
		 * from the day's midnight), and those pieces as instants.
		 */
		private final int[][] localStarts;

		private final int[][] localEnds;

		private final long[][] pieceStarts;

		private final long[][] pieceEnds;

		Reference(Definition definition) {
			this.definition = definition;
			this.rules = definition.zone().getRules();
			this.firstDay = LocalDate.parse("2025-10-01");
			int dayCount = 600;
			this.starts = new long[dayCount][];
			this.ends = new long[dayCount][];
			this.localStarts = new int[dayCount][];
			this.localEnds = new int[dayCount][];
			this.pieceStarts = new long[dayCount][];
			this.pieceEnds = new long[dayCount][];
			for (int i = 0; i < dayCount; i++) {
				LocalDate date = this.firstDay.plusDays(i);
				List<WorkingInterval> hours = definition.hoursOn(date);
				List<WorkingInterval> closed = definition.closedOn(date);
				List<long[]> open = new ArrayList<>();
				for (WorkingInterval interval : hours) {
					open.add(new long[] { instantOf(date, interval.startSecond()),
							instantOf(date, interval.endSecond()) });
				}
				List<long[]> shut = new ArrayList<>();
				closed.forEach((stretch) -> shut
					.add(new long[] { instantOf(date, stretch.startSecond()), instantOf(date, stretch.endSecond()) }));
				List<long[]> working = minus(open, shut);
				this.starts[i] = working.stream().mapToLong((range) -> range[0]).toArray();
				this.ends[i] = working.stream().mapToLong((range) -> range[1]).toArray();
				List<long[]> localOpen = new ArrayList<>();
				hours.forEach((interval) -> localOpen.add(new long[] { interval.startSecond(), interval.endSecond() }));
				List<long[]> localShut = new ArrayList<>();
				closed.forEach((stretch) -> localShut.add(new long[] { stretch.startSecond(), stretch.endSecond() }));
				List<long[]> pieces = minus(localOpen, localShut);
				this.localStarts[i] = pieces.stream().mapToInt((range) -> (int) range[0]).toArray();
				this.localEnds[i] = pieces.stream().mapToInt((range) -> (int) range[1]).toArray();
				this.pieceStarts[i] = Arrays.stream(this.localStarts[i]).mapToLong((s) -> instantOf(date, s)).toArray();
				this.pieceEnds[i] = Arrays.stream(this.localEnds[i]).mapToLong((s) -> instantOf(date, s)).toArray();
			}
		}

		/** Ranges less ranges, second by second: the obvious way. */
		private static List<long[]> minus(List<long[]> ranges, List<long[]> removed) {
			if (removed.isEmpty()) {
				return ranges;
			}
			List<long[]> result = new ArrayList<>();
			for (long[] range : ranges) {
				long pieceStart = -1;
				for (long second = range[0]; second <= range[1]; second += 60) {
					boolean kept = second < range[1];
					for (long[] gone : removed) {
						kept &= !(gone[0] <= second && second < gone[1]);
					}
					if (kept && pieceStart < 0) {
						pieceStart = second;
					}
					else if (!kept && pieceStart >= 0) {
						result.add(new long[] { pieceStart, second });
						pieceStart = -1;
					}
				}
			}
			return result;
		}

		/** The earliest instant whose wall clock shows that local time or later. */
		private long instantOf(LocalDate date, int secondOfDay) {
			LocalDateTime local = date.atStartOfDay().plusSeconds(secondOfDay);
			List<ZoneOffset> offsets = this.rules.getValidOffsets(local);
			if (offsets.isEmpty()) {
				return this.rules.getTransition(local).getInstant().getEpochSecond();
			}
			// Two offsets: the time occurs twice; the first occurrence has the larger
			// offset.
			int offset = offsets.stream().mapToInt(ZoneOffset::getTotalSeconds).max().orElseThrow();
			return local.toEpochSecond(ZoneOffset.ofTotalSeconds(offset));
		}

		boolean isWorking(Instant instant) {
			return isWorking(instant.getEpochSecond());
		}

		private boolean isWorking(long second) {
			int day = (int) (LocalDate.ofInstant(Instant.ofEpochSecond(second), this.definition.zone()).toEpochDay()
					- this.firstDay.toEpochDay());
			for (int i = Math.max(0, day - 2); i <= Math.min(this.starts.length - 1, day + 2); i++) {
				for (int j = 0; j < this.starts[i].length; j++) {
					if (this.starts[i][j] <= second && second < this.ends[i][j]) {
						return true;
					}
				}
			}
			return false;
		}

		private boolean isCounted(long second, List<Pause> pauses) {
			for (Pause pause : pauses) {
				if (pause.start().getEpochSecond() <= second && second < pause.end().getEpochSecond()) {
					return false;
				}
			}
			return isWorking(second);
		}

		Instant add(Instant start, Duration duration) {
			return add(start, duration, List.of());
		}

		Instant add(Instant start, Duration duration, List<Pause> pauses) {
			long target = duration.toMinutes();
			long second = start.getEpochSecond();
			for (long counted = 0, steps = 0; counted < target; steps++) {
				if (steps > MAX_STEPS) {
					throw new IllegalStateException("reference walked too far");
				}
				counted += isCounted(second, pauses) ? 1 : 0;
				second += 60;
			}
			return Instant.ofEpochSecond(second);
		}

		Instant subtract(Instant end, Duration duration) {
			return subtract(end, duration, List.of());
		}

		Instant subtract(Instant end, Duration duration, List<Pause> pauses) {
			long target = duration.toMinutes();
			long second = end.getEpochSecond();
			for (long counted = 0, steps = 0; counted < target; steps++) {
				if (steps > MAX_STEPS) {
					throw new IllegalStateException("reference walked too far");
				}
				second -= 60;
				counted += isCounted(second, pauses) ? 1 : 0;
			}
			return Instant.ofEpochSecond(second);
		}

		Duration between(Instant from, Instant to) {
			return between(from, to, List.of());
		}

		Duration between(Instant from, Instant to, List<Pause> pauses) {
			long low = Math.min(from.getEpochSecond(), to.getEpochSecond());
			long high = Math.max(from.getEpochSecond(), to.getEpochSecond());
			long minutes = 0;
			for (long second = low; second < high; second += 60) {
				minutes += isCounted(second, pauses) ? 1 : 0;
			}
			return Duration.ofMinutes(from.isAfter(to) ? -minutes : minutes);
		}

		/**
		 * addWorkingDays as documented: move to the next working instant (forward) or the
		 * last closing (back), keep the second of the owning interval's day, find the
		 * n-th day with working time, clamp into that day's hours.
		 */
		Instant addDays(Instant start, int days) {
			long second = start.getEpochSecond();
			if (days == 0) {
				return start;
			}
			long probe;
			boolean closing = false;
			if (isWorking(second)) {
				probe = second;
			}
			else if (days > 0) {
				probe = add(start, Duration.ofMinutes(1)).getEpochSecond() - 60;
			}
			else {
				probe = subtract(start, Duration.ofMinutes(1)).getEpochSecond() + 60;
				closing = true;
			}
			long inside = closing ? probe - 1 : probe;
			int ownerDay = -1;
			long secondOfDay = 0;
			for (int i = 0; i < this.pieceStarts.length && ownerDay < 0; i++) {
				for (int j = 0; j < this.pieceStarts[i].length; j++) {
					if (this.pieceStarts[i][j] <= inside && inside < this.pieceEnds[i][j]) {
						ownerDay = i;
						int low = this.localStarts[i][j];
						int high = this.localEnds[i][j];
						if (closing && probe == this.pieceEnds[i][j]) {
							secondOfDay = high;
						}
						else if (!closing && probe == this.pieceStarts[i][j]) {
							secondOfDay = low;
						}
						else {
							LocalDateTime wall = LocalDateTime.ofInstant(Instant.ofEpochSecond(probe),
									this.definition.zone());
							long fromMidnight = wall.toEpochSecond(ZoneOffset.UTC)
									- this.firstDay.plusDays(i).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
							secondOfDay = Math.min(Math.max(fromMidnight, low), high);
						}
						break;
					}
				}
			}
			int step = (days > 0) ? 1 : -1;
			int day = ownerDay;
			for (int found = 0; found < Math.abs(days);) {
				day += step;
				long work = 0;
				for (int j = 0; j < this.pieceStarts[day].length; j++) {
					work += this.pieceEnds[day][j] - this.pieceStarts[day][j];
				}
				found += (work > 0) ? 1 : 0;
			}
			int[] lows = this.localStarts[day];
			int[] highs = this.localEnds[day];
			long clamped = Math.min(Math.max(secondOfDay, lows[0]), highs[highs.length - 1]);
			return Instant.ofEpochSecond(instantOf(this.firstDay.plusDays(day), (int) clamped));
		}

		@Override
		public String toString() {
			return "Reference" + Arrays.toString(new Object[] { this.definition.zone() });
		}

	}

}
