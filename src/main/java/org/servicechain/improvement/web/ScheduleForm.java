package org.servicechain.improvement.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.feedback.FeedbackChannel;
import org.servicechain.improvement.AuditSchedule;
import org.servicechain.improvement.RecurrenceUnit;

/**
 * The form that schedules an audit (FB-7).
 */
record ScheduleForm(@Nullable UUID templateId, @Nullable UUID subjectPartyId, @Nullable FeedbackChannel subjectChannel,
		@Nullable String auditor, @Nullable LocalDate dueOn, @Nullable RecurrenceUnit recurUnit,
		@Nullable Integer recurEvery) {

	static ScheduleForm empty(@Nullable UUID templateId) {
		return new ScheduleForm(templateId, null, null, "", LocalDate.now().plusWeeks(2), null, null);
	}

	AuditSchedule toSchedule() {
		return new AuditSchedule(this.templateId, this.subjectPartyId, this.subjectChannel, this.auditor, this.dueOn,
				this.recurUnit, this.recurEvery);
	}

}
