package org.servicechain.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * What the person holding a survey link sees (FB-1): the questions and what the survey is
 * about, nothing else.
 *
 * @param state {@code open}, {@code answered} or {@code expired}
 */
public record SurveyForm(UUID invitationId, String surveyName, SurveyKind kind, String question, String commentQuestion,
		String requestReference, String serviceName, Instant expiresAt, String state) {

	public boolean open() {
		return "open".equals(this.state);
	}

}
