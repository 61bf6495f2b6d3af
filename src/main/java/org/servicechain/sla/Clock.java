package org.servicechain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.CalendarException;

/**
 * Derives a clock from what happened (REQ-3; STYLE G5): a pure function of the target,
 * the business calendar, the facts and the instant asked about. Nothing is remembered
 * between calls, so a clock can be recomputed and explained at any time and two
 * derivations of the same facts always agree.
 * <p>
 * Rules: business time counts only while the clock runs and the calendar is working. A
 * warning falls when the counted time reaches the warning share of the target; a breach
 * when it exceeds the target, at the instant the target ran out (a stop exactly at the
 * due instant is in time). A re-target keeps the elapsed time and changes the target; if
 * the elapsed time already exceeds the new target, the breach falls at the re-target (for
 * a stopped clock, when it counts again). A breach or warning that has happened stays.
 * Facts after {@code now} are not yet known and are ignored; facts at one instant apply
 * in the order given.
 */
public final class Clock {

	private Clock() {
	}

	public static ClockState derivedFrom(ClockTarget target, BusinessCalendar calendar, List<ClockFact> history,
			Instant now) {
		Derivation derivation = new Derivation(target, calendar);
		List<ClockFact> ordered = new ArrayList<>(history);
		ordered.sort(Comparator.comparing(ClockFact::at));
		for (ClockFact fact : ordered) {
			if (fact.at().isAfter(now)) {
				break;
			}
			derivation.apply(fact);
		}
		return derivation.at(now);
	}

	private static final class Derivation {

		private final BusinessCalendar calendar;

		private final int warningPercent;

		private final ClockTarget initial;

		private Duration target;

		private ClockState.State state = ClockState.State.NOT_STARTED;

		private @Nullable Instant startedAt;

		private @Nullable Instant stoppedAt;

		private @Nullable Instant segmentStart;

		private Duration elapsed = Duration.ZERO;

		private @Nullable Instant breachedAt;

		private @Nullable Instant warnedAt;

		private int cycle;

		private List<ClockState.PauseSpan> pauses = new ArrayList<>();

		Derivation(ClockTarget target, BusinessCalendar calendar) {
			this.initial = target;
			this.calendar = calendar;
			this.warningPercent = target.warningPercent();
			this.target = target.allowed();
		}

		void apply(ClockFact fact) {
			Instant at = fact.at();
			switch (fact.kind()) {
				case START -> {
					if (this.state == ClockState.State.NOT_STARTED) {
						this.startedAt = at;
						run(at);
					}
				}
				case PAUSE -> {
					if (this.state == ClockState.State.RUNNING) {
						count(at);
						this.state = ClockState.State.PAUSED;
						this.pauses.add(new ClockState.PauseSpan(at, null, fact.who(), fact.reason()));
					}
				}
				case RESUME -> {
					if (this.state == ClockState.State.PAUSED) {
						closePause(at);
						run(at);
					}
				}
				case STOP, CANCEL -> {
					if (this.state == ClockState.State.RUNNING) {
						count(at);
					}
					if (this.state == ClockState.State.RUNNING || this.state == ClockState.State.PAUSED) {
						closePause(at);
						this.stoppedAt = at;
						this.state = (fact.kind() == ClockFact.Kind.STOP) ? ClockState.State.STOPPED
								: ClockState.State.CANCELLED;
					}
				}
				case CONTINUE -> {
					if (this.state == ClockState.State.STOPPED || this.state == ClockState.State.CANCELLED) {
						this.stoppedAt = null;
						run(at);
					}
				}
				case RESTART -> {
					if (this.state != ClockState.State.NOT_STARTED) {
						this.cycle++;
					}
					this.startedAt = at;
					this.stoppedAt = null;
					this.elapsed = Duration.ZERO;
					this.breachedAt = null;
					this.warnedAt = null;
					this.pauses = new ArrayList<>();
					run(at);
				}
				case RETARGET -> {
					if (this.state == ClockState.State.RUNNING) {
						count(at);
						this.segmentStart = at;
					}
					this.target = fact.target();
					if (this.state != ClockState.State.NOT_STARTED && this.state != ClockState.State.STOPPED
							&& this.state != ClockState.State.CANCELLED) {
						if (this.warnedAt == null && this.elapsed.compareTo(warningAfter()) >= 0) {
							this.warnedAt = at;
						}
						if (this.breachedAt == null && this.elapsed.compareTo(this.target) > 0) {
							this.breachedAt = at;
						}
					}
				}
			}
		}

		private void run(Instant at) {
			this.state = ClockState.State.RUNNING;
			this.segmentStart = at;
			// Counting again with the target already used up (a re-target while it was
			// stopped): the warning and breach fall now, as they would at a re-target.
			if (this.warnedAt == null && this.elapsed.compareTo(warningAfter()) >= 0) {
				this.warnedAt = at;
			}
			if (this.breachedAt == null && this.elapsed.compareTo(this.target) > 0) {
				this.breachedAt = at;
			}
		}

		private void closePause(Instant at) {
			if (!this.pauses.isEmpty()) {
				ClockState.PauseSpan last = this.pauses.get(this.pauses.size() - 1);
				if (last.to() == null) {
					this.pauses.set(this.pauses.size() - 1,
							new ClockState.PauseSpan(last.from(), at, last.who(), last.reason()));
				}
			}
		}

		/**
		 * Counts the running segment up to {@code to}, noting a warning or breach in it.
		 */
		private void count(Instant to) {
			Instant from = this.segmentStart;
			if (from == null || !to.isAfter(from)) {
				return;
			}
			Duration worked = this.calendar.workingTimeBetween(from, to);
			Duration after = this.elapsed.plus(worked);
			Duration warning = warningAfter();
			if (this.warnedAt == null && after.compareTo(warning) >= 0) {
				this.warnedAt = crossing(from, warning);
			}
			if (this.breachedAt == null && after.compareTo(this.target) > 0) {
				this.breachedAt = crossing(from, this.target);
			}
			this.elapsed = after;
			this.segmentStart = to;
		}

		/**
		 * The instant within the segment from {@code from} at which {@code mark} is
		 * reached.
		 */
		private Instant crossing(Instant from, Duration mark) {
			Duration left = mark.minus(this.elapsed);
			if (left.isNegative() || left.isZero()) {
				return from;
			}
			return this.calendar.addWorkingTime(from, left);
		}

		private Duration warningAfter() {
			return this.initial.warningAfter(this.target);
		}

		ClockState at(Instant now) {
			@Nullable Instant dueAt = null;
			@Nullable Instant warningAt = this.warnedAt;
			if (this.state == ClockState.State.RUNNING) {
				count(now);
				dueAt = this.breachedAt;
				if (this.breachedAt == null) {
					dueAt = project(now, this.target);
				}
				if (this.warnedAt == null) {
					warningAt = project(now, warningAfter());
				}
				else {
					warningAt = this.warnedAt;
				}
			}
			else if (this.breachedAt != null) {
				dueAt = this.breachedAt;
			}
			return new ClockState(this.state, this.target, this.warningPercent, this.startedAt, this.stoppedAt,
					this.elapsed, dueAt, warningAt, this.breachedAt, this.warnedAt, this.cycle,
					List.copyOf(this.pauses));
		}

		private @Nullable Instant project(Instant now, Duration mark) {
			Duration left = mark.minus(this.elapsed);
			try {
				return left.isNegative() || left.isZero() ? now : this.calendar.addWorkingTime(now, left);
			}
			catch (CalendarException ex) {
				return null;
			}
		}

	}

}
