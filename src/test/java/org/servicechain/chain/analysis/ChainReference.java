package org.servicechain.chain.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The chain analysis written down as directly from its definitions as possible: sets of
 * ids grown until nothing changes. Slow, but easy to believe, so the tests hold
 * {@link ChainGraph} against it.
 */
final class ChainReference {

	private final List<PartyNode> parties;

	private final List<LinkEdge> links;

	private final Set<UUID> customers;

	/** Per consumer and per service it consumes, the providers of that service to it. */
	private final Map<UUID, Map<UUID, List<UUID>>> providers;

	ChainReference(List<PartyNode> parties, List<LinkEdge> links) {
		this.parties = parties;
		this.links = links;
		this.customers = parties.stream().filter(PartyNode::customer).map(PartyNode::id).collect(Collectors.toSet());
		this.providers = links.stream()
			.collect(Collectors.groupingBy(LinkEdge::consumerId, Collectors.groupingBy(LinkEdge::serviceId,
					Collectors.mapping(LinkEdge::providerId, Collectors.toList()))));
	}

	ChainMap upstreamOfService(UUID serviceId) {
		List<LinkEdge> seeds = this.links.stream().filter((link) -> link.serviceId().equals(serviceId)).toList();
		return upstream(seeds.stream().map(LinkEdge::consumerId).collect(Collectors.toSet()), seeds);
	}

	ChainMap upstreamOfParty(UUID partyId) {
		List<LinkEdge> seeds = this.links.stream().filter((link) -> link.consumerId().equals(partyId)).toList();
		return upstream(Set.of(partyId), seeds);
	}

	DownstreamImpact downstreamOfParty(UUID partyId) {
		Set<UUID> reached = new HashSet<>();
		Set<UUID> links = new HashSet<>();
		boolean grown = true;
		while (grown) {
			grown = false;
			for (LinkEdge link : this.links) {
				if ((link.providerId().equals(partyId) || reached.contains(link.providerId()))
						&& links.add(link.id())) {
					reached.add(link.consumerId());
					grown = true;
				}
			}
		}
		Set<UUID> customers = new TreeSet<>(reached);
		customers.retainAll(this.customers);
		Set<UUID> services = this.links.stream()
			.filter((link) -> links.contains(link.id()) && this.customers.contains(link.consumerId()))
			.map(LinkEdge::serviceId)
			.collect(Collectors.toCollection(TreeSet::new));
		return new DownstreamImpact(new ArrayList<>(new TreeSet<>(links)), new ArrayList<>(new TreeSet<>(reached)),
				new ArrayList<>(customers), new ArrayList<>(services));
	}

	List<UUID> endUserServices() {
		return this.links.stream()
			.filter((link) -> this.customers.contains(link.consumerId()))
			.map(LinkEdge::serviceId)
			.distinct()
			.sorted()
			.toList();
	}

	List<UUID> disconnectedParties() {
		return this.parties.stream()
			.map(PartyNode::id)
			.filter((party) -> this.links.stream()
				.noneMatch((link) -> link.providerId().equals(party) || link.consumerId().equals(party)))
			.sorted()
			.toList();
	}

	/** Every party is lost in turn, not only those of the chain of the service. */
	List<SinglePointOfFailure> singlePointsOfFailure(UUID serviceId) {
		List<SinglePointOfFailure> result = new ArrayList<>();
		this.parties.stream().filter((party) -> !party.customer()).map(PartyNode::id).sorted().forEach((lost) -> {
			List<UUID> cutOff = cutOffBy(lost, serviceId);
			if (!cutOff.isEmpty()) {
				result.add(new SinglePointOfFailure(lost, serviceId, cutOff));
			}
		});
		return result;
	}

	/** The customers that no longer receive the service once the party is lost. */
	List<UUID> cutOffBy(UUID lost, UUID serviceId) {
		Set<UUID> able = this.parties.stream().map(PartyNode::id).collect(Collectors.toSet());
		able.remove(lost);
		boolean shrunk = true;
		while (shrunk) {
			shrunk = false;
			for (UUID party : new ArrayList<>(able)) {
				for (UUID service : this.providers.getOrDefault(party, Map.of()).keySet()) {
					if (!receives(party, service, able)) {
						able.remove(party);
						shrunk = true;
						break;
					}
				}
			}
		}
		return this.links.stream()
			.filter((link) -> link.serviceId().equals(serviceId) && this.customers.contains(link.consumerId()))
			.map(LinkEdge::consumerId)
			.distinct()
			.filter((customer) -> !receives(customer, serviceId, able))
			.sorted()
			.toList();
	}

	/** Strongly connected components from mutual reachability. */
	List<ChainCycle> cycles() {
		Map<UUID, Set<UUID>> reach = new HashMap<>();
		for (PartyNode party : this.parties) {
			reach.put(party.id(), reachableFrom(party.id()));
		}
		Set<List<UUID>> cycles = new HashSet<>();
		for (PartyNode party : this.parties) {
			List<UUID> members = reach.get(party.id())
				.stream()
				.filter((other) -> reach.get(other).contains(party.id()))
				.sorted()
				.toList();
			if (members.size() > 1) {
				cycles.add(members);
			}
		}
		return cycles.stream().sorted(Comparator.comparing((List<UUID> members) -> members.get(0))).map((members) -> {
			List<UUID> links = this.links.stream()
				.filter((link) -> members.contains(link.providerId()) && members.contains(link.consumerId()))
				.map(LinkEdge::id)
				.sorted()
				.toList();
			return new ChainCycle(members, links);
		}).toList();
	}

	private boolean receives(UUID consumer, UUID service, Set<UUID> able) {
		return this.providers.getOrDefault(consumer, Map.of())
			.getOrDefault(service, List.of())
			.stream()
			.anyMatch(able::contains);
	}

	/** Parties reachable downstream, including the party itself. */
	private Set<UUID> reachableFrom(UUID party) {
		Set<UUID> reached = new HashSet<>(Set.of(party));
		Deque<UUID> todo = new ArrayDeque<>(reached);
		Map<UUID, List<UUID>> consumersOf = this.links.stream()
			.collect(Collectors.groupingBy(LinkEdge::providerId,
					Collectors.mapping(LinkEdge::consumerId, Collectors.toList())));
		while (!todo.isEmpty()) {
			for (UUID next : consumersOf.getOrDefault(todo.pop(), List.of())) {
				if (reached.add(next)) {
					todo.push(next);
				}
			}
		}
		return reached;
	}

	/**
	 * Suppliers: providers of the seeds, and providers of links into suppliers, until
	 * nothing changes. Depths: receivers at 0, relaxed along the chain links until
	 * nothing changes.
	 */
	private ChainMap upstream(Set<UUID> receivers, List<LinkEdge> seeds) {
		Set<UUID> suppliers = seeds.stream().map(LinkEdge::providerId).collect(Collectors.toSet());
		boolean grown = true;
		while (grown) {
			grown = false;
			for (LinkEdge link : this.links) {
				if (suppliers.contains(link.consumerId()) && suppliers.add(link.providerId())) {
					grown = true;
				}
			}
		}
		List<LinkEdge> chain = this.links.stream()
			.filter((link) -> seeds.contains(link) || suppliers.contains(link.consumerId()))
			.toList();
		Map<UUID, Integer> depth = new HashMap<>();
		receivers.forEach((receiver) -> depth.put(receiver, 0));
		boolean relaxed = true;
		while (relaxed) {
			relaxed = false;
			for (LinkEdge link : chain) {
				Integer below = depth.get(link.consumerId());
				if (below != null && below + 1 < depth.getOrDefault(link.providerId(), Integer.MAX_VALUE)) {
					depth.put(link.providerId(), below + 1);
					relaxed = true;
				}
			}
		}
		List<ChainMap.PartyAtDepth> parties = depth.entrySet()
			.stream()
			.map((entry) -> new ChainMap.PartyAtDepth(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingInt(ChainMap.PartyAtDepth::depth).thenComparing(ChainMap.PartyAtDepth::partyId))
			.toList();
		return new ChainMap(chain.stream().map(LinkEdge::id).sorted().toList(), parties);
	}

}
