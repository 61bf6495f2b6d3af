package org.servicechain.complaints;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintMessages extends JpaRepository<ComplaintMessage, UUID> {

	List<ComplaintMessage> findByComplaintIdOrderByWrittenAtAscIdAsc(UUID complaintId);

	List<ComplaintMessage> findByComplaintIdIn(Collection<UUID> complaintIds);

}
