package org.servicechain.improvement;

/**
 * The result of one checklist item (FB-7); PARTLY counts half, NOT_APPLICABLE is left out
 * of the score.
 */
public enum ItemResult {

	MET("Met"), PARTLY("Partly met"), NOT_MET("Not met"), NOT_APPLICABLE("N/A");

	private final String label;

	ItemResult(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
