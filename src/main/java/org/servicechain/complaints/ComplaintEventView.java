package org.servicechain.complaints;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a complaint's append-only history: what happened, when and by whom. The
 * step clocks are derived from these ({@link ComplaintClockPolicy}).
 *
 * @param kind what happened
 * @param step the step it concerns, if any
 * @param dueAt the new due time a referral set, if any
 * @param detail what was said or decided, in words
 */
public record ComplaintEventView(Instant at, String actor, Kind kind, @Nullable ComplaintStep step,
		@Nullable Instant dueAt, @Nullable String detail) {

	public enum Kind {

		RECEIVED("Complaint received"), STEP_DONE("Step done"), REFERRED("Referred"), REFERRED_OUT("Referred outside"),
		RESOLUTION_ACCEPTED("Customer accepted the resolution"),
		RESOLUTION_REJECTED("Customer rejected the resolution"), FOLLOWED_UP("Followed up and closed"),
		/**
		 * Not kept in the history (it drives no clock): a customer's message shown in the
		 * timeline among the history's entries.
		 */
		CUSTOMER_MESSAGE("Customer wrote");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public String label() {
		return (this.kind == Kind.STEP_DONE && this.step != null) ? this.step.label() + " done" : this.kind.label();
	}

}
