package org.servicechain.portfolio;

import java.time.Instant;

/**
 * The assessor's mark on a criterion.
 */
public record AssessmentView(String criterion, long version, AssessmentStatus status, String comment,
		String assessorName, Instant decidedAt) {

}
