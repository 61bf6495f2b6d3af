package org.servicechain.identity;

/**
 * What a user may do (REC-4). Staff roles work inside the organisation; partner users act
 * for one external party through the partner portal; customers see only their own records
 * through the customer portal; assessors see only the portfolios assigned to them.
 */
public enum Role {

	ADMIN("Administrator", true), MANAGER("Manager", true), AGENT("Agent", true),
	TEAM_MEMBER("Internal team member", true), PARTNER("Partner user", false), CUSTOMER("Customer", false),
	/**
	 * Reads the competence portfolios assigned to them and marks their criteria, and
	 * nothing else: an assessor is often from outside (a training centre), so not staff.
	 */
	ASSESSOR("Assessor", false);

	private final String label;

	private final boolean staff;

	Role(String label, boolean staff) {
		this.label = label;
		this.staff = staff;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return whether the role works inside the organisation (staff pages and API).
	 */
	public boolean isStaff() {
		return this.staff;
	}

	/**
	 * @return whether a user of this role must belong to a party (team, partner or
	 * customer).
	 */
	public boolean requiresParty() {
		return this == TEAM_MEMBER || this == PARTNER || this == CUSTOMER;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
