package org.servicechain.privacy;

/**
 * Where a breach is, derived from what was recorded: open while it must still be reported
 * or assessed, reported, not reportable (assessed as unlikely to result in a risk), and
 * closed when the work on it is done.
 */
public enum BreachStatus {

	OPEN("Open"), REPORTED("Reported to the ICO"), NOT_REPORTABLE("Not reportable"), CLOSED("Closed");

	private final String label;

	BreachStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
