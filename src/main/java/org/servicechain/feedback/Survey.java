package org.servicechain.feedback;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * A survey a manager designed (FB-1): its kind and scale, the question in the manager's
 * words and an open question after it, and the rule that sends it after a request is
 * resolved: which service, which requesters, what share of them, how long a customer is
 * left alone after being surveyed, and how long the link stays valid.
 */
@Entity
@Table(name = "feedback_survey")
class Survey extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private SurveyKind kind;

	@Column(nullable = false, length = 500)
	private String question;

	@Column(name = "comment_question", nullable = false, length = 500)
	private String commentQuestion;

	@Column(name = "service_id")
	private @Nullable UUID serviceId;

	@Enumerated(EnumType.STRING)
	@Column(name = "requester_scope", nullable = false, length = 20)
	private RequesterScope requesterScope;

	@Column(name = "sampling_percent", nullable = false)
	private int samplingPercent;

	@Column(name = "quiet_days", nullable = false)
	private int quietDays;

	@Column(name = "valid_days", nullable = false)
	private int validDays;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 100)
	private String createdBy;

	protected Survey() {
		this.id = UUID.randomUUID();
		this.name = "";
		this.kind = SurveyKind.CSAT;
		this.question = "";
		this.commentQuestion = "";
		this.requesterScope = RequesterScope.ANY;
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
	}

	Survey(SurveyDetails details, Instant at, String by) {
		this.id = UUID.randomUUID();
		this.createdAt = at;
		this.createdBy = by;
		this.name = "";
		this.kind = SurveyKind.CSAT;
		this.question = "";
		this.commentQuestion = "";
		this.requesterScope = RequesterScope.ANY;
		change(details);
	}

	void change(SurveyDetails details) {
		this.name = details.name().strip();
		this.kind = details.kind();
		this.question = details.question().strip();
		this.commentQuestion = details.commentQuestion().strip();
		this.serviceId = details.serviceId();
		this.requesterScope = details.requesterScope();
		this.samplingPercent = details.samplingPercent();
		this.quietDays = details.quietDays();
		this.validDays = details.validDays();
		this.active = details.active();
	}

	boolean covers(UUID serviceId, boolean requesterInternal) {
		return this.active && (this.serviceId == null || this.serviceId.equals(serviceId))
				&& this.requesterScope.covers(requesterInternal);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	String getName() {
		return this.name;
	}

	SurveyKind getKind() {
		return this.kind;
	}

	String getQuestion() {
		return this.question;
	}

	String getCommentQuestion() {
		return this.commentQuestion;
	}

	@Nullable UUID getServiceId() {
		return this.serviceId;
	}

	RequesterScope getRequesterScope() {
		return this.requesterScope;
	}

	int getSamplingPercent() {
		return this.samplingPercent;
	}

	int getQuietDays() {
		return this.quietDays;
	}

	int getValidDays() {
		return this.validDays;
	}

	boolean isActive() {
		return this.active;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("name", this.name);
		snapshot.put("kind", this.kind.name());
		snapshot.put("question", this.question);
		snapshot.put("commentQuestion", this.commentQuestion);
		snapshot.put("serviceId", (this.serviceId != null) ? this.serviceId.toString() : null);
		snapshot.put("requesterScope", this.requesterScope.name());
		snapshot.put("samplingPercent", String.valueOf(this.samplingPercent));
		snapshot.put("quietDays", String.valueOf(this.quietDays));
		snapshot.put("validDays", String.valueOf(this.validDays));
		snapshot.put("active", String.valueOf(this.active));
		return snapshot;
	}

}
