package org.servicechain.improvement;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * Something an audit found (FB-7), numbered within the audit, and the improvement action
 * raised from it (the feedback module's, by id).
 */
@Embeddable
class AuditFinding {

	@Column(nullable = false)
	private int number;

	@Column(name = "item_position")
	private @Nullable Integer itemPosition;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private FindingSeverity severity;

	@Column(nullable = false, length = 2000)
	private String text;

	@Column(name = "action_id")
	private @Nullable UUID actionId;

	@Column(name = "action_title", length = 200)
	private @Nullable String actionTitle;

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected AuditFinding() {
	}

	AuditFinding(int number, @Nullable Integer itemPosition, FindingSeverity severity, String text, String recordedBy,
			Instant recordedAt) {
		this.number = number;
		this.itemPosition = itemPosition;
		this.severity = severity;
		this.text = text;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	void raised(UUID actionId, String actionTitle) {
		this.actionId = actionId;
		this.actionTitle = actionTitle;
	}

	int getNumber() {
		return this.number;
	}

	@Nullable Integer getItemPosition() {
		return this.itemPosition;
	}

	FindingSeverity getSeverity() {
		return this.severity;
	}

	String getText() {
		return this.text;
	}

	@Nullable UUID getActionId() {
		return this.actionId;
	}

	@Nullable String getActionTitle() {
		return this.actionTitle;
	}

	String getRecordedBy() {
		return this.recordedBy;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

}
