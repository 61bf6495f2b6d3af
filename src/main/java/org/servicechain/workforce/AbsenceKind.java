package org.servicechain.workforce;

/**
 * Why someone is away (WF-1). Only the person and managers see which; colleagues on the
 * team calendar see "away".
 */
public enum AbsenceKind {

	HOLIDAY("Holiday"), SICKNESS("Sickness"), TRAINING("Training"), OTHER("Other");

	private final String label;

	AbsenceKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
