package org.servicechain.feedback;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A decision on a theme: what, why, who and when (FB-5).
 */
public record DecisionView(UUID id, String theme, ThemeDecisionKind decision, String reason, String decidedByName,
		Instant decidedAt, @Nullable UUID alertId) {

}
