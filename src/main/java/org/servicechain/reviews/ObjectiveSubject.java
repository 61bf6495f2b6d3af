package org.servicechain.reviews;

/**
 * Whose an objective is (PM-1): a person's, an internal team's, or a partner's.
 */
public enum ObjectiveSubject {

	PERSON("Person"), TEAM("Team"), PARTNER("Partner");

	private final String label;

	ObjectiveSubject(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
