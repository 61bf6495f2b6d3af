package org.servicechain.improvement;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Audits extends JpaRepository<Audit, UUID> {

	List<Audit> findAllByOrderByDueOnDescNumberDesc();

	long countByTemplateId(UUID templateId);

	List<Audit> findBySubjectPartyId(UUID partyId);

}
