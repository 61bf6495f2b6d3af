package org.servicechain.feedback;

/**
 * Where feedback came in (FB-2).
 */
public enum FeedbackChannel {

	PHONE("Phone"), MAIL("Mail"), IN_PERSON("In person"), SOCIAL_MEDIA("Social media"), PORTAL("Portal");

	private final String label;

	FeedbackChannel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
