package org.servicechain.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.chain.analysis.ChainGraph;
import org.servicechain.chain.analysis.ChainMap;
import org.servicechain.chain.analysis.LinkEdge;
import org.servicechain.chain.analysis.PartyNode;
import org.servicechain.chain.analysis.ServiceNeeds;
import org.servicechain.chain.analysis.SinglePointOfFailure;
import org.servicechain.shared.NotFoundException;

/**
 * Questions about the shape of the chain (CHAIN-2, CHAIN-3, CHAIN-4): the chain behind a
 * service, the impact of a party or link, single points of failure, cycles, and where
 * authority sits. The graph work is done by {@link ChainGraph}, a pure function of the
 * parties and links read in one transaction.
 */
@Service
public class ChainAnalysis {

	private final Parties parties;

	private final ServiceOfferings services;

	private final Links links;

	private final Contacts contacts;

	private final ChainManagement chain;

	private final ChainAccessPolicy policy;

	ChainAnalysis(Parties parties, ServiceOfferings services, Links links, Contacts contacts, ChainManagement chain,
			ChainAccessPolicy policy) {
		this.parties = parties;
		this.services = services;
		this.links = links;
		this.contacts = contacts;
		this.chain = chain;
		this.policy = policy;
	}

	@Transactional(readOnly = true)
	public ServiceChain chainOf(UUID serviceId) {
		this.policy.requireRead();
		Snapshot snapshot = snapshot();
		ServiceOffering service = snapshot.services.get(serviceId);
		if (service == null) {
			throw new NotFoundException("Service", serviceId);
		}
		ChainGraph serviceGraph = snapshot.graphOfService(serviceId);
		ChainMap map = serviceGraph.upstreamOfService(serviceId);
		List<SinglePointOfFailure> spofs = serviceGraph.singlePointsOfFailure(serviceId);
		Set<UUID> spofIds = spofs.stream().map(SinglePointOfFailure::partyId).collect(Collectors.toSet());
		List<ServiceChain.ChainParty> chainParties = map.parties()
			.stream()
			.map((p) -> new ServiceChain.ChainParty(snapshot.ref(p.partyId()), p.depth(),
					spofIds.contains(p.partyId())))
			.toList();
		Map<UUID, Integer> depths = new LinkedHashMap<>();
		map.parties().forEach((p) -> depths.put(p.partyId(), p.depth()));
		// One conversion for all holders: converting contact by contact queried names per
		// contact.
		List<Contact> holders = this.contacts.findByPartyIdIn(depths.keySet())
			.stream()
			.filter(Contact::holdsAuthority)
			.toList();
		List<ServiceChain.AuthorityHolder> authority = this.chain.toContactViews(holders, Map.of())
			.stream()
			.map((view) -> new ServiceChain.AuthorityHolder(snapshot.ref(view.partyId()), depths.get(view.partyId()),
					view.id(), view.name(), view.jobRole(), view.canSignAgreements(), view.canApproveSpend(),
					view.spendLimit(), view.canSetPriorities(), view.escalationLevel()))
			.sorted(Comparator.comparingInt(ServiceChain.AuthorityHolder::depth)
				.thenComparing((holder) -> holder.party().name())
				.thenComparing(ServiceChain.AuthorityHolder::contactName))
			.toList();
		Set<UUID> chainPartyIds = depths.keySet();
		List<List<PartyRef>> cycles = snapshot.graph.cycles()
			.stream()
			.filter((cycle) -> cycle.partyIds().stream().anyMatch(chainPartyIds::contains))
			.map((cycle) -> snapshot.refs(cycle.partyIds()))
			.toList();
		return new ServiceChain(service.toView(true), this.chain.toViews(snapshot.links(map.linkIds())), chainParties,
				spofViews(snapshot, spofs), authority, cycles);
	}

	/**
	 * The links that supply a service, each with the links that feed it, for checking
	 * promises along the chain (AGREE-4).
	 * @return the links of the narrowed chain of the service; never {@literal null}.
	 */
	@Transactional(readOnly = true)
	public List<SupplyLink> supplyLinksOf(UUID serviceId) {
		this.policy.requireRead();
		Snapshot snapshot = snapshot();
		if (!snapshot.services.containsKey(serviceId)) {
			throw new NotFoundException("Service", serviceId);
		}
		return snapshot.needs.chainOfService(serviceId)
			.stream()
			.map((link) -> new SupplyLink(link.id(), link.serviceId(), link.providerId(), link.consumerId(),
					snapshot.parties.get(link.consumerId()).isCustomer(),
					snapshot.needs.inputsOf(link.id()).stream().map(LinkEdge::id).toList()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Impact impactOfParty(UUID partyId) {
		this.policy.requireRead();
		Snapshot snapshot = snapshot();
		if (!snapshot.parties.containsKey(partyId)) {
			throw new NotFoundException("Party", partyId);
		}
		List<ServiceRef> spofFor = snapshot.allSinglePointsOfFailure()
			.stream()
			.filter((spof) -> spof.partyId().equals(partyId))
			.map((spof) -> snapshot.serviceRef(spof.serviceId()))
			.distinct()
			.sorted(byServiceName())
			.toList();
		return impact(snapshot, snapshot.needs.downstreamOfParty(partyId), snapshot.needs.upstreamOfParty(partyId),
				partyId, spofFor);
	}

	@Transactional(readOnly = true)
	public Impact impactOfLink(UUID linkId) {
		this.policy.requireRead();
		Snapshot snapshot = snapshot();
		if (!snapshot.graph.containsLink(linkId)) {
			throw new NotFoundException("Link", linkId);
		}
		return impact(snapshot, snapshot.needs.downstreamOfLink(linkId), snapshot.needs.upstreamOfLink(linkId), null,
				List.of());
	}

	/**
	 * What depends on a service wherever it is delivered: everything downstream of each
	 * of its links (planned work or an incident on the service itself, issue 10).
	 */
	@Transactional(readOnly = true)
	public Impact impactOfService(UUID serviceId) {
		this.policy.requireRead();
		Snapshot snapshot = snapshot();
		if (!snapshot.services.containsKey(serviceId)) {
			throw new NotFoundException("Service", serviceId);
		}
		Set<LinkEdge> downstream = new java.util.LinkedHashSet<>();
		Set<LinkEdge> upstream = new java.util.LinkedHashSet<>();
		for (Link link : snapshot.allLinks) {
			if (link.getServiceId().equals(serviceId)) {
				downstream.addAll(snapshot.needs.downstreamOfLink(link.getId()));
				upstream.addAll(snapshot.needs.upstreamOfLink(link.getId()));
			}
		}
		return impact(snapshot, List.copyOf(downstream), List.copyOf(upstream), null, List.of());
	}

	@Transactional(readOnly = true)
	public ChainOverview overview() {
		this.policy.requireRead();
		Snapshot snapshot = snapshot();
		long internalTeams = snapshot.parties.values()
			.stream()
			.filter((p) -> p.getKind() == PartyKind.INTERNAL_TEAM)
			.count();
		long customers = snapshot.parties.values().stream().filter(Party::isCustomer).count();
		long external = snapshot.parties.values().stream().filter((p) -> !p.isInternal() && !p.isCustomer()).count();
		return new ChainOverview(internalTeams, external, customers, snapshot.services.size(),
				snapshot.graph.endUserServices().size(), snapshot.linkCount,
				spofViews(snapshot, snapshot.allSinglePointsOfFailure()),
				snapshot.graph.cycles().stream().map((cycle) -> snapshot.refs(cycle.partyIds())).toList(),
				snapshot.refs(snapshot.graph.disconnectedParties()));
	}

	/**
	 * @param serviceId the service whose chain to draw, or {@literal null} for the whole
	 * organisation
	 */
	@Transactional(readOnly = true)
	public ChainMapData map(@org.jspecify.annotations.Nullable UUID serviceId) {
		this.policy.requireRead();
		Snapshot snapshot = snapshot();
		List<Link> shown;
		Map<UUID, Integer> depths = new LinkedHashMap<>();
		Set<UUID> spofIds = new HashSet<>();
		if (serviceId != null) {
			if (!snapshot.services.containsKey(serviceId)) {
				throw new NotFoundException("Service", serviceId);
			}
			ChainGraph serviceGraph = snapshot.graphOfService(serviceId);
			ChainMap map = serviceGraph.upstreamOfService(serviceId);
			map.parties().forEach((p) -> depths.put(p.partyId(), p.depth()));
			shown = snapshot.links(map.linkIds());
			serviceGraph.singlePointsOfFailure(serviceId).forEach((spof) -> spofIds.add(spof.partyId()));
		}
		else {
			shown = snapshot.allLinks;
			snapshot.parties.keySet().forEach((id) -> depths.put(id, null));
			snapshot.allSinglePointsOfFailure().forEach((spof) -> spofIds.add(spof.partyId()));
		}
		List<ChainMapData.Node> nodes = depths.entrySet().stream().map((entry) -> {
			Party party = snapshot.parties.get(entry.getKey());
			return new ChainMapData.Node(party.getId(), party.getName(), party.getKind(), party.isInternal(),
					party.isCustomer(), spofIds.contains(party.getId()), entry.getValue());
		}).sorted(Comparator.comparing(ChainMapData.Node::label)).toList();
		List<ChainMapData.Edge> edges = shown.stream()
			.map((link) -> new ChainMapData.Edge(link.getId(), link.getProviderId(), link.getConsumerId(),
					snapshot.services.get(link.getServiceId()).getName(), link.getServiceId()))
			.toList();
		return new ChainMapData(nodes, edges);
	}

	private Impact impact(Snapshot snapshot, List<LinkEdge> downstream, List<LinkEdge> upstream,
			@org.jspecify.annotations.Nullable UUID self, List<ServiceRef> spofFor) {
		Set<UUID> affectedServices = new HashSet<>();
		Set<UUID> downstreamParties = new HashSet<>();
		for (LinkEdge link : downstream) {
			downstreamParties.add(link.consumerId());
			if (snapshot.parties.get(link.consumerId()).isCustomer()) {
				affectedServices.add(link.serviceId());
			}
		}
		downstreamParties.remove(self);
		Set<UUID> upstreamParties = new HashSet<>();
		upstream.forEach((link) -> upstreamParties.add(link.providerId()));
		upstreamParties.remove(self);
		List<UUID> customers = downstreamParties.stream()
			.filter((id) -> snapshot.parties.get(id).isCustomer())
			.toList();
		return new Impact(affectedServices.stream().map(snapshot::serviceRef).sorted(byServiceName()).toList(),
				snapshot.refs(customers), snapshot.refs(List.copyOf(downstreamParties)),
				snapshot.refs(List.copyOf(upstreamParties)), spofFor);
	}

	private static List<ServiceChain.SinglePointOfFailureView> spofViews(Snapshot snapshot,
			List<SinglePointOfFailure> spofs) {
		Map<UUID, Set<UUID>> cutOffByParty = new LinkedHashMap<>();
		spofs.forEach((spof) -> cutOffByParty.computeIfAbsent(spof.partyId(), (key) -> new HashSet<>())
			.addAll(spof.cutOffCustomerIds()));
		return cutOffByParty.entrySet()
			.stream()
			.map((entry) -> new ServiceChain.SinglePointOfFailureView(snapshot.ref(entry.getKey()),
					snapshot.refs(new ArrayList<>(entry.getValue()))))
			.sorted(Comparator.comparing((ServiceChain.SinglePointOfFailureView view) -> view.party().name()))
			.toList();
	}

	private static Comparator<ServiceRef> byServiceName() {
		return Comparator.comparing(ServiceRef::name);
	}

	private Snapshot snapshot() {
		Map<UUID, Party> partiesById = this.parties.findAll()
			.stream()
			.collect(Collectors.toMap(Party::getId, Function.identity()));
		Map<UUID, ServiceOffering> servicesById = this.services.findAll()
			.stream()
			.collect(Collectors.toMap(ServiceOffering::getId, Function.identity()));
		List<Link> allLinks = this.links.findAll();
		List<PartyNode> nodes = partiesById.values()
			.stream()
			.map((party) -> new PartyNode(party.getId(), party.isCustomer()))
			.toList();
		List<LinkEdge> edges = allLinks.stream()
			.map((link) -> new LinkEdge(link.getId(), link.getServiceId(), link.getProviderId(), link.getConsumerId()))
			.toList();
		Map<UUID, Set<UUID>> named = new HashMap<>();
		servicesById.values()
			.forEach((service) -> service.needs().ifPresent((needs) -> named.put(service.getId(), needs)));
		return new Snapshot(partiesById, servicesById, allLinks, allLinks.size(), nodes, ChainGraph.of(nodes, edges),
				ServiceNeeds.of(edges, named));
	}

	/**
	 * Everything the analysis reads, read once. {@code graph} is the whole chain (for
	 * cycles and disconnected parties); questions about one service are asked of that
	 * service's own graph, narrowed by what each service needs.
	 */
	private record Snapshot(Map<UUID, Party> parties, Map<UUID, ServiceOffering> services, List<Link> allLinks,
			long linkCount, List<PartyNode> nodes, ChainGraph graph, ServiceNeeds needs) {

		List<Link> links(Collection<UUID> ids) {
			Set<UUID> wanted = new HashSet<>(ids);
			return this.allLinks.stream().filter((link) -> wanted.contains(link.getId())).toList();
		}

		ChainGraph graphOfService(UUID serviceId) {
			return ChainGraph.of(this.nodes, this.needs.chainOfService(serviceId));
		}

		List<SinglePointOfFailure> allSinglePointsOfFailure() {
			List<SinglePointOfFailure> all = new ArrayList<>();
			for (UUID serviceId : this.graph.endUserServices()) {
				all.addAll(graphOfService(serviceId).singlePointsOfFailure(serviceId));
			}
			return all;
		}

		PartyRef ref(UUID partyId) {
			Party party = this.parties.get(partyId);
			return new PartyRef(party.getId(), party.getName(), party.getKind(), party.isInternal());
		}

		List<PartyRef> refs(List<UUID> partyIds) {
			return partyIds.stream().map(this::ref).sorted(Comparator.comparing(PartyRef::name)).toList();
		}

		ServiceRef serviceRef(UUID serviceId) {
			return new ServiceRef(serviceId, this.services.get(serviceId).getName());
		}

	}

}
