package org.servicechain.portfolio;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WitnessRequests extends JpaRepository<WitnessRequest, UUID> {

	Optional<WitnessRequest> findByTokenHash(String tokenHash);

	List<WitnessRequest> findByEvidenceIdInOrderByAskedAtAsc(Collection<UUID> evidenceIds);

}
