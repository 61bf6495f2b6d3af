package org.servicechain.complaints;

/**
 * How a complaint came in.
 */
public enum ComplaintChannel {

	STAFF("Entered by staff"), PORTAL("Customer portal"), API("API"), MAIL("Mail");

	private final String label;

	ComplaintChannel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
