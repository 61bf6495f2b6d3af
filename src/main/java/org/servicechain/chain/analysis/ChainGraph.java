package org.servicechain.chain.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The service chain as an immutable directed graph (CHAIN-2): parties are the nodes, and
 * every link "provider provides service to consumer" is an edge from the provider to the
 * consumer. The chain ends at end-user customers. Parallel links between the same two
 * parties are allowed.
 * <p>
 * Invariants, checked by {@link #of(Collection, Collection)}: party and link ids are
 * unique, every link joins two parties of the graph, and no link joins a party to itself.
 * Cycles are allowed as data, because organisations have mutual internal dependencies:
 * they are reported by {@link #cycles()} (CHAIN-4), and every query terminates on them.
 * <p>
 * Every query runs in time linear in the size of the graph, except the single points of
 * failure (see {@link #singlePointsOfFailure(UUID)} for their cost). All results list ids
 * in ascending order, so equal graphs give equal answers.
 * <p>
 * Unknown ids: services are not nodes of the graph, and a service of the catalogue may
 * simply have no links yet, so a query for a service without links answers with an empty
 * result. A party or link id that is not in the graph is a mistake of the caller and is
 * rejected with an {@link IllegalArgumentException}; {@link #containsParty(UUID)} and
 * {@link #containsLink(UUID)} check first.
 * <p>
 * Nothing changes after {@link #of(Collection, Collection)}, so a graph can be shared
 * between threads and cached until the chain changes.
 */
public final class ChainGraph {

	private final UUID[] partyIds;

	private final boolean[] customer;

	private final Map<UUID, Integer> partyNumbers;

	private final UUID[] linkIds;

	private final Map<UUID, Integer> linkNumbers;

	private final int[] provider;

	private final int[] consumer;

	private final int[] service;

	private final UUID[] serviceIds;

	private final Map<UUID, Integer> serviceNumbers;

	private final boolean[] endUserService;

	private final Rows outgoing;

	private final Rows incoming;

	private final Rows linksOfService;

	/**
	 * A supply is everything that delivers one service to one consumer: its links are
	 * alternatives to each other. Numbered per link, and per supply its consumer and its
	 * number of links.
	 */
	private final int[] supply;

	private final int[] supplyConsumer;

	private final int[] supplyLinkCount;

	/** The supply and the consumer of each link in {@link #outgoing}, side by side. */
	private final int[] outgoingSupply;

	private final int[] outgoingConsumer;

	/**
	 * Parties that stand or fall together: each is, directly or through the others, the
	 * sole provider of a service the next one needs, so losing any of them loses them
	 * all. Groups are numbered after every group they bring down (Tarjan's order).
	 */
	private final int[] fallingGroup;

	private final Rows fallingGroups;

	private ChainGraph(Collection<PartyNode> parties, Collection<LinkEdge> links) {
		PartyNode[] sortedParties = parties.stream()
			.map((party) -> Objects.requireNonNull(party, "parties must not contain null"))
			.sorted(Comparator.comparing(PartyNode::id))
			.toArray(PartyNode[]::new);
		this.partyIds = new UUID[sortedParties.length];
		this.customer = new boolean[sortedParties.length];
		this.partyNumbers = new HashMap<>();
		for (int p = 0; p < sortedParties.length; p++) {
			this.partyIds[p] = sortedParties[p].id();
			this.customer[p] = sortedParties[p].customer();
			if (this.partyNumbers.put(this.partyIds[p], p) != null) {
				throw new IllegalArgumentException("Party " + this.partyIds[p] + " appears more than once");
			}
		}

		LinkEdge[] sortedLinks = links.stream()
			.map((link) -> Objects.requireNonNull(link, "links must not contain null"))
			.sorted(Comparator.comparing(LinkEdge::id))
			.toArray(LinkEdge[]::new);
		TreeSet<UUID> services = new TreeSet<>();
		for (LinkEdge link : sortedLinks) {
			services.add(link.serviceId());
		}
		this.serviceIds = services.toArray(UUID[]::new);
		this.serviceNumbers = numbered(this.serviceIds);
		this.endUserService = new boolean[this.serviceIds.length];

		int linkCount = sortedLinks.length;
		this.linkIds = new UUID[linkCount];
		this.linkNumbers = new HashMap<>();
		this.provider = new int[linkCount];
		this.consumer = new int[linkCount];
		this.service = new int[linkCount];
		this.supply = new int[linkCount];
		Map<Long, Integer> supplies = new HashMap<>();
		for (int l = 0; l < linkCount; l++) {
			LinkEdge link = sortedLinks[l];
			this.linkIds[l] = link.id();
			if (this.linkNumbers.put(link.id(), l) != null) {
				throw new IllegalArgumentException("Link " + link.id() + " appears more than once");
			}
			this.provider[l] = knownEnd(link, link.providerId(), "provider");
			this.consumer[l] = knownEnd(link, link.consumerId(), "consumer");
			if (this.provider[l] == this.consumer[l]) {
				throw new IllegalArgumentException("Link " + link.id() + " joins party " + link.providerId()
						+ " to itself, but a party cannot provide a service to itself");
			}
			this.service[l] = this.serviceNumbers.get(link.serviceId());
			if (this.customer[this.consumer[l]]) {
				this.endUserService[this.service[l]] = true;
			}
			long supplyKey = (long) this.consumer[l] * this.serviceIds.length + this.service[l];
			this.supply[l] = supplies.computeIfAbsent(supplyKey, (key) -> supplies.size());
		}

		int supplyCount = supplies.size();
		this.supplyConsumer = new int[supplyCount];
		this.supplyLinkCount = new int[supplyCount];
		for (int l = 0; l < linkCount; l++) {
			this.supplyConsumer[this.supply[l]] = this.consumer[l];
			this.supplyLinkCount[this.supply[l]]++;
		}

		this.outgoing = Rows.of(this.partyIds.length, this.provider);
		this.incoming = Rows.of(this.partyIds.length, this.consumer);
		this.linksOfService = Rows.of(this.serviceIds.length, this.service);
		this.outgoingSupply = new int[linkCount];
		this.outgoingConsumer = new int[linkCount];
		for (int i = 0; i < linkCount; i++) {
			this.outgoingSupply[i] = this.supply[this.outgoing.links[i]];
			this.outgoingConsumer[i] = this.consumer[this.outgoing.links[i]];
		}
		this.fallingGroup = fallingGroups(supplyCount);
		this.fallingGroups = Rows.of(this.partyIds.length, this.fallingGroup);
	}

	/**
	 * Groups parties along "sole provider" edges: from the only provider of a supply to
	 * its consumer.
	 */
	private int[] fallingGroups(int supplyCount) {
		int[] soleProvider = new int[supplyCount];
		Arrays.fill(soleProvider, -1);
		boolean[] alternatives = new boolean[supplyCount];
		for (int l = 0; l < this.linkIds.length; l++) {
			int g = this.supply[l];
			if (soleProvider[g] < 0) {
				soleProvider[g] = this.provider[l];
			}
			else if (soleProvider[g] != this.provider[l]) {
				alternatives[g] = true;
			}
		}
		IntList from = new IntList(supplyCount);
		IntList to = new IntList(supplyCount);
		for (int g = 0; g < supplyCount; g++) {
			if (!alternatives[g]) {
				from.add(soleProvider[g]);
				to.add(this.supplyConsumer[g]);
			}
		}
		Rows bySoleProvider = Rows.of(this.partyIds.length, Arrays.copyOf(from.items, from.size));
		int[] consumers = new int[to.size];
		for (int i = 0; i < to.size; i++) {
			consumers[i] = to.items[bySoleProvider.links[i]];
		}
		return stronglyConnected(this.partyIds.length, bySoleProvider.start, consumers);
	}

	/**
	 * Builds the graph of a service chain from its parties and links.
	 * @param parties all parties of the chain, must not be {@literal null}.
	 * @param links all links of the chain, must not be {@literal null}.
	 * @return will never be {@literal null}.
	 * @throws IllegalArgumentException if a party or link id appears twice, if a link
	 * names a provider or consumer that is not among the parties, or if a link joins a
	 * party to itself; the message names the link and the rule.
	 */
	public static ChainGraph of(Collection<PartyNode> parties, Collection<LinkEdge> links) {
		Objects.requireNonNull(parties, "parties must not be null");
		Objects.requireNonNull(links, "links must not be null");
		return new ChainGraph(parties, links);
	}

	/**
	 * Whether the party is part of this graph.
	 * @param partyId must not be {@literal null}.
	 * @return whether the graph knows the party.
	 */
	public boolean containsParty(UUID partyId) {
		return this.partyNumbers.containsKey(Objects.requireNonNull(partyId, "party id must not be null"));
	}

	/**
	 * Whether the link is part of this graph.
	 * @param linkId must not be {@literal null}.
	 * @return whether the graph knows the link.
	 */
	public boolean containsLink(UUID linkId) {
		return this.linkNumbers.containsKey(Objects.requireNonNull(linkId, "link id must not be null"));
	}

	/**
	 * The chain that supplies a service (CHAIN-2): the links of the service, and every
	 * link upstream of their providers, of any service, recursively. Layer 0 holds the
	 * consumers of the service (its customers, for an end-user service), layer 1 its
	 * providers, layer 2 their suppliers, and so on, each party on the layer of its
	 * shortest path. A consumer of the service that also supplies the chain through a
	 * cycle stays on layer 0.
	 * @param serviceId must not be {@literal null}.
	 * @return the chain map, empty if the service has no links; will never be
	 * {@literal null}.
	 */
	public ChainMap upstreamOfService(UUID serviceId) {
		Integer s = this.serviceNumbers.get(Objects.requireNonNull(serviceId, "service id must not be null"));
		if (s == null) {
			return ChainMap.EMPTY;
		}
		int[] seeds = this.linksOfService.of(s);
		int[] receivers = new int[seeds.length];
		for (int i = 0; i < seeds.length; i++) {
			receivers[i] = this.consumer[seeds[i]];
		}
		return upstream(receivers, seeds);
	}

	/**
	 * What a party depends on (CHAIN-3): the links delivering to it and every link
	 * upstream of their providers, recursively. The party itself is on layer 0 and its
	 * direct suppliers on layer 1.
	 * @param partyId must not be {@literal null}.
	 * @return will never be {@literal null}.
	 * @throws IllegalArgumentException if the party is not in the graph.
	 */
	public ChainMap upstreamOfParty(UUID partyId) {
		int p = partyNumber(partyId);
		return upstream(new int[] { p }, this.incoming.of(p));
	}

	/**
	 * What a link depends on (CHAIN-3): the link itself and everything upstream of its
	 * provider. The consumer of the link is on layer 0 and its provider on layer 1.
	 * @param linkId must not be {@literal null}.
	 * @return will never be {@literal null}.
	 * @throws IllegalArgumentException if the link is not in the graph.
	 */
	public ChainMap upstreamOfLink(UUID linkId) {
		int l = linkNumber(linkId);
		return upstream(new int[] { this.consumer[l] }, new int[] { l });
	}

	/**
	 * What depends on a party downstream (CHAIN-3): its outgoing links and every link
	 * downstream of their consumers, recursively, with the customers reached and the
	 * end-user services those links deliver. The party itself is listed among the parties
	 * only if it depends on itself through a cycle.
	 * @param partyId must not be {@literal null}.
	 * @return will never be {@literal null}.
	 * @throws IllegalArgumentException if the party is not in the graph.
	 */
	public DownstreamImpact downstreamOfParty(UUID partyId) {
		return downstream(partyNumber(partyId), -1);
	}

	/**
	 * What depends on a link downstream (CHAIN-3): the link itself, its consumer and
	 * everything downstream of the consumer, with the customers reached and the end-user
	 * services delivered, including the link's own service if it ends at a customer.
	 * @param linkId must not be {@literal null}.
	 * @return will never be {@literal null}.
	 * @throws IllegalArgumentException if the link is not in the graph.
	 */
	public DownstreamImpact downstreamOfLink(UUID linkId) {
		int l = linkNumber(linkId);
		return downstream(this.consumer[l], l);
	}

	/**
	 * The end-user services: services with at least one link ending at a customer
	 * (CHAIN-2).
	 * @return the service ids in ascending order, will never be {@literal null}.
	 */
	public List<UUID> endUserServices() {
		List<UUID> result = new ArrayList<>();
		for (int s = 0; s < this.serviceIds.length; s++) {
			if (this.endUserService[s]) {
				result.add(this.serviceIds[s]);
			}
		}
		return List.copyOf(result);
	}

	/**
	 * The single points of failure of an end-user service (CHAIN-4): the parties whose
	 * loss alone cuts the service off from at least one of its customers, with the
	 * customers cut off.
	 * <p>
	 * Model of dependency: a party can deliver if it is not lost and, for every distinct
	 * service it consumes, at least one provider of that service to it can deliver (all
	 * services are needed; alternative providers of the same service stand in for each
	 * other). A party that consumes nothing can deliver unless lost. A customer receives
	 * the service if at least one provider of the service to that customer can deliver.
	 * Links carry no capacity: one remaining provider is enough, however many consumers
	 * it serves.
	 * <p>
	 * Cycles of mutual support are resolved optimistically, as the greatest fixed point:
	 * everybody can deliver except the lost party, and then, through a worklist, a party
	 * is marked unable as soon as a service it consumes has no provider left that can
	 * deliver. So two teams that support each other keep delivering until something
	 * outside the cycle fails, and each loss visits every link of the chain at most once.
	 * <p>
	 * Only parties within the chain of the service are candidates, and customers are
	 * never reported, not even a customer that also supplies the chain. A loss costs at
	 * most one pass over the links of the chain, and usually much less: parties that
	 * stand or fall together, because around a circle each is the only provider of
	 * something the next one needs, are lost once for all of them; and since they are
	 * lost after the parties they bring down, a loss stops as soon as it brings down a
	 * party already known to cut off every customer. So a long serial chain costs one
	 * step per party.
	 * @param serviceId must not be {@literal null}.
	 * @return the single points of failure in ascending party id order, empty if the
	 * service is not an end-user service or has no links; will never be {@literal null}.
	 */
	public List<SinglePointOfFailure> singlePointsOfFailure(UUID serviceId) {
		Integer s = this.serviceNumbers.get(Objects.requireNonNull(serviceId, "service id must not be null"));
		if (s == null || !this.endUserService[s]) {
			return List.of();
		}
		return singlePointsOfFailureOf(s);
	}

	/**
	 * The single points of failure of all end-user services (CHAIN-4), with the model of
	 * dependency of {@link #singlePointsOfFailure(UUID)}. This costs as much as asking
	 * for every end-user service in turn.
	 * @return the single points of failure ordered by service id and then by party id;
	 * will never be {@literal null}.
	 */
	public List<SinglePointOfFailure> singlePointsOfFailure() {
		List<SinglePointOfFailure> result = new ArrayList<>();
		for (int s = 0; s < this.serviceIds.length; s++) {
			if (this.endUserService[s]) {
				result.addAll(singlePointsOfFailureOf(s));
			}
		}
		return List.copyOf(result);
	}

	/**
	 * The cycles of the chain (CHAIN-4): every group of more than one party that depend
	 * on each other in a circle, found as strongly connected components (Tarjan's
	 * algorithm, iterative so that long chains cannot exhaust the stack).
	 * @return the cycles ordered by their first party id; will never be {@literal null}.
	 */
	public List<ChainCycle> cycles() {
		int[] component = stronglyConnected(this.partyIds.length, this.outgoing.start, this.outgoingConsumer);
		int[] componentSize = new int[this.partyIds.length];
		for (int c : component) {
			componentSize[c]++;
		}
		Map<Integer, List<UUID>> parties = new LinkedHashMap<>();
		Map<Integer, List<UUID>> links = new HashMap<>();
		for (int p = 0; p < this.partyIds.length; p++) {
			if (componentSize[component[p]] > 1) {
				parties.computeIfAbsent(component[p], (c) -> new ArrayList<>()).add(this.partyIds[p]);
			}
		}
		for (int l = 0; l < this.linkIds.length; l++) {
			if (component[this.provider[l]] == component[this.consumer[l]]) {
				links.computeIfAbsent(component[this.provider[l]], (c) -> new ArrayList<>()).add(this.linkIds[l]);
			}
		}
		List<ChainCycle> result = new ArrayList<>(parties.size());
		parties.forEach((c, members) -> result.add(new ChainCycle(members, links.getOrDefault(c, List.of()))));
		return List.copyOf(result);
	}

	/**
	 * The parties without any link: neither providing nor consuming anything.
	 * @return the party ids in ascending order, will never be {@literal null}.
	 */
	public List<UUID> disconnectedParties() {
		List<UUID> result = new ArrayList<>();
		for (int p = 0; p < this.partyIds.length; p++) {
			if (this.outgoing.size(p) == 0 && this.incoming.size(p) == 0) {
				result.add(this.partyIds[p]);
			}
		}
		return List.copyOf(result);
	}

	@Override
	public String toString() {
		return "ChainGraph[parties=" + this.partyIds.length + ", links=" + this.linkIds.length + ", services="
				+ this.serviceIds.length + "]";
	}

	/**
	 * Walks upstream from the receivers. Chain links are the seed links plus every link
	 * into a supplier of the seeds; the breadth-first walk over them gives each party its
	 * shortest distance from the receiving side.
	 */
	private ChainMap upstream(int[] receivers, int[] seedLinks) {
		boolean[] supplying = suppliersOf(seedLinks);
		boolean[] seed = new boolean[this.linkIds.length];
		for (int l : seedLinks) {
			seed[l] = true;
		}
		boolean[] inChain = new boolean[this.linkIds.length];
		int[] depth = new int[this.partyIds.length];
		Arrays.fill(depth, -1);
		int[] queue = new int[this.partyIds.length];
		int head = 0;
		int tail = 0;
		for (int r : receivers) {
			if (depth[r] < 0) {
				depth[r] = 0;
				queue[tail++] = r;
			}
		}
		while (head < tail) {
			int y = queue[head++];
			for (int i = this.incoming.start[y]; i < this.incoming.start[y + 1]; i++) {
				int l = this.incoming.links[i];
				// A receiver that is not itself a supplier only brings in the seed links,
				// not what else it consumes.
				if (seed[l] || supplying[y]) {
					inChain[l] = true;
					int p = this.provider[l];
					if (depth[p] < 0) {
						depth[p] = depth[y] + 1;
						queue[tail++] = p;
					}
				}
			}
		}
		List<UUID> links = new ArrayList<>();
		for (int l = 0; l < this.linkIds.length; l++) {
			if (inChain[l]) {
				links.add(this.linkIds[l]);
			}
		}
		long[] byDepth = new long[tail];
		for (int i = 0; i < tail; i++) {
			byDepth[i] = ((long) depth[queue[i]] << 32) | queue[i];
		}
		Arrays.sort(byDepth);
		List<ChainMap.PartyAtDepth> parties = new ArrayList<>(tail);
		for (long entry : byDepth) {
			parties.add(new ChainMap.PartyAtDepth(this.partyIds[(int) entry], (int) (entry >>> 32)));
		}
		return new ChainMap(links, parties);
	}

	/**
	 * The providers of the given links and, recursively, every provider of any link into
	 * a party found so far.
	 */
	private boolean[] suppliersOf(int[] links) {
		boolean[] supplying = new boolean[this.partyIds.length];
		int[] stack = new int[this.partyIds.length];
		int top = 0;
		for (int l : links) {
			if (!supplying[this.provider[l]]) {
				supplying[this.provider[l]] = true;
				stack[top++] = this.provider[l];
			}
		}
		while (top > 0) {
			int y = stack[--top];
			for (int i = this.incoming.start[y]; i < this.incoming.start[y + 1]; i++) {
				int p = this.provider[this.incoming.links[i]];
				if (!supplying[p]) {
					supplying[p] = true;
					stack[top++] = p;
				}
			}
		}
		return supplying;
	}

	/**
	 * Walks downstream from a party, or from the consumer of a link that is then itself
	 * part of the impact.
	 */
	private DownstreamImpact downstream(int from, int viaLink) {
		boolean[] reachedLink = new boolean[this.linkIds.length];
		boolean[] receiving = new boolean[this.partyIds.length];
		boolean[] expanded = new boolean[this.partyIds.length];
		int[] stack = new int[this.partyIds.length];
		int top = 0;
		if (viaLink >= 0) {
			reachedLink[viaLink] = true;
			receiving[from] = true;
		}
		expanded[from] = true;
		stack[top++] = from;
		while (top > 0) {
			int y = stack[--top];
			for (int i = this.outgoing.start[y]; i < this.outgoing.start[y + 1]; i++) {
				int l = this.outgoing.links[i];
				int c = this.consumer[l];
				reachedLink[l] = true;
				receiving[c] = true;
				if (!expanded[c]) {
					expanded[c] = true;
					stack[top++] = c;
				}
			}
		}
		List<UUID> links = new ArrayList<>();
		boolean[] endUserServiceReached = new boolean[this.serviceIds.length];
		for (int l = 0; l < this.linkIds.length; l++) {
			if (reachedLink[l]) {
				links.add(this.linkIds[l]);
				if (this.customer[this.consumer[l]]) {
					endUserServiceReached[this.service[l]] = true;
				}
			}
		}
		List<UUID> parties = new ArrayList<>();
		List<UUID> customers = new ArrayList<>();
		for (int p = 0; p < this.partyIds.length; p++) {
			if (receiving[p]) {
				parties.add(this.partyIds[p]);
				if (this.customer[p]) {
					customers.add(this.partyIds[p]);
				}
			}
		}
		List<UUID> services = new ArrayList<>();
		for (int s = 0; s < this.serviceIds.length; s++) {
			if (endUserServiceReached[s]) {
				services.add(this.serviceIds[s]);
			}
		}
		return new DownstreamImpact(links, parties, customers, services);
	}

	/**
	 * Tarjan's strongly connected components with an explicit call stack instead of
	 * recursion, over edges given in compressed rows: the edges of node {@code v} lead to
	 * {@code targets[start[v]]} up to {@code targets[start[v + 1]]}.
	 * @return the component of each node, numbered so that a component comes after every
	 * component it reaches.
	 */
	private static int[] stronglyConnected(int nodeCount, int[] start, int[] targets) {
		int[] discovered = new int[nodeCount];
		Arrays.fill(discovered, -1);
		int[] low = new int[nodeCount];
		boolean[] onStack = new boolean[nodeCount];
		int[] stack = new int[nodeCount];
		int stackTop = 0;
		int[] calls = new int[nodeCount];
		int[] nextEdge = new int[nodeCount];
		int callTop = 0;
		int[] component = new int[nodeCount];
		int components = 0;
		int counter = 0;
		for (int root = 0; root < nodeCount; root++) {
			if (discovered[root] >= 0) {
				continue;
			}
			discovered[root] = counter;
			low[root] = counter++;
			stack[stackTop++] = root;
			onStack[root] = true;
			nextEdge[root] = start[root];
			calls[callTop++] = root;
			while (callTop > 0) {
				int v = calls[callTop - 1];
				if (nextEdge[v] < start[v + 1]) {
					int w = targets[nextEdge[v]++];
					if (discovered[w] < 0) {
						discovered[w] = counter;
						low[w] = counter++;
						stack[stackTop++] = w;
						onStack[w] = true;
						nextEdge[w] = start[w];
						calls[callTop++] = w;
					}
					else if (onStack[w]) {
						low[v] = Math.min(low[v], discovered[w]);
					}
				}
				else {
					callTop--;
					if (low[v] == discovered[v]) {
						int w;
						do {
							w = stack[--stackTop];
							onStack[w] = false;
							component[w] = components;
						}
						while (w != v);
						components++;
					}
					if (callTop > 0) {
						int caller = calls[callTop - 1];
						low[caller] = Math.min(low[caller], low[v]);
					}
				}
			}
		}
		return component;
	}

	private int knownEnd(LinkEdge link, UUID partyId, String role) {
		Integer p = this.partyNumbers.get(partyId);
		if (p == null) {
			throw new IllegalArgumentException("Link " + link.id() + " names " + role + " " + partyId
					+ ", but every link must join two parties of the chain");
		}
		return p;
	}

	private int partyNumber(UUID partyId) {
		Integer p = this.partyNumbers.get(Objects.requireNonNull(partyId, "party id must not be null"));
		if (p == null) {
			throw new IllegalArgumentException("Party " + partyId + " is not a party of this chain");
		}
		return p;
	}

	private int linkNumber(UUID linkId) {
		Integer l = this.linkNumbers.get(Objects.requireNonNull(linkId, "link id must not be null"));
		if (l == null) {
			throw new IllegalArgumentException("Link " + linkId + " is not a link of this chain");
		}
		return l;
	}

	private List<UUID> partiesOf(IntList parties) {
		int[] sorted = Arrays.copyOf(parties.items, parties.size);
		Arrays.sort(sorted);
		List<UUID> result = new ArrayList<>(sorted.length);
		for (int p : sorted) {
			result.add(this.partyIds[p]);
		}
		return result;
	}

	private static Map<UUID, Integer> numbered(UUID[] ids) {
		Map<UUID, Integer> numbers = new HashMap<>();
		for (int i = 0; i < ids.length; i++) {
			numbers.put(ids[i], i);
		}
		return numbers;
	}

	private List<SinglePointOfFailure> singlePointsOfFailureOf(int s) {
		boolean[] chain = suppliersOf(this.linksOfService.of(s));
		Loss loss = new Loss(s, chain);
		List<UUID> everybody = partiesOf(loss.customers);
		TreeMap<Integer, List<UUID>> cutOffs = new TreeMap<>();
		// Parties that fall together share one loss. A group comes after the groups it
		// brings down, so when those cut off everybody the loss stops at its first step.
		for (int group = 0; group < this.fallingGroups.start.length - 1; group++) {
			int lost = -1;
			for (int i = this.fallingGroups.start[group]; i < this.fallingGroups.start[group + 1] && lost < 0; i++) {
				int p = this.fallingGroups.links[i];
				if (chain[p] && !this.customer[p]) {
					lost = p;
				}
			}
			if (lost < 0) {
				continue;
			}
			boolean cutsOffEverybody = loss.cutsOffEverybody(lost);
			List<UUID> cutOff = cutsOffEverybody ? everybody : partiesOf(loss.cutOff);
			for (int i = this.fallingGroups.start[group]; i < this.fallingGroups.start[group + 1]; i++) {
				int p = this.fallingGroups.links[i];
				loss.knownToCutOffEverybody[p] = cutsOffEverybody;
				if (!cutOff.isEmpty() && chain[p] && !this.customer[p]) {
					cutOffs.put(p, cutOff);
				}
			}
		}
		List<SinglePointOfFailure> result = new ArrayList<>(cutOffs.size());
		cutOffs.forEach((p, customers) -> result
			.add(new SinglePointOfFailure(this.partyIds[p], this.serviceIds[s], customers)));
		return List.copyOf(result);
	}

	/**
	 * The loss of one party at a time and everything it drags down within the chain of an
	 * end-user service. The counters are stamped with the loss they belong to instead of
	 * being reset, so a loss costs what it propagates through, not the whole graph.
	 */
	private final class Loss {

		/** The parties of the chain: a loss outside them cannot reach the service. */
		private final boolean[] relevant;

		/** Per supply, whether it delivers the service to one of its customers. */
		private final boolean[] toCustomer;

		private final IntList customers = new IntList(16);

		/** Per supply, how many of its links still have a provider that can deliver. */
		private final int[] deliveringLinks;

		private final int[] supplyStamp;

		private final int[] unableStamp;

		private final boolean[] knownToCutOffEverybody;

		private final int[] worklist;

		private final IntList cutOff = new IntList(16);

		private int stamp;

		Loss(int service, boolean[] relevant) {
			this.relevant = relevant;
			int supplyCount = ChainGraph.this.supplyLinkCount.length;
			this.toCustomer = new boolean[supplyCount];
			for (int l : ChainGraph.this.linksOfService.of(service)) {
				int g = ChainGraph.this.supply[l];
				if (ChainGraph.this.customer[ChainGraph.this.consumer[l]] && !this.toCustomer[g]) {
					this.toCustomer[g] = true;
					this.customers.add(ChainGraph.this.consumer[l]);
				}
			}
			this.deliveringLinks = new int[supplyCount];
			this.supplyStamp = new int[supplyCount];
			this.unableStamp = new int[ChainGraph.this.partyIds.length];
			this.knownToCutOffEverybody = new boolean[ChainGraph.this.partyIds.length];
			this.worklist = new int[ChainGraph.this.partyIds.length];
		}

		/**
		 * Loses the party and propagates the loss, collecting the customers cut off.
		 * @return whether every customer of the service is cut off; if so, the collected
		 * customers may be incomplete.
		 */
		boolean cutsOffEverybody(int lost) {
			this.stamp++;
			this.cutOff.size = 0;
			this.unableStamp[lost] = this.stamp;
			int top = 0;
			this.worklist[top++] = lost;
			while (top > 0) {
				int y = this.worklist[--top];
				for (int i = ChainGraph.this.outgoing.start[y]; i < ChainGraph.this.outgoing.start[y + 1]; i++) {
					int g = ChainGraph.this.outgoingSupply[i];
					if (this.supplyStamp[g] != this.stamp) {
						this.supplyStamp[g] = this.stamp;
						this.deliveringLinks[g] = ChainGraph.this.supplyLinkCount[g];
					}
					if (--this.deliveringLinks[g] == 0) {
						int c = ChainGraph.this.supplyConsumer[g];
						if (this.toCustomer[g]) {
							this.cutOff.add(c);
						}
						if (this.relevant[c] && this.unableStamp[c] != this.stamp) {
							// Losing c alone already cuts off everybody, and losing this
							// party brings c down: nothing more to learn.
							if (this.knownToCutOffEverybody[c]) {
								return true;
							}
							this.unableStamp[c] = this.stamp;
							this.worklist[top++] = c;
						}
					}
				}
			}
			return this.cutOff.size == this.customers.size;
		}

	}

	/**
	 * Links grouped by party (or service) in compressed rows: the links of row {@code r}
	 * are {@code links[start[r]]} up to {@code links[start[r + 1]]}, in ascending order.
	 */
	private record Rows(int[] start, int[] links) {

		static Rows of(int rowCount, int[] rowOfLink) {
			int[] start = new int[rowCount + 1];
			for (int row : rowOfLink) {
				start[row + 1]++;
			}
			for (int r = 0; r < rowCount; r++) {
				start[r + 1] += start[r];
			}
			int[] next = Arrays.copyOf(start, rowCount);
			int[] links = new int[rowOfLink.length];
			for (int l = 0; l < rowOfLink.length; l++) {
				links[next[rowOfLink[l]]++] = l;
			}
			return new Rows(start, links);
		}

		int size(int row) {
			return this.start[row + 1] - this.start[row];
		}

		int[] of(int row) {
			return Arrays.copyOfRange(this.links, this.start[row], this.start[row + 1]);
		}

	}

	private static final class IntList {

		private int[] items;

		private int size;

		IntList(int capacity) {
			this.items = new int[capacity];
		}

		void add(int item) {
			if (this.size == this.items.length) {
				this.items = Arrays.copyOf(this.items, Math.max(4, this.size * 2));
			}
			this.items[this.size++] = item;
		}

	}

}
