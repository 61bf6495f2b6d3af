package org.servicechain.improvement;

/**
 * How much a finding matters (FB-7).
 */
public enum FindingSeverity {

	MINOR("Minor"), MAJOR("Major"), CRITICAL("Critical");

	private final String label;

	FindingSeverity(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
