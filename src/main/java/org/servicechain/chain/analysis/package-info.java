/**
 * Pure analysis of the service chain as a directed graph of parties and links: chain maps
 * of end-user services (CHAIN-2), upstream dependencies and downstream impact (CHAIN-3),
 * single points of failure and cycles (CHAIN-4). No Spring, no persistence: callers build
 * a {@link org.servicechain.chain.analysis.ChainGraph} from plain values and query it.
 */
@org.jspecify.annotations.NullMarked
package org.servicechain.chain.analysis;
