package org.servicechain.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubjectAccessRequests extends JpaRepository<SubjectAccessRequest, UUID> {

	Page<SubjectAccessRequest> findByStatusIn(Collection<SubjectAccessStatus> statuses, Pageable pageable);

	Page<SubjectAccessRequest> findByStatusInAndDueOnBefore(Collection<SubjectAccessStatus> statuses, LocalDate day,
			Pageable pageable);

	List<SubjectAccessRequest> findByStatusInAndDueOnLessThanEqualOrderByDueOnAsc(
			Collection<SubjectAccessStatus> statuses, LocalDate day);

	long countByStatusIn(Collection<SubjectAccessStatus> statuses);

}
