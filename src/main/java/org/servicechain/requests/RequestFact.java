package org.servicechain.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.Priority;

/**
 * A request as reports count it (REP-1): what it is about and where it stands, without
 * its text or the people on it.
 *
 * @param teamId our team that owns the request (the provider of its service)
 * @param taskPartyIds the parties its chain tasks were handed to
 */
public record RequestFact(UUID id, String reference, RequestStatus status, Priority priority, UUID serviceId,
		String serviceName, UUID teamId, String teamName, UUID requesterId, boolean requesterInternal, Instant openedAt,
		@Nullable Instant resolvedAt, List<UUID> taskPartyIds) {

}
