package org.servicechain.chain.analysis;

import java.util.List;
import java.util.UUID;

/**
 * Parties that depend on each other in a circle, directly or through others (CHAIN-4): a
 * strongly connected part of the chain with more than one party. Each party of the cycle
 * both contributes to and depends on every other one.
 *
 * @param partyIds the parties of the cycle in ascending id order, never {@literal null}.
 * @param linkIds the links between parties of the cycle in ascending id order, never
 * {@literal null}.
 */
public record ChainCycle(List<UUID> partyIds, List<UUID> linkIds) {

	public ChainCycle {
		partyIds = List.copyOf(partyIds);
		linkIds = List.copyOf(linkIds);
	}

}
