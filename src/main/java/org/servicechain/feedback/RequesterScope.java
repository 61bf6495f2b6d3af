package org.servicechain.feedback;

/**
 * Which requesters a survey rule covers: internal customers, external ones or both.
 */
public enum RequesterScope {

	ANY("Any requester"), INTERNAL("Internal customers"), EXTERNAL("External customers");

	private final String label;

	RequesterScope(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean covers(boolean internal) {
		return this == ANY || (this == INTERNAL) == internal;
	}

}
