package org.servicechain.feedback;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * A theme that recurred past the threshold within the window (FB-4; B10 2.6, 4.6): who
 * was told (the responsible party's people and the managers), the texts behind it, and
 * whether it was acknowledged and answered by a decision. At most one open alert per
 * theme.
 */
@Entity
@Table(name = "feedback_theme_alert")
class ThemeAlert extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, length = 200)
	private String theme;

	@Column(nullable = false, length = 200)
	private String label;

	@Column(nullable = false)
	private int mentions;

	@Column(nullable = false)
	private int customers;

	@Column(name = "window_days", nullable = false)
	private int windowDays;

	@Column(name = "party_id")
	private @Nullable UUID partyId;

	/** The texts behind the alert, one per line, as they were when it was raised. */
	@Column(nullable = false, length = 4000)
	private String examples;

	@Column(nullable = false, length = 1000)
	private String recipients;

	@Column(name = "raised_at", nullable = false)
	private Instant raisedAt;

	@Column(name = "acknowledged_by", length = 100)
	private @Nullable String acknowledgedBy;

	@Column(name = "acknowledged_at")
	private @Nullable Instant acknowledgedAt;

	@Column(name = "decision_id")
	private @Nullable UUID decisionId;

	protected ThemeAlert() {
		this.id = UUID.randomUUID();
		this.theme = "";
		this.label = "";
		this.examples = "";
		this.recipients = "";
		this.raisedAt = Instant.EPOCH;
	}

	ThemeAlert(ThemeFinder.Theme theme, int windowDays, String recipients, Instant raisedAt) {
		this.id = UUID.randomUUID();
		this.theme = cut(theme.key(), 200);
		this.label = cut(theme.label(), 200);
		this.mentions = theme.mentions();
		this.customers = theme.customers();
		this.windowDays = windowDays;
		this.partyId = theme.partyId();
		this.examples = cut(String.join("\n",
				theme.texts().stream().limit(8).map((text) -> cut(text.text().replace('\n', ' '), 400)).toList()),
				4000);
		this.recipients = cut(recipients, 1000);
		this.raisedAt = raisedAt;
	}

	private static String cut(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

	void acknowledge(String by, Instant at) {
		if (this.acknowledgedAt == null) {
			this.acknowledgedBy = by;
			this.acknowledgedAt = at;
		}
	}

	void decided(UUID decisionId, String by, Instant at) {
		acknowledge(by, at);
		this.decisionId = decisionId;
	}

	boolean open() {
		return this.decisionId == null;
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

	String getLabel() {
		return this.label;
	}

	int getMentions() {
		return this.mentions;
	}

	int getCustomers() {
		return this.customers;
	}

	int getWindowDays() {
		return this.windowDays;
	}

	@Nullable UUID getPartyId() {
		return this.partyId;
	}

	String getExamples() {
		return this.examples;
	}

	String getRecipients() {
		return this.recipients;
	}

	Instant getRaisedAt() {
		return this.raisedAt;
	}

	@Nullable String getAcknowledgedBy() {
		return this.acknowledgedBy;
	}

	@Nullable Instant getAcknowledgedAt() {
		return this.acknowledgedAt;
	}

	@Nullable UUID getDecisionId() {
		return this.decisionId;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("theme", this.theme);
		snapshot.put("mentions", String.valueOf(this.mentions));
		snapshot.put("acknowledgedBy", this.acknowledgedBy);
		snapshot.put("decisionId", (this.decisionId != null) ? this.decisionId.toString() : null);
		return snapshot;
	}

}
