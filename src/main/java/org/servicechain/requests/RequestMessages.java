package org.servicechain.requests;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestMessages extends JpaRepository<RequestMessage, UUID> {

	List<RequestMessage> findByRequestIdOrderByCreatedAtAsc(UUID requestId);

	List<RequestMessage> findByTaskIdOrderByCreatedAtAsc(UUID taskId);

	@org.springframework.data.jpa.repository.Query("select m from RequestMessage m where lower(m.body) like ?1 or lower(m.authorName) = ?2")
	List<RequestMessage> findMentioning(String pattern, String name);

}
