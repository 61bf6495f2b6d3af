package org.servicechain.chain.analysis;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The chain that supplies something, as data for a chain map drawn in layers (CHAIN-2,
 * CHAIN-3). Layer 0 holds the receiving side: the consumers of an end-user service, the
 * party or the consumer of the link asked about. Layer {@code n} holds the suppliers that
 * are {@code n} links away from the receiving side along the shortest path through the
 * chain.
 *
 * @param linkIds the links of the chain in ascending id order, never {@literal null}.
 * @param parties the parties of the chain with their depth, ordered by depth and then by
 * id, never {@literal null}.
 */
public record ChainMap(List<UUID> linkIds, List<PartyAtDepth> parties) {

	static final ChainMap EMPTY = new ChainMap(List.of(), List.of());

	public ChainMap {
		linkIds = List.copyOf(linkIds);
		parties = List.copyOf(parties);
	}

	/**
	 * The ids of the parties of the chain.
	 * @return the ids in ascending order, will never be {@literal null}.
	 */
	public List<UUID> partyIds() {
		return this.parties.stream().map(PartyAtDepth::partyId).sorted().toList();
	}

	/**
	 * The depth of a party in the chain.
	 * @param partyId must not be {@literal null}.
	 * @return the depth, or empty if the party is not part of the chain.
	 */
	public OptionalInt depthOf(UUID partyId) {
		Objects.requireNonNull(partyId, "party id must not be null");
		return this.parties.stream()
			.filter((party) -> party.partyId().equals(partyId))
			.mapToInt(PartyAtDepth::depth)
			.findFirst();
	}

	/**
	 * The parties of the chain grouped into layers, ready to be laid out.
	 * @return the party ids per depth, each layer in ascending id order, will never be
	 * {@literal null}.
	 */
	public SortedMap<Integer, List<UUID>> layers() {
		return this.parties.stream()
			.collect(Collectors.groupingBy(PartyAtDepth::depth, TreeMap::new,
					Collectors.mapping(PartyAtDepth::partyId, Collectors.toList())));
	}

	/**
	 * Whether the chain holds no party at all, as for a service without links.
	 * @return whether the chain is empty.
	 */
	public boolean isEmpty() {
		return this.parties.isEmpty();
	}

	/**
	 * A party placed on a layer of the chain map.
	 *
	 * @param partyId the party, never {@literal null}.
	 * @param depth the distance in links from the receiving side, 0 or more.
	 */
	public record PartyAtDepth(UUID partyId, int depth) {

		public PartyAtDepth {
			Objects.requireNonNull(partyId, "party id must not be null");
			if (depth < 0) {
				throw new IllegalArgumentException("depth must not be negative but was " + depth);
			}
		}

	}

}
