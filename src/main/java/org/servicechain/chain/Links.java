package org.servicechain.chain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Links extends JpaRepository<Link, UUID> {

	boolean existsByServiceIdAndProviderIdAndConsumerId(UUID serviceId, UUID providerId, UUID consumerId);

	boolean existsByServiceIdAndProviderIdAndConsumerIdAndIdNot(UUID serviceId, UUID providerId, UUID consumerId,
			UUID id);

	List<Link> findByProviderIdOrConsumerId(UUID providerId, UUID consumerId);

	List<Link> findByServiceId(UUID serviceId);

	boolean existsByProviderIdOrConsumerId(UUID providerId, UUID consumerId);

	boolean existsByServiceId(UUID serviceId);

}
