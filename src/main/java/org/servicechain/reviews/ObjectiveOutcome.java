package org.servicechain.reviews;

/**
 * How a closed objective ended (PM-1): judged at its close, with a note saying why.
 */
public enum ObjectiveOutcome {

	ACHIEVED("Achieved"), NOT_ACHIEVED("Not achieved");

	private final String label;

	ObjectiveOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
