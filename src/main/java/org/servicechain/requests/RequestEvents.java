package org.servicechain.requests;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestEvents extends JpaRepository<RequestEvent, Long> {

	List<RequestEvent> findByRequestIdOrderByOccurredAtAscPositionAsc(UUID requestId);

	List<RequestEvent> findByRequestIdInOrderByOccurredAtAscPositionAsc(java.util.Collection<UUID> requestIds);

}
