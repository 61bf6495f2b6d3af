package org.servicechain.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RelationshipInvitations extends JpaRepository<RelationshipInvitation, UUID> {

	List<RelationshipInvitation> findByPartyIdOrderByInvitedAtDesc(UUID partyId);

	List<RelationshipInvitation> findByRecipientAndAnsweredAtIsNullAndExpiresAtAfterOrderByInvitedAtDesc(
			String recipient, Instant now);

	List<RelationshipInvitation> findAllByOrderByInvitedAtDesc();

}
