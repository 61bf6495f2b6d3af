package org.servicechain.chain.analysis;

import java.util.Objects;
import java.util.UUID;

/**
 * A party of the service chain as seen by the analysis: an internal team, an external
 * organisation or an end-user customer (CHAIN-2).
 *
 * @param id the identifier of the party, must not be {@literal null}.
 * @param customer whether the party is an end-user customer, the end of the chain.
 */
public record PartyNode(UUID id, boolean customer) {

	public PartyNode {
		Objects.requireNonNull(id, "party id must not be null");
	}

	/**
	 * A party that is an end-user customer.
	 * @param id must not be {@literal null}.
	 * @return will never be {@literal null}.
	 */
	public static PartyNode customer(UUID id) {
		return new PartyNode(id, true);
	}

	/**
	 * A party that supplies others: an internal team or an external organisation.
	 * @param id must not be {@literal null}.
	 * @return will never be {@literal null}.
	 */
	public static PartyNode supplier(UUID id) {
		return new PartyNode(id, false);
	}

}
