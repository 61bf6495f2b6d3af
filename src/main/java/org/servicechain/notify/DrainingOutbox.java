package org.servicechain.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.servicechain.identity.SystemActor;

/**
 * The outbox drain: first tells of happenings nobody processed yet (after a crash, or
 * recorded while this instance was busy), then sends what is due, each message in its own
 * transaction that claims its row with {@code FOR UPDATE SKIP LOCKED}, sends while
 * holding it and records the outcome. A db-scheduler task runs it every
 * {@code servicechain.notify.drain-period} on one instance at a time; several drains at
 * once (a manual one, a second instance) still never send one message twice.
 */
@Component
class DrainingOutbox {

	private static final Logger log = LoggerFactory.getLogger(DrainingOutbox.class);

	private static final String INSTANCE = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();

	private final Notifying notifying;

	private final Outbox outbox;

	private final MailDelivery mail;

	private final WebhookDelivery webhooks;

	private final NotifySettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DrainingOutbox(Notifying notifying, Outbox outbox, MailDelivery mail, WebhookDelivery webhooks,
			NotifySettings settings, PlatformTransactionManager transactions, Clock clock) {
		this.notifying = notifying;
		this.outbox = outbox;
		this.mail = mail;
		this.webhooks = webhooks;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * What one drain did.
	 */
	record Drained(int happenings, int sent, int notSent, int failed) {

	}

	Drained drain() {
		int happenings = SystemActor.call(() -> this.notifying.processPending(this.settings.batch()));
		int sent = 0;
		int notSent = 0;
		int failed = 0;
		for (int i = 0; i < this.settings.batch(); i++) {
			Optional<String> outcome = Optional.ofNullable(this.transactions.execute((status) -> sendNext()));
			if (outcome.isEmpty()) {
				break;
			}
			switch (outcome.get()) {
				case Outbox.SENT -> sent++;
				case Outbox.NOT_SENT -> notSent++;
				default -> failed++;
			}
		}
		return new Drained(happenings, sent, notSent, failed);
	}

	/**
	 * @return the status the next due message ended in, or {@literal null} when nothing
	 * is due
	 */
	private String sendNext() {
		Instant now = Instant.now(this.clock);
		Optional<OutboxMessageView> next = this.outbox.claimDue(now);
		if (next.isEmpty()) {
			return null;
		}
		OutboxMessageView message = next.get();
		UUID id = message.id();
		if (Outbox.MAIL.equals(message.kind())) {
			message = this.outbox.threaded(message);
			if (!this.mail.configured()) {
				this.outbox.notSent(id, MailDelivery.NO_SERVER);
				return Outbox.NOT_SENT;
			}
			try {
				this.mail.send(message, this.outbox.attachments(id));
				this.outbox.sent(id, Instant.now(this.clock), INSTANCE, null);
				return Outbox.SENT;
			}
			catch (Exception ex) {
				log.info("Mail {} to {} failed: {}", id, message.recipient(), ex.toString());
				this.outbox.failed(message, Instant.now(this.clock), ex.toString(), null);
				return Outbox.FAILED;
			}
		}
		WebhookDelivery.Outcome outcome = this.webhooks.deliver(message);
		if (outcome.delivered()) {
			this.outbox.sent(id, Instant.now(this.clock), INSTANCE, outcome.status());
			return Outbox.SENT;
		}
		log.info("Webhook {} to {} failed: {}", id, message.recipient(), outcome.error());
		this.outbox.failed(message, Instant.now(this.clock), String.valueOf(outcome.error()), outcome.status());
		return Outbox.FAILED;
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> notifyOutboxDrain(DrainingOutbox drain, NotifySettings settings) {
			return Tasks.recurring("notify-outbox-drain", Schedules.fixedDelay(settings.drainPeriod()))
				.execute((instance, context) -> {
					Drained drained = drain.drain();
					if (drained.sent() + drained.failed() + drained.notSent() + drained.happenings() > 0) {
						log.info("Outbox drain: {} happenings told, {} sent, {} not sent, {} failed",
								drained.happenings(), drained.sent(), drained.notSent(), drained.failed());
					}
				});
		}

	}

}
