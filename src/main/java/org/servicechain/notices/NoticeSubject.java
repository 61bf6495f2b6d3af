package org.servicechain.notices;

/**
 * Where the work or the incident is: at a party (all it provides), on one link (one party
 * serving another), or on a service wherever it is delivered.
 */
public enum NoticeSubject {

	PARTY("Party"), LINK("Link"), SERVICE("Service");

	private final String label;

	NoticeSubject(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
