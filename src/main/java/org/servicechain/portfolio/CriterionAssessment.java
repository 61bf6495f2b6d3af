package org.servicechain.portfolio;

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

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * The assessor's mark on one criterion of one portfolio, with their comment: "working
 * towards" or "signed off". Marked again, it changes; the audit trail keeps the earlier
 * marks.
 */
@Entity
@Table(name = "portfolio_assessment")
class CriterionAssessment extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "portfolio_id")
	private UUID portfolioId;

	@Column(name = "criterion_code")
	private String criterionCode;

	@Enumerated(EnumType.STRING)
	private AssessmentStatus status;

	private String comment;

	private String assessor;

	@Column(name = "assessor_name")
	private String assessorName;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected CriterionAssessment() {
		this.id = UUID.randomUUID();
		this.portfolioId = this.id;
		this.criterionCode = "";
		this.status = AssessmentStatus.WORKING_TOWARDS;
		this.comment = "";
		this.assessor = "";
		this.assessorName = "";
		this.decidedAt = Instant.EPOCH;
	}

	CriterionAssessment(UUID portfolioId, String criterionCode) {
		this();
		this.portfolioId = portfolioId;
		this.criterionCode = criterionCode;
	}

	void mark(AssessmentStatus status, String comment, String assessor, String assessorName, Instant at) {
		this.status = status;
		this.comment = comment;
		this.assessor = assessor;
		this.assessorName = assessorName;
		this.decidedAt = at;
	}

	String getCriterionCode() {
		return this.criterionCode;
	}

	AssessmentView toView() {
		return new AssessmentView(this.criterionCode, this.version, this.status, this.comment, this.assessorName,
				this.decidedAt);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("Criterion", this.criterionCode);
		snapshot.put("Status", this.status.label());
		snapshot.put("Comment", this.comment);
		return snapshot;
	}

}
