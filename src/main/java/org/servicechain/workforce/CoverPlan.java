package org.servicechain.workforce;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An absent person's open work and where the policy would move each piece (WF-3).
 *
 * @param items the open requests and tasks the person holds
 * @param candidates the colleagues not away during the absence, with what they hold
 */
public record CoverPlan(AbsenceView absence, List<Item> items, List<Candidate> candidates) {

	/**
	 * @param kind {@code REQUEST} or {@code TASK}
	 * @param proposedOwner whom the policy gives it to; {@literal null} when nobody
	 * available may hold it
	 */
	public record Item(String kind, UUID id, UUID requestId, String reference, String summary, UUID teamId,
			String teamName, @Nullable Instant dueAt, @Nullable String proposedOwner,
			@Nullable String proposedOwnerName, String why) {

	}

	public record Candidate(String username, String displayName, long openItems) {

	}

	public boolean anyUnowned() {
		return this.items.stream().anyMatch((item) -> item.proposedOwner() == null);
	}

}
