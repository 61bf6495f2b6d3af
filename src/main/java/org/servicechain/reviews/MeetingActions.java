package org.servicechain.reviews;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingActions extends JpaRepository<MeetingAction, UUID> {

	List<MeetingAction> findBySeriesIdOrderByDueOnAscCreatedAtAsc(UUID seriesId);

	List<MeetingAction> findByOwnerNameAndPartnerOwnedFalseOrderByCreatedAtDesc(String ownerName,
			org.springframework.data.domain.Pageable page);

	long countBySeriesIdAndStatus(UUID seriesId, ActionStatus status);

}
