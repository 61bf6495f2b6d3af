package org.servicechain.chain;

import java.util.List;
import java.util.UUID;

/**
 * A link of a service's chain with the links that feed it (its inputs, narrowed to what
 * its service needs), as other modules compute with it (AGREE-4).
 *
 * @param toCustomer whether the consumer is a customer (the customer-facing end of the
 * chain)
 */
public record SupplyLink(UUID linkId, UUID serviceId, UUID providerId, UUID consumerId, boolean toCustomer,
		List<UUID> inputLinkIds) {

}
