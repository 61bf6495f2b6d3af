package org.servicechain.complaints;

/**
 * Whom a complaint is referred or escalated to (CMP-3): another team or a partner of the
 * chain, a manager, or outside the organisation (an ombudsman).
 */
public enum ReferralTarget {

	TEAM("Another team"), PARTNER("A partner"), MANAGER("A manager"), OMBUDSMAN("Outside: the ombudsman");

	private final String label;

	ReferralTarget(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
