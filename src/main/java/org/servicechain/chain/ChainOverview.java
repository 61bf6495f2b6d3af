package org.servicechain.chain;

import java.util.List;

/**
 * Counts and warnings about the whole chain, for the dashboard.
 */
public record ChainOverview(long internalTeams, long externalParties, long customers, long services,
		long endUserServices, long links, List<ServiceChain.SinglePointOfFailureView> singlePointsOfFailure,
		List<List<PartyRef>> cycles, List<PartyRef> disconnectedParties) {

}
