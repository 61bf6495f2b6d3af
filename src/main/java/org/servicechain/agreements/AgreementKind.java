package org.servicechain.agreements;

/**
 * The three kinds of agreement along a chain (AGREE-1; B9 2.4).
 */
public enum AgreementKind {

	CUSTOMER_SLA("Customer SLA"), OLA("Operational level agreement"), UNDERPINNING_CONTRACT("Underpinning contract");

	private final String label;

	AgreementKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
