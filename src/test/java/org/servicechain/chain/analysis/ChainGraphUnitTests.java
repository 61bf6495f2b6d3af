package org.servicechain.chain.analysis;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

/**
 * The chain analysis on small chains named in domain words (CHAIN-2, CHAIN-3, CHAIN-4).
 */
class ChainGraphUnitTests {

	@Test
	void rejectsLinkFromAPartyToItself() {
		UUID warehouse = UUID.randomUUID();
		UUID link = UUID.randomUUID();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChainGraph.of(List.of(PartyNode.supplier(warehouse)),
					List.of(new LinkEdge(link, UUID.randomUUID(), warehouse, warehouse))))
			.withMessageContaining(link.toString())
			.withMessageContaining("to itself");
	}

	@Test
	void rejectsLinkFromAProviderOutsideTheChain() {
		UUID warehouse = UUID.randomUUID();
		UUID stranger = UUID.randomUUID();
		UUID link = UUID.randomUUID();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChainGraph.of(List.of(PartyNode.supplier(warehouse)),
					List.of(new LinkEdge(link, UUID.randomUUID(), stranger, warehouse))))
			.withMessageContaining(link.toString())
			.withMessageContaining("provider " + stranger)
			.withMessageContaining("must join two parties of the chain");
	}

	@Test
	void rejectsLinkToAConsumerOutsideTheChain() {
		UUID warehouse = UUID.randomUUID();
		UUID stranger = UUID.randomUUID();
		UUID link = UUID.randomUUID();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChainGraph.of(List.of(PartyNode.supplier(warehouse)),
					List.of(new LinkEdge(link, UUID.randomUUID(), warehouse, stranger))))
			.withMessageContaining(link.toString())
			.withMessageContaining("consumer " + stranger);
	}

	@Test
	void rejectsPartyOrLinkGivenTwice() {
		UUID courier = UUID.randomUUID();
		UUID warehouse = UUID.randomUUID();
		LinkEdge link = new LinkEdge(UUID.randomUUID(), UUID.randomUUID(), courier, warehouse);

		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> ChainGraph.of(List.of(PartyNode.supplier(courier), PartyNode.supplier(courier)), List.of()))
			.withMessageContaining("Party " + courier);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChainGraph.of(List.of(PartyNode.supplier(courier), PartyNode.supplier(warehouse)),
					List.of(link, link)))
			.withMessageContaining("Link " + link.id());
	}

	@Test
	void acceptsParallelLinksBetweenTheSameParties() {
		ChainFixture chain = ChainFixtures.courierFeedsWarehouseFeedsFrontLine()
			.provides("courier", "parcelTransport", "warehouse");

		ChainMap map = chain.graph().upstreamOfParty(chain.party("warehouse"));

		assertThat(chain.names(map.linkIds())).containsExactlyInAnyOrder("courier-parcelTransport->warehouse",
				"courier-parcelTransport->warehouse#2");
		assertThat(chain.graph().singlePointsOfFailure(chain.service("homeDelivery")))
			.extracting(SinglePointOfFailure::partyId)
			.contains(chain.party("courier"));
	}

	@Test
	void mapsTheWholeSerialChainOfAnEndUserServiceInLayers() {
		ChainFixture chain = ChainFixtures.courierFeedsWarehouseFeedsFrontLine();

		ChainMap map = chain.graph().upstreamOfService(chain.service("homeDelivery"));

		assertThat(chain.depths(map)).containsOnly(entry("alice", 0), entry("bob", 0), entry("frontLine", 1),
				entry("warehouse", 2), entry("courier", 3));
		assertThat(chain.names(map.linkIds())).containsExactlyInAnyOrder("frontLine-homeDelivery->alice",
				"frontLine-homeDelivery->bob", "warehouse-stockPicking->frontLine",
				"courier-parcelTransport->warehouse");
		assertThat(map.linkIds()).isSorted();
		assertThat(map.partyIds()).isSorted().hasSize(5);
		assertThat(map.layers().keySet()).containsExactly(0, 1, 2, 3);
		assertThat(map.depthOf(chain.party("courier"))).hasValue(3);
	}

	@Test
	void placesEachPartyOnTheLayerOfItsShortestPath() {
		ChainFixture chain = ChainFixtures.courierAlsoDeliversToTheFrontLine();

		ChainMap map = chain.graph().upstreamOfService(chain.service("homeDelivery"));

		assertThat(chain.depths(map)).containsOnly(entry("alice", 0), entry("bob", 0), entry("frontLine", 1),
				entry("warehouse", 2), entry("courier", 2));
		assertThat(map.parties()).extracting(ChainMap.PartyAtDepth::depth).isSorted();
		assertThat(chain.names(map.layers().get(2))).containsExactlyInAnyOrder("warehouse", "courier");
	}

	@Test
	void leavesOutWhatTheCustomersGetFromOtherChains() {
		ChainFixture chain = ChainFixtures.powerCompanyFeedsDataCentreFeedsTwoServices();

		ChainMap map = chain.graph().upstreamOfService(chain.service("onlineOrdering"));

		assertThat(chain.depths(map)).containsOnly(entry("alice", 0), entry("bob", 0), entry("webShop", 1),
				entry("dataCentre", 2), entry("powerCompany", 3));
		assertThat(chain.names(map.linkIds())).doesNotContain("callCentre-phoneSupport->bob",
				"dataCentre-hosting->callCentre");
	}

	@Test
	void answersWithAnEmptyChainForAServiceWithoutLinks() {
		ChainGraph graph = ChainFixtures.courierFeedsWarehouseFeedsFrontLine().graph();
		UUID unknownService = UUID.randomUUID();

		assertThat(graph.upstreamOfService(unknownService).isEmpty()).isTrue();
		assertThat(graph.upstreamOfService(unknownService).linkIds()).isEmpty();
		assertThat(graph.singlePointsOfFailure(unknownService)).isEmpty();
	}

	@Test
	void rejectsPartiesAndLinksNotInTheChain() {
		ChainGraph graph = ChainFixtures.courierFeedsWarehouseFeedsFrontLine().graph();
		UUID unknown = UUID.randomUUID();

		assertThat(graph.containsParty(unknown)).isFalse();
		assertThat(graph.containsLink(unknown)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> graph.upstreamOfParty(unknown))
			.withMessageContaining("Party " + unknown);
		assertThatIllegalArgumentException().isThrownBy(() -> graph.downstreamOfParty(unknown))
			.withMessageContaining("Party " + unknown);
		assertThatIllegalArgumentException().isThrownBy(() -> graph.upstreamOfLink(unknown))
			.withMessageContaining("Link " + unknown);
		assertThatIllegalArgumentException().isThrownBy(() -> graph.downstreamOfLink(unknown))
			.withMessageContaining("Link " + unknown);
	}

	@Test
	void showsWhatAPartyDependsOnUpstream() {
		ChainFixture chain = ChainFixtures.warehouseNeedsCourierAndPacker();

		ChainMap map = chain.graph().upstreamOfParty(chain.party("frontLine"));

		assertThat(chain.depths(map)).containsOnly(entry("frontLine", 0), entry("warehouse", 1), entry("courier", 2),
				entry("packer", 2));
		assertThat(chain.names(map.linkIds())).containsExactlyInAnyOrder("warehouse-stockPicking->frontLine",
				"courier-parcelTransport->warehouse", "packer-packaging->warehouse");
	}

	@Test
	void showsThatAPartyWithoutSuppliersDependsOnNothing() {
		ChainFixture chain = ChainFixtures.courierFeedsWarehouseFeedsFrontLine();

		ChainMap map = chain.graph().upstreamOfParty(chain.party("courier"));

		assertThat(chain.depths(map)).containsOnly(entry("courier", 0));
		assertThat(map.linkIds()).isEmpty();
	}

	@Test
	void showsWhatALinkDependsOnUpstream() {
		ChainFixture chain = ChainFixtures.warehouseNeedsCourierAndPacker();

		ChainMap map = chain.graph().upstreamOfLink(chain.link("warehouse-stockPicking->frontLine"));

		assertThat(chain.depths(map)).containsOnly(entry("frontLine", 0), entry("warehouse", 1), entry("courier", 2),
				entry("packer", 2));
		assertThat(map.linkIds()).hasSize(3);
	}

	@Test
	void tracesTheImpactOfADeepSupplierToSeveralServicesAndCustomers() {
		ChainFixture chain = ChainFixtures.powerCompanyFeedsDataCentreFeedsTwoServices();

		DownstreamImpact impact = chain.graph().downstreamOfParty(chain.party("powerCompany"));

		assertThat(chain.names(impact.affectedEndUserServiceIds())).containsExactlyInAnyOrder("onlineOrdering",
				"phoneSupport");
		assertThat(chain.names(impact.affectedCustomerIds())).containsExactlyInAnyOrder("alice", "bob", "carol");
		assertThat(chain.names(impact.partyIds())).containsExactlyInAnyOrder("dataCentre", "webShop", "callCentre",
				"alice", "bob", "carol");
		assertThat(impact.linkIds()).hasSize(7).isSorted();
		assertThat(impact.partyIds()).isSorted();
		assertThat(impact.affectedCustomerIds()).isSorted();
	}

	@Test
	void countsAPartysOwnLinksToCustomersAsImpact() {
		ChainFixture chain = ChainFixtures.powerCompanyFeedsDataCentreFeedsTwoServices();

		DownstreamImpact impact = chain.graph().downstreamOfParty(chain.party("callCentre"));

		assertThat(chain.names(impact.affectedEndUserServiceIds())).containsExactly("phoneSupport");
		assertThat(chain.names(impact.affectedCustomerIds())).containsExactlyInAnyOrder("bob", "carol");
		assertThat(chain.names(impact.partyIds())).doesNotContain("callCentre");
	}

	@Test
	void tracesTheImpactOfALinkFromTheLinkItselfOnwards() {
		ChainFixture chain = ChainFixtures.powerCompanyFeedsDataCentreFeedsTwoServices();

		DownstreamImpact hosting = chain.graph().downstreamOfLink(chain.link("dataCentre-hosting->webShop"));
		DownstreamImpact lastMile = chain.graph().downstreamOfLink(chain.link("callCentre-phoneSupport->carol"));

		assertThat(chain.names(hosting.linkIds())).containsExactlyInAnyOrder("dataCentre-hosting->webShop",
				"webShop-onlineOrdering->alice", "webShop-onlineOrdering->bob");
		assertThat(chain.names(hosting.partyIds())).containsExactlyInAnyOrder("webShop", "alice", "bob");
		assertThat(chain.names(hosting.affectedEndUserServiceIds())).containsExactly("onlineOrdering");
		assertThat(chain.names(lastMile.affectedCustomerIds())).containsExactly("carol");
		assertThat(chain.names(lastMile.affectedEndUserServiceIds())).containsExactly("phoneSupport");
	}

	@Test
	void findsNoImpactDownstreamOfACustomer() {
		ChainFixture chain = ChainFixtures.courierFeedsWarehouseFeedsFrontLine();

		DownstreamImpact impact = chain.graph().downstreamOfParty(chain.party("alice"));

		assertThat(impact.linkIds()).isEmpty();
		assertThat(impact.partyIds()).isEmpty();
		assertThat(impact.affectedEndUserServiceIds()).isEmpty();
	}

	@Test
	void listsTheServicesThatReachCustomers() {
		ChainFixture chain = ChainFixtures.powerCompanyFeedsDataCentreFeedsTwoServices();

		List<UUID> services = chain.graph().endUserServices();

		assertThat(chain.names(services)).containsExactlyInAnyOrder("onlineOrdering", "phoneSupport", "homeDelivery");
		assertThat(services).isSorted();
	}

	@Test
	void listsPartiesWithoutAnyLink() {
		ChainFixture chain = ChainFixtures.researchLabsInTheirOwnCircle();

		assertThat(chain.names(chain.graph().disconnectedParties())).containsExactly("dormantPartner");
	}

	@Test
	void findsEveryPartyOfASerialChainASinglePointOfFailure() {
		ChainFixture chain = ChainFixtures.courierFeedsWarehouseFeedsFrontLine();

		List<SinglePointOfFailure> spofs = chain.graph().singlePointsOfFailure(chain.service("homeDelivery"));

		assertThat(chain.cutOffs(spofs))
			.containsOnly(entry("courier", List.of("alice", "bob")), entry("warehouse", List.of("alice", "bob")),
					entry("frontLine", List.of("alice", "bob")))
			.hasSize(3);
		assertThat(spofs).extracting(SinglePointOfFailure::partyId).isSorted();
		assertThat(spofs).allSatisfy((spof) -> assertThat(spof.cutOffCustomerIds()).isSorted());
	}

	@Test
	void doesNotCountAnAlternativeSupplierOfTheSameServiceAsASinglePointOfFailure() {
		ChainFixture chain = ChainFixtures.twoCouriersFeedTheWarehouse();

		List<SinglePointOfFailure> spofs = chain.graph().singlePointsOfFailure(chain.service("homeDelivery"));

		assertThat(chain.cutOffs(spofs)).containsOnlyKeys("warehouse", "frontLine");
	}

	@Test
	void countsEachSupplierOfADifferentNeededServiceAsASinglePointOfFailure() {
		ChainFixture chain = ChainFixtures.warehouseNeedsCourierAndPacker();

		List<SinglePointOfFailure> spofs = chain.graph().singlePointsOfFailure(chain.service("homeDelivery"));

		assertThat(chain.cutOffs(spofs)).containsOnlyKeys("courier", "packer", "warehouse", "frontLine");
	}

	@Test
	void cutsOffOnlyTheCustomersWithoutAnotherProvider() {
		ChainFixture chain = ChainFixtures.courierFeedsWarehouseFeedsFrontLine()
			.team("secondFrontLine")
			.provides("warehouse", "stockPicking", "secondFrontLine")
			.provides("secondFrontLine", "homeDelivery", "bob");

		List<SinglePointOfFailure> spofs = chain.graph().singlePointsOfFailure(chain.service("homeDelivery"));

		assertThat(chain.cutOffs(spofs))
			.containsOnly(entry("courier", List.of("alice", "bob")), entry("warehouse", List.of("alice", "bob")),
					entry("frontLine", List.of("alice")))
			.hasSize(3);
	}

	@Test
	void neverReportsACustomerAsASinglePointOfFailure() {
		ChainFixture chain = ChainFixtures.courierFeedsWarehouseFeedsFrontLine()
			.provides("alice", "productFeedback", "warehouse");

		List<SinglePointOfFailure> spofs = chain.graph().singlePointsOfFailure(chain.service("homeDelivery"));

		assertThat(chain.cutOffs(spofs)).containsOnlyKeys("courier", "warehouse", "frontLine");
	}

	@Test
	void findsNoSinglePointOfFailureForAServiceThatReachesNoCustomer() {
		ChainFixture chain = ChainFixtures.courierFeedsWarehouseFeedsFrontLine();

		assertThat(chain.graph().singlePointsOfFailure(chain.service("stockPicking"))).isEmpty();
	}

	@Test
	void findsTheSinglePointsOfFailureOfAllEndUserServicesAtOnce() {
		ChainFixture chain = ChainFixtures.powerCompanyFeedsDataCentreFeedsTwoServices();
		ChainGraph graph = chain.graph();

		List<SinglePointOfFailure> all = graph.singlePointsOfFailure();

		assertThat(all).containsExactlyElementsOf(graph.endUserServices()
			.stream()
			.flatMap((service) -> graph.singlePointsOfFailure(service).stream())
			.toList());
		Map<String, List<String>> phoneSupport = chain
			.cutOffs(graph.singlePointsOfFailure(chain.service("phoneSupport")));
		assertThat(phoneSupport)
			.containsOnly(entry("powerCompany", List.of("bob", "carol")), entry("dataCentre", List.of("bob", "carol")),
					entry("callCentre", List.of("bob", "carol")))
			.hasSize(3);
	}

}
