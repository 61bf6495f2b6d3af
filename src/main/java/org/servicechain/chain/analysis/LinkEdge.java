package org.servicechain.chain.analysis;

import java.util.Objects;
import java.util.UUID;

/**
 * A link of the service chain: the provider party provides the service to the consumer
 * party (CHAIN-2). Several links may join the same two parties, for the same or for
 * different services.
 *
 * @param id the identifier of the link, must not be {@literal null}.
 * @param serviceId the service provided along the link, must not be {@literal null}.
 * @param providerId the party providing the service, must not be {@literal null}.
 * @param consumerId the party consuming the service, must not be {@literal null}.
 */
public record LinkEdge(UUID id, UUID serviceId, UUID providerId, UUID consumerId) {

	public LinkEdge {
		Objects.requireNonNull(id, "link id must not be null");
		Objects.requireNonNull(serviceId, "service id must not be null");
		Objects.requireNonNull(providerId, "provider id must not be null");
		Objects.requireNonNull(consumerId, "consumer id must not be null");
	}

}
