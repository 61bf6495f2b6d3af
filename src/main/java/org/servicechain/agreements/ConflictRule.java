package org.servicechain.agreements;

/**
 * The agreed rule for ordering work when internal and external customers' demands
 * conflict (AGREE-2; B9 2.6, 3.3).
 */
public enum ConflictRule {

	EXTERNAL_FIRST("External customers first"), PRIORITY_THEN_EXTERNAL("By priority, then external first"),
	INTERNAL_FIRST_SAFETY_CRITICAL("Internal first for safety-critical work"), PRIORITY_ONLY("By priority only"),
	OTHER("Other (see reasoning)");

	private final String label;

	ConflictRule(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
