package org.servicechain.feedback;

/**
 * Where an improvement action stands (FB-6).
 */
public enum ActionStatus {

	OPEN("Open"), DONE("Done"), ABANDONED("Abandoned");

	private final String label;

	ActionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
