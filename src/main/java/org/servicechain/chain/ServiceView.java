package org.servicechain.chain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A service as the UI and the API see it.
 *
 * @param endUser whether it is delivered to at least one customer
 */
public record ServiceView(UUID id, long version, String name, @Nullable String description, boolean endUser,
		Instant createdAt) {

}
