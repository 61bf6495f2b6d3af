package org.servicechain.requests;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ServiceRequests extends JpaRepository<ServiceRequest, UUID>, JpaSpecificationExecutor<ServiceRequest> {

	List<ServiceRequest> findByRequesterId(UUID requesterId);

	/**
	 * Loads a request and holds its row until the transaction ends, so that messages and
	 * task events appended at the same moment line up one after the other instead of one
	 * failing.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ServiceRequest r where r.id = ?1")
	Optional<ServiceRequest> findForUpdate(UUID id);

	Optional<ServiceRequest> findByReferenceNumber(long referenceNumber);

	@Query("select r from ServiceRequest r where r.status in ?1 and (r.providerId = ?2) order by r.nextDueAt asc nulls last, r.openedAt asc")
	List<ServiceRequest> findActiveOfTeam(Collection<RequestStatus> statuses, UUID teamId, Pageable page);

	@Query("select count(r) from ServiceRequest r where r.status in ?1 and r.providerId = ?2")
	long countActiveOfTeam(Collection<RequestStatus> statuses, UUID teamId);

	@Query("select r.assignee, count(r), sum(case when r.nextDueAt < ?2 then 1 else 0 end) from ServiceRequest r"
			+ " where r.status in ?1 and r.assignee is not null group by r.assignee")
	List<Object[]> workloadByAssignee(Collection<RequestStatus> statuses, Instant dueSoon);

	@Query("select r.providerId, count(r), sum(case when r.nextDueAt < ?2 then 1 else 0 end),"
			+ " sum(case when r.assignee is null then 1 else 0 end) from ServiceRequest r"
			+ " where r.status in ?1 group by r.providerId")
	List<Object[]> workloadByTeam(Collection<RequestStatus> statuses, Instant dueSoon);

	@Query("select r.providerId, count(r) from ServiceRequest r where r.status in ?1 and r.nextDueAt <= ?2 group by r.providerId")
	List<Object[]> overdueByTeam(Collection<RequestStatus> statuses, Instant now);

	@Query("select count(r) from ServiceRequest r where r.assignee = ?1 and r.resolvedAt >= ?2 and r.resolvedAt < ?3")
	long countResolvedBy(String assignee, Instant from, Instant to);

	@Query("select r from ServiceRequest r where r.status = ?1 and r.resolvedAt < ?2")
	List<ServiceRequest> findResolvedBefore(RequestStatus status, Instant before, Pageable page);

	/** Read only: for building views and clock subjects, never for changing. */
	@org.springframework.data.jpa.repository.QueryHints(@jakarta.persistence.QueryHint(
			name = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, value = "true"))
	List<ServiceRequest> findByIdIn(Collection<UUID> ids);

	List<ServiceRequest> findByRequesterIdOrderByOpenedAtAsc(UUID requesterId);

	@Query("select r from ServiceRequest r where lower(r.summary) like ?1 or lower(r.description) like ?1")
	List<ServiceRequest> findMentioning(String pattern);

	@Query("select r from ServiceRequest r where r.status = ?1 and r.closedAt < ?2 and r.description <> ?3 order by r.closedAt")
	List<ServiceRequest> findClosedBeforeNotAnonymised(RequestStatus status, Instant before, String marker,
			Pageable page);

	@Query("select r.id from ServiceRequest r where r.status in ?1")
	List<UUID> findIdsByStatusIn(Collection<RequestStatus> statuses);

	@Query("select r.id from ServiceRequest r where r.agreementId = ?1 and r.status in ?2 and (r.agreementTermsNumber is null or r.agreementTermsNumber <> ?3)")
	List<UUID> findActiveUnderOtherVersion(UUID agreementId, Collection<RequestStatus> statuses, int termsNumber);

	/**
	 * Writes the due times the SLA clocks derived (with pauses) without touching the
	 * request's version: they are derived state, not an edit anyone could conflict with.
	 */
	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
	@Query("update ServiceRequest r set r.firstResponseDueAt = coalesce(?2, r.firstResponseDueAt), r.resolutionDueAt = coalesce(?3, r.resolutionDueAt), r.nextDueAt = ?4 where r.id = ?1")
	int recordDueTimes(UUID id, @org.jspecify.annotations.Nullable Instant firstResponse,
			@org.jspecify.annotations.Nullable Instant resolution, @org.jspecify.annotations.Nullable Instant next);

}
