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
 * What was decided about a recurring theme (FB-5; B10 4.5): act, monitor or no action,
 * with the reason and who decided; linked to the alert it answers, if any. A later
 * decision on the same theme supersedes an earlier one; both are kept.
 */
@Entity
@Table(name = "feedback_theme_decision")
class ThemeDecision extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, length = 200)
	private String theme;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ThemeDecisionKind decision;

	@Column(nullable = false, length = 2000)
	private String reason;

	@Column(name = "decided_by", nullable = false, length = 100)
	private String decidedBy;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	@Column(name = "alert_id")
	private @Nullable UUID alertId;

	protected ThemeDecision() {
		this.id = UUID.randomUUID();
		this.theme = "";
		this.decision = ThemeDecisionKind.MONITOR;
		this.reason = "";
		this.decidedBy = "";
		this.decidedAt = Instant.EPOCH;
	}

	ThemeDecision(String theme, ThemeDecisionKind decision, String reason, String decidedBy, Instant decidedAt,
			@Nullable UUID alertId) {
		this.id = UUID.randomUUID();
		this.theme = theme;
		this.decision = decision;
		this.reason = reason;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		this.alertId = alertId;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	String getTheme() {
		return this.theme;
	}

	ThemeDecisionKind getDecision() {
		return this.decision;
	}

	String getReason() {
		return this.reason;
	}

	String getDecidedBy() {
		return this.decidedBy;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	@Nullable UUID getAlertId() {
		return this.alertId;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("theme", this.theme);
		snapshot.put("decision", this.decision.name());
		snapshot.put("reason", this.reason);
		snapshot.put("alertId", (this.alertId != null) ? this.alertId.toString() : null);
		return snapshot;
	}

}
