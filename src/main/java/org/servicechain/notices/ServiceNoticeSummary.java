package org.servicechain.notices;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A service notice in a list.
 */
public record ServiceNoticeSummary(UUID id, long version, String reference, NoticeKind kind, String subjectName,
		String title, Instant startsAt, @Nullable Instant endsAt, @Nullable Instant clearedAt, int affectedParties,
		int updates) {

	public boolean cleared() {
		return this.clearedAt != null;
	}

	public String kindLabel() {
		return this.kind.label();
	}

}
