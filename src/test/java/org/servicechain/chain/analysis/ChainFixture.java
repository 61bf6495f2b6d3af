package org.servicechain.chain.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small service chain named in domain words, so tests can say "the courier" and read
 * results back as names. Ids are derived from the names, so they are stable between runs.
 */
final class ChainFixture {

	private final Map<String, PartyNode> parties = new LinkedHashMap<>();

	private final Map<String, LinkEdge> links = new LinkedHashMap<>();

	private final Map<UUID, String> names = new HashMap<>();

	ChainFixture customer(String name) {
		return party(name, true);
	}

	ChainFixture team(String name) {
		return party(name, false);
	}

	ChainFixture organisation(String name) {
		return party(name, false);
	}

	/**
	 * The provider provides the service to each consumer, one link per consumer. The link
	 * to a consumer is named {@code "provider-service->consumer"}, with {@code "#2"},
	 * {@code "#3"}... appended for parallel links.
	 */
	ChainFixture provides(String provider, String service, String... consumers) {
		for (String consumer : consumers) {
			String name = provider + "-" + service + "->" + consumer;
			int parallel = 1;
			while (this.links.containsKey(parallel == 1 ? name : name + "#" + parallel)) {
				parallel++;
			}
			String linkName = (parallel == 1) ? name : name + "#" + parallel;
			LinkEdge link = new LinkEdge(id("link", linkName), service(service), party(provider), party(consumer));
			this.links.put(linkName, link);
			this.names.put(link.id(), linkName);
		}
		return this;
	}

	ChainGraph graph() {
		return ChainGraph.of(this.parties.values(), this.links.values());
	}

	List<PartyNode> parties() {
		return List.copyOf(this.parties.values());
	}

	List<LinkEdge> links() {
		return List.copyOf(this.links.values());
	}

	UUID party(String name) {
		PartyNode party = this.parties.get(name);
		if (party == null) {
			throw new IllegalArgumentException("No party named " + name + " in this fixture");
		}
		return party.id();
	}

	UUID link(String name) {
		LinkEdge link = this.links.get(name);
		if (link == null) {
			throw new IllegalArgumentException("No link named " + name + " in this fixture");
		}
		return link.id();
	}

	UUID service(String name) {
		UUID id = id("service", name);
		this.names.put(id, name);
		return id;
	}

	/** The names of the given parties, links or services, in the order given. */
	List<String> names(Collection<UUID> ids) {
		List<String> result = new ArrayList<>();
		for (UUID id : ids) {
			result.add(this.names.getOrDefault(id, id.toString()));
		}
		return result;
	}

	/** The depth of each party of a chain map, by party name. */
	Map<String, Integer> depths(ChainMap map) {
		Map<String, Integer> result = new LinkedHashMap<>();
		for (ChainMap.PartyAtDepth party : map.parties()) {
			result.put(this.names.get(party.partyId()), party.depth());
		}
		return result;
	}

	/**
	 * The single points of failure by party name, each with the names of the customers
	 * cut off in alphabetical order.
	 */
	Map<String, List<String>> cutOffs(List<SinglePointOfFailure> singlePointsOfFailure) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		for (SinglePointOfFailure spof : singlePointsOfFailure) {
			result.put(this.names.get(spof.partyId()), names(spof.cutOffCustomerIds()).stream().sorted().toList());
		}
		return result;
	}

	private ChainFixture party(String name, boolean customer) {
		PartyNode party = new PartyNode(id("party", name), customer);
		if (this.parties.put(name, party) != null) {
			throw new IllegalArgumentException("Party " + name + " is already in this fixture");
		}
		this.names.put(party.id(), name);
		return this;
	}

	private static UUID id(String kind, String name) {
		return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
	}

}
