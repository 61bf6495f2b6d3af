package org.servicechain.complaints;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;

/**
 * One version of the complaints policy (CMP-2): written once, never changed. The policy
 * in force is the highest number.
 */
@Entity
@Immutable
@Table(name = "complaint_policy")
class ComplaintPolicyVersion extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(nullable = false)
	private int number;

	@Column(name = "calendar_id", nullable = false)
	private UUID calendarId;

	@Column(name = "acknowledge_seconds", nullable = false)
	private long acknowledgeSeconds;

	@Column(name = "apologise_seconds", nullable = false)
	private long apologiseSeconds;

	@Column(name = "analyse_seconds", nullable = false)
	private long analyseSeconds;

	@Column(name = "act_seconds", nullable = false)
	private long actSeconds;

	@Column(name = "assure_seconds", nullable = false)
	private long assureSeconds;

	@Column(name = "warning_percent", nullable = false)
	private int warningPercent;

	@Column(name = "follow_up_days", nullable = false)
	private int followUpDays;

	@Column(name = "discretion_limit", nullable = false, precision = 12, scale = 2)
	private BigDecimal discretionLimit;

	@Column(name = "senior_threshold", precision = 12, scale = 2)
	private @Nullable BigDecimal seniorThreshold;

	@Column(name = "senior_level")
	private @Nullable Integer seniorLevel;

	@Column(name = "ombudsman_name", nullable = false, length = 200)
	private String ombudsmanName;

	@Column(name = "ombudsman_months", nullable = false)
	private int ombudsmanMonths;

	@Column(name = "acknowledge_template", nullable = false, length = 4000)
	private String acknowledgeTemplate;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 100)
	private String createdBy;

	protected ComplaintPolicyVersion() {
		this.id = UUID.randomUUID();
		this.calendarId = this.id;
		this.discretionLimit = BigDecimal.ZERO;
		this.ombudsmanName = "";
		this.acknowledgeTemplate = "";
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
	}

	ComplaintPolicyVersion(int number, PolicyDetails details, Instant createdAt, String createdBy) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.calendarId = details.calendarId();
		this.acknowledgeSeconds = details.acknowledge().toSeconds();
		this.apologiseSeconds = details.apologise().toSeconds();
		this.analyseSeconds = details.analyse().toSeconds();
		this.actSeconds = details.act().toSeconds();
		this.assureSeconds = details.assure().toSeconds();
		this.warningPercent = details.warningPercent();
		this.followUpDays = details.followUpDays();
		this.discretionLimit = details.discretionLimit();
		this.seniorThreshold = details.seniorThreshold();
		this.seniorLevel = details.seniorLevel();
		this.ombudsmanName = details.ombudsmanName().strip();
		this.ombudsmanMonths = details.ombudsmanMonths();
		this.acknowledgeTemplate = details.acknowledgeTemplate().strip();
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	int getNumber() {
		return this.number;
	}

	UUID getCalendarId() {
		return this.calendarId;
	}

	int getWarningPercent() {
		return this.warningPercent;
	}

	int getFollowUpDays() {
		return this.followUpDays;
	}

	int getOmbudsmanMonths() {
		return this.ombudsmanMonths;
	}

	String getOmbudsmanName() {
		return this.ombudsmanName;
	}

	String getAcknowledgeTemplate() {
		return this.acknowledgeTemplate;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Map<ComplaintStep, Duration> targets() {
		Map<ComplaintStep, Duration> targets = new EnumMap<>(ComplaintStep.class);
		targets.put(ComplaintStep.ACKNOWLEDGE, Duration.ofSeconds(this.acknowledgeSeconds));
		targets.put(ComplaintStep.APOLOGISE, Duration.ofSeconds(this.apologiseSeconds));
		targets.put(ComplaintStep.ANALYSE, Duration.ofSeconds(this.analyseSeconds));
		targets.put(ComplaintStep.ACT, Duration.ofSeconds(this.actSeconds));
		targets.put(ComplaintStep.ASSURE, Duration.ofSeconds(this.assureSeconds));
		return targets;
	}

	RemedyAuthorityPolicy.Limits limits() {
		return new RemedyAuthorityPolicy.Limits(this.discretionLimit, this.seniorThreshold, this.seniorLevel);
	}

	PolicyView toView(String calendarName, Duration workingDay) {
		return new PolicyView(this.id, this.number, this.calendarId, calendarName, targets(), this.warningPercent,
				this.followUpDays, this.discretionLimit, this.seniorThreshold, this.seniorLevel, this.ombudsmanName,
				this.ombudsmanMonths, this.acknowledgeTemplate, this.createdAt, this.createdBy, workingDay);
	}

	PolicyDetails toDetails() {
		Map<ComplaintStep, Duration> targets = targets();
		return new PolicyDetails(this.calendarId, targets.get(ComplaintStep.ACKNOWLEDGE),
				targets.get(ComplaintStep.APOLOGISE), targets.get(ComplaintStep.ANALYSE),
				targets.get(ComplaintStep.ACT), targets.get(ComplaintStep.ASSURE), this.warningPercent,
				this.followUpDays, this.discretionLimit, this.seniorThreshold, this.seniorLevel, this.ombudsmanName,
				this.ombudsmanMonths, this.acknowledgeTemplate);
	}

}
