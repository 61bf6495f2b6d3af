package org.servicechain.reviews;

/**
 * Where an agreed action is: open ones are carried forward to every later meeting of the
 * series until they are done or dropped by agreement.
 */
public enum ActionStatus {

	OPEN("Open"), DONE("Done"), DROPPED("Dropped");

	private final String label;

	ActionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
