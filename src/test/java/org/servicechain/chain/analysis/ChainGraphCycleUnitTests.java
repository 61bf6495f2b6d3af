package org.servicechain.chain.analysis;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Parties that depend on each other in a circle (CHAIN-4): the cycles are reported, every
 * query still terminates, and mutual support does not make the whole circle fail.
 */
class ChainGraphCycleUnitTests {

	/** Only a hang detector: a query caught in a cycle would never return. */
	private static <T> T withoutHanging(Supplier<T> query) {
		return assertTimeoutPreemptively(Duration.ofSeconds(10), query::get);
	}

	@Test
	void reportsTwoTeamsThatDependOnEachOtherAsACycle() {
		ChainFixture chain = ChainFixtures.itAndFacilitiesSupportEachOther();

		List<ChainCycle> cycles = withoutHanging(() -> chain.graph().cycles());

		assertThat(cycles).hasSize(1);
		assertThat(chain.names(cycles.get(0).partyIds())).containsExactlyInAnyOrder("it", "facilities");
		assertThat(chain.names(cycles.get(0).linkIds())).containsExactlyInAnyOrder("facilities-power->it",
				"it-network->facilities");
		assertThat(cycles.get(0).partyIds()).isSorted();
	}

	@Test
	void reportsThreeTeamsInACircleAsOneCycle() {
		ChainFixture chain = ChainFixtures.billingAccountsAndSupportInACircle();

		List<ChainCycle> cycles = withoutHanging(() -> chain.graph().cycles());

		assertThat(cycles).hasSize(1);
		assertThat(chain.names(cycles.get(0).partyIds())).containsExactlyInAnyOrder("billing", "accounts", "support");
		assertThat(cycles.get(0).linkIds()).hasSize(3);
	}

	@Test
	void reportsNoCycleInAChainThatFlowsOneWay() {
		assertThat(ChainFixtures.powerCompanyFeedsDataCentreFeedsTwoServices().graph().cycles()).isEmpty();
	}

	@Test
	void reportsACycleAwayFromTheCustomersWithoutMixingItIntoTheirChain() {
		ChainFixture chain = ChainFixtures.researchLabsInTheirOwnCircle();
		ChainGraph graph = chain.graph();

		List<ChainCycle> cycles = withoutHanging(graph::cycles);
		ChainMap homeDelivery = withoutHanging(() -> graph.upstreamOfService(chain.service("homeDelivery")));
		DownstreamImpact labImpact = withoutHanging(() -> graph.downstreamOfParty(chain.party("labNorth")));

		assertThat(cycles).hasSize(1);
		assertThat(chain.names(cycles.get(0).partyIds())).containsExactlyInAnyOrder("labNorth", "labSouth");
		assertThat(chain.names(homeDelivery.partyIds())).doesNotContain("labNorth", "labSouth");
		assertThat(chain.names(labImpact.partyIds())).containsExactlyInAnyOrder("labNorth", "labSouth");
		assertThat(labImpact.affectedCustomerIds()).isEmpty();
		assertThat(labImpact.affectedEndUserServiceIds()).isEmpty();
		assertThat(chain.cutOffs(withoutHanging(graph::singlePointsOfFailure))).doesNotContainKeys("labNorth",
				"labSouth");
	}

	@Test
	void mapsAChainThroughACircleWithEveryPartyOnce() {
		ChainFixture chain = ChainFixtures.billingAccountsAndSupportInACircle();

		ChainMap helpdesk = withoutHanging(() -> chain.graph().upstreamOfService(chain.service("helpdesk")));
		ChainMap billing = withoutHanging(() -> chain.graph().upstreamOfParty(chain.party("billing")));

		assertThat(chain.depths(helpdesk)).containsOnly(entry("carol", 0), entry("support", 1), entry("billing", 2),
				entry("accounts", 3));
		assertThat(helpdesk.linkIds()).hasSize(4);
		assertThat(chain.depths(billing)).containsOnly(entry("billing", 0), entry("accounts", 1), entry("support", 2));
		assertThat(billing.linkIds()).hasSize(3);
	}

	@Test
	void tracesImpactAroundACircleBackToThePartyItself() {
		ChainFixture chain = ChainFixtures.billingAccountsAndSupportInACircle();

		DownstreamImpact impact = withoutHanging(() -> chain.graph().downstreamOfParty(chain.party("billing")));

		assertThat(chain.names(impact.partyIds())).containsExactlyInAnyOrder("billing", "accounts", "support", "carol");
		assertThat(chain.names(impact.affectedEndUserServiceIds())).containsExactly("helpdesk");
	}

	@Test
	void keepsACustomerWhoAlsoSuppliesTheChainOnTheCustomerLayer() {
		ChainFixture chain = ChainFixtures.courierFeedsWarehouseFeedsFrontLine()
			.provides("alice", "productFeedback", "warehouse");

		ChainMap map = withoutHanging(() -> chain.graph().upstreamOfService(chain.service("homeDelivery")));

		assertThat(chain.depths(map)).containsOnly(entry("alice", 0), entry("bob", 0), entry("frontLine", 1),
				entry("warehouse", 2), entry("courier", 3));
		assertThat(chain.names(map.linkIds())).contains("alice-productFeedback->warehouse");
		assertThat(chain.names(chain.graph().cycles().get(0).partyIds())).containsExactlyInAnyOrder("alice",
				"frontLine", "warehouse");
	}

	@Test
	void keepsTeamsInMutualSupportDeliveringUntilSomethingOutsideFails() {
		ChainFixture chain = ChainFixtures.itAndFacilitiesSupportEachOther()
			.organisation("backupEnergySupplier")
			.provides("backupEnergySupplier", "electricity", "facilities");

		List<SinglePointOfFailure> spofs = withoutHanging(
				() -> chain.graph().singlePointsOfFailure(chain.service("onlineBanking")));

		assertThat(chain.cutOffs(spofs))
			.containsOnly(entry("it", List.of("alice")), entry("facilities", List.of("alice")))
			.hasSize(2);
	}

	@Test
	void keepsACircleDeliveringWhenOneOfItsPartiesHasAnotherProvider() {
		ChainFixture chain = ChainFixtures.itAndFacilitiesSupportEachOther()
			.organisation("generatorRental")
			.provides("generatorRental", "power", "it");

		List<SinglePointOfFailure> spofs = withoutHanging(
				() -> chain.graph().singlePointsOfFailure(chain.service("onlineBanking")));

		assertThat(chain.cutOffs(spofs)).containsOnly(entry("it", List.of("alice")));
	}

	@Test
	void findsEveryPartyOfACircleWithoutAlternativesASinglePointOfFailure() {
		ChainFixture chain = ChainFixtures.itAndFacilitiesSupportEachOther();

		List<SinglePointOfFailure> spofs = withoutHanging(
				() -> chain.graph().singlePointsOfFailure(chain.service("onlineBanking")));

		assertThat(chain.cutOffs(spofs)).containsOnlyKeys("it", "facilities", "energySupplier");
	}

	@Test
	void findsTheSinglePointsOfFailureOfACircleThatOnlyFeedsItself() {
		ChainFixture chain = ChainFixtures.billingAccountsAndSupportInACircle();

		List<SinglePointOfFailure> spofs = withoutHanging(
				() -> chain.graph().singlePointsOfFailure(chain.service("helpdesk")));

		assertThat(chain.cutOffs(spofs))
			.containsOnly(entry("billing", List.of("carol")), entry("accounts", List.of("carol")),
					entry("support", List.of("carol")))
			.hasSize(3);
	}

}
