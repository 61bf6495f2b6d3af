package org.servicechain.privacy;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A personal-data breach as shown and returned by the API.
 *
 * @param reportDeadline became aware + 72 hours (Art. 33(1))
 * @param hoursLeft whole hours from now to the deadline (negative after it)
 * @param reportOverdue still open (not reported, not assessed as not reportable) after
 * the deadline
 * @param reportedLate reported after the deadline
 * @param peopleToBeInformed high risk and the people not told yet (Art. 34)
 */
public record DataBreachView(UUID id, long version, String reference, BreachStatus status, BreachDetails details,
		Instant reportDeadline, long hoursLeft, boolean reportOverdue, boolean reportedLate, boolean peopleToBeInformed,
		String recordedBy, Instant createdAt) {

}
