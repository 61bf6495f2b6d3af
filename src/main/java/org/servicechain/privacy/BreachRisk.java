package org.servicechain.privacy;

/**
 * The assessed risk of a personal-data breach to people's rights and freedoms. A breach
 * unlikely to result in a risk need not be reported to the ICO (Art. 33(1)), but the
 * reason is recorded; a high risk means the people must be told too (Art. 34).
 */
public enum BreachRisk {

	NOT_ASSESSED("Not assessed yet"), UNLIKELY("Unlikely to result in a risk (not reportable)"),
	RISK("A risk (report to the ICO)"), HIGH_RISK("A high risk (report, and tell the people)");

	private final String label;

	BreachRisk(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
