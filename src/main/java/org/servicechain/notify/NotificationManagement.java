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

	NotificationManagement(Notifications notifications, NotificationPreferences preferences, NotifyAccessPolicy policy,
			Clock clock, Outbox outbox, org.servicechain.identity.IdentityManagement identity) {
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
		org.servicechain.identity.CurrentUser me = org.servicechain.identity.CurrentUser.get()
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first"));
		String email = org.servicechain.identity.SystemActor.call(() -> this.identity.user(me.id())).email();
		if (email == null || email.isBlank()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(this.outbox.composed(email, me.getUsername(), event, reference, subject, text,
				html, Instant.now(this.clock)));
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

	@Transactional(readOnly = true)
	public List<PreferenceView> myPreferences() {
		Map<String, Channel> chosen = this.preferences.findByUsername(this.policy.me())
			.stream()
			.collect(Collectors.toMap(NotificationPreference::getEvent, NotificationPreference::getChannel));
		return Arrays.stream(NotifyEvent.values())
			.map((event) -> new PreferenceView(event.key(), event.label(),
					chosen.getOrDefault(event.key(), Channel.IN_APP)))
			.toList();
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
