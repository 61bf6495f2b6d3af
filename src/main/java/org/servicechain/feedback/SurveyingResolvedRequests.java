package org.servicechain.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.servicechain.requests.RequestEventKind;
import org.servicechain.requests.RequestHistoryAppended;
import org.servicechain.requests.RequestStatus;
import org.servicechain.shared.AfterCommit;

/**
 * Sends a survey when a request is resolved (FB-1), after the resolution commits, in a
 * transaction of its own: a survey that cannot be sent never undoes the resolution.
 * Resolutions written for the past (an import, the demo) are not surveyed: people are
 * asked about what happens now.
 */
@Component
class SurveyingResolvedRequests {

	private final SurveyManagement surveys;

	private final AfterCommit afterCommit;

	private final Clock clock;

	SurveyingResolvedRequests(SurveyManagement surveys, AfterCommit afterCommit, Clock clock) {
		this.surveys = surveys;
		this.afterCommit = afterCommit;
		this.clock = clock;
	}

	@EventListener
	void on(RequestHistoryAppended event) {
		if (event.happenedNow((fact) -> fact.kind() == RequestEventKind.STATUS_CHANGED
				&& RequestStatus.RESOLVED.name().equals(fact.to()), Instant.now(this.clock))) {
			UUID requestId = event.requestId();
			this.afterCommit.run("send a survey for " + event.reference(),
					() -> this.surveys.surveyResolved(requestId));
		}
	}

}
