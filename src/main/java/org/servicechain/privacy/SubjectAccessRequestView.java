package org.servicechain.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A subject access request as shown and returned by the API.
 *
 * @param dueOn the last day for the answer, with any extension
 * @param daysLeft days from today to the due date (negative when overdue)
 * @param overdue open and past its due date
 * @param dueSoon open and due within {@value SubjectAccessDeadline#DUE_SOON_DAYS} days
 * @param next the statuses it may move to now
 * @param exportAvailable whether the export (JSON and PDF) can be downloaded
 */
public record SubjectAccessRequestView(UUID id, long version, String reference, DataSubject.Kind subjectKind,
		UUID subjectId, LocalDate receivedOn, ReceivedVia receivedVia, @Nullable String note, String handler,
		SubjectAccessStatus status, @Nullable String identityVerifiedBy, @Nullable Instant identityVerifiedAt,
		int extensionMonths, @Nullable String extensionReason, LocalDate dueOn, long daysLeft, boolean overdue,
		boolean dueSoon, @Nullable String refusalReason, @Nullable Instant completedAt, boolean completedLate,
		List<SubjectAccessStatus> next, boolean exportAvailable, Instant createdAt) {

}
