package org.servicechain.feedback;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Whether a resolved request is surveyed (FB-1): the customer has not unsubscribed, was
 * not surveyed within the rule's quiet period, and the draw falls within the sampling
 * rate. Pure: the draw is given (0 ≤ draw &lt; 1), so tests need no luck.
 */
public final class SamplingPolicy {

	/**
	 * Why a request was or was not surveyed.
	 */
	public enum Outcome {

		SURVEY, UNSUBSCRIBED, QUIET_PERIOD, NOT_SAMPLED

	}

	private SamplingPolicy() {
	}

	/**
	 * @param lastSurveyedAt when the customer was last sent a survey, if ever
	 * @param samplingPercent 0 … 100
	 */
	public static Outcome decide(boolean unsubscribed, @Nullable Instant lastSurveyedAt, int quietDays,
			int samplingPercent, double draw, Instant now) {
		if (unsubscribed) {
			return Outcome.UNSUBSCRIBED;
		}
		if (lastSurveyedAt != null && lastSurveyedAt.plus(Duration.ofDays(quietDays)).isAfter(now)) {
			return Outcome.QUIET_PERIOD;
		}
		return (draw * 100.0 < samplingPercent) ? Outcome.SURVEY : Outcome.NOT_SAMPLED;
	}

}
