package org.servicechain.privacy;

import java.util.List;

/**
 * Where a subject access request is: received, the requester's identity checked, the data
 * being gathered, and answered (completed) or refused with a reason.
 */
public enum SubjectAccessStatus {

	RECEIVED("Received"), IDENTITY_VERIFIED("Identity verified"), GATHERING("Gathering"), COMPLETED("Completed"),
	REFUSED("Refused");

	private final String label;

	SubjectAccessStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isOpen() {
		return this != COMPLETED && this != REFUSED;
	}

	/**
	 * @return the statuses a request in this status may move to
	 */
	public List<SubjectAccessStatus> next() {
		return switch (this) {
			case RECEIVED -> List.of(IDENTITY_VERIFIED, REFUSED);
			case IDENTITY_VERIFIED -> List.of(GATHERING, REFUSED);
			case GATHERING -> List.of(COMPLETED, REFUSED);
			case COMPLETED, REFUSED -> List.of();
		};
	}

	static List<SubjectAccessStatus> open() {
		return List.of(RECEIVED, IDENTITY_VERIFIED, GATHERING);
	}

}
