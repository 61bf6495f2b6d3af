package org.servicechain.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence in a portfolio: the record, what the practitioner did and why, the
 * criteria it is mapped to and the witnesses asked to confirm it.
 */
public record EvidenceView(UUID id, long version, EvidenceSource kind, UUID sourceId, String reference, String title,
		Instant occurredAt, @Nullable Boolean customerInternal, String annotation, List<String> criteria,
		List<WitnessView> witnesses, Instant addedAt) {

	public boolean confirmed() {
		return this.witnesses.stream().anyMatch((w) -> Boolean.TRUE.equals(w.confirmed()));
	}

}
