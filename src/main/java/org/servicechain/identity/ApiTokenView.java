package org.servicechain.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An API token as listed to its owner: never the secret, only its first characters.
 */
public record ApiTokenView(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt, boolean active) {

}
