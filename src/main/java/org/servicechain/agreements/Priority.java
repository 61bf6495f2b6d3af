package org.servicechain.agreements;

/**
 * The priorities an agreement sets targets for.
 */
public enum Priority {

	P1("P1 critical"), P2("P2 high"), P3("P3 medium"), P4("P4 low");

	private final String label;

	Priority(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
