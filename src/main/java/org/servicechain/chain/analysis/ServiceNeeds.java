package org.servicechain.chain.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Which of its inputs a party needs to deliver each service (CHAIN-2, CHAIN-3). A team
 * that delivers appliances and also takes payments needs the courier for the first and
 * the payment gateway for the second, not both for each. A service may name the services
 * it needs from its provider's suppliers; a service that names none needs everything its
 * provider receives (the cautious default, which makes every input part of every output's
 * chain).
 * <p>
 * The relation is walked link by link: the inputs of a link "P provides S to C" are the
 * links into P whose service S needs; the outputs of a link are the links out of C whose
 * service needs S. This narrows the chain of a service to the links that really feed it,
 * before {@link ChainGraph} judges single points of failure on it. One approximation
 * remains, on purpose: when a party delivers two services of the same chain, it is judged
 * on the inputs of both.
 * <p>
 * Immutable; every walk visits each link at most once, so cycles terminate.
 */
public final class ServiceNeeds {

	private final Map<UUID, LinkEdge> links;

	private final Map<UUID, List<LinkEdge>> incoming = new HashMap<>();

	private final Map<UUID, List<LinkEdge>> outgoing = new HashMap<>();

	private final Map<UUID, List<LinkEdge>> byService = new HashMap<>();

	private final Map<UUID, Set<UUID>> needs;

	private ServiceNeeds(Collection<LinkEdge> links, Map<UUID, Set<UUID>> needs) {
		this.links = new HashMap<>();
		for (LinkEdge link : links) {
			Objects.requireNonNull(link, "links must not contain null");
			this.links.put(link.id(), link);
			this.incoming.computeIfAbsent(link.consumerId(), (key) -> new ArrayList<>()).add(link);
			this.outgoing.computeIfAbsent(link.providerId(), (key) -> new ArrayList<>()).add(link);
			this.byService.computeIfAbsent(link.serviceId(), (key) -> new ArrayList<>()).add(link);
		}
		this.needs = Map.copyOf(needs);
	}

	/**
	 * @param links all links of the chain, must not be {@literal null}.
	 * @param needs for each service that names what it needs, the services it needs; a
	 * service absent from the map needs everything its provider receives. Must not be
	 * {@literal null}.
	 * @return will never be {@literal null}.
	 */
	public static ServiceNeeds of(Collection<LinkEdge> links, Map<UUID, Set<UUID>> needs) {
		Objects.requireNonNull(links, "links must not be null");
		Objects.requireNonNull(needs, "needs must not be null");
		return new ServiceNeeds(links, needs);
	}

	/**
	 * @return whether a link of {@code input} feeds a link of {@code output} at the party
	 * between them.
	 */
	public boolean needs(UUID output, UUID input) {
		Set<UUID> named = this.needs.get(output);
		return named == null || named.contains(input);
	}

	/**
	 * The links that feed a service: its own links and, recursively, the inputs they
	 * need.
	 * @return the links in id order, empty for a service without links; never
	 * {@literal null}.
	 */
	public List<LinkEdge> chainOfService(UUID serviceId) {
		return upstream(this.byService.getOrDefault(serviceId, List.of()));
	}

	/**
	 * What a party depends on: every link into it and, recursively, the inputs those
	 * need.
	 */
	public List<LinkEdge> upstreamOfParty(UUID partyId) {
		return upstream(this.incoming.getOrDefault(partyId, List.of()));
	}

	/**
	 * What a link depends on: the link itself and, recursively, the inputs it needs.
	 */
	public List<LinkEdge> upstreamOfLink(UUID linkId) {
		return upstream(List.of(link(linkId)));
	}

	/**
	 * What depends on a party: every link out of it and, recursively, the outputs that
	 * need them.
	 */
	public List<LinkEdge> downstreamOfParty(UUID partyId) {
		return downstream(this.outgoing.getOrDefault(partyId, List.of()));
	}

	/**
	 * What depends on a link: the link itself and, recursively, the outputs that need it.
	 */
	public List<LinkEdge> downstreamOfLink(UUID linkId) {
		return downstream(List.of(link(linkId)));
	}

	/**
	 * The links that feed a link: the links into its provider whose service its own
	 * service needs.
	 * @return the input links in id order; never {@literal null}.
	 */
	public List<LinkEdge> inputsOf(UUID linkId) {
		LinkEdge link = link(linkId);
		return sorted(this.incoming.getOrDefault(link.providerId(), List.of())
			.stream()
			.filter((input) -> needs(link.serviceId(), input.serviceId()))
			.toList());
	}

	private LinkEdge link(UUID linkId) {
		LinkEdge link = this.links.get(Objects.requireNonNull(linkId, "link id must not be null"));
		if (link == null) {
			throw new IllegalArgumentException("Link " + linkId + " is not part of the chain");
		}
		return link;
	}

	private List<LinkEdge> upstream(List<LinkEdge> seeds) {
		Set<LinkEdge> reached = new LinkedHashSet<>(seeds);
		Deque<LinkEdge> work = new ArrayDeque<>(seeds);
		while (!work.isEmpty()) {
			LinkEdge link = work.pop();
			for (LinkEdge input : this.incoming.getOrDefault(link.providerId(), List.of())) {
				if (needs(link.serviceId(), input.serviceId()) && reached.add(input)) {
					work.push(input);
				}
			}
		}
		return sorted(reached);
	}

	private List<LinkEdge> downstream(List<LinkEdge> seeds) {
		Set<LinkEdge> reached = new LinkedHashSet<>(seeds);
		Deque<LinkEdge> work = new ArrayDeque<>(seeds);
		while (!work.isEmpty()) {
			LinkEdge link = work.pop();
			for (LinkEdge output : this.outgoing.getOrDefault(link.consumerId(), List.of())) {
				if (needs(output.serviceId(), link.serviceId()) && reached.add(output)) {
					work.push(output);
				}
			}
		}
		return sorted(reached);
	}

	private static List<LinkEdge> sorted(Collection<LinkEdge> links) {
		return links.stream().sorted(Comparator.comparing(LinkEdge::id)).toList();
	}

}
