package org.servicechain.requests;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestMessages extends JpaRepository<RequestMessage, UUID> {

	List<RequestMessage> findByRequestIdOrderByCreatedAtAsc(UUID requestId);

	List<RequestMessage> findByTaskIdOrderByCreatedAtAsc(UUID taskId);

	/**
	 * Minutes staff recorded per request, on messages written in a period, for the
	 * requests resolved or closed since (time accounting).
	 */
	@org.springframework.data.jpa.repository.Query("select m.requestId, sum(m.minutesSpent) from RequestMessage m"
			+ " where m.minutesSpent is not null and m.createdAt >= ?1 and m.createdAt < ?2 and m.requestId in"
			+ " (select r.id from ServiceRequest r where r.status in ?3) group by m.requestId")
	List<Object[]> minutesSpentByRequest(java.time.Instant from, java.time.Instant to,
			java.util.Collection<RequestStatus> finished);

	@org.springframework.data.jpa.repository.Query("select m from RequestMessage m where lower(m.body) like ?1 or lower(m.authorName) = ?2")
	List<RequestMessage> findMentioning(String pattern, String name);

}
