package org.servicechain.notify;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One mail taken from the polled mailbox and what became of it, as administrators see it.
 *
 * @param outcome {@code REQUEST_CREATED}, {@code COMPLAINT_CREATED},
 * {@code REPLY_APPENDED} (to a request or a complaint), {@code IGNORED},
 * {@code QUARANTINED} or {@code DISCARDED}
 * @param reason why it was ignored or quarantined, or what was done
 * @param complaintId the complaint it made or was appended to as the customer's message
 * @param reference the request or complaint it created or was appended to
 * @param contactId the contact it was matched to or created for
 * @param releasable whether an administrator may release it to be handled again (a
 * quarantined mail whose content was kept)
 */
public record MailInView(UUID id, long version, @Nullable String messageId, Instant receivedAt, @Nullable String sender,
		@Nullable String senderName, @Nullable String subject, long sizeBytes, String outcome, @Nullable String reason,
		@Nullable UUID requestId, @Nullable UUID complaintId, @Nullable String reference, @Nullable UUID contactId,
		boolean releasable, Instant handledAt, String handledBy) {

	public boolean quarantined() {
		return MailInMessages.QUARANTINED.equals(this.outcome);
	}

	/**
	 * @return the outcome in words, with why for an ignored or quarantined mail.
	 */
	public String outcomeLabel() {
		return switch (this.outcome) {
			case MailInMessages.REQUEST_CREATED -> "request created";
			case MailInMessages.COMPLAINT_CREATED -> "complaint created";
			case MailInMessages.REPLY_APPENDED -> "reply appended";
			case MailInMessages.IGNORED -> "ignored";
			case MailInMessages.QUARANTINED -> "quarantined";
			case MailInMessages.DISCARDED -> "discarded";
			default -> this.outcome.toLowerCase(java.util.Locale.ROOT);
		};
	}

}
