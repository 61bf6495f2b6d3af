package org.servicechain.complaints;

/**
 * How serious a complaint is, as the person entering it judged.
 */
public enum Severity {

	LOW("Low"), MEDIUM("Medium"), HIGH("High"), CRITICAL("Critical");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
