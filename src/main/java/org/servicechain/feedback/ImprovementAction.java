package org.servicechain.feedback;

import java.time.Instant;
import java.time.LocalDate;
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
 * An improvement action (FB-6; B10 2.7, 2.8; 328 6.3, 10.3): an owner, a SMART target on
 * a metric read from live data (a survey score, a complaint count, a theme's mentions),
 * the baseline measured when it started, a deadline, a status, and the feedback,
 * complaints and alert behind it. Whether it worked is derived from the live metric,
 * never stored.
 */
@Entity
@Table(name = "improvement_action")
class ImprovementAction extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 100)
	private String owner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ActionMetric metric;

	@Column(name = "survey_id")
	private @Nullable UUID surveyId;

	@Column(name = "service_id")
	private @Nullable UUID serviceId;

	@Column(length = 200)
	private @Nullable String theme;

	@Column(name = "agreement_id")
	private @Nullable UUID agreementId;

	private @Nullable Double baseline;

	@Column(nullable = false)
	private double target;

	@Column(nullable = false)
	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ActionStatus status;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "started_by", nullable = false, length = 100)
	private String startedBy;

	@Column(name = "alert_id")
	private @Nullable UUID alertId;

	@Column(length = 2000)
	private @Nullable String links;

	protected ImprovementAction() {
		this.id = UUID.randomUUID();
		this.title = "";
		this.owner = "";
		this.metric = ActionMetric.SURVEY_SCORE;
		this.deadline = LocalDate.EPOCH;
		this.status = ActionStatus.OPEN;
		this.startedAt = Instant.EPOCH;
		this.startedBy = "";
	}

	ImprovementAction(ActionDetails details, @Nullable Double baseline, Instant startedAt, String startedBy) {
		this.id = UUID.randomUUID();
		this.title = details.title().strip();
		this.owner = details.owner();
		this.metric = details.metric();
		this.surveyId = (details.metric() == ActionMetric.SURVEY_SCORE) ? details.surveyId() : null;
		this.serviceId = (details.metric() == ActionMetric.COMPLAINT_COUNT) ? details.serviceId() : null;
		this.theme = (details.metric() == ActionMetric.THEME_MENTIONS && details.theme() != null)
				? details.theme().strip().toLowerCase(java.util.Locale.ROOT) : null;
		this.agreementId = (details.metric() == ActionMetric.CLOCK_COMPLIANCE) ? details.agreementId() : null;
		this.baseline = baseline;
		this.target = details.target();
		this.deadline = details.deadline();
		this.status = ActionStatus.OPEN;
		this.startedAt = startedAt;
		this.startedBy = startedBy;
		this.alertId = details.alertId();
		this.links = (details.links() == null || details.links().isBlank()) ? null : details.links().strip();
	}

	void changeStatus(ActionStatus status) {
		this.status = status;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	String getTitle() {
		return this.title;
	}

	String getOwner() {
		return this.owner;
	}

	ActionMetric getMetric() {
		return this.metric;
	}

	@Nullable UUID getSurveyId() {
		return this.surveyId;
	}

	@Nullable UUID getServiceId() {
		return this.serviceId;
	}

	@Nullable String getTheme() {
		return this.theme;
	}

	@Nullable UUID getAgreementId() {
		return this.agreementId;
	}

	@Nullable Double getBaseline() {
		return this.baseline;
	}

	double getTarget() {
		return this.target;
	}

	LocalDate getDeadline() {
		return this.deadline;
	}

	ActionStatus getStatus() {
		return this.status;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	@Nullable UUID getAlertId() {
		return this.alertId;
	}

	@Nullable String getLinks() {
		return this.links;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("title", this.title);
		snapshot.put("owner", this.owner);
		snapshot.put("metric", this.metric.name());
		if (this.agreementId != null) {
			snapshot.put("agreementId", this.agreementId.toString());
		}
		snapshot.put("baseline", (this.baseline != null) ? this.baseline.toString() : null);
		snapshot.put("target", String.valueOf(this.target));
		snapshot.put("deadline", this.deadline.toString());
		snapshot.put("status", this.status.name());
		return snapshot;
	}

}
