package org.servicechain.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * The notify module's facade for people: their own notifications (paged, the unread
 * count, mark read, mark all read) and how they want to hear of each kind of event. A
 * notification of someone else answers "not found".
 */
@Service
public class NotificationManagement {

	private final Notifications notifications;

	private final NotificationPreferences preferences;

	private final NotifyAccessPolicy policy;

	private final Clock clock;

	private final Outbox outbox;

	private final org.servicechain.identity.IdentityManagement identity;

	private final ContactChannels contacts;

	private final PersonLanguages languages;

	NotificationManagement(Notifications notifications, NotificationPreferences preferences, NotifyAccessPolicy policy,
			Clock clock, Outbox outbox, org.servicechain.identity.IdentityManagement identity, ContactChannels contacts,
			PersonLanguages languages) {
		this.contacts = contacts;
		this.languages = languages;
		this.outbox = outbox;
		this.identity = identity;
		this.notifications = notifications;
		this.preferences = preferences;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResponse<NotificationView> mine(boolean unreadOnly, int page, int size) {
		String me = this.policy.me();
		PageRequest request = Paging.of(page, size, Sort.unsorted());
		return PageResponse
			.of(unreadOnly ? this.notifications.findByRecipientAndReadAtIsNullOrderByCreatedAtDesc(me, request)
					: this.notifications.findByRecipientOrderByCreatedAtDesc(me, request), Notification::toView);
	}

	/**
	 * Mails the current user something composed for them alone (a scheduled report,
	 * REP-2) through the outbox: it leaves with the next drain, with retries.
	 * @param event a short key the mail log shows, e.g. {@code report}
	 * @return the outbox message's id, or empty when the user has no address
	 */
	@Transactional
	public java.util.Optional<UUID> mailMe(String event, String reference, String subject, String text, String html) {
		return mailMe(event, reference, subject, text, html, List.of());
	}

	/**
	 * Mails the current user something composed for them alone with files attached (a
	 * scheduled report as PDF and CSV, REP-2) through the outbox.
	 * @return the outbox message's id, or empty when the user has no address
	 */
	@Transactional
	public java.util.Optional<UUID> mailMe(String event, String reference, String subject, String text, String html,
			List<MailAttachment> attachments) {
		org.servicechain.identity.CurrentUser me = org.servicechain.identity.CurrentUser.get()
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first"));
		String email = org.servicechain.identity.SystemActor.call(() -> this.identity.user(me.id())).email();
		if (email == null || email.isBlank()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(this.outbox.composed(email, me.getUsername(), event, reference, subject, text,
				html, attachments, Instant.now(this.clock)));
	}

	@Transactional(readOnly = true)
	public long unreadCount() {
		return this.notifications.countByRecipientAndReadAtIsNull(this.policy.me());
	}

	@Transactional
	public NotificationView markRead(UUID id) {
		Notification notification = this.notifications.findById(id)
			.filter((found) -> found.getRecipient().equals(this.policy.me()))
			.orElseThrow(() -> new NotFoundException("Notification", id));
		notification.markRead(Instant.now(this.clock));
		return this.notifications.save(notification).toView();
	}

	/**
	 * @return how many were unread
	 */
	@Transactional
	public int markAllRead() {
		return this.notifications.markAllRead(this.policy.me(), Instant.now(this.clock));
	}

	/**
	 * @return for each event, the channel the signed-in person hears of it by: their
	 * choice, or else what their contact record in the chain prefers, or else in the
	 * application.
	 */
	@Transactional(readOnly = true)
	public List<PreferenceView> myPreferences() {
		String me = this.policy.me();
		Map<String, Channel> chosen = this.preferences.findByUsername(me)
			.stream()
			.collect(Collectors.toMap(NotificationPreference::getEvent, NotificationPreference::getChannel));
		Channel byDefault = org.servicechain.identity.CurrentUser.get()
			.map((user) -> org.servicechain.identity.SystemActor.call(() -> this.identity.user(user.id())))
			.flatMap((user) -> this.contacts.preferredBy(user.partyId(), user.email()))
			.orElse(Channel.IN_APP);
		return Arrays.stream(NotifyEvent.values())
			.filter(NotifyEvent::preferable)
			.map((event) -> new PreferenceView(event.key(), event.label(), chosen.getOrDefault(event.key(), byDefault),
					chosen.containsKey(event.key())))
			.toList();
	}

	@Transactional(readOnly = true)
	public LanguageView myLanguage() {
		String chosen = this.languages.chosen(this.policy.me()).filter(MailTemplates.LANGUAGES::contains).orElse(null);
		return new LanguageView(this.languages.of(this.policy.me()), chosen, this.languages.defaultLanguage(),
				MailTemplates.LANGUAGES);
	}

	/**
	 * Sets the language the signed-in person's mails are written in.
	 * @param language one of {@link LanguageView#languages()}, or {@literal null} or
	 * blank to follow the organisation's default
	 */
	@Transactional
	public LanguageView chooseLanguage(@org.jspecify.annotations.Nullable String language) {
		String me = this.policy.me();
		String chosen = (language == null || language.isBlank()) ? null
				: language.strip().toLowerCase(java.util.Locale.ROOT);
		if (chosen != null && !MailTemplates.LANGUAGES.contains(chosen)) {
			throw new InvalidInputException("language", "known-language",
					"mails are written in " + String.join(", ", MailTemplates.LANGUAGES) + " only");
		}
		this.languages.choose(me, chosen, Instant.now(this.clock));
		return myLanguage();
	}

	/**
	 * Sets how the signed-in person hears of the events named; events not named keep
	 * their setting.
	 * @param choices event name ({@code request.reply}) → channel
	 */
	@Transactional
	public List<PreferenceView> choose(Map<String, Channel> choices) {
		String me = this.policy.me();
		List<InvalidInputException.FieldViolation> unknown = choices.keySet()
			.stream()
			.filter((key) -> NotifyEvent.byKey(key).isEmpty())
			.map((key) -> new InvalidInputException.FieldViolation(key, "known-event",
					"there is no event called " + key))
			.toList();
		if (!unknown.isEmpty()) {
			throw new InvalidInputException(unknown);
		}
		choices.forEach((key, channel) -> {
			NotifyEvent event = NotifyEvent.byKey(key).orElseThrow();
			NotificationPreference preference = this.preferences
				.findById(new NotificationPreference.Key(me, event.key()))
				.orElseGet(() -> new NotificationPreference(me, event, channel));
			preference.choose(channel);
			this.preferences.save(preference);
		});
		return myPreferences();
	}

}
