package org.servicechain.agreements;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A step of an agreement's negotiation or life that its parties must hear of: a version
 * proposed or countered, accepted by one side, agreed by both, or a review coming due
 * (AGREE-3, AGREE-6). Published inside the transaction of the step; the notify module
 * tells the people concerned.
 *
 * @param side the side that acted ({@literal null} for a review coming due)
 * @param owner the username of the member of staff who owns the agreement
 * @param actor the username of who acted, or {@code system}
 */
public record AgreementNegotiated(UUID agreementId, String reference, String title, Step step, @Nullable Side side,
		int termsNumber, UUID providerId, UUID consumerId, String owner, String actor, Instant at) {

	/**
	 * What happened.
	 */
	public enum Step {

		PROPOSED, COUNTERED, ACCEPTED, AGREED, REVIEW_DUE

	}

}
