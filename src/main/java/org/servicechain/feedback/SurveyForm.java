package org.servicechain.feedback;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the person holding a survey link sees (FB-1): the questions and what the survey is
 * about, nothing else.
 *
 * @param state {@code open}, {@code answered} or {@code expired}
 * @param scaleEnds what the ends of the scale mean, when the question has its own words
 * for them (a relationship survey's); {@literal null} for the kind's usual ends
 */
public record SurveyForm(UUID invitationId, String surveyName, SurveyKind kind, String question, String commentQuestion,
		String requestReference, String serviceName, Instant expiresAt, String state, @Nullable String scaleEnds) {

	public boolean open() {
		return "open".equals(this.state);
	}

	/**
	 * @return the RATER dimensions a SERVQUAL survey asks about, in order; none for other
	 * kinds
	 */
	public java.util.List<ServqualDimension> dimensions() {
		return this.kind.servqual() ? java.util.List.of(ServqualDimension.values()) : java.util.List.of();
	}

}
