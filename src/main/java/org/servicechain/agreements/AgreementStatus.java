package org.servicechain.agreements;

import java.util.Set;

/**
 * Where an agreement is in its life (AGREE-3): drafted, proposed by one side, countered
 * by the other, agreed by both, active, under review, and finally superseded or expired.
 */
public enum AgreementStatus {

	DRAFT("Draft"), PROPOSED("Proposed"), COUNTERED("Countered"), AGREED("Agreed"), ACTIVE("Active"),
	UNDER_REVIEW("Under review"), SUPERSEDED("Superseded"), EXPIRED("Expired");

	private final String label;

	AgreementStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return whether terms are on the table for the sides to accept or counter.
	 */
	public boolean negotiating() {
		return Set.of(PROPOSED, COUNTERED, UNDER_REVIEW).contains(this);
	}

	/**
	 * @return whether the agreement binds the parties now.
	 */
	public boolean inForce() {
		return this == ACTIVE || this == UNDER_REVIEW;
	}

	public boolean finished() {
		return this == SUPERSEDED || this == EXPIRED;
	}

}
