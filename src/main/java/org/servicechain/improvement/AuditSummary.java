package org.servicechain.improvement;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An audit in a list (FB-7).
 */
public record AuditSummary(UUID id, String reference, String templateName, AuditKind kind, AuditSubjectKind subjectKind,
		String subjectKey, String subjectName, String auditorName, LocalDate dueOn, AuditStatus status, boolean overdue,
		@Nullable Double score, int findings) {

}
