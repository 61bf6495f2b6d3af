package org.servicechain.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.servicechain.identity.SystemActor;
import org.servicechain.notify.Audiences.Tell;

/**
 * Turns a happening into what people are told: an in-app notification or an outbox mail
 * per person, as each prefers (their own choice for the event, else the channel their
 * contact record in the chain prefers, see {@link ContactChannels}), and a webhook
 * message per subscription. All of it is written in one transaction together with marking
 * the happening processed, under the happening's row lock, so a happening is told exactly
 * once however many instances try.
 */
@Component
class Notifying {

	private static final Logger log = LoggerFactory.getLogger(Notifying.class);

	private final Happenings happenings;

	private final Audiences audiences;

	private final Notifications notifications;

	private final NotificationPreferences preferences;

	private final Outbox outbox;

	private final ContactChannels contacts;

	private final TransactionTemplate transactions;

	private final TaskExecutor executor;

	private final Clock clock;

	Notifying(Happenings happenings, Audiences audiences, Notifications notifications,
			NotificationPreferences preferences, Outbox outbox, ContactChannels contacts,
			PlatformTransactionManager transactions,
			@org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
			Clock clock) {
		this.happenings = happenings;
		this.audiences = audiences;
		this.notifications = notifications;
		this.preferences = preferences;
		this.outbox = outbox;
		this.contacts = contacts;
		this.transactions = new TransactionTemplate(transactions);
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * Processes just-committed happenings in turn on another thread, so the person who
	 * caused them does not wait for everybody to be told, and a sweep's thousand alerts
	 * take one thread, not the whole pool.
	 */
	void processSoon(List<UUID> happeningIds) {
		try {
			this.executor.execute(() -> {
				Roster roster = new Roster();
				happeningIds.forEach((id) -> process(id, roster));
			});
		}
		catch (RuntimeException ex) {
			// The drain will process them.
			log.debug("Could not hand {} happenings to a thread", happeningIds.size(), ex);
		}
	}

	/**
	 * Works out who is told (reading as each person, outside any transaction of ours, so
	 * that a subject they may not see costs nothing but a "no"), then claims the
	 * happening and writes everything in one transaction.
	 * @return whether this call processed it (false when already processed or held by
	 * another instance).
	 */
	boolean process(UUID happeningId) {
		return process(happeningId, new Roster());
	}

	private boolean process(UUID happeningId, Roster roster) {
		roster.next();
		try {
			Optional<Happening> happening = this.happenings.find(happeningId);
			if (happening.isEmpty()) {
				return false;
			}
			List<Tell> told = SystemActor.call(() -> this.audiences.of(happening.get(), roster));
			log.debug("Happening {} {} {}: telling {}", happening.get().source(), happening.get().kind(),
					happening.get().reference(), told.stream().map((tell) -> tell.person().username()).toList());
			Map<String, Channel> byContact = new java.util.HashMap<>();
			told.forEach((tell) -> roster.contactChannel(tell.person())
				.ifPresent((channel) -> byContact.put(tell.person().username(), channel)));
			Boolean done = this.transactions.execute((status) -> this.happenings.claim(happeningId)
				.map((claimed) -> tell(claimed, told, byContact, roster))
				.orElse(false));
			return Boolean.TRUE.equals(done);
		}
		catch (RuntimeException ex) {
			log.warn("Telling of happening {} failed; it will be retried", happeningId, ex);
			this.transactions.executeWithoutResult((status) -> this.happenings.failed(happeningId, ex.toString()));
			return false;
		}
	}

	/**
	 * Processes what is left, e.g. after a crash or on an instance that did not record
	 * it.
	 * @return how many happenings were processed
	 */
	int processPending(int limit) {
		int processed = 0;
		Roster roster = new Roster();
		for (UUID id : this.happenings.pending(limit)) {
			if (process(id, roster)) {
				processed++;
			}
		}
		return processed;
	}

	private boolean tell(Happening happening, List<Tell> told, Map<String, Channel> byContact, Roster roster) {
		Instant now = Instant.now(this.clock);
		for (Tell tell : told) {
			Channel channel = roster.chosen(tell.person().username())
				.getOrDefault(tell.event().key(), byContact.getOrDefault(tell.person().username(), Channel.IN_APP));
			if (channel == Channel.MAIL && tell.person().email() != null && !tell.person().email().isBlank()) {
				this.outbox.mail(happening, tell, now);
			}
			else if (channel != Channel.NONE) {
				this.notifications.save(new Notification(happening.id(), tell.person().username(), tell.event(),
						happening.subjectId(), happening.reference(), tell.title(), tell.body(), tell.link(), now));
			}
		}
		Audiences.eventOf(happening)
			.ifPresent((event) -> this.outbox.webhooks(happening, event, now, roster.webhooks()));
		this.happenings.processed(happening.id());
		return true;
	}

	/**
	 * What a run of happenings reads again and again, read once and again every
	 * {@value #REREAD} happenings: everyone who may be told, each person's own channel
	 * choices and their contact record's channel, and the active webhook subscriptions. A
	 * sweep's thousand alerts would otherwise read every user, and each recipient's
	 * preferences, a thousand times. A run starts after the transaction that announced it
	 * committed, so it sees everyone who existed when the happenings did; a preference
	 * changed during a run applies from the next re-read.
	 */
	private final class Roster implements Supplier<List<Audiences.Person>> {

		private static final int REREAD = 100;

		private @org.jspecify.annotations.Nullable List<Audiences.Person> people;

		private @org.jspecify.annotations.Nullable List<WebhookSubscription> webhooks;

		private final Map<String, Map<String, Channel>> chosen = new java.util.HashMap<>();

		private final Map<String, java.util.Optional<Channel>> contactChannels = new java.util.HashMap<>();

		private int uses;

		/** Called once per happening: forgets what was read every {@value #REREAD}. */
		void next() {
			if (this.uses++ % REREAD == 0) {
				this.people = null;
				this.webhooks = null;
				this.chosen.clear();
				this.contactChannels.clear();
			}
		}

		@Override
		public List<Audiences.Person> get() {
			if (this.people == null) {
				this.people = Notifying.this.audiences.people();
			}
			return this.people;
		}

		/** The person's own choice of channel per event key. */
		Map<String, Channel> chosen(String username) {
			return this.chosen.computeIfAbsent(username, (name) -> Notifying.this.preferences.findByUsername(name)
				.stream()
				.collect(Collectors.toMap(NotificationPreference::getEvent, NotificationPreference::getChannel)));
		}

		/** The channel the person's contact record in the chain prefers, if any. */
		java.util.Optional<Channel> contactChannel(Audiences.Person person) {
			return this.contactChannels.computeIfAbsent(person.username(),
					(name) -> Notifying.this.contacts.preferredBy(person));
		}

		List<WebhookSubscription> webhooks() {
			if (this.webhooks == null) {
				this.webhooks = Notifying.this.outbox.activeWebhooks();
			}
			return this.webhooks;
		}

	}

}
