package org.servicechain.agreements.feasibility;

import java.time.Duration;
import java.util.Objects;

import org.servicechain.calendar.BusinessCalendar;

/**
 * The customer-facing promise under test (AGREE-4): the resolution target of one priority
 * of an end-user service, as the customer SLA states it, in working time of the SLA's
 * business calendar (AGREE-2, AGREE-5). "Resolved within 2 working days, Monday to Friday
 * 09:00-17:00 London" is {@code new Promise(Duration.ofHours(16), office)}.
 *
 * @param resolution the working time the customer is promised; must not be
 * {@literal null} or negative.
 * @param calendar the customer SLA's business calendar; must not be {@literal null}.
 */
public record Promise(Duration resolution, BusinessCalendar calendar) {

	public Promise {
		Objects.requireNonNull(resolution, "resolution must not be null");
		Objects.requireNonNull(calendar, "calendar must not be null");
		if (resolution.isNegative()) {
			throw new IllegalArgumentException("resolution must not be negative, was " + resolution);
		}
	}

}
