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

	@Column(length = 500)
	private @Nullable String question;

	@Column(name = "comment_question", length = 500)
	private @Nullable String commentQuestion;

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
			Instant expiresAt, String question, String commentQuestion) {
		this.id = UUID.randomUUID();
		this.surveyId = surveyId;
		this.partyId = partyId;
		this.recipient = recipient;
		this.sentBy = sentBy;
		this.invitedAt = invitedAt;
		this.expiresAt = expiresAt;
		this.question = question;
		this.commentQuestion = commentQuestion;
	}

	/**
	 * Erasure (REC-5): the person becomes the pseudonym and their words go; the score and
	 * the dates stay, so the party's rating is kept without saying who gave it.
	 */
	void pseudonymise(String pseudonym) {
		this.recipient = pseudonym;
		this.comment = null;
		this.sentiment = null;
	}

	/**
	 * Erasure of someone else named in this comment (REC-5): the words with the name
	 * replaced.
	 */
	void redactComment(@Nullable String comment) {
		this.comment = comment;
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

	/**
	 * @return the question asked, or {@literal null} for invitations sent before
	 * relationship surveys had their own wording (they were asked the survey's question)
	 */
	@Nullable String getQuestion() {
		return this.question;
	}

	@Nullable String getCommentQuestion() {
		return this.commentQuestion;
	}

}
