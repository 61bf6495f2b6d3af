package org.servicechain.requests;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A party a request's work can be handed to, offered from the chain analysis: a link
 * upstream of the request's service, with the agreement that governs it.
 */
public record TaskCandidate(UUID linkId, UUID partyId, String partyName, boolean partyInternal, UUID handedOverById,
		String handedOverByName, UUID serviceId, String serviceName, @Nullable String agreementReference) {

	public String label() {
		return this.partyName + " — " + this.serviceName + " to " + this.handedOverByName
				+ (this.agreementReference != null ? " (" + this.agreementReference + ")" : " (no agreement)");
	}

}
