package org.servicechain.portfolio;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A record the practitioner chooses as evidence, what they did and why, and the criteria
 * it shows (codes such as {@code B9 2.3}).
 */
public record NewEvidence(@Nullable EvidenceSource kind, @Nullable UUID sourceId, @Nullable String annotation,
		@Nullable List<String> criteria) {

}
