package org.servicechain.improvement;

/**
 * How often a recurring audit comes back (FB-7): every N weeks or months after the due
 * date of the one completed.
 */
public enum RecurrenceUnit {

	WEEKS("weeks"), MONTHS("months");

	private final String label;

	RecurrenceUnit(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
