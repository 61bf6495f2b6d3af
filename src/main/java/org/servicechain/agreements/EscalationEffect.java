package org.servicechain.agreements;

/**
 * What a step of an agreement's escalation path does when it is reached (AGREE-2, REQ-3).
 * Every step tells the request's agent, the agreement's owner and the step's contact;
 * {@link #REASSIGN} also gives the request to the contact (when the contact has a staff
 * account under the same e-mail address) and {@link #RAISE_PRIORITY} raises the request's
 * priority by one level, which re-targets its running clocks.
 */
public enum EscalationEffect {

	NOTIFY("Tell the contact"), REASSIGN("Give the request to the contact"),
	RAISE_PRIORITY("Raise the priority one level");

	private final String label;

	EscalationEffect(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
