package org.servicechain.chain.analysis;

import java.util.List;
import java.util.UUID;

/**
 * What depends on a party or a link downstream (CHAIN-3): the links that carry its
 * contribution onwards, the parties that receive it directly or indirectly, and among
 * them the end-user customers and the end-user services it contributes to.
 * <p>
 * This is reach, not loss: alternative providers are ignored. Whether the loss of a party
 * actually cuts customers off is answered by
 * {@link ChainGraph#singlePointsOfFailure(UUID)}.
 *
 * @param linkIds the links downstream in ascending id order, never {@literal null}.
 * @param partyIds the parties receiving something downstream in ascending id order, never
 * {@literal null}.
 * @param affectedCustomerIds the end-user customers among those parties in ascending id
 * order, never {@literal null}.
 * @param affectedEndUserServiceIds the services of the downstream links that end at a
 * customer, in ascending id order, never {@literal null}.
 */
public record DownstreamImpact(List<UUID> linkIds, List<UUID> partyIds, List<UUID> affectedCustomerIds,
		List<UUID> affectedEndUserServiceIds) {

	public DownstreamImpact {
		linkIds = List.copyOf(linkIds);
		partyIds = List.copyOf(partyIds);
		affectedCustomerIds = List.copyOf(affectedCustomerIds);
		affectedEndUserServiceIds = List.copyOf(affectedEndUserServiceIds);
	}

}
