package org.servicechain.portfolio;

/**
 * What a line of a standard is: the units' learning outcomes and assessment criteria, the
 * NOS's performance criteria, knowledge items of both, and the evidence requirements
 * (which say what kind of evidence counts rather than what the practitioner can do).
 */
public enum CriterionKind {

	LEARNING_OUTCOME("Learning outcome"), ASSESSMENT_CRITERION("Assessment criterion"),
	PERFORMANCE_CRITERION("Performance criterion"), KNOWLEDGE("Knowledge"),
	EVIDENCE_REQUIREMENT("Evidence requirement");

	private final String label;

	CriterionKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return whether evidence is mapped to this kind of line; a learning outcome is met
	 * through its assessment criteria.
	 */
	public boolean takesEvidence() {
		return this != LEARNING_OUTCOME;
	}

}
