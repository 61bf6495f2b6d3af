package org.servicechain.chain;

import java.util.UUID;

/**
 * A party named in an analysis result: enough to show and link to it.
 */
public record PartyRef(UUID id, String name, PartyKind kind, boolean internal) {

	public boolean customer() {
		return this.kind == PartyKind.CUSTOMER;
	}

}
