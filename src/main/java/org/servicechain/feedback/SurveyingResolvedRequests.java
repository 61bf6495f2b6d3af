package org.servicechain.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.servicechain.requests.RequestEventKind;
import org.servicechain.requests.RequestHistoryAppended;
import org.servicechain.requests.RequestStatus;

/**
 * Sends a survey when a request is resolved (FB-1), after the resolution commits, in a
 * transaction of its own: a survey that cannot be sent never undoes the resolution.
 * Resolutions written for the past (an import, the demo) are not surveyed: people are
 * asked about what happens now.
 */
@Component
class SurveyingResolvedRequests {

	private static final Logger log = LoggerFactory.getLogger(SurveyingResolvedRequests.class);

	static final Duration PAST = Duration.ofHours(1);

	private final SurveyManagement surveys;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SurveyingResolvedRequests(SurveyManagement surveys, PlatformTransactionManager transactions, Clock clock) {
		this.surveys = surveys;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * A plain listener that defers the work to after the commit itself: a
	 * {@code @TransactionalEventListener} would make Spring Modulith keep every request
	 * history event in its publication registry, and a long history does not fit there.
	 */
	@EventListener
	void on(RequestHistoryAppended event) {
		Instant now = Instant.now(this.clock);
		boolean resolvedNow = event.events()
			.stream()
			.anyMatch((fact) -> fact.kind() == RequestEventKind.STATUS_CHANGED
					&& RequestStatus.RESOLVED.name().equals(fact.to()) && !fact.at().isBefore(now.minus(PAST)));
		if (!resolvedNow) {
			return;
		}
		java.util.UUID requestId = event.requestId();
		String reference = event.reference();
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			survey(requestId, reference);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				survey(requestId, reference);
			}
		});
	}

	private void survey(java.util.UUID requestId, String reference) {
		try {
			this.transactions.executeWithoutResult((status) -> this.surveys.surveyResolved(requestId));
		}
		catch (RuntimeException ex) {
			log.warn("No survey could be sent for {}", reference, ex);
		}
	}

}
