package org.servicechain.businesscalendars;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarDefinitions extends JpaRepository<CalendarDefinition, UUID> {

	boolean existsByNameKey(String nameKey);

	boolean existsByNameKeyAndIdNot(String nameKey, UUID id);

	List<CalendarDefinition> findAllByOrderByNameKey();

	@Query("select c.version from CalendarDefinition c where c.id = :id")
	Optional<Long> findVersionById(UUID id);

}
