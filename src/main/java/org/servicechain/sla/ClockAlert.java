package org.servicechain.sla;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published by the SLA sweep, in its transaction, for each action it takes on a request's
 * clocks (REQ-3): a warning at the agreement's share of a target, a breach, a step of the
 * escalation path, an upstream risk. Other modules (notifications) tell people from it;
 * the sweep has already left an in-app notice for each recipient.
 *
 * @param clockKey the clock, as in {@code GET /api/v1/requests/{id}/clocks}
 * ({@code resolution}, {@code task/<id>/response}, …)
 * @param clockName the clock as people read it
 * @param message one sentence saying what happened, with the request's reference
 * @param recipients the login names of the staff told: the request's agent, the customer
 * agreement's owner (not for a task clock's warning), an escalation step's contact when
 * they have an account
 * @param at the instant the action's threshold was reached
 */
public record ClockAlert(UUID requestId, String reference, Kind kind, String clockKey, String clockName, String message,
		List<String> recipients, Instant at) {

	public enum Kind {

		WARNING, BREACH, ESCALATION, RISK;

		static Kind of(String action) {
			if (action.startsWith(ClockActions.ESCALATION)) {
				return ESCALATION;
			}
			if (action.startsWith(ClockActions.RISK)) {
				return RISK;
			}
			return valueOf(action);
		}

	}

}
