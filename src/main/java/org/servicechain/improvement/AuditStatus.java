package org.servicechain.improvement;

/**
 * Where an audit stands (FB-7): scheduled, in progress (a result recorded), completed
 * with a score, or cancelled with a reason.
 */
public enum AuditStatus {

	SCHEDULED("Scheduled"), IN_PROGRESS("In progress"), COMPLETED("Completed"), CANCELLED("Cancelled");

	private final String label;

	AuditStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
