package org.servicechain.requests;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.Priority;

/**
 * One piece of work in a queue: a request the team delivers, or a task handed to it.
 *
 * @param kind {@code REQUEST} or {@code TASK}
 * @param id the request's or the task's id
 * @param requestId the request (the task's request, for a task)
 * @param why why the item stands where it does, in words
 */
public record QueueItem(String kind, UUID id, UUID requestId, String reference, String summary, String statusLabel,
		String statusTone, Priority priority, String requesterName, boolean requesterInternal, String serviceName,
		@Nullable Instant dueAt, boolean overdue, @Nullable String assigneeName, String why) {

	public boolean task() {
		return "TASK".equals(this.kind);
	}

}
