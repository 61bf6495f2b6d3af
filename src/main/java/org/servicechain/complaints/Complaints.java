package org.servicechain.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Complaints extends JpaRepository<Complaint, UUID>, JpaSpecificationExecutor<Complaint> {

	java.util.List<Complaint> findByComplainantId(UUID complainantId);

	Optional<Complaint> findByReferenceNumber(long referenceNumber);

	@Query("select c.id from Complaint c where c.nextDueAt <= ?1 order by c.nextDueAt asc")
	List<UUID> findDue(Instant now, Pageable page);

	long countByComplainantId(UUID complainantId);

}
