package org.servicechain.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A survey was sent about a resolved request (FB-1), or a relationship survey to one
 * person of a party of the chain (PM-2). Published after the invitation is stored; for a
 * request, {@code link} carries the single-use token and is the only copy of it, so it is
 * meant for a channel that reaches the customer (mail), never for a log or a webhook.
 *
 * @param requestId the request surveyed, or {@literal null} for a relationship survey
 * @param requestReference the request's reference, or the name of the party asked
 * @param customerId the customer surveyed, or the party asked
 * @param recipients the usernames of the people who may answer (customers in the portal;
 * for a relationship survey, the one partner user or team member asked)
 * @param link the path of the survey page, e.g. {@code /survey/abc…}; for a relationship
 * survey the signed-in page, which holds no token
 */
public record SurveyInvited(UUID invitationId, @Nullable UUID requestId, String requestReference, String surveyName,
		UUID customerId, List<String> recipients, String link, Instant expiresAt, Instant at, boolean reminder) {

	public SurveyInvited(UUID invitationId, @Nullable UUID requestId, String requestReference, String surveyName,
			UUID customerId, List<String> recipients, String link, Instant expiresAt, Instant at) {
		this(invitationId, requestId, requestReference, surveyName, customerId, recipients, link, expiresAt, at, false);
	}

}
