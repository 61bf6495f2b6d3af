package org.servicechain.requests;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestEvents extends JpaRepository<RequestEvent, Long> {

	List<RequestEvent> findByRequestIdOrderByOccurredAtAscPositionAsc(UUID requestId);

	/** Read only: for building views and clock subjects, never for changing. */
	@org.springframework.data.jpa.repository.QueryHints(@jakarta.persistence.QueryHint(
			name = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, value = "true"))
	List<RequestEvent> findByRequestIdInOrderByOccurredAtAscPositionAsc(java.util.Collection<UUID> requestIds);

}
