package org.servicechain.chain;

/**
 * How established a partnership is (CHAIN-5; B9 evidence: new and regular suppliers).
 */
public enum PartnerStatus {

	NEW("New"), REGULAR("Regular"), LONG_TERM("Long-term");

	private final String label;

	PartnerStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
