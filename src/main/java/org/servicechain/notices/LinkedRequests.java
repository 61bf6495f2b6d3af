package org.servicechain.notices;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LinkedRequests extends JpaRepository<LinkedRequest, LinkedRequest.Key> {

	List<LinkedRequest> findByKeyNoticeIdOrderByRaisedAtAsc(UUID noticeId);

	List<LinkedRequest> findByKeyRequestId(UUID requestId);

	List<LinkedRequest> findByRequesterId(UUID requesterId);

}
