package org.servicechain.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyInvitations extends JpaRepository<SurveyInvitation, UUID> {

	Optional<SurveyInvitation> findByTokenHash(String tokenHash);

	@Query("select max(i.invitedAt) from SurveyInvitation i where i.customerId = ?1")
	Optional<Instant> lastInvitedAt(UUID customerId);

	boolean existsByRequestIdAndInvitedAtAfter(UUID requestId, Instant after);

	/** Unanswered invitations sent before the given instant, not reminded, still open. */
	java.util.List<SurveyInvitation> findTop200ByAnsweredAtIsNullAndRemindedAtIsNullAndInvitedAtBeforeAndExpiresAtAfterOrderByInvitedAt(
			Instant sentBefore, Instant openAfter);

	List<SurveyInvitation> findByAnsweredAtIsNotNullOrderByAnsweredAtDesc();

	List<SurveyInvitation> findByAnsweredAtGreaterThanEqualAndAnsweredAtLessThan(java.time.Instant from,
			java.time.Instant to);

	List<SurveyInvitation> findByCustomerIdAndAnsweredAtIsNullAndExpiresAtAfterOrderByInvitedAtDesc(UUID customerId,
			Instant now);

	List<SurveyInvitation> findAllByOrderByInvitedAtDesc();

	List<SurveyInvitation> findByCustomerIdOrderByInvitedAtDesc(UUID customerId);

	List<SurveyInvitation> findByCommentIsNotNull();

	List<SurveyInvitation> findByRequestIdInAndAnsweredAtIsNotNullOrderByAnsweredAtDesc(
			java.util.Collection<UUID> requestIds);

}
