package org.servicechain.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;
import org.servicechain.shared.StaleVersionException;

/**
 * The administrators' side of notify: the outbox with the mail log and failures, "retry
 * now", and the mail templates per event and language.
 */
@Service
public class NotifyAdministration {

	private final Outbox outbox;

	private final MailTemplates templates;

	private final MailTemplateRepository stored;

	private final MailDelivery mail;

	private final NotifyAccessPolicy policy;

	private final Clock clock;

	NotifyAdministration(Outbox outbox, MailTemplates templates, MailTemplateRepository stored, MailDelivery mail,
			NotifyAccessPolicy policy, Clock clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.stored = stored;
		this.mail = mail;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * @param kind {@code MAIL} (the mail log), {@code WEBHOOK}, or {@literal null} for
	 * both
	 * @param status {@code PENDING}, {@code SENT}, {@code NOT_SENT}, {@code FAILED} or
	 * {@literal null} for all
	 */
	@Transactional(readOnly = true)
	public PageResponse<OutboxMessageView> outbox(@Nullable String kind, @Nullable String status, int page, int size) {
		this.policy.requireAdmin();
		String k = oneOf("kind", kind, List.of(Outbox.MAIL, Outbox.WEBHOOK));
		String s = oneOf("status", status, List.of(Outbox.PENDING, Outbox.SENT, Outbox.NOT_SENT, Outbox.FAILED));
		Paging.of(page, size, org.springframework.data.domain.Sort.unsorted());
		long total = this.outbox.count(k, s, null);
		return new PageResponse<>(
				this.outbox.list(k, s, null, page * size, size).stream().map(NotifyAdministration::masked).toList(),
				page, size, total, (int) ((total + size - 1) / size));
	}

	/** A witness's single-use link in a mail's body. */
	private static final java.util.regex.Pattern WITNESS_LINK = java.util.regex.Pattern
		.compile("/witness/[A-Za-z0-9_-]+");

	/**
	 * The message as the mail log shows it: a witness's single-use link is the witness's
	 * alone, so administrators see that one was sent, not the link.
	 */
	static OutboxMessageView masked(OutboxMessageView message) {
		if (!NotifyEvent.WITNESS_ASKED.key().equals(message.event())) {
			return message;
		}
		return new OutboxMessageView(message.id(), message.kind(), message.event(), message.reference(),
				message.recipient(), message.subscriptionId(), message.subject(), mask(message.textBody()),
				mask(message.htmlBody()), message.payload(), message.messageId(), message.inReplyTo(), message.status(),
				message.attempts(), message.nextAttemptAt(), message.lastError(), message.lastStatus(),
				message.createdAt(), message.sentAt());
	}

	private static @Nullable String mask(@Nullable String body) {
		return (body != null) ? WITNESS_LINK.matcher(body).replaceAll("/witness/[single-use link withheld]") : null;
	}

	@Transactional(readOnly = true)
	public OutboxMessageView message(UUID id) {
		this.policy.requireAdmin();
		return this.outbox.find(id)
			.map(NotifyAdministration::masked)
			.orElseThrow(() -> new NotFoundException("Outbox message", id));
	}

	/**
	 * Puts a message back in line for the next drain: a failed one, one waiting for its
	 * next try, or one sent or not sent before (a mail server has been configured since).
	 */
	@Transactional
	public OutboxMessageView retryNow(UUID id) {
		this.policy.requireAdmin();
		if (!this.outbox.retryNow(id, Instant.now(this.clock))) {
			throw new NotFoundException("Outbox message", id);
		}
		return this.outbox.find(id).map(NotifyAdministration::masked).orElseThrow();
	}

	public boolean mailServerConfigured() {
		return this.mail.configured();
	}

	// Templates

	@Transactional(readOnly = true)
	public List<MailTemplateView> templates() {
		this.policy.requireAdmin();
		List<MailTemplateView> all = new ArrayList<>();
		for (NotifyEvent event : NotifyEvent.values()) {
			for (String language : MailTemplates.LANGUAGES) {
				all.add(view(event, language));
			}
		}
		return all;
	}

	@Transactional(readOnly = true)
	public MailTemplateView template(String event, String language) {
		this.policy.requireAdmin();
		return view(event(event), language(language));
	}

	/**
	 * Stores an administrator's version of a template after rendering it with sample
	 * values; a part that does not parse is refused naming the part
	 * ({@code template-syntax}).
	 * @param version the version the administrator edited (0 for the default)
	 */
	@Transactional
	public MailTemplateView changeTemplate(String event, String language, long version, String subject, String textBody,
			String htmlBody) {
		this.policy.requireAdmin();
		NotifyEvent known = event(event);
		String lang = language(language);
		MailTemplate template = this.stored.findById(new MailTemplate.Key(known.key(), lang))
			.orElseGet(() -> new MailTemplate(known.key(), lang));
		long current = this.stored.existsById(new MailTemplate.Key(known.key(), lang)) ? template.getVersion() : 0;
		if (current != version) {
			throw new StaleVersionException("Mail template", version, current, List.of());
		}
		this.templates.validate(subject, textBody, htmlBody);
		template.change(subject, textBody, htmlBody, this.policy.me(), Instant.now(this.clock));
		this.stored.saveAndFlush(template);
		return view(known, lang);
	}

	/**
	 * Goes back to the default shipped with the application.
	 */
	@Transactional
	public MailTemplateView resetTemplate(String event, String language) {
		this.policy.requireAdmin();
		NotifyEvent known = event(event);
		String lang = language(language);
		this.stored.deleteById(new MailTemplate.Key(known.key(), lang));
		return view(known, lang);
	}

	private MailTemplateView view(NotifyEvent event, String language) {
		MailTemplates.Source source = this.templates.source(event, language);
		return new MailTemplateView(event.key(), event.label(), language, source.subject(), source.text(),
				source.html(), source.customised(), source.version());
	}

	private static NotifyEvent event(String key) {
		return NotifyEvent.byKey(key).orElseThrow(() -> new NotFoundException("Mail template", key));
	}

	private static String language(String language) {
		String lang = language.toLowerCase(Locale.ROOT);
		if (!MailTemplates.LANGUAGES.contains(lang)) {
			throw new NotFoundException("Mail template", language);
		}
		return lang;
	}

	private static @Nullable String oneOf(String field, @Nullable String value, List<String> allowed) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String upper = value.toUpperCase(Locale.ROOT);
		if (!allowed.contains(upper)) {
			throw new InvalidInputException(field, "one-of", field + " must be one of " + allowed);
		}
		return upper;
	}

}
