package org.servicechain.agreements;

/**
 * The two sides of an agreement.
 */
public enum Side {

	PROVIDER("Provider"), CONSUMER("Consumer");

	private final String label;

	Side(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public Side other() {
		return this == PROVIDER ? CONSUMER : PROVIDER;
	}

}
