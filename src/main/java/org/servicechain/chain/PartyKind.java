package org.servicechain.chain;

/**
 * What a party is in the chain (CHAIN-1). Teams are always internal, suppliers and
 * partners always external; customers may be either (an internal team served by us is an
 * internal customer).
 */
public enum PartyKind {

	INTERNAL_TEAM("Internal team", Boolean.TRUE), SUPPLIER("Supplier", Boolean.FALSE),
	PARTNER("Partner", Boolean.FALSE), CUSTOMER("Customer", null);

	private final String label;

	private final Boolean fixedInternal;

	PartyKind(String label, Boolean fixedInternal) {
		this.label = label;
		this.fixedInternal = fixedInternal;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return whether every party of this kind is internal, external, or {@literal null}
	 * when either is possible.
	 */
	public Boolean fixedInternal() {
		return this.fixedInternal;
	}

}
