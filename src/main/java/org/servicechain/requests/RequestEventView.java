package org.servicechain.requests;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One fact of a request's history as other modules (the SLA clocks) and the UI read it.
 *
 * @param position orders events that share an instant
 * @param actor the username of who did it, or {@code system}
 * @param actorName who did it, as people are shown
 * @param from the value before, for changes (status, priority, assignee)
 * @param to the value after
 */
public record RequestEventView(long position, UUID requestId, RequestEventKind kind, Instant at, String actor,
		String actorName, @Nullable UUID taskId, @Nullable String from, @Nullable String to, @Nullable String reason,
		@Nullable String detail) {

	/**
	 * @return the change in words, e.g. "Open → Resolved" for a status.
	 */
	public @Nullable String change() {
		if (this.from == null && this.to == null) {
			return null;
		}
		return label(this.from) + " → " + label(this.to);
	}

	private String label(@Nullable String value) {
		if (value == null) {
			return "nobody";
		}
		if (this.kind == RequestEventKind.STATUS_CHANGED) {
			try {
				return RequestStatus.valueOf(value).label();
			}
			catch (IllegalArgumentException ex) {
				return value;
			}
		}
		return value;
	}

	public String title() {
		String name = this.kind.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

}
