package org.servicechain.requests;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A team's queue (or one person's work), ordered by what is due and by the agreed
 * internal-versus-external rule, one page of it.
 *
 * @param rule the rule followed, in words
 * @param ruleSource the agreement that set it
 * @param disagreement when the team's agreements set different rules, which one is
 * followed and why
 */
public record QueueView(@Nullable UUID teamId, String name, String rule, String ruleSource,
		@Nullable String disagreement, List<QueueItem> items, int page, int size, long totalItems, int totalPages,
		long overdue, long dueSoon, long unassigned) {

}
