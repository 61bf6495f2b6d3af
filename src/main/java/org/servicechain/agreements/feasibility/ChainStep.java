package org.servicechain.agreements.feasibility;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One link of the chain beneath an end-user service, as the feasibility check sees it
 * (AGREE-4): the provider provides the service to the consumer under the link's
 * agreement, once the links feeding it have delivered.
 * <p>
 * {@code inputLinkIds} are the links into the provider that this link needs, already
 * narrowed to what its service needs from the provider's suppliers (see "A service names
 * what it needs" in {@code docs/architecture.md}). Several input links of the same
 * service are alternative providers of that service; input links of different services
 * are all needed. The check groups the inputs by the {@code serviceId} of the input
 * steps, so every input must itself be a step of the check.
 *
 * @param linkId the link's id; must not be {@literal null}.
 * @param providerId the providing party; must not be {@literal null}.
 * @param consumerId the consuming party; must not be {@literal null}.
 * @param serviceId the service provided over the link; must not be {@literal null}.
 * @param inputLinkIds the links feeding this one, in a stable order (it breaks ties and
 * cycles); must not be {@literal null}, may be empty.
 * @param commitment the target of the link's agreement for the priority under test, or
 * {@literal null} if no agreement covers the link.
 */
public record ChainStep(UUID linkId, UUID providerId, UUID consumerId, UUID serviceId, List<UUID> inputLinkIds,
		@Nullable Commitment commitment) {

	public ChainStep {
		Objects.requireNonNull(linkId, "linkId must not be null");
		Objects.requireNonNull(providerId, "providerId must not be null");
		Objects.requireNonNull(consumerId, "consumerId must not be null");
		Objects.requireNonNull(serviceId, "serviceId must not be null");
		inputLinkIds = List.copyOf(Objects.requireNonNull(inputLinkIds, "inputLinkIds must not be null"));
	}

}
