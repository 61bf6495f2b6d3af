package org.servicechain.chain;

/**
 * How a contact prefers to be reached (CHAIN-5).
 */
public enum Channel {

	EMAIL("Email"), PHONE("Phone"), PORTAL("Portal"), CHAT("Chat"), IN_PERSON("In person"), LETTER("Letter");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
