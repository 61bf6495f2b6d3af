package org.servicechain.chain;

import java.util.List;

/**
 * Contribution and impact of a party or link (CHAIN-3; B9 1.3; NOS K2): what depends on
 * it downstream (up to the end-user services and customers) and what it depends on
 * upstream.
 *
 * @param affectedServices end-user services that would suffer if it failed
 * @param affectedCustomers customers who would suffer if it failed
 * @param downstreamParties every party downstream, customers included
 * @param upstreamParties every party it depends on
 * @param singlePointOfFailureFor end-user services that it alone can cut off
 */
public record Impact(List<ServiceRef> affectedServices, List<PartyRef> affectedCustomers,
		List<PartyRef> downstreamParties, List<PartyRef> upstreamParties, List<ServiceRef> singlePointOfFailureFor) {

}
