package org.servicechain.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * The administrators' side of mail in (REQ-6): every mail taken from the polled mailbox
 * with what became of it (request created, reply appended, ignored or quarantined, and
 * why), and the quarantine: release a mail to be handled again, or discard it; both are
 * audited.
 */
@Service
public class MailInManagement {

	private final MailInMessages mails;

	private final MailInHandling handling;

	private final MailInSettings settings;

	private final NotifyAccessPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	MailInManagement(MailInMessages mails, MailInHandling handling, MailInSettings settings, NotifyAccessPolicy policy,
			AuditTrail audit, Clock clock) {
		this.mails = mails;
		this.handling = handling;
		this.settings = settings;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param outcome {@code REQUEST_CREATED}, {@code COMPLAINT_CREATED},
	 * {@code REPLY_APPENDED}, {@code IGNORED}, {@code QUARANTINED}, {@code DISCARDED} or
	 * {@literal null} for all
	 * @return one page of mails, newest first
	 */
	@Transactional(readOnly = true)
	public PageResponse<MailInView> mails(@Nullable String outcome, int page, int size) {
		this.policy.requireAdmin();
		Paging.of(page, size, Sort.unsorted());
		String wanted = outcome(outcome);
		long total = this.mails.count(wanted);
		return new PageResponse<>(this.mails.list(wanted, page * size, size), page, size, total,
				(int) ((total + size - 1) / size));
	}

	@Transactional(readOnly = true)
	public MailInView mail(UUID id) {
		this.policy.requireAdmin();
		return this.mails.find(id).orElseThrow(() -> new NotFoundException("Mail", id));
	}

	/**
	 * Handles a quarantined mail again, as if it had just come in (a contact or a service
	 * link may have been added since). Refused again, it stays in quarantine with the new
	 * reason.
	 * @return the mail with its new outcome
	 */
	public MailInView release(UUID id) {
		this.policy.requireAdmin();
		return this.handling.release(id, this.settings);
	}

	/**
	 * Gives up on a quarantined mail: its content is deleted, the record stays.
	 */
	@Transactional
	public MailInView discard(UUID id) {
		this.policy.requireAdmin();
		MailInView mail = this.mails.find(id).orElseThrow(() -> new NotFoundException("Mail", id));
		if (!this.mails.discard(id, this.policy.me(), Instant.now(this.clock))) {
			throw new InvalidInputException("id", "quarantined",
					"only a quarantined mail can be discarded; this one is " + mail.outcomeLabel());
		}
		this.audit.record(MailInHandling.ENTITY, id, mail.version() + 1, "discarded", List
			.of(new AuditEntryView.FieldChange("outcome", MailInMessages.QUARANTINED, MailInMessages.DISCARDED)));
		return this.mails.find(id).orElseThrow();
	}

	/**
	 * @return whether the mailbox is polled at all, and which.
	 */
	public String mailbox() {
		return this.settings.enabled() ? this.settings.protocol() + "://" + this.settings.username() + "@"
				+ this.settings.host() + "/" + this.settings.folder() : "";
	}

	/**
	 * @return the rule that makes a new mail a complaint, in words, for the page
	 */
	public String complaintRule() {
		MailInComplaintRule rule = this.settings.complaintRule();
		List<String> parts = new java.util.ArrayList<>();
		if (rule.address() != null && !rule.address().isBlank()) {
			parts.add("it was sent to " + rule.address().strip());
		}
		if (rule.keyword() != null && !rule.keyword().isBlank()) {
			parts.add("its subject starts with \"" + rule.keyword().strip() + "\"");
		}
		return parts.isEmpty() ? "never (no complaints address or keyword is set)" : String.join(" or ", parts);
	}

	private static @Nullable String outcome(@Nullable String outcome) {
		if (outcome == null || outcome.isBlank()) {
			return null;
		}
		String upper = outcome.toUpperCase(Locale.ROOT);
		if (!MailInMessages.OUTCOMES.contains(upper)) {
			throw new InvalidInputException("outcome", "one-of", "outcome must be one of " + MailInMessages.OUTCOMES);
		}
		return upper;
	}

}
