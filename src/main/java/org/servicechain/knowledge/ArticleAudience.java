package org.servicechain.knowledge;

/**
 * Who reads an article: staff only, or also customers and partner users in their portals.
 */
public enum ArticleAudience {

	STAFF("Staff only"), PUBLISHED("Published to the portals");

	private final String label;

	ArticleAudience(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
