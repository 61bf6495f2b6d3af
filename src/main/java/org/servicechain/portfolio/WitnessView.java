package org.servicechain.portfolio;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A witness asked to confirm a piece of evidence, and their answer once given.
 */
public record WitnessView(UUID id, String witnessName, String witnessRole, Instant askedAt, Instant expiresAt,
		@Nullable Instant answeredAt, @Nullable Boolean confirmed, @Nullable String statement) {

}
