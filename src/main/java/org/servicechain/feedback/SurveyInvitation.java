package org.servicechain.feedback;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;

/**
 * One survey sent about one resolved request (FB-1), and its answer. The link's token is
 * never stored, only its SHA-256 hash, so the table does not hold working links. It can
 * be answered once, until it expires. The answer is tied to the request, its service, the
 * team that owns it and every party of the chain that worked on it (its tasks).
 */
@Entity
@Table(name = "survey_invitation")
class SurveyInvitation extends AssignedIdEntity {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "survey_id", nullable = false)
	private UUID surveyId;

	@Column(name = "token_hash", nullable = false, unique = true, length = 64)
	private String tokenHash;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(name = "request_reference", nullable = false, length = 40)
	private String requestReference;

	@Column(name = "customer_id", nullable = false)
	private UUID customerId;

	@Column(name = "customer_internal", nullable = false)
	private boolean customerInternal;

	@Column(name = "service_id", nullable = false)
	private UUID serviceId;

	@Column(name = "team_id", nullable = false)
	private UUID teamId;

	/** The chain's parties that worked on the request, space separated. */
	@Column(nullable = false, length = 2000)
	private String parties;

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

	/** A SERVQUAL answer's ten statements ({@link ServqualAnswer#stored()}). */
	@Column(length = 200)
	private @Nullable String servqual;

	@Column(name = "reminded_at")
	private @Nullable Instant remindedAt;

	protected SurveyInvitation() {
		this.id = UUID.randomUUID();
		this.surveyId = this.id;
		this.tokenHash = "";
		this.requestId = this.id;
		this.requestReference = "";
		this.customerId = this.id;
		this.serviceId = this.id;
		this.teamId = this.id;
		this.parties = "";
		this.invitedAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	SurveyInvitation(UUID surveyId, String tokenHash, Subject subject, Instant invitedAt, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.surveyId = surveyId;
		this.tokenHash = tokenHash;
		this.requestId = subject.requestId();
		this.requestReference = subject.reference();
		this.customerId = subject.customerId();
		this.customerInternal = subject.customerInternal();
		this.serviceId = subject.serviceId();
		this.teamId = subject.teamId();
		this.parties = String.join(" ", subject.parties().stream().map(UUID::toString).toList());
		this.invitedAt = invitedAt;
		this.expiresAt = expiresAt;
	}

	/**
	 * What a survey is about: the resolved request and who worked on it.
	 */
	record Subject(UUID requestId, String reference, UUID customerId, boolean customerInternal, UUID serviceId,
			UUID teamId, List<UUID> parties) {

	}

	void answer(int score, @Nullable String comment, double sentiment, Instant at) {
		this.score = score;
		this.comment = (comment == null || comment.isBlank()) ? null : comment.strip();
		this.sentiment = sentiment;
		this.answeredAt = at;
	}

	/**
	 * Answers a SERVQUAL survey: the ten statements, and their gaps' sum as the score.
	 */
	void answer(ServqualAnswer answers, @Nullable String comment, double sentiment, Instant at) {
		answer(answers.gapSum(), comment, sentiment, at);
		this.servqual = answers.stored();
	}

	@Nullable ServqualAnswer getServqual() {
		return ServqualAnswer.parse(this.servqual);
	}

	/**
	 * Erasure (REC-5): the comment is the person's own words and goes; the score, its
	 * tone and the dates stay, so the statistics stay true without saying who gave them.
	 */
	void eraseComment() {
		this.comment = null;
	}

	/**
	 * Replaces the comment with one whose mentions of a person were pseudonymised.
	 */
	void redactComment(@Nullable String comment) {
		this.comment = comment;
	}

	boolean answered() {
		return this.answeredAt != null;
	}

	boolean expiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	boolean concerns(@Nullable UUID partyId) {
		return partyId != null && (partyId.equals(this.teamId) || parties().contains(partyId));
	}

	List<UUID> parties() {
		return this.parties.isBlank() ? List.of()
				: Arrays.stream(this.parties.split(" ")).map(UUID::fromString).toList();
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

	UUID getRequestId() {
		return this.requestId;
	}

	String getRequestReference() {
		return this.requestReference;
	}

	UUID getCustomerId() {
		return this.customerId;
	}

	boolean isCustomerInternal() {
		return this.customerInternal;
	}

	UUID getServiceId() {
		return this.serviceId;
	}

	UUID getTeamId() {
		return this.teamId;
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

	@Nullable Double getSentiment() {
		return this.sentiment;
	}

	/** Records that the customer was reminded (once). */
	void reminded(Instant at) {
		this.remindedAt = at;
	}

	@Nullable Instant getRemindedAt() {
		return this.remindedAt;
	}

}
