package org.servicechain.complaints;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintEvents extends JpaRepository<ComplaintEvent, UUID> {

	List<ComplaintEvent> findByComplaintIdOrderByPositionAsc(UUID complaintId);

	List<ComplaintEvent> findByComplaintIdInOrderByPositionAsc(Collection<UUID> complaintIds);

	long countByComplaintId(UUID complaintId);

}
