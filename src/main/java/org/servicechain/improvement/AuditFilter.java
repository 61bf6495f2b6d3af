package org.servicechain.improvement;

import org.jspecify.annotations.Nullable;

/**
 * Which audits a list shows (FB-7).
 *
 * @param subject a party id or a channel name, as {@link AuditSummary#subjectKey()}
 */
public record AuditFilter(@Nullable AuditStatus status, @Nullable String subject, boolean overdueOnly) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, false);
	}

}
