package org.servicechain.knowledge;

/**
 * What an article is for (B10 3.3, 4.1).
 */
public enum ArticleKind {

	PROCEDURE("Procedure"), KNOWN_SOLUTION("Known solution"), CONTINGENCY_PROCEDURE("Contingency procedure");

	private final String label;

	ArticleKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
