package org.servicechain.workforce;

/**
 * How an absent person's open work is moved (WF-3).
 */
public enum CoverMode {

	/** Everything to the absence's stand-in. */
	STAND_IN("To the stand-in"),
	/**
	 * Each item to the stand-in when they may hold it, else to the least-loaded colleague
	 * who may hold it and is not away.
	 */
	POLICY("By the policy: stand-in first, then the least loaded colleague"),
	/** Everything to one person a manager chooses. */
	PERSON("To a person I choose");

	private final String label;

	CoverMode(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
