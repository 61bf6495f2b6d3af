package org.servicechain.feedback;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A piece of spontaneous feedback as the caller may see it (FB-2).
 *
 * @param recordedByName who captured it, as people are shown (never a login name)
 */
public record FeedbackView(UUID id, long version, FeedbackKind kind, FeedbackChannel channel, @Nullable UUID customerId,
		@Nullable String customerName, @Nullable String serviceName, @Nullable UUID partyId, @Nullable String partyName,
		String text, double sentiment, Sentiment.Tone tone, String recordedByName, Instant recordedAt) {

}
