package org.servicechain.notices;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeDeliveries extends JpaRepository<NoticeDelivery, UUID> {

	List<NoticeDelivery> findByNoticeIdOrderByRoundAscPartyNameAscPersonNameAsc(UUID noticeId);

	List<NoticeDelivery> findByNoticeIdAndRound(UUID noticeId, int round);

}
