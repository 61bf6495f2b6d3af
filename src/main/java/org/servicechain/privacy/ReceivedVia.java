package org.servicechain.privacy;

/**
 * How a subject access request reached the organisation. A request need not use any
 * particular words or form (ICO guidance): it may come in any of these ways.
 */
public enum ReceivedVia {

	EMAIL("Email"), LETTER("Letter"), PHONE("Phone"), PORTAL("Portal or web form"), IN_PERSON("In person"),
	SOCIAL_MEDIA("Social media"), OTHER("Other");

	private final String label;

	ReceivedVia(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
