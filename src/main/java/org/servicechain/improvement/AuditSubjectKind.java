package org.servicechain.improvement;

/**
 * What an audit looks at (FB-7): a team of our own, a partner or supplier of the chain,
 * or a channel customers reach us through.
 */
public enum AuditSubjectKind {

	TEAM("Team"), PARTNER("Partner"), CHANNEL("Channel");

	private final String label;

	AuditSubjectKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
