package org.servicechain.complaints;

/**
 * What the customer asks for: an explanation, an apology, or a remedy.
 */
public enum CustomerWants {

	EXPLANATION("An explanation"), APOLOGY("An apology"), REMEDY("A remedy");

	private final String label;

	CustomerWants(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
