package org.servicechain.workforce;

/**
 * Where an absence stands: asked for by the person (or recorded for them), then approved
 * or refused by a manager; either side may cancel it before it ends.
 */
public enum AbsenceStatus {

	REQUESTED("Requested"), APPROVED("Approved"), REFUSED("Refused"), CANCELLED("Cancelled");

	private final String label;

	AbsenceStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return whether the absence still counts: it blocks overlapping ones and, once
	 * approved, makes the person unavailable.
	 */
	public boolean standing() {
		return this == REQUESTED || this == APPROVED;
	}

}
