package org.servicechain.notify;

/**
 * How a person wants to hear of one kind of event: in the application, by mail, or not at
 * all. Mail to a person without an address falls back to the application, so nothing is
 * lost.
 */
public enum Channel {

	IN_APP("In the application"), MAIL("By mail"), NONE("Not at all");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
