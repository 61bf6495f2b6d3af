package org.servicechain.chain;

/**
 * What kind of episode a relationship log entry records (CHAIN-5; B9 evidence:
 * cooperative and uncooperative partners).
 */
public enum RelationshipKind {

	RAPPORT("Rapport"), MEETING("Meeting"), COOPERATIVE("Cooperative episode"), UNCOOPERATIVE("Uncooperative episode"),
	STATUS_CHANGE("Status change"), NOTE("Note");

	private final String label;

	RelationshipKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
