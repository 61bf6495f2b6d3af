package org.servicechain.requests;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestMessages extends JpaRepository<RequestMessage, UUID> {

	List<RequestMessage> findByRequestIdOrderByCreatedAtAsc(UUID requestId);

	List<RequestMessage> findByTaskIdOrderByCreatedAtAsc(UUID taskId);

}
