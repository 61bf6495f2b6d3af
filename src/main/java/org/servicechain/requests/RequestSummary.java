package org.servicechain.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.Priority;

/**
 * A request as lists, queues and the API's collections show it.
 *
 * @param assigneeName the display name of whoever holds it (never a login name to
 * outsiders)
 * @param waitingOn whom the request waits on: the customer, or the parties that hold its
 * open tasks
 * @param nextDueAt what is due next: the first response until it is given, then the
 * resolution
 */
public record RequestSummary(UUID id, long version, String reference, String summary, RequestStatus status,
		Priority priority, UUID requesterId, String requesterName, boolean requesterInternal, UUID serviceId,
		String serviceName, UUID teamId, String teamName, @Nullable String assignee, @Nullable String assigneeName,
		@Nullable String category, @Nullable Instant nextDueAt, Instant openedAt, Instant lastActivityAt,
		List<String> waitingOn, boolean escalated) {

	public boolean overdueAt(Instant now) {
		return this.nextDueAt != null && this.status.active() && !this.nextDueAt.isAfter(now);
	}

	public String scope() {
		return this.requesterInternal ? "Internal" : "External";
	}

}
