package org.servicechain.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One survey answer as reports count it (REP-1): the score, when, and what the request
 * was about; never the comment or the customer.
 *
 * @param parties the chain's parties that worked on the request
 */
public record SurveyAnswerFact(UUID requestId, String requestReference, SurveyKind kind, int score, Instant answeredAt,
		UUID serviceId, UUID teamId, boolean customerInternal, List<UUID> parties) {

}
