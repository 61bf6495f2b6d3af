package org.servicechain.feedback;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A survey and its rule as managers see it, with how it is doing.
 *
 * @param serviceName the service it covers, or {@literal null} for every service
 * @param score the summed-up score of its answers, {@literal null} without answers
 * @param servqual for a SERVQUAL survey, the gap per RATER dimension of its answers;
 * {@literal null} for other kinds
 */
public record SurveyView(UUID id, long version, String name, SurveyKind kind, String question, String commentQuestion,
		@Nullable UUID serviceId, @Nullable String serviceName, RequesterScope requesterScope, int samplingPercent,
		int quietDays, int validDays, boolean active, long invited, long answered, @Nullable Double score,
		@Nullable ServqualGaps servqual) {

	public String scoreText() {
		return SurveyScoring.text(this.kind, this.score);
	}

	public long responseRate() {
		return (this.invited == 0) ? 0 : Math.round(100.0 * this.answered / this.invited);
	}

}
