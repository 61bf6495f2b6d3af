package org.servicechain.requests;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One fact of a request's history as other modules (the SLA clocks) and the UI read it.
 *
 * @param position orders events that share an instant
 * @param actor the username of who did it, or {@code system}
 * @param from the value before, for changes (status, priority, assignee)
 * @param to the value after
 */
public record RequestEventView(long position, UUID requestId, RequestEventKind kind, Instant at, String actor,
		@Nullable UUID taskId, @Nullable String from, @Nullable String to, @Nullable String reason,
		@Nullable String detail) {

}
