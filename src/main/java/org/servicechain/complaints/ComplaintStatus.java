package org.servicechain.complaints;

/**
 * Where a complaint stands. Each step done moves it on one; a rejected resolution takes
 * it back to analysed, so that another remedy is proposed.
 */
public enum ComplaintStatus {

	RECEIVED("Received", ComplaintStep.ACKNOWLEDGE), ACKNOWLEDGED("Acknowledged", ComplaintStep.APOLOGISE),
	APOLOGISED("Apologised", ComplaintStep.ANALYSE), ANALYSED("Analysed", ComplaintStep.ACT),
	RESOLUTION_PROPOSED("Resolution proposed", null), RESOLUTION_ACCEPTED("Resolution accepted", ComplaintStep.ASSURE),
	RESOLVED("Resolved, follow-up due", null), CLOSED("Closed", null);

	private final String label;

	private final ComplaintStep next;

	ComplaintStatus(String label, ComplaintStep next) {
		this.label = label;
		this.next = next;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return the step to take next, {@literal null} when waiting on the customer or done
	 */
	public @org.jspecify.annotations.Nullable ComplaintStep nextStep() {
		return this.next;
	}

	public boolean open() {
		return this != RESOLVED && this != CLOSED;
	}

}
