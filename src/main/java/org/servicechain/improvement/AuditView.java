package org.servicechain.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An audit as its page and the API show it (FB-7), with what the caller may do.
 *
 * @param score the weighted score so far (final once completed), in percent
 * @param overdue past its due date and neither completed nor cancelled
 */
public record AuditView(UUID id, long version, String reference, UUID templateId, String templateName,
		int templateRevision, AuditKind kind, AuditSubjectKind subjectKind, @Nullable UUID subjectPartyId,
		@Nullable String subjectChannel, String subjectName, String auditor, String auditorName, LocalDate dueOn,
		AuditStatus status, boolean overdue, @Nullable String recurrence, @Nullable Double score,
		@Nullable Instant startedAt, @Nullable Instant completedAt, @Nullable String cancelReason,
		@Nullable String previousReference, @Nullable UUID previousId, @Nullable String nextReference,
		@Nullable UUID nextId, List<Item> items, List<Finding> findings, boolean canConduct, boolean canManage) {

	/**
	 * One item as the audit keeps it.
	 */
	public record Item(int position, String question, @Nullable String guidance, int weight,
			@Nullable ItemResult result, @Nullable String note) {

	}

	/**
	 * A finding, with the improvement action it raised.
	 */
	public record Finding(int number, @Nullable Integer itemPosition, FindingSeverity severity, String text,
			@Nullable UUID actionId, @Nullable String actionTitle, String recordedByName, Instant recordedAt) {

	}

	public boolean open() {
		return this.status == AuditStatus.SCHEDULED || this.status == AuditStatus.IN_PROGRESS;
	}

	public int answered() {
		return (int) this.items.stream().filter((item) -> item.result() != null).count();
	}

}
