package org.servicechain.requests;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Least-loaded automatic assignment (REQ-5; B10 1.3): among the people who work the
 * request's team, take automatic assignment, are available and have the skill (the
 * request's service or category, or no skills listed at all, which means they take
 * anything), the one holding the fewest open items; ties go by name, so the choice is
 * stable (and the count that grows with each assignment spreads the work).
 */
public final class AutoAssignmentPolicy {

	private AutoAssignmentPolicy() {
	}

	/**
	 * Someone who might get the work.
	 *
	 * @param skillServices the services they handle; empty means any
	 * @param skillCategories the categories they handle; empty means any
	 * @param openItems requests and tasks they hold now
	 */
	public record Candidate(String username, boolean autoAssign, boolean available, Set<UUID> skillServices,
			Set<String> skillCategories, long openItems) {

		boolean skilledFor(UUID serviceId, @Nullable String category) {
			boolean anything = this.skillServices.isEmpty() && this.skillCategories.isEmpty();
			return anything || this.skillServices.contains(serviceId)
					|| (category != null && this.skillCategories.contains(category));
		}

	}

	/**
	 * @return who gets the work, or empty when nobody can take it now.
	 */
	public static Optional<String> choose(List<Candidate> candidates, UUID serviceId, @Nullable String category) {
		return candidates.stream()
			.filter(Candidate::autoAssign)
			.filter(Candidate::available)
			.filter((candidate) -> candidate.skilledFor(serviceId, category))
			.min(Comparator.comparingLong(Candidate::openItems).thenComparing(Candidate::username))
			.map(Candidate::username);
	}

}
