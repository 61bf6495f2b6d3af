package org.servicechain.agreements.feasibility;

/**
 * Whether a customer-facing promise can be kept by the chain beneath it (AGREE-4).
 */
public enum Verdict {

	/**
	 * The chain delivers in time for every start of the week, and every link it depends
	 * on is covered by an agreement.
	 */
	KEPT,

	/**
	 * For at least one start of the week the chain delivers after the promise is due. A
	 * deficit found while some links carry no agreement is still a deficit: those links
	 * were counted as taking no time at all, so the truth can only be worse.
	 */
	BROKEN,

	/**
	 * No deficit was found, but at least one link the promise depends on carries no
	 * agreement, so the time it takes is unknown and was counted as none.
	 */
	UNVERIFIED

}
