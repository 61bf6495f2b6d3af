package org.servicechain.chain.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The chain analysis held against the brute-force {@link ChainReference} on random chains
 * in layers with cycles, and run on chains of ten thousand links. Performance targets
 * live in benchmarks, never here: the only timeout is a generous hang detector.
 */
class ChainGraphLargeChainUnitTests {

	private static final Duration HANG_DETECTOR = Duration.ofSeconds(10);

	/** Only a hang detector: a query caught in a cycle would never return. */
	private static <T> T withoutHanging(Supplier<T> queries) {
		return assertTimeoutPreemptively(HANG_DETECTOR, queries::get);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void agreesWithTheBruteForceReferenceOnRandomChains(long seed) {
		ChainFixtures.RandomChain chain = ChainFixtures.randomLayeredChain(seed, 150, 430, 20);
		ChainGraph graph = chain.graph();
		ChainReference reference = chain.reference();

		assertThat(graph.endUserServices()).isNotEmpty().isEqualTo(reference.endUserServices());
		assertThat(graph.disconnectedParties()).isNotEmpty().isEqualTo(reference.disconnectedParties());
		assertThat(graph.cycles()).isNotEmpty().isEqualTo(reference.cycles());
		List<SinglePointOfFailure> allSpofs = new ArrayList<>();
		for (UUID service : graph.endUserServices()) {
			assertThat(graph.upstreamOfService(service)).isEqualTo(reference.upstreamOfService(service));
			assertThat(graph.singlePointsOfFailure(service)).isEqualTo(reference.singlePointsOfFailure(service));
			allSpofs.addAll(reference.singlePointsOfFailure(service));
		}
		assertThat(graph.singlePointsOfFailure()).isNotEmpty().isEqualTo(allSpofs);
		for (PartyNode party : chain.parties()) {
			assertThat(graph.upstreamOfParty(party.id())).isEqualTo(reference.upstreamOfParty(party.id()));
			assertThat(graph.downstreamOfParty(party.id())).isEqualTo(reference.downstreamOfParty(party.id()));
		}
	}

	@Test
	void answersEveryQueryOnAChainOfTenThousandLinks() {
		ChainFixtures.RandomChain chain = ChainFixtures.randomLayeredChain(42, 3000, 9900, 100);
		ChainReference reference = chain.reference();
		Answers answers = Answers.of(chain, new Random(42));

		assertThat(chain.links()).hasSize(10_000);
		assertThat(answers.endUserServices).hasSizeGreaterThan(50).isEqualTo(reference.endUserServices());
		assertThat(answers.disconnectedParties).isNotEmpty().isEqualTo(reference.disconnectedParties());
		assertThat(answers.cycles).isNotEmpty();
		answers.chainOfService.forEach((service, chainMap) -> {
			assertThat(chainMap).isEqualTo(reference.upstreamOfService(service));
			assertThat(answers.singlePointsOfFailure).filteredOn((spof) -> spof.serviceId().equals(service))
				.isEqualTo(answers.singlePointsOfFailureByService.get(service));
		});
		// The reference is slow on a graph this size, so it checks only a few walks;
		// the cycles then hold all the walks against each other.
		answers.upstreamOfParty.keySet().stream().limit(10).forEach((party) -> {
			assertThat(answers.upstreamOfParty.get(party)).isEqualTo(reference.upstreamOfParty(party));
			assertThat(answers.downstreamOfParty.get(party)).isEqualTo(reference.downstreamOfParty(party));
		});
		assertCyclesAreWhereUpstreamMeetsDownstream(answers);
		assertSinglePointsOfFailureAgreeWithTheReference(answers, reference, new Random(42));
	}

	@Test
	void walksASerialChainOfTenThousandLinksClosedIntoOneCircle() {
		List<PartyNode> parties = new ArrayList<>();
		List<LinkEdge> links = new ArrayList<>();
		UUID customer = UUID.randomUUID();
		UUID handOver = UUID.randomUUID();
		parties.add(PartyNode.customer(customer));
		for (int i = 0; i < 9_999; i++) {
			parties.add(PartyNode.supplier(UUID.randomUUID()));
			if (i > 0) {
				links.add(new LinkEdge(UUID.randomUUID(), handOver, parties.get(i).id(), parties.get(i + 1).id()));
			}
		}
		UUID first = parties.get(1).id();
		UUID last = parties.get(9_999).id();
		UUID endUserService = UUID.randomUUID();
		links.add(new LinkEdge(UUID.randomUUID(), endUserService, last, customer));
		links.add(new LinkEdge(UUID.randomUUID(), handOver, last, first));

		ChainGraph graph = ChainGraph.of(parties, links);
		List<ChainCycle> cycles = withoutHanging(graph::cycles);
		ChainMap chainOfService = withoutHanging(() -> graph.upstreamOfService(endUserService));
		DownstreamImpact impactOfFirst = withoutHanging(() -> graph.downstreamOfParty(first));
		List<SinglePointOfFailure> spofs = withoutHanging(() -> graph.singlePointsOfFailure(endUserService));

		assertThat(links).hasSize(10_000);
		assertThat(cycles).singleElement().satisfies((cycle) -> assertThat(cycle.partyIds()).hasSize(9_999));
		assertThat(chainOfService.depthOf(first)).hasValue(9_999);
		assertThat(chainOfService.linkIds()).hasSize(10_000);
		assertThat(impactOfFirst.affectedCustomerIds()).containsExactly(customer);
		assertThat(spofs).hasSize(9_999)
			.allSatisfy((spof) -> assertThat(spof.cutOffCustomerIds()).containsExactly(customer));
	}

	/**
	 * A party's cycle is exactly the parties both upstream and downstream of it, which
	 * holds the iterative Tarjan against the walks checked above.
	 */
	private static void assertCyclesAreWhereUpstreamMeetsDownstream(Answers answers) {
		Map<UUID, Set<UUID>> cycleOf = new HashMap<>();
		for (ChainCycle cycle : answers.cycles) {
			assertThat(cycle.partyIds()).isSorted().hasSizeGreaterThan(1);
			cycle.partyIds().forEach((party) -> cycleOf.put(party, new HashSet<>(cycle.partyIds())));
		}
		assertThat(answers.cycles).extracting((cycle) -> cycle.partyIds().get(0)).isSorted();
		for (UUID party : answers.upstreamOfParty.keySet()) {
			Set<UUID> both = new TreeSet<>(answers.upstreamOfParty.get(party).partyIds());
			both.retainAll(new HashSet<>(answers.downstreamOfParty.get(party).partyIds()));
			both.add(party);
			assertThat(cycleOf.getOrDefault(party, Set.of(party))).isEqualTo(both);
		}
	}

	private static void assertSinglePointsOfFailureAgreeWithTheReference(Answers answers, ChainReference reference,
			Random sample) {
		List<UUID> services = new ArrayList<>(answers.singlePointsOfFailureByService.keySet());
		for (UUID service : services.subList(0, 2)) {
			Map<UUID, List<UUID>> reported = new HashMap<>();
			answers.singlePointsOfFailureByService.get(service)
				.forEach((spof) -> reported.put(spof.partyId(), spof.cutOffCustomerIds()));
			List<UUID> chainParties = answers.chainOfService.get(service).partyIds();
			assertThat(chainParties).containsAll(reported.keySet());
			Set<UUID> candidates = new HashSet<>(reported.keySet().stream().sorted().limit(3).toList());
			for (int i = 0; i < 5; i++) {
				candidates.add(chainParties.get(sample.nextInt(chainParties.size())));
			}
			for (UUID candidate : candidates) {
				List<UUID> expected = answers.customers.contains(candidate) ? List.of()
						: reference.cutOffBy(candidate, service);
				assertThat(reported.getOrDefault(candidate, List.of())).isEqualTo(expected);
			}
		}
	}

	/** The answers to every query, asked before any of them is checked. */
	private record Answers(Set<UUID> customers, List<UUID> endUserServices, List<UUID> disconnectedParties,
			List<ChainCycle> cycles, Map<UUID, ChainMap> chainOfService,
			Map<UUID, List<SinglePointOfFailure>> singlePointsOfFailureByService,
			List<SinglePointOfFailure> singlePointsOfFailure, Map<UUID, ChainMap> upstreamOfParty,
			Map<UUID, DownstreamImpact> downstreamOfParty) {

		/**
		 * Every query, the per-party and per-link ones for a sample, each kind watched by
		 * the hang detector on its own.
		 */
		static Answers of(ChainFixtures.RandomChain chain, Random sample) {
			ChainGraph graph = withoutHanging(chain::graph);
			List<UUID> endUserServices = withoutHanging(graph::endUserServices);
			List<UUID> disconnectedParties = withoutHanging(graph::disconnectedParties);
			List<ChainCycle> cycles = withoutHanging(graph::cycles);
			Map<UUID, ChainMap> chainOfService = new TreeMap<>();
			Map<UUID, List<SinglePointOfFailure>> spofsByService = new TreeMap<>();
			withoutHanging(() -> {
				for (int i = 0; i < endUserServices.size(); i += 10) {
					UUID service = endUserServices.get(i);
					chainOfService.put(service, graph.upstreamOfService(service));
					spofsByService.put(service, graph.singlePointsOfFailure(service));
				}
				return chainOfService;
			});
			List<SinglePointOfFailure> allSpofs = withoutHanging(graph::singlePointsOfFailure);
			Map<UUID, ChainMap> upstreamOfParty = new LinkedHashMap<>();
			Map<UUID, DownstreamImpact> downstreamOfParty = new LinkedHashMap<>();
			withoutHanging(() -> {
				for (int i = 0; i < 300; i++) {
					UUID party = chain.parties().get(sample.nextInt(chain.parties().size())).id();
					upstreamOfParty.put(party, graph.upstreamOfParty(party));
					downstreamOfParty.put(party, graph.downstreamOfParty(party));
					LinkEdge link = chain.links().get(sample.nextInt(chain.links().size()));
					assertThat(graph.downstreamOfLink(link.id()).partyIds()).contains(link.consumerId());
					assertThat(graph.upstreamOfLink(link.id()).partyIds()).contains(link.providerId());
				}
				return upstreamOfParty;
			});
			Set<UUID> customers = new HashSet<>();
			chain.parties().stream().filter(PartyNode::customer).forEach((party) -> customers.add(party.id()));
			return new Answers(customers, endUserServices, disconnectedParties, cycles, chainOfService, spofsByService,
					allSpofs, upstreamOfParty, downstreamOfParty);
		}

	}

}
