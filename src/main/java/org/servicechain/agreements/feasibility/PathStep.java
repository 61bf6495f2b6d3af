package org.servicechain.agreements.feasibility;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One link on the critical path of a chain at the worst start of the week (AGREE-4): when
 * the provider could start its part, when its agreement has it finish, and how much
 * wall-clock time that took.
 * <p>
 * For the customer-facing link, which ends the path, the target and zone are the
 * promise's and {@code ready == finish}: its own time is the promise itself, measured by
 * the slack, not added to the chain.
 *
 * @param linkId the link; never {@literal null}.
 * @param agreementId the link's agreement, or {@literal null} if none covers it.
 * @param agreementReference the agreement's reference, or {@literal null} if none covers
 * it.
 * @param target the agreement's resolution target in working time, or {@literal null} if
 * no agreement covers the link.
 * @param zone the time zone id of the agreement's calendar, for example
 * {@code America/New_York}, or {@literal null} if no agreement covers the link.
 * @param ready when all the link's inputs had arrived (the request's start for a link
 * without inputs); never {@literal null}.
 * @param finish when the agreement has the provider deliver; never {@literal null}.
 * @param contribution {@code finish - ready} in wall-clock time; never {@literal null}.
 */
public record PathStep(UUID linkId, @Nullable UUID agreementId, @Nullable String agreementReference,
		@Nullable Duration target, @Nullable String zone, Instant ready, Instant finish, Duration contribution) {

	public PathStep {
		Objects.requireNonNull(linkId, "linkId must not be null");
		Objects.requireNonNull(ready, "ready must not be null");
		Objects.requireNonNull(finish, "finish must not be null");
		Objects.requireNonNull(contribution, "contribution must not be null");
	}

}
