package org.servicechain.agreements.feasibility;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

import org.servicechain.calendar.BusinessCalendar;

/**
 * What the agreement on one link of the chain promises for the priority under test
 * (AGREE-2, AGREE-4): the provider's resolution target for its own part of the work, in
 * working time of that agreement's business calendar. The agreement is an operational
 * level agreement between two internal teams or a contract with an external supplier.
 *
 * @param agreementId the agreement's id; must not be {@literal null}.
 * @param agreementReference the reference people know the agreement by, for example
 * {@code OLA-2026-014}; must not be {@literal null}.
 * @param resolution the resolution target for the priority; must not be {@literal null}
 * or negative.
 * @param calendar the agreement's business calendar; must not be {@literal null}.
 */
public record Commitment(UUID agreementId, String agreementReference, Duration resolution, BusinessCalendar calendar) {

	public Commitment {
		Objects.requireNonNull(agreementId, "agreementId must not be null");
		Objects.requireNonNull(agreementReference, "agreementReference must not be null");
		Objects.requireNonNull(resolution, "resolution must not be null");
		Objects.requireNonNull(calendar, "calendar must not be null");
		if (resolution.isNegative()) {
			throw new IllegalArgumentException("resolution must not be negative, was " + resolution);
		}
	}

}
