package org.servicechain.chain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The chain that supplies one service (CHAIN-2, CHAIN-4): every link upstream of it, each
 * party on its layer (0 = the customers, 1 = who serves them, 2 = their suppliers …), the
 * single points of failure and where authority sits along the chain.
 */
public record ServiceChain(ServiceView service, List<LinkView> links, List<ChainParty> parties,
		List<SinglePointOfFailureView> singlePointsOfFailure, List<AuthorityHolder> authority,
		List<List<PartyRef>> cycles) {

	/**
	 * @return the links between parties of the chain, leaving out the final links to
	 * customers.
	 */
	public List<LinkView> supplyLinks() {
		return this.links.stream().filter((link) -> !link.consumerIsCustomer()).toList();
	}

	/**
	 * @return the final links to customers, grouped by provider and service, so that a
	 * chain with hundreds of customers still reads at a glance.
	 */
	public List<CustomerLinks> customerLinks() {
		java.util.Map<String, List<LinkView>> grouped = new java.util.TreeMap<>();
		this.links.stream()
			.filter(LinkView::consumerIsCustomer)
			.forEach((link) -> grouped
				.computeIfAbsent(link.providerName() + "\u0000" + link.serviceName() + "\u0000" + link.providerId(),
						(key) -> new java.util.ArrayList<>())
				.add(link));
		return grouped.values()
			.stream()
			.map((group) -> new CustomerLinks(group.get(0).providerId(), group.get(0).providerName(),
					group.get(0).providerInternal(), group.get(0).serviceId(), group.get(0).serviceName(), group))
			.toList();
	}

	/**
	 * @return the parties of the chain that are not customers.
	 */
	public List<ChainParty> suppliers() {
		return this.parties.stream().filter((p) -> !p.party().customer()).toList();
	}

	/**
	 * @return the customers the service reaches.
	 */
	public List<PartyRef> customers() {
		return this.parties.stream()
			.map(ChainParty::party)
			.filter(PartyRef::customer)
			.sorted(java.util.Comparator.comparing(PartyRef::name))
			.toList();
	}

	/**
	 * Final links from one provider to customers for one service.
	 */
	public record CustomerLinks(UUID providerId, String providerName, boolean providerInternal, UUID serviceId,
			String serviceName, List<LinkView> links) {

	}

	/**
	 * @param depth links between this party and the customers
	 * @param singlePointOfFailure whether losing it cuts the service off from a customer
	 */
	public record ChainParty(PartyRef party, int depth, boolean singlePointOfFailure) {

	}

	/**
	 * @param party the party whose loss cuts the service off
	 * @param cutOffCustomers the customers who would lose the service
	 */
	public record SinglePointOfFailureView(PartyRef party, List<PartyRef> cutOffCustomers) {

	}

	/**
	 * A contact along the chain who holds a decision right.
	 */
	public record AuthorityHolder(PartyRef party, int depth, UUID contactId, String contactName,
			@Nullable String jobRole, boolean canSignAgreements, boolean canApproveSpend,
			@Nullable BigDecimal spendLimit, boolean canSetPriorities, @Nullable Integer escalationLevel) {

	}

}
