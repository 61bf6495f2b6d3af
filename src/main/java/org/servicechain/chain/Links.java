package org.servicechain.chain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Links extends JpaRepository<Link, UUID> {

	/**
	 * @return how many there are, the sum of their versions and the newest creation:
	 * different whenever one is created, changed or deleted.
	 */
	@org.springframework.data.jpa.repository.Query("select count(e), coalesce(sum(e.version), 0), max(e.createdAt) from Link e")
	List<Object[]> changeStamp();

	boolean existsByServiceIdAndProviderIdAndConsumerId(UUID serviceId, UUID providerId, UUID consumerId);

	boolean existsByServiceIdAndProviderIdAndConsumerIdAndIdNot(UUID serviceId, UUID providerId, UUID consumerId,
			UUID id);

	List<Link> findByProviderIdOrConsumerId(UUID providerId, UUID consumerId);

	List<Link> findByServiceId(UUID serviceId);

	boolean existsByProviderIdOrConsumerId(UUID providerId, UUID consumerId);

	boolean existsByServiceId(UUID serviceId);

}
