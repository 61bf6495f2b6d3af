package org.servicechain.notify;

import org.springframework.context.ApplicationContext;

/**
 * Runs the outbox drain once, as its db-scheduler task does every drain period in a
 * running application (tests keep the scheduler stopped). A test that waits for people to
 * be told drains while it waits, so what the immediate hand-off after a commit left
 * pending (a busy executor, a row another test's drain held) is told as it would be in
 * production, instead of never.
 */
public final class OutboxDrain {

	private OutboxDrain() {
	}

	/**
	 * @param context the application the test runs against
	 */
	public static void once(ApplicationContext context) {
		context.getBean(DrainingOutbox.class).drain();
	}

}
