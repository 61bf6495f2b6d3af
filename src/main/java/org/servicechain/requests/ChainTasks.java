package org.servicechain.requests;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChainTasks extends JpaRepository<ChainTask, UUID> {

	List<ChainTask> findByRequestIdOrderByNumber(UUID requestId);

	/** Read only: for building views and clock subjects, never for changing. */
	@org.springframework.data.jpa.repository.QueryHints(@jakarta.persistence.QueryHint(
			name = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, value = "true"))
	List<ChainTask> findByRequestIdIn(Collection<UUID> requestIds);

	@Query("select coalesce(max(t.number), 0) from ChainTask t where t.requestId = ?1")
	int highestNumber(UUID requestId);

	Page<ChainTask> findByProviderIdAndStatusIn(UUID providerId, Collection<TaskStatus> statuses, Pageable page);

	Page<ChainTask> findByProviderId(UUID providerId, Pageable page);

	/**
	 * A party's tasks as its queue shows them: the open ones first (a task is open until
	 * it has finished), by when each is next due (its response until accepted, then its
	 * resolution), then the finished ones, latest first; of two due at the same time, the
	 * one handed over first.
	 */
	@Query(value = """
			select t from ChainTask t where t.providerId = ?1
			order by case when t.finishedAt is null then 0 else 1 end,
				case when t.finishedAt is null then
					case when t.acceptedAt is null and t.responseDueAt is not null then t.responseDueAt
					else t.resolutionDueAt end
				end asc nulls last,
				t.finishedAt desc nulls last, t.handedOverAt asc""",
			countQuery = "select count(t) from ChainTask t where t.providerId = ?1")
	Page<ChainTask> queueOf(UUID providerId, Pageable page);

	List<ChainTask> findByProviderIdAndStatusIn(UUID providerId, Collection<TaskStatus> statuses);

	List<ChainTask> findByAssigneeAndStatusIn(String assignee, Collection<TaskStatus> statuses);

	@Query("select t.assignee, count(t) from ChainTask t where t.status in ?1 and t.assignee is not null group by t.assignee")
	List<Object[]> workloadByAssignee(Collection<TaskStatus> statuses);

	@Query("select t.providerId, count(t) from ChainTask t where t.status in ?1 group by t.providerId")
	List<Object[]> openByProvider(Collection<TaskStatus> statuses);

	@Query("select t.requestId from ChainTask t where t.providerId = ?1")
	List<UUID> requestIdsWithTasksFor(UUID providerId);

	@Query("select count(t) > 0 from ChainTask t where t.requestId = ?1 and t.providerId = ?2")
	boolean existsForRequestAndProvider(UUID requestId, UUID providerId);

}
