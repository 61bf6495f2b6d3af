package org.servicechain.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A webhook subscription, without its secret (shown once, when created).
 */
public record WebhookView(UUID id, long version, String url, List<String> events, @Nullable String description,
		boolean active, Instant createdAt) {

}
