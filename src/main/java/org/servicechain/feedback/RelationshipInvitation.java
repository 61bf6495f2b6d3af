package org.servicechain.feedback;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;

/**
 * One person of a party of the chain asked how they rate us (FB-1, PM-2): a partnership
 * is two-sided, so the partner or internal team we score on its scorecard scores us back.
 * It is answered once, by that signed-in person only, until it expires, like a survey
 * about a request; it has no link token because the people asked have accounts and the
 * page asks them to sign in.
 */
@Entity
@Table(name = "relationship_invitation")
class RelationshipInvitation extends AssignedIdEntity {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "survey_id", nullable = false)
	private UUID surveyId;

	@Column(name = "party_id", nullable = false)
	private UUID partyId;

	@Column(nullable = false, length = 100)
	private String recipient;

	@Column(name = "sent_by", nullable = false, length = 100)
	private String sentBy;

	@Column(name = "invited_at", nullable = false)
	private Instant invitedAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "answered_at")
	private @Nullable Instant answeredAt;

	private @Nullable Integer score;

	@Column(length = 4000)
	private @Nullable String comment;

	private @Nullable Double sentiment;

	protected RelationshipInvitation() {
		this.id = UUID.randomUUID();
		this.surveyId = this.id;
		this.partyId = this.id;
		this.recipient = "";
		this.sentBy = "";
		this.invitedAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	RelationshipInvitation(UUID surveyId, UUID partyId, String recipient, String sentBy, Instant invitedAt,
			Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.surveyId = surveyId;
		this.partyId = partyId;
		this.recipient = recipient;
		this.sentBy = sentBy;
		this.invitedAt = invitedAt;
		this.expiresAt = expiresAt;
	}

	void answer(int score, @Nullable String comment, double sentiment, Instant at) {
		this.score = score;
		this.comment = (comment == null || comment.isBlank()) ? null : comment.strip();
		this.sentiment = sentiment;
		this.answeredAt = at;
	}

	boolean answered() {
		return this.answeredAt != null;
	}

	boolean expiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	boolean openAt(Instant now) {
		return !answered() && !expiredAt(now);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	UUID getSurveyId() {
		return this.surveyId;
	}

	UUID getPartyId() {
		return this.partyId;
	}

	String getRecipient() {
		return this.recipient;
	}

	Instant getInvitedAt() {
		return this.invitedAt;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	@Nullable Instant getAnsweredAt() {
		return this.answeredAt;
	}

	@Nullable Integer getScore() {
		return this.score;
	}

	@Nullable String getComment() {
		return this.comment;
	}

}
