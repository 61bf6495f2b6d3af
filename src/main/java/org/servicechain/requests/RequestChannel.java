package org.servicechain.requests;

/**
 * How a request reached us (REQ-1).
 */
public enum RequestChannel {

	STAFF("Raised by staff"), PORTAL("Customer portal"), API("API"), EMAIL("Email"), IMPORT("Imported");

	private final String label;

	RequestChannel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
