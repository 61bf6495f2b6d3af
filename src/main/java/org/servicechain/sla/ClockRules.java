package org.servicechain.sla;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How an agreement wants its clocks run (REQ-3): the warning share, whether waiting on
 * the customer pauses the customer's clocks, whether a reopened request's resolution
 * clock restarts from zero or resumes where it stopped, and how often a customer must
 * hear from us while the request is open ({@literal null}: no keep-informed clock).
 */
public record ClockRules(int warningPercent, boolean pauseWhileWaitingOnCustomer, boolean restartOnReopen,
		@Nullable Duration keepInformedEvery) {

	public static final ClockRules DEFAULT = new ClockRules(ClockTarget.DEFAULT_WARNING_PERCENT, true, false, null);

	public String describe() {
		return "warn at " + this.warningPercent + " %; "
				+ (this.pauseWhileWaitingOnCustomer ? "waiting on the customer pauses the customer's clocks"
						: "waiting on the customer does not pause")
				+ "; a reopen " + (this.restartOnReopen ? "restarts" : "resumes") + " the resolution clock"
				+ ((this.keepInformedEvery != null)
						? "; the customer hears from us at least every " + Durations.words(this.keepInformedEvery)
						: "");
	}

}
