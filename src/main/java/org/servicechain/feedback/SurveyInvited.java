package org.servicechain.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A survey was sent about a resolved request (FB-1). Published after the invitation is
 * stored; {@code link} carries the single-use token and is the only copy of it, so it is
 * meant for a channel that reaches the customer (mail), never for a log or a webhook.
 *
 * @param recipients the usernames of the customer's people who may answer in the portal
 * @param link the path of the survey page, e.g. {@code /survey/abc…}
 */
public record SurveyInvited(UUID invitationId, UUID requestId, String requestReference, String surveyName,
		UUID customerId, List<String> recipients, String link, Instant expiresAt, Instant at) {

}
