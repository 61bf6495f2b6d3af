package org.servicechain.complaints;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintReferrals extends JpaRepository<ComplaintReferral, UUID> {

	List<ComplaintReferral> findByComplaintIdOrderByReferredAtAsc(UUID complaintId);

	List<ComplaintReferral> findByComplaintIdIn(Collection<UUID> complaintIds);

	@Query("select distinct r.complaintId from ComplaintReferral r where r.partyId = ?1")
	List<UUID> complaintsReferredTo(UUID partyId);

	@Query("select distinct r.complaintId from ComplaintReferral r where r.partyId = ?1 and r.sharePersonalData = true")
	List<UUID> complaintsSharedWith(UUID partyId);

	@Query("select distinct r.complaintId from ComplaintReferral r where r.manager = ?1")
	List<UUID> complaintsEscalatedTo(String manager);

}
