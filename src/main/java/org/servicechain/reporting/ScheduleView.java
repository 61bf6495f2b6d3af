package org.servicechain.reporting;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A scheduled report.
 *
 * @param lastOutcome what the last mailing did, e.g. "mailed" or why it was not
 */
public record ScheduleView(UUID id, long version, ReportKind kind, String filters, ReportFrequency frequency,
		Instant nextRunAt, @Nullable Instant lastRunAt, @Nullable String lastOutcome) {

}
