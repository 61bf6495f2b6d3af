package org.servicechain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One fact a clock is derived from, in the clock's own terms: started, paused with a
 * reason, resumed, stopped, resumed after a stop (a reopen that keeps the elapsed time),
 * restarted from zero, or re-targeted. A request's history is mapped to these by
 * {@link RequestClockPolicy}; the simulation API takes them directly.
 *
 * @param at when it happened
 * @param kind what happened
 * @param who who did it, as people are shown (may be empty for the system)
 * @param reason why, in words (a pause's reason names who is waited on)
 * @param target the new target, for {@link Kind#RETARGET} only
 */
public record ClockFact(Instant at, Kind kind, String who, String reason, @Nullable Duration target) {

	public ClockFact {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(kind, "kind");
		who = (who != null) ? who : "";
		reason = (reason != null) ? reason : "";
		if (kind == Kind.RETARGET && target == null) {
			throw new IllegalArgumentException("a re-target needs a target");
		}
	}

	public static ClockFact of(Instant at, Kind kind, String who, String reason) {
		return new ClockFact(at, kind, who, reason, null);
	}

	public static ClockFact retarget(Instant at, Duration target, String who, String reason) {
		return new ClockFact(at, Kind.RETARGET, who, reason, target);
	}

	public enum Kind {

		/** The clock starts; ignored once started. */
		START,
		/** The clock stops counting until resumed; ignored unless running. */
		PAUSE,
		/** A paused clock counts again; ignored unless paused. */
		RESUME,
		/** The clock's goal was reached (responded, resolved, completed). */
		STOP,
		/** The work was withdrawn: the clock stops and is not measured. */
		CANCEL,
		/** A stopped clock counts on from where it stopped (reopen, "resume"). */
		CONTINUE,
		/**
		 * The clock counts again from zero (reopen, "restart"; a keep-informed update).
		 */
		RESTART,
		/** The target changes; the elapsed business time is kept (a priority change). */
		RETARGET

	}

}
