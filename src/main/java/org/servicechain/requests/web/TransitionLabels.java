package org.servicechain.requests.web;

import org.servicechain.requests.RequestStatus;

/**
 * What a transition is called on a button, from where the request stands: "open" means
 * taking it on, resuming it or reopening it.
 */
final class TransitionLabels {

	private TransitionLabels() {
	}

	static String of(RequestStatus from, RequestStatus to) {
		return switch (to) {
			case OPEN -> switch (from) {
				case NEW -> "Open: take it on";
				case RESOLVED, CLOSED -> "Reopen";
				default -> "Resume";
			};
			case WAITING_ON_CUSTOMER -> "Wait for the customer";
			case WAITING_ON_PARTNER -> "Wait on the partner";
			case RESOLVED -> "Resolve";
			case CLOSED -> "Close";
			case NEW -> "New";
		};
	}

}
