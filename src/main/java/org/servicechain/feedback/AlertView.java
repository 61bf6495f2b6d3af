package org.servicechain.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A theme alert (FB-4): what recurred, how often, whom it was sent to, the texts behind
 * it, and whether it was acknowledged and answered by a decision.
 */
public record AlertView(UUID id, long version, String theme, String label, int mentions, int customers, int windowDays,
		@Nullable String partyName, List<String> examples, List<String> recipientNames, Instant raisedAt,
		@Nullable String acknowledgedByName, @Nullable Instant acknowledgedAt, @Nullable DecisionView decision) {

	public boolean open() {
		return this.decision == null;
	}

}
