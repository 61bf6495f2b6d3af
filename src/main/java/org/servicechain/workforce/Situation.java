package org.servicechain.workforce;

/**
 * The unexpected situations a contingency procedure is written for (WF-4; B10 4.1).
 */
public enum Situation {

	SYSTEM_DOWN("A system is down"), SUPPLIER_FAILURE("A supplier lets us down"), SURGE("A surge of demand"),
	STAFF_SHORTAGE("Too few people"), OTHER("Something else");

	private final String label;

	Situation(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
