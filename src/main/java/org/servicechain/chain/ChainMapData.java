package org.servicechain.chain;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The chain map as nodes and edges, ready for a graph drawing library (CHAIN-2).
 */
public record ChainMapData(List<Node> nodes, List<Edge> edges) {

	/**
	 * @param depth the layer when the map is of one service, else {@literal null}
	 */
	public record Node(UUID id, String label, PartyKind kind, boolean internal, boolean customer,
			boolean singlePointOfFailure, @Nullable Integer depth) {

	}

	/**
	 * A link, drawn from provider (source) to consumer (target).
	 */
	public record Edge(UUID id, UUID source, UUID target, String label, UUID serviceId) {

	}

}
