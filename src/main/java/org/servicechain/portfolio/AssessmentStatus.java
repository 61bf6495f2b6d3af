package org.servicechain.portfolio;

/**
 * The assessor's mark on one criterion; a criterion without a mark is "not assessed".
 */
public enum AssessmentStatus {

	WORKING_TOWARDS("Working towards"), SIGNED_OFF("Signed off");

	private final String label;

	AssessmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
