package org.servicechain.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time to leave out of working time, e.g. while a request waits on the
 * customer (AGREE-5, REQ-3). Pauses may overlap each other and may cover non-working
 * time; only working time inside them is left out. {@code start} is included, {@code end}
 * is not, and both are truncated to whole seconds like every instant.
 *
 * @param start when the pause begins, must not be {@literal null}.
 * @param end when it ends, must not be {@literal null} nor before {@code start}.
 */
public record Pause(Instant start, Instant end) {

	/**
	 * Validates the pause.
	 * @throws CalendarArgumentException if it ends before it starts.
	 */
	public Pause {
		Objects.requireNonNull(start, "start must not be null");
		Objects.requireNonNull(end, "end must not be null");
		if (end.isBefore(start)) {
			throw new CalendarArgumentException("pause.end", "must not be before start (" + start + "), was " + end);
		}
	}

}
