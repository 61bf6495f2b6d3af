package org.servicechain.chain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A link with the names of what it connects, as the UI and the API show it.
 */
public record LinkView(UUID id, long version, UUID serviceId, String serviceName, UUID providerId, String providerName,
		boolean providerInternal, UUID consumerId, String consumerName, boolean consumerInternal,
		boolean consumerIsCustomer, @Nullable String description, Instant createdAt) {

}
