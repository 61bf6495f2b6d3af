package org.servicechain.chain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceOfferings extends JpaRepository<ServiceOffering, UUID> {

	/**
	 * @return how many there are, the sum of their versions and the newest creation:
	 * different whenever one is created, changed or deleted.
	 */
	@org.springframework.data.jpa.repository.Query("select count(e), coalesce(sum(e.version), 0), max(e.createdAt) from ServiceOffering e")
	List<Object[]> changeStamp();

	boolean existsByNameKey(String nameKey);

	boolean existsByNameKeyAndIdNot(String nameKey, UUID id);

	List<ServiceOffering> findAllByOrderByName();

}
