package org.servicechain.chain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceOfferings extends JpaRepository<ServiceOffering, UUID> {

	boolean existsByNameKey(String nameKey);

	boolean existsByNameKeyAndIdNot(String nameKey, UUID id);

	List<ServiceOffering> findAllByOrderByName();

}
