package org.servicechain.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestEventKind;
import org.servicechain.requests.RequestHistoryAppended;

/**
 * Links a request to the running notices that affect its requester, once the request has
 * been committed (a failure here never undoes raising it). A plain listener that defers
 * the work to after the commit, like the survey of resolved requests: a
 * {@code @TransactionalEventListener} would keep every history event in the publication
 * registry. Requests raised before a notice was declared are linked when it is declared.
 */
@Component
class LinkingRaisedRequests {

	private static final Logger log = LoggerFactory.getLogger(LinkingRaisedRequests.class);

	/** History imported for the past links nothing. */
	static final Duration PAST = Duration.ofHours(1);

	private final ServiceNotices notices;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LinkingRaisedRequests(ServiceNotices notices, PlatformTransactionManager transactions, Clock clock) {
		this.notices = notices;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@EventListener
	void on(RequestHistoryAppended event) {
		Instant now = Instant.now(this.clock);
		boolean openedNow = event.events()
			.stream()
			.anyMatch((fact) -> fact.kind() == RequestEventKind.OPENED && !fact.at().isBefore(now.minus(PAST)));
		if (!openedNow) {
			return;
		}
		UUID requestId = event.requestId();
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			link(requestId);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				link(requestId);
			}
		});
	}

	private void link(UUID requestId) {
		try {
			SystemActor
				.run(() -> this.transactions.executeWithoutResult((status) -> this.notices.linkRaised(requestId)));
		}
		catch (RuntimeException ex) {
			log.warn("Request {} could not be linked to service notices", requestId, ex);
		}
	}

}
