package org.servicechain.reviews;

/**
 * What a meeting series is (PM-3): a review with a partner party of the chain, or a 1:1
 * between a manager and one member of staff.
 */
public enum MeetingKind {

	PARTNER_REVIEW("Partner review"), ONE_TO_ONE("1:1");

	private final String label;

	MeetingKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
