package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Meetings extends JpaRepository<Meeting, UUID> {

	/**
	 * Every meeting a member of staff may see: all partner reviews, and the 1:1s they
	 * take part in (managers and administrators pass {@code true} to see all).
	 */
	@Query("select m from Meeting m where m.kind = org.servicechain.reviews.MeetingKind.PARTNER_REVIEW or ?2 = true"
			+ " or m.person = ?1 or m.manager = ?1")
	Page<Meeting> findVisibleToStaff(String username, boolean everyOneToOne, Pageable page);

	@Query("select m from Meeting m where m.kind = org.servicechain.reviews.MeetingKind.PARTNER_REVIEW and m.partyId = ?1")
	Page<Meeting> findPartnerReviewsOf(UUID partyId, Pageable page);

	Page<Meeting> findBySeriesId(UUID seriesId, Pageable page);

	@Query("select m from Meeting m where m.kind = org.servicechain.reviews.MeetingKind.ONE_TO_ONE"
			+ " and m.status = org.servicechain.reviews.MeetingStatus.HELD and (m.person = ?1 or m.manager = ?1)"
			+ " order by m.heldOn desc, m.id")
	List<Meeting> findHeldOneToOnesOf(String username, Pageable page);

	List<Meeting> findBySeriesIdOrderByHeldOnAsc(UUID seriesId);

	Optional<Meeting> findFirstBySeriesIdAndHeldOnBeforeOrderByHeldOnDesc(UUID seriesId, LocalDate day);

	Optional<Meeting> findFirstBySeriesIdOrderByHeldOnDesc(UUID seriesId);

}
