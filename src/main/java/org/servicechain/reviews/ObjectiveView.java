package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A SMART objective with its progress computed from the data (PM-1): specific text, the
 * live metric it is measured by, baseline and target, whose judgement says it is
 * achievable, the service it is relevant to, and the deadline.
 */
public record ObjectiveView(UUID id, long version, ObjectiveSubject subject, String subjectName, @Nullable UUID partyId,
		String specific, ObjectiveMetric metric, double baseline, double target, LocalDate startsOn, LocalDate deadline,
		@Nullable UUID serviceId, @Nullable String serviceName, String achievableBy, ObjectiveProgress progress,
		@Nullable ObjectiveOutcome outcome, @Nullable String outcomeNote, @Nullable LocalDate closedOn,
		@Nullable String closedBy) {

	public boolean closed() {
		return this.outcome != null;
	}

}
