package org.servicechain.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A disputed figure: who raised it (display name only), about which measure and period,
 * and the answer once given.
 */
public record DisputeView(UUID id, long version, UUID partyId, LocalDate from, LocalDate to, ScorecardMeasure measure,
		String comment, String raisedBy, Instant raisedAt, @Nullable String answer, @Nullable String answeredBy,
		@Nullable Instant answeredAt) {

	public boolean open() {
		return this.answer == null;
	}

}
