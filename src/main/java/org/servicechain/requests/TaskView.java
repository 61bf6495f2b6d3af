package org.servicechain.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.Priority;

/**
 * A chain task as staff and the party it was handed to see it.
 *
 * @param reference the task's reference within its request, e.g. {@code REQ-1042/T2}
 * @param onChain whether the party is upstream of the request's service on the chain
 * @param customerName the end customer, only when shared with the party (or for staff)
 * @param customerContacts the end customer's contact details, only when shared
 * @param handedOverByInternal whether the party that handed the task over is one of our
 * own teams
 * @param customerInternal whether the end customer is internal; {@literal null} when the
 * customer is not shown
 */
public record TaskView(UUID id, long version, UUID requestId, String requestReference, String reference, UUID partyId,
		String partyName, boolean partyInternal, UUID handedOverById, String handedOverByName, UUID serviceId,
		String serviceName, boolean onChain, @Nullable String offChainReason, @Nullable UUID agreementId,
		@Nullable String agreementReference, Priority priority, String summary, String needed, String neededHtml,
		TaskStatus status, @Nullable String assigneeName, boolean sharePersonalData, @Nullable String shareReason,
		@Nullable String outcome, @Nullable Instant responseDueAt, @Nullable Instant resolutionDueAt,
		@Nullable Instant nextDueAt, Instant handedOverAt, String handedOverBy, @Nullable Instant acceptedAt,
		@Nullable Instant finishedAt, @Nullable String customerName, List<String> customerContacts,
		List<MessageView> messages, boolean handedOverByInternal, @Nullable Boolean customerInternal) {

	public boolean overdueAt(Instant now) {
		return this.nextDueAt != null && this.status.active() && !this.nextDueAt.isAfter(now);
	}

}
