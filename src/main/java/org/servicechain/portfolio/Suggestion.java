package org.servicechain.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A record of the practitioner's own work that could evidence criteria, with the criteria
 * it usually shows ({@link SuggestionPolicy}). Customers are named by id only.
 *
 * @param chosen whether it is in the portfolio already
 */
public record Suggestion(EvidenceSource kind, UUID sourceId, String reference, String title, Instant occurredAt,
		@Nullable UUID customerId, @Nullable Boolean customerInternal, List<String> criteria, boolean chosen) {

	Suggestion withChosen(boolean value) {
		return new Suggestion(this.kind, this.sourceId, this.reference, this.title, this.occurredAt, this.customerId,
				this.customerInternal, this.criteria, value);
	}

}
