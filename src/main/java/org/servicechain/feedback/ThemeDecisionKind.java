package org.servicechain.feedback;

/**
 * What was decided about a recurring theme (FB-5; B10 4.5).
 */
public enum ThemeDecisionKind {

	ACT("Act"), MONITOR("Monitor"), NO_ACTION("No action");

	private final String label;

	ThemeDecisionKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
