package org.servicechain.requests.web.portal;

import java.time.Duration;
import java.time.Instant;

import org.servicechain.agreements.Priority;
import org.servicechain.requests.Level;
import org.servicechain.requests.RequestView;

/**
 * Whether the customer can escalate their request now and, when not, why not, said
 * plainly on the request page. It explains the rule
 * {@link org.servicechain.requests.RequestManagement#escalate} applies (an open request
 * that is overdue or urgent, at most once an hour); the module still decides.
 *
 * @param shown whether the page speaks of escalating at all (not for finished requests)
 * @param possible whether the escalation form is offered
 * @param explanation why it can or cannot be escalated, in words
 */
record Escalation(boolean shown, boolean possible, String explanation) {

	static final Duration ONCE_PER = Duration.ofHours(1);

	static Escalation of(RequestView request, DisplayTimes times) {
		Instant now = times.now();
		if (!request.status().active()) {
			return new Escalation(false, false, "");
		}
		Instant escalatedAt = request.escalatedAt();
		if (escalatedAt != null && escalatedAt.plus(ONCE_PER).isAfter(now)) {
			return new Escalation(true, false,
					"You escalated this request " + times.relative(escalatedAt) + "; the managers have it. You can "
							+ "escalate it again from " + times.at(escalatedAt.plus(ONCE_PER)) + ".");
		}
		Instant due = request.nextDueAt();
		if (due != null && !due.isAfter(now)) {
			return new Escalation(true, true, "It is overdue: it was due " + times.at(due) + ".");
		}
		if (urgent(request)) {
			return new Escalation(true, true, "It is urgent (" + request.priority().label() + ").");
		}
		if (due != null) {
			return new Escalation(true, false,
					"You can escalate this request if it becomes overdue, that is after " + times.at(due) + " ("
							+ times.relative(due) + "). It is not urgent, so it cannot be escalated before then; "
							+ "if something has changed, say so in a reply and the team will see it.");
		}
		return new Escalation(true, false, "It has no due time and is not urgent, so it cannot be escalated; "
				+ "send a reply to chase it and the team will see it.");
	}

	private static boolean urgent(RequestView request) {
		return request.urgency() == Level.HIGH || request.priority() == Priority.P1
				|| request.priority() == Priority.P2;
	}

}
