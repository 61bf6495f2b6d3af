package org.servicechain.chain;

import java.util.UUID;

/**
 * A customer party was found to be a duplicate and merged into another (REC-1). Published
 * synchronously inside the merge's transaction: every module downstream of chain that
 * keeps party ids (requests, complaints, feedback, agreements, reviews, workforce,
 * notices, improvement) handles it with a plain {@code @EventListener} and moves and
 * audits its own records from {@code from} to {@code into}, so the merge is whole or not
 * at all. The chain module itself depends on none of them; identity, upstream of chain,
 * is called directly ({@link MergingParties}).
 *
 * @param from the duplicate, kept and marked as merged
 * @param into the surviving party
 * @param actor who merged them
 * @param fromName the duplicate's name, for audit entries
 * @param intoName the survivor's name, for audit entries
 */
public record PartiesMerged(UUID from, UUID into, String actor, String fromName, String intoName) {

}
