package org.servicechain.requests;

/**
 * Where a request stands (REQ-1): new → open → waiting on the customer or on a partner →
 * resolved → closed, with reopen from resolved. The arrows are the transition methods of
 * {@link ServiceRequest}; there are no others.
 */
public enum RequestStatus {

	NEW("New"), OPEN("Open"), WAITING_ON_CUSTOMER("Waiting on customer"), WAITING_ON_PARTNER("Waiting on partner"),
	RESOLVED("Resolved"), CLOSED("Closed");

	private final String label;

	RequestStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return whether work on the request is still to be done (it is in a queue).
	 */
	public boolean active() {
		return this != RESOLVED && this != CLOSED;
	}

	public boolean waiting() {
		return this == WAITING_ON_CUSTOMER || this == WAITING_ON_PARTNER;
	}

	/**
	 * @return the CSS tone the UI shows the status in.
	 */
	public String tone() {
		return switch (this) {
			case NEW -> "warn";
			case OPEN -> "internal";
			case WAITING_ON_CUSTOMER, WAITING_ON_PARTNER -> "neutral";
			case RESOLVED, CLOSED -> "ok";
		};
	}

}
