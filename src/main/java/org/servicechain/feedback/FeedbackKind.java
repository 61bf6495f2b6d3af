package org.servicechain.feedback;

/**
 * What a piece of spontaneous feedback is (FB-2).
 */
public enum FeedbackKind {

	COMMENT("Comment"), COMPLIMENT("Compliment"), SUGGESTION("Suggestion");

	private final String label;

	FeedbackKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
