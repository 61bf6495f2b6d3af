package org.servicechain.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that follows a change but must never undo it (a survey sent when a request is
 * resolved, a request linked to the notices that affect it): it runs once the change's
 * transaction has committed, in a transaction of its own, and a failure is logged, not
 * thrown. Listeners use this instead of {@code @TransactionalEventListener}, which would
 * make Spring Modulith keep every such event in its publication registry.
 */
@Component
public class AfterCommit {

	private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

	private final TransactionTemplate transactions;

	AfterCommit(PlatformTransactionManager transactions) {
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Runs the work after the current transaction commits (at once when there is none;
	 * never when it rolls back).
	 * @param what what the work does, for the log when it fails
	 * @param work the work, run in a new transaction
	 */
	public void run(String what, Runnable work) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			inTransaction(what, work);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				inTransaction(what, work);
			}
		});
	}

	private void inTransaction(String what, Runnable work) {
		try {
			this.transactions.executeWithoutResult((status) -> work.run());
		}
		catch (RuntimeException ex) {
			log.warn("Could not {}", what, ex);
		}
	}

}
