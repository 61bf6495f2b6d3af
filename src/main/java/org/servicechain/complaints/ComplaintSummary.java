package org.servicechain.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A complaint as the register lists it.
 *
 * @param complainant the complainant's name, or a placeholder when not shared
 * @param repeat how many complaints the complainant has made in all
 * @param communicationNeeds whether the complainant has communication needs
 * @param overdue whether a step is breached and not yet done
 */
public record ComplaintSummary(UUID id, String reference, String summary, String complainant, boolean internal,
		@Nullable String serviceName, @Nullable String responsibleName, String category, @Nullable String causeCategory,
		Severity severity, ComplaintStatus status, Instant receivedAt, @Nullable Instant nextDueAt,
		@Nullable Instant resolvedAt, boolean referred, boolean referredOut, boolean communicationNeeds, long repeat,
		boolean overdue, @Nullable Remedy remedy, @Nullable BigDecimal remedyValue) {

	public String scope() {
		return this.internal ? "Internal" : "External";
	}

}
