package org.servicechain.chain;

/**
 * Whether a customer is a person or an organisation.
 */
public enum CustomerType {

	PERSON("Person"), ORGANISATION("Organisation");

	private final String label;

	CustomerType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
