package org.servicechain.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One survey sent, as staff (and, for their own, customers and the parties that worked on
 * the request) see it.
 *
 * @param partyNames the parties of the chain that worked on the request
 * @param state {@code waiting}, {@code answered} or {@code expired}
 */
public record SurveyResponseView(UUID id, String surveyName, SurveyKind kind, UUID requestId, String requestReference,
		String customerName, String serviceName, String teamName, List<String> partyNames, Instant invitedAt,
		Instant expiresAt, @Nullable Instant answeredAt, @Nullable Integer score, @Nullable String comment,
		Sentiment.@Nullable Tone tone, String state) {

	/**
	 * @return the answer's score as read: "4 / 5", or for SERVQUAL the answer's mean gap,
	 * "gap −0.40"; empty when not answered
	 */
	public String scoreText() {
		if (this.score == null) {
			return "";
		}
		if (this.kind.servqual()) {
			return "gap " + ServqualGaps.signed(this.score / (double) ServqualDimension.values().length);
		}
		return this.score + " / " + this.kind.max();
	}

}
