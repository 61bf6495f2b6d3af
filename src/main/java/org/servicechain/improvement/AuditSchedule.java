package org.servicechain.improvement;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.feedback.FeedbackChannel;

/**
 * An audit as a manager schedules it (FB-7): the checklist, the subject (a party of the
 * chain for a team or partner checklist, a channel for a channel one), the auditor, the
 * due date and, if it recurs, every how many weeks or months.
 */
public record AuditSchedule(@Nullable UUID templateId, @Nullable UUID subjectPartyId,
		@Nullable FeedbackChannel subjectChannel, @Nullable String auditor, @Nullable LocalDate dueOn,
		@Nullable RecurrenceUnit recurUnit, @Nullable Integer recurEvery) {

}
