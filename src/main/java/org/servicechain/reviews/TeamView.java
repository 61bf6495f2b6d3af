package org.servicechain.reviews;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.chain.LinkView;

/**
 * An internal team as its page shows it (B9 1.4; PM-1, PM-2): its purpose, its members,
 * the services it provides and consumes along the chain, its scorecard, objectives and
 * meetings; a team keeps its identity while working across the chain.
 *
 * @param scorecard its card over the default period, or {@literal null} when it provides
 * nothing under an agreement yet
 */
public record TeamView(UUID id, String name, @Nullable String purpose, List<Member> members, List<LinkView> provides,
		List<LinkView> consumes, @Nullable Scorecard scorecard, List<ObjectiveView> objectives,
		List<SeriesView> meetings) {

	/**
	 * A member by display name and role, never by login name.
	 */
	public record Member(String displayName, String role) {

	}

}
