package org.servicechain.agreements;

/**
 * A formal agreement is signed (the signed document can be attached); an informal one
 * records an understanding (AGREE-1).
 */
public enum Formality {

	FORMAL("Formal (signed)"), INFORMAL("Informal (recorded understanding)");

	private final String label;

	Formality(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
