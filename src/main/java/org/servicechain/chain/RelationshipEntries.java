package org.servicechain.chain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RelationshipEntries extends JpaRepository<RelationshipEntry, UUID> {

	List<RelationshipEntry> findByPartyIdOrderByOccurredOnDescRecordedAtDesc(UUID partyId);

	boolean existsByPartyId(UUID partyId);

	List<RelationshipEntry> findByRecordedByOrderByOccurredOnDescRecordedAtDesc(String recordedBy,
			org.springframework.data.domain.Pageable page);

}
