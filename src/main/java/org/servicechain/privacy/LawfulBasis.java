package org.servicechain.privacy;

/**
 * The lawful bases for processing personal data of UK GDPR Art. 6(1).
 */
public enum LawfulBasis {

	CONSENT("Consent"), CONTRACT("Contract"), LEGAL_OBLIGATION("Legal obligation"), VITAL_INTERESTS("Vital interests"),
	PUBLIC_TASK("Public task"), LEGITIMATE_INTERESTS("Legitimate interests");

	private final String label;

	LawfulBasis(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
