package org.servicechain.chain.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A front-line team delivers appliances with the courier's help and takes payments with
 * the payment gateway's: naming what each service needs keeps the gateway out of the
 * delivery chain.
 */
class ServiceNeedsUnitTests {

	final ChainFixture chain = new ChainFixture().customer("Amelia")
		.team("Front line")
		.team("Warehouse")
		.team("Finance")
		.organisation("Courier")
		.organisation("Gateway")
		.organisation("Hosting")
		.team("IT")
		.provides("Courier", "carriage", "Warehouse")
		.provides("Warehouse", "fulfilment", "Front line")
		.provides("Gateway", "card payments", "Finance")
		.provides("Finance", "payment processing", "Front line")
		.provides("Hosting", "hosting", "IT")
		.provides("IT", "order system", "Front line", "Warehouse", "Finance")
		.provides("Front line", "delivery", "Amelia")
		.provides("Front line", "refunds", "Amelia");

	final Map<UUID, Set<UUID>> named = Map.of(service("delivery"),
			Set.of(service("fulfilment"), service("order system")), service("refunds"),
			Set.of(service("payment processing"), service("order system")), service("fulfilment"),
			Set.of(service("carriage"), service("order system")));

	ServiceNeeds needs = ServiceNeeds.of(this.chain.links(), this.named);

	@Test
	void narrowsTheChainOfAServiceToTheInputsItNeeds() {
		assertThat(linkNames(this.needs.chainOfService(service("delivery")))).containsExactlyInAnyOrder(
				"Front line-delivery->Amelia", "Warehouse-fulfilment->Front line", "IT-order system->Front line",
				"Courier-carriage->Warehouse", "IT-order system->Warehouse", "Hosting-hosting->IT");
	}

	@Test
	void takesEveryInputWhenAServiceNamesNone() {
		// Payment processing names nothing, so Finance needs all it receives.
		assertThat(linkNames(this.needs.chainOfService(service("refunds")))).containsExactlyInAnyOrder(
				"Front line-refunds->Amelia", "Finance-payment processing->Front line", "IT-order system->Front line",
				"Gateway-card payments->Finance", "IT-order system->Finance", "Hosting-hosting->IT");
	}

	@Test
	void theDeliveryChainHasNoPaymentGatewayAndItsSinglePointsOfFailureFollow() {
		List<LinkEdge> deliveryChain = this.needs.chainOfService(service("delivery"));
		ChainGraph graph = ChainGraph.of(this.chain.parties(), deliveryChain);
		assertThat(this.chain.cutOffs(graph.singlePointsOfFailure(service("delivery"))).keySet())
			.containsExactlyInAnyOrder("Front line", "Warehouse", "Courier", "IT", "Hosting");
		// Without named needs, the gateway and Finance would wrongly bring delivery down
		// too.
		ChainGraph cautious = ChainGraph.of(this.chain.parties(),
				ServiceNeeds.of(this.chain.links(), Map.of()).chainOfService(service("delivery")));
		assertThat(this.chain.cutOffs(cautious.singlePointsOfFailure(service("delivery"))).keySet()).contains("Gateway",
				"Finance");
	}

	@Test
	void downstreamFollowsOnlyTheOutputsThatNeedTheInput() {
		assertThat(linkNames(this.needs.downstreamOfParty(this.chain.party("Gateway")))).containsExactlyInAnyOrder(
				"Gateway-card payments->Finance", "Finance-payment processing->Front line",
				"Front line-refunds->Amelia");
		assertThat(linkNames(this.needs.downstreamOfLink(this.chain.link("Courier-carriage->Warehouse"))))
			.containsExactlyInAnyOrder("Courier-carriage->Warehouse", "Warehouse-fulfilment->Front line",
					"Front line-delivery->Amelia");
		assertThat(linkNames(this.needs.downstreamOfParty(this.chain.party("Hosting"))))
			.contains("Front line-delivery->Amelia", "Front line-refunds->Amelia");
	}

	@Test
	void upstreamOfAPartyTakesEverythingItReceivesAndWhatThoseNeed() {
		assertThat(linkNames(this.needs.upstreamOfParty(this.chain.party("Warehouse")))).containsExactlyInAnyOrder(
				"Courier-carriage->Warehouse", "IT-order system->Warehouse", "Hosting-hosting->IT");
		assertThat(linkNames(this.needs.upstreamOfLink(this.chain.link("Warehouse-fulfilment->Front line"))))
			.containsExactlyInAnyOrder("Warehouse-fulfilment->Front line", "Courier-carriage->Warehouse",
					"IT-order system->Warehouse", "Hosting-hosting->IT");
	}

	@Test
	void aServiceThatNeedsNothingEndsTheChain() {
		ServiceNeeds selfContained = ServiceNeeds.of(this.chain.links(), Map.of(service("delivery"), Set.of()));
		assertThat(linkNames(selfContained.chainOfService(service("delivery"))))
			.containsExactly("Front line-delivery->Amelia");
	}

	@Test
	void walksTerminateOnCycles() {
		ChainFixture circle = new ChainFixture().customer("Client")
			.team("IT")
			.team("Finance")
			.provides("IT", "laptops", "Finance")
			.provides("Finance", "budget", "IT")
			.provides("IT", "support", "Client");
		ServiceNeeds cautious = ServiceNeeds.of(circle.links(), Map.of());
		assertThat(cautious.chainOfService(circle.service("support"))).hasSize(3);
		assertThat(cautious.downstreamOfParty(circle.party("Finance"))).hasSize(3);
	}

	@Test
	void rejectsAnUnknownLink() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.needs.upstreamOfLink(UUID.randomUUID()))
			.withMessageContaining("not part of the chain");
		assertThat(this.needs.chainOfService(UUID.randomUUID())).isEmpty();
	}

	private UUID service(String name) {
		return this.chain.service(name);
	}

	private List<String> linkNames(List<LinkEdge> links) {
		return this.chain.names(links.stream().map(LinkEdge::id).toList());
	}

}
