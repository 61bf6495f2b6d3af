package org.servicechain.improvement;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistTemplates extends JpaRepository<ChecklistTemplate, UUID> {

	List<ChecklistTemplate> findAllByOrderByNameAsc();

}
