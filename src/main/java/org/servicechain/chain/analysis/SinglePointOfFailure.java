package org.servicechain.chain.analysis;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A party whose loss alone cuts an end-user service off from some of its customers
 * (CHAIN-4). See {@link ChainGraph#singlePointsOfFailure(UUID)} for the model of
 * dependency.
 *
 * @param partyId the party that must not be lost, never {@literal null}.
 * @param serviceId the end-user service cut off, never {@literal null}.
 * @param cutOffCustomerIds the customers that no longer receive the service, in ascending
 * id order, never {@literal null} nor empty.
 */
public record SinglePointOfFailure(UUID partyId, UUID serviceId, List<UUID> cutOffCustomerIds) {

	public SinglePointOfFailure {
		Objects.requireNonNull(partyId, "party id must not be null");
		Objects.requireNonNull(serviceId, "service id must not be null");
		cutOffCustomerIds = List.copyOf(cutOffCustomerIds);
		if (cutOffCustomerIds.isEmpty()) {
			throw new IllegalArgumentException("a single point of failure cuts off at least one customer");
		}
	}

}
