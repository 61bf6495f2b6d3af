package org.servicechain.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.WorkingInterval;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The derived clock equals a naive minute-by-minute simulation over random calendars and
 * random histories (issue: "a property test"). The simulation walks every minute, applies
 * the facts of that minute, and counts the minute when the clock runs and the calendar is
 * working; it knows nothing of the arithmetic's shortcuts.
 */
class ClockProperties {

	private static final ZoneId[] ZONES = { ZoneId.of("Europe/London"), ZoneId.of("America/New_York"),
			ZoneId.of("UTC") };

	private static final String[][] DAY_HOURS = { {}, { "09:00-17:00" }, { "08:00-12:00", "13:00-18:30" },
			{ "00:00-24:00" }, { "18:00-23:30" }, { "07:15-07:45", "16:00-20:00" } };

	@Provide
	Arbitrary<Scenario> scenarios() {
		return Arbitraries.randomValue(Scenario::random);
	}

	@Property(tries = 2000)
	void derivedClockMatchesMinuteByMinuteSimulation(@ForAll("scenarios") Scenario scenario) {
		ClockState derived = Clock.derivedFrom(scenario.target, scenario.calendar, scenario.facts, scenario.now);
		Naive naive = Naive.simulate(scenario);
		assertThat(derived.elapsed()).as("elapsed in %s", scenario).isEqualTo(naive.elapsed);
		assertThat(derived.state()).as("state in %s", scenario).isEqualTo(naive.state);
		assertThat(derived.breachedAt()).as("breach in %s", scenario).isEqualTo(naive.breachedAt);
		assertThat(derived.warnedAt()).as("warning in %s", scenario).isEqualTo(naive.warnedAt);
		if (derived.state() == ClockState.State.RUNNING && !derived.breached() && derived.dueAt() != null) {
			assertThat(scenario.calendar.workingTimeBetween(scenario.now, derived.dueAt())).as("due in %s", scenario)
				.isEqualTo(derived.target().minus(derived.elapsed()));
		}
	}

	record Scenario(BusinessCalendar calendar, ClockTarget target, List<ClockFact> facts, Instant start, Instant now) {

		static Scenario random(Random random) {
			ZoneId zone = ZONES[random.nextInt(ZONES.length)];
			LocalDate first = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
			BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
			boolean anyHours = false;
			for (DayOfWeek day : DayOfWeek.values()) {
				String[] hours = DAY_HOURS[random.nextInt(DAY_HOURS.length)];
				if (hours.length > 0) {
					anyHours = true;
					builder.hours(day, java.util.Arrays.stream(hours).map(WorkingInterval::parse).toList());
				}
			}
			if (!anyHours) {
				builder.mondayToFriday(WorkingInterval.parse("09:00-17:00"));
			}
			java.util.Set<LocalDate> holidays = new java.util.TreeSet<>();
			for (int i = random.nextInt(3); i > 0; i--) {
				holidays.add(first.plusDays(random.nextInt(8)));
			}
			holidays.forEach((date) -> builder.holiday(date, "Holiday"));
			BusinessCalendar calendar = builder.build();
			Instant start = first.atTime(random.nextInt(24), 0).atZone(zone).toInstant();
			int windowMinutes = 8 * 24 * 60;
			List<ClockFact> facts = new ArrayList<>();
			facts.add(ClockFact.of(start, ClockFact.Kind.START, "", "start"));
			ClockFact.Kind[] kinds = ClockFact.Kind.values();
			for (int i = random.nextInt(12); i > 0; i--) {
				Instant at = start.plus(Duration.ofMinutes(random.nextInt(windowMinutes)));
				ClockFact.Kind kind = kinds[random.nextInt(kinds.length)];
				facts.add((kind == ClockFact.Kind.RETARGET)
						? ClockFact.retarget(at, Duration.ofMinutes(30 + random.nextInt(2400)), "", "retarget")
						: ClockFact.of(at, kind, "", kind.name()));
			}
			facts.sort(Comparator.comparing(ClockFact::at));
			ClockTarget target = new ClockTarget(Duration.ofMinutes(30 + random.nextInt(2400)),
					10 + random.nextInt(85));
			Instant now = start.plus(Duration.ofMinutes(random.nextInt(windowMinutes + 3 * 24 * 60)));
			return new Scenario(calendar, target, List.copyOf(facts), start, now);
		}

	}

	/** The reference: a state machine stepped one minute at a time. */
	static final class Naive {

		ClockState.State state = ClockState.State.NOT_STARTED;

		Duration elapsed = Duration.ZERO;

		Duration target;

		final ClockTarget initial;

		@Nullable Instant breachedAt;

		@Nullable Instant warnedAt;

		/**
		 * When the counted time reached the target (a breach falls here once exceeded).
		 */
		@Nullable Instant reachedAt;

		Naive(ClockTarget target) {
			this.initial = target;
			this.target = target.allowed();
		}

		static Naive simulate(Scenario scenario) {
			Naive naive = new Naive(scenario.target);
			int next = 0;
			List<ClockFact> facts = scenario.facts;
			for (Instant minute = scenario.start; minute.isBefore(scenario.now); minute = minute.plusSeconds(60)) {
				while (next < facts.size() && !facts.get(next).at().isAfter(minute)) {
					naive.apply(facts.get(next++));
				}
				if (naive.state == ClockState.State.RUNNING && scenario.calendar.isWorking(minute)) {
					naive.countMinute(minute);
				}
			}
			while (next < facts.size() && !facts.get(next).at().isAfter(scenario.now)) {
				naive.apply(facts.get(next++));
			}
			return naive;
		}

		Duration warning() {
			return this.initial.warningAfter(this.target);
		}

		void countMinute(Instant minute) {
			this.elapsed = this.elapsed.plusMinutes(1);
			Instant end = minute.plusSeconds(60);
			if (this.warnedAt == null && this.elapsed.compareTo(warning()) >= 0) {
				// reached within this minute: at the second the share was reached
				this.warnedAt = end.minus(this.elapsed.minus(warning()));
			}
			if (this.elapsed.equals(this.target)) {
				this.reachedAt = end;
			}
			if (this.breachedAt == null && this.elapsed.compareTo(this.target) > 0) {
				this.breachedAt = (this.reachedAt != null) ? this.reachedAt : minute;
			}
		}

		void beginCounting(Instant at) {
			this.state = ClockState.State.RUNNING;
			if (this.elapsed.equals(this.target)) {
				this.reachedAt = at;
			}
			if (this.warnedAt == null && this.elapsed.compareTo(warning()) >= 0) {
				this.warnedAt = at;
			}
			if (this.breachedAt == null && this.elapsed.compareTo(this.target) > 0) {
				this.breachedAt = at;
			}
		}

		void apply(ClockFact fact) {
			switch (fact.kind()) {
				case START -> {
					if (this.state == ClockState.State.NOT_STARTED) {
						beginCounting(fact.at());
					}
				}
				case PAUSE -> {
					if (this.state == ClockState.State.RUNNING) {
						this.state = ClockState.State.PAUSED;
					}
				}
				case RESUME -> {
					if (this.state == ClockState.State.PAUSED) {
						beginCounting(fact.at());
					}
				}
				case STOP, CANCEL -> {
					if (this.state == ClockState.State.RUNNING || this.state == ClockState.State.PAUSED) {
						this.state = (fact.kind() == ClockFact.Kind.STOP) ? ClockState.State.STOPPED
								: ClockState.State.CANCELLED;
					}
				}
				case CONTINUE -> {
					if (this.state == ClockState.State.STOPPED || this.state == ClockState.State.CANCELLED) {
						beginCounting(fact.at());
					}
				}
				case RESTART -> {
					this.elapsed = Duration.ZERO;
					this.breachedAt = null;
					this.warnedAt = null;
					this.reachedAt = null;
					beginCounting(fact.at());
				}
				case RETARGET -> {
					this.target = fact.target();
					boolean measured = this.state == ClockState.State.RUNNING || this.state == ClockState.State.PAUSED;
					if (measured && this.warnedAt == null && this.elapsed.compareTo(warning()) >= 0) {
						this.warnedAt = fact.at();
					}
					if (measured && this.breachedAt == null && this.elapsed.compareTo(this.target) > 0) {
						this.breachedAt = fact.at();
					}
					if (this.state == ClockState.State.RUNNING) {
						beginCounting(fact.at());
					}
				}
			}
		}

	}

}
