package org.servicechain.requests;

/**
 * Who may read a message of a request's conversation. Internal notes are for staff only
 * and never reach a customer or a partner by any path (page, API, export, notification).
 * Task messages are between our staff and the party the task was handed to.
 */
public enum Visibility {

	PUBLIC("Public reply"), INTERNAL("Internal note"), TASK("Task message");

	private final String label;

	Visibility(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
