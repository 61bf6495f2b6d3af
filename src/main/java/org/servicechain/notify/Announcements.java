package org.servicechain.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.SystemActor;

/**
 * Tells a list of people, chosen by the module that announces, of one thing: a service
 * notice and its updates (issue 10, "service notices"). The announcing module decides who
 * is told and by which channel (it knows the chain's contacts and their preferred
 * channel); notify writes what leaves: an in-app notification per person with an account,
 * an outbox mail per address, a webhook delivery per subscription. All of it is written
 * in the caller's transaction, together with a happening that is marked told at once: if
 * the announcement commits, each person is told exactly once by the outbox drain and the
 * notifications list; if it rolls back, nobody hears of it.
 */
@Service
public class Announcements {

	static final String SOURCE = "notice";

	private final Happenings happenings;

	private final Notifications notifications;

	private final NotificationPreferences preferences;

	private final MailTemplates templates;

	private final Outbox outbox;

	private final NotifySettings settings;

	private final PersonLanguages languages;

	private final Clock clock;

	Announcements(Happenings happenings, Notifications notifications, NotificationPreferences preferences,
			MailTemplates templates, Outbox outbox, NotifySettings settings, PersonLanguages languages, Clock clock) {
		this.languages = languages;
		this.happenings = happenings;
		this.notifications = notifications;
		this.preferences = preferences;
		this.templates = templates;
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * What is announced.
	 *
	 * @param subjectId the id of what it is about (the notice)
	 * @param reference its human reference, carried in every mail's subject
	 */
	public record Announcement(UUID subjectId, String reference, String title, @Nullable String body) {

	}

	/**
	 * One person to tell.
	 *
	 * @param username their account, if they have one
	 * @param email their address, if known
	 * @param channel how to tell them (a contact's preferred channel), unless they chose
	 * otherwise in their notification preferences; {@literal null} for their own
	 * preference (in the application unless they chose otherwise; by mail for a person
	 * without an account)
	 * @param link where the notice is for them (staff page or portal page)
	 */
	public record Addressee(@Nullable String username, String displayName, @Nullable String email,
			@Nullable Channel channel, String link) {

	}

	/**
	 * How one addressee was told: {@link Channel#MAIL} (to {@code address}),
	 * {@link Channel#IN_APP}, or {@link Channel#NONE} with why not.
	 */
	public record Outcome(Addressee addressee, Channel channel, @Nullable String address, @Nullable String why) {

	}

	/**
	 * Tells each addressee of a service notice, in the order given.
	 * @return one outcome per addressee, in the same order
	 */
	@Transactional
	public List<Outcome> serviceNotice(Announcement announcement, List<Addressee> addressees) {
		Instant now = Instant.now(this.clock);
		NotifyEvent event = NotifyEvent.SERVICE_NOTICE;
		String actor = CurrentUser.get().map(CurrentUser::getUsername).orElse(SystemActor.USERNAME);
		Happening happening = new Happening(UUID.randomUUID(), SOURCE, event.name(), announcement.subjectId(),
				announcement.reference(), announcement.title(), null, actor, null, now);
		this.happenings.record(happening);
		List<Outcome> outcomes = new ArrayList<>();
		for (Addressee addressee : addressees) {
			outcomes.add(tell(happening, announcement, addressee, now));
		}
		this.outbox.webhooks(happening, event, now);
		// Told here and now: the drain must not tell it again.
		this.happenings.processed(happening.id());
		return outcomes;
	}

	private Outcome tell(Happening happening, Announcement announcement, Addressee addressee, Instant now) {
		// Their own choice wins over the one made for them (their contact's).
		Optional<Channel> chosen = choiceOf(addressee.username());
		Channel channel = chosen.or(() -> Optional.ofNullable(addressee.channel()))
			.orElse((addressee.username() == null) ? Channel.MAIL : Channel.IN_APP);
		@Nullable String why = (chosen.isPresent() && addressee.channel() != null && chosen.get() != addressee.channel())
				? "told as they chose in their notification preferences" : null;
		boolean hasAddress = addressee.email() != null && !addressee.email().isBlank();
		if (channel == Channel.NONE) {
			return new Outcome(addressee, Channel.NONE, null, "chose not to hear of service notices");
		}
		if (channel == Channel.MAIL && hasAddress) {
			MailTemplates.Rendered mail = this.templates.render(NotifyEvent.SERVICE_NOTICE,
					this.languages.of(addressee.username()),
					MailTemplates.variables(announcement.reference(), announcement.title(), announcement.body(),
							this.settings.baseUrl() + addressee.link(), addressee.displayName(),
							NotifyEvent.SERVICE_NOTICE));
			this.outbox.composed(addressee.email(), addressee.username(), NotifyEvent.SERVICE_NOTICE.key(),
					announcement.reference(), mail.subject(), mail.text(), mail.html(), now);
			return new Outcome(addressee, Channel.MAIL, addressee.email(), why);
		}
		if (addressee.username() != null) {
			// In the application, as chosen, or because there is no address to mail to.
			this.notifications.save(new Notification(happening.id(), addressee.username(), NotifyEvent.SERVICE_NOTICE,
					announcement.subjectId(), announcement.reference(), announcement.title(), announcement.body(),
					addressee.link(), now));
			return new Outcome(addressee, Channel.IN_APP, null, why);
		}
		return new Outcome(addressee, Channel.NONE, null, "no e-mail address and no account");
	}

	private Optional<Channel> choiceOf(@Nullable String username) {
		if (username == null) {
			return Optional.empty();
		}
		return this.preferences.findById(new NotificationPreference.Key(username, NotifyEvent.SERVICE_NOTICE.key()))
			.map(NotificationPreference::getChannel);
	}

}
