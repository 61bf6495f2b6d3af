package org.servicechain.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * What a clock measures against: the business time allowed and the share of it at which
 * people are warned.
 *
 * @param allowed business time allowed, positive
 * @param warningPercent the share of {@code allowed}, 1 to 99, at which the clock warns
 */
public record ClockTarget(Duration allowed, int warningPercent) {

	public static final int DEFAULT_WARNING_PERCENT = 75;

	public ClockTarget {
		Objects.requireNonNull(allowed, "allowed");
		if (allowed.isNegative() || allowed.isZero()) {
			throw new IllegalArgumentException("a target must be positive, was " + allowed);
		}
		if (warningPercent < 1 || warningPercent > 99) {
			throw new IllegalArgumentException("the warning share must be 1 to 99 %, was " + warningPercent);
		}
	}

	public static ClockTarget of(Duration allowed) {
		return new ClockTarget(allowed, DEFAULT_WARNING_PERCENT);
	}

	/**
	 * @return the business time at which the warning falls, to the second
	 */
	Duration warningAfter(Duration target) {
		return Duration.ofSeconds(target.toSeconds() * this.warningPercent / 100);
	}

}
