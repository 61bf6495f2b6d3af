package org.servicechain.requests;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.Priority;

/**
 * What the SLA clocks of a request are derived from: its parties, the agreement versions
 * that apply to it and to each of its chain tasks, and its append-only history. Read as
 * the system (see {@link RequestQueries#clockSubject(UUID)}); never shown as it is.
 *
 * @param teamId our team that owns the request (the provider of its service)
 * @param agreementTermsNumber the version of the customer agreement in force at opening
 */
public record ClockSubject(UUID id, String reference, Priority priority, RequestStatus status, UUID requesterId,
		String requesterName, boolean requesterInternal, UUID teamId, String teamName, @Nullable String assignee,
		@Nullable UUID agreementId, @Nullable Integer agreementTermsNumber, List<Task> tasks,
		List<RequestEventView> events) {

	/**
	 * A chain task with the party it was handed to and the version of that link's
	 * agreement in force at the handover.
	 */
	public record Task(UUID id, String reference, UUID partyId, String partyName, boolean partyInternal,
			@Nullable UUID agreementId, @Nullable Integer agreementTermsNumber, TaskStatus status,
			@Nullable String assignee) {

	}

}
