package org.servicechain.improvement;

/**
 * How an audit is done (FB-7): a service audit against a checklist, or a mystery shop by
 * someone posing as a customer.
 */
public enum AuditKind {

	SERVICE_AUDIT("Service audit"), MYSTERY_SHOPPING("Mystery shopping");

	private final String label;

	AuditKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
