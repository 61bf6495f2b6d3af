package org.servicechain.notify;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One message of the outbox as administrators read it: a mail (the mail log) or a webhook
 * delivery.
 *
 * @param kind {@code MAIL} or {@code WEBHOOK}
 * @param status {@code PENDING} (waiting for its next try), {@code SENT},
 * {@code NOT_SENT} (no mail server configured) or {@code FAILED} (given up after every
 * try)
 * @param lastError why the last try failed, or why it was not sent
 * @param lastStatus the HTTP status the webhook target answered last
 */
public record OutboxMessageView(UUID id, String kind, String event, @Nullable String reference, String recipient,
		@Nullable UUID subscriptionId, @Nullable String subject, @Nullable String textBody, @Nullable String htmlBody,
		@Nullable String payload, @Nullable String messageId, @Nullable String inReplyTo, String status, int attempts,
		Instant nextAttemptAt, @Nullable String lastError, @Nullable Integer lastStatus, Instant createdAt,
		@Nullable Instant sentAt) {

}
