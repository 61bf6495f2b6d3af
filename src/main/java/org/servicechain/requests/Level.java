package org.servicechain.requests;

/**
 * How much a request matters, as impact (how many and how badly affected) and urgency
 * (how soon it hurts), each rated high, medium or low (REQ-1, REQ-4).
 */
public enum Level {

	HIGH("High"), MEDIUM("Medium"), LOW("Low");

	private final String label;

	Level(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
