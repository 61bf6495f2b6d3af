package org.servicechain.portfolio;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A practitioner asked a colleague or a partner contact to confirm a piece of evidence
 * (REP-3), published in the transaction that stored the request. {@code link} carries the
 * single-use token and is the only copy of it: it is meant for the one mail to the
 * witness's address, never for a notification to anyone else, a log, a webhook or the
 * audit trail.
 *
 * @param witnessUsername the witness's account, when they are a colleague with one
 * @param email the witness's address
 * @param pieceTitle what the piece is, as the witness's page shows it (no customer's
 * name)
 * @param link the path of the witness page, e.g. {@code /witness/abc…}
 */
public record WitnessAsked(UUID witnessRequestId, UUID evidenceId, String practitionerName, String witnessName,
		@Nullable String witnessUsername, String email, String pieceTitle, String link, Instant expiresAt, Instant at) {

	@Override
	public String toString() {
		// Never the link: it holds the token.
		return "WitnessAsked[" + this.witnessRequestId + "]";
	}

}
