package org.servicechain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A clock as derived from its facts at one instant: nothing here is stored as a guess.
 *
 * @param state where the clock is now
 * @param target the business time allowed now (after any re-target)
 * @param warningPercent the share of the target at which it warns
 * @param startedAt when the current cycle started; {@literal null} before it starts
 * @param stoppedAt when it stopped or was cancelled
 * @param elapsed business time counted in the current cycle
 * @param dueAt when the target runs out: projected while running, the instant it ran out
 * once breached, {@literal null} while paused or stopped in time
 * @param warningAt when the warning share is (or was) reached, like {@code dueAt}
 * @param breachedAt the instant the target ran out, if it did; a breach stays a breach
 * @param warnedAt the instant the warning share was reached, if it was
 * @param cycle how many times the clock restarted from zero (keep-informed updates,
 * reopen with restart)
 * @param pauses the pauses of the current cycle, the last one open while paused
 */
public record ClockState(State state, Duration target, int warningPercent, @Nullable Instant startedAt,
		@Nullable Instant stoppedAt, Duration elapsed, @Nullable Instant dueAt, @Nullable Instant warningAt,
		@Nullable Instant breachedAt, @Nullable Instant warnedAt, int cycle, List<PauseSpan> pauses) {

	public boolean breached() {
		return this.breachedAt != null;
	}

	public boolean warned() {
		return this.warnedAt != null;
	}

	public boolean counting() {
		return this.state == State.RUNNING;
	}

	/**
	 * @return the business time left, negative once breached
	 */
	public Duration remaining() {
		return this.target.minus(this.elapsed);
	}

	/**
	 * @return the state as people read it: met, breached, running, at risk, paused…
	 */
	public String label() {
		return switch (this.state) {
			case NOT_STARTED -> "Not started";
			case CANCELLED -> "Not measured (cancelled)";
			case STOPPED -> breached() ? "Breached" : "Met";
			case PAUSED -> breached() ? "Breached, paused" : "Paused";
			case RUNNING -> breached() ? "Breached, still open" : (warned() ? "At risk" : "Running");
		};
	}

	/**
	 * @return a short token for styling and the API: met, breached, running, warning,
	 * paused, cancelled, not-started
	 */
	public String tone() {
		return switch (this.state) {
			case NOT_STARTED -> "not-started";
			case CANCELLED -> "cancelled";
			case STOPPED -> breached() ? "breached" : "met";
			case PAUSED -> breached() ? "breached" : "paused";
			case RUNNING -> breached() ? "breached" : (warned() ? "warning" : "running");
		};
	}

	public enum State {

		NOT_STARTED, RUNNING, PAUSED, STOPPED, CANCELLED

	}

	/**
	 * A pause: from, to ({@literal null} while it lasts), who paused it and why.
	 */
	public record PauseSpan(Instant from, @Nullable Instant to, String who, String reason) {

	}

}
