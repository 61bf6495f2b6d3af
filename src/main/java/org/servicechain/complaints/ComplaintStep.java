package org.servicechain.complaints;

/**
 * The five steps of the complaints procedure (CMP-2), in the order they are taken.
 */
public enum ComplaintStep {

	ACKNOWLEDGE("Acknowledge"), APOLOGISE("Apologise"), ANALYSE("Analyse"), ACT("Act"), ASSURE("Assure");

	private final String label;

	ComplaintStep(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
