package org.servicechain.portfolio;

/**
 * The kinds of record the product keeps that can evidence competence (REP-3).
 */
public enum EvidenceSource {

	REQUEST("Request handled"), CHAIN_TASK("Chain task handed over"), AGREEMENT("Agreement negotiated"),
	COMPLAINT("Complaint handled"), FEEDBACK("Customer feedback recorded"),
	THEME_DECISION("Decision on repeated feedback"), IMPROVEMENT_ACTION("Improvement action"),
	RELATIONSHIP_ENTRY("Relationship log entry"), ONE_TO_ONE("1:1 minutes"), MEETING_ACTION("Meeting action taken"),
	SURVEY_ANSWER("Feedback asked for");

	private final String label;

	EvidenceSource(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
