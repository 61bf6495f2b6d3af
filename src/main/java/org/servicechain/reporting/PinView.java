package org.servicechain.reporting;

import java.time.Instant;
import java.util.UUID;

/**
 * A pinned chart.
 *
 * @param filters the report's filters as a query string, without the period
 */
public record PinView(UUID id, long version, ReportKind kind, String filters, Instant createdAt) {

}
