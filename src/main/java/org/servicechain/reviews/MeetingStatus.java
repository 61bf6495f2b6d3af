package org.servicechain.reviews;

/**
 * A meeting is planned (its agenda can still be regenerated from the data) until it is
 * held.
 */
public enum MeetingStatus {

	PLANNED("Planned"), HELD("Held");

	private final String label;

	MeetingStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
