package org.servicechain.reviews;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestFilter;
import org.servicechain.requests.RequestQueries;
import org.servicechain.shared.NotFoundException;

/**
 * Reads the live value of an objective's metric (PM-1) through the owning modules'
 * facades, as the system, after the reviews policy has let the caller see the objective.
 */
@Component
class ObjectiveMetrics {

	private final Scorecards scorecards;

	private final RequestQueries requests;

	ObjectiveMetrics(Scorecards scorecards, RequestQueries requests) {
		this.scorecards = scorecards;
		this.requests = requests;
	}

	/**
	 * @return the metric's value today, or null when nothing can be measured yet
	 */
	@Nullable Double current(Objective objective, LocalDate today) {
		LocalDate to = today.isAfter(objective.getDeadline()) ? objective.getDeadline() : today;
		LocalDate from = objective.getStartsOn();
		if (to.isBefore(from)) {
			return null;
		}
		if (from.isBefore(to.minusDays(366))) {
			from = to.minusDays(366);
		}
		LocalDate windowStart = from;
		return switch (objective.getMetric()) {
			case SCORECARD_COMPLIANCE, SCORECARD_SCORE -> {
				java.util.UUID party = objective.getPartyId();
				if (party == null) {
					yield null;
				}
				yield SystemActor.call(() -> {
					try {
						Scorecard card = this.scorecards.scorecard(party, windowStart, to, false);
						if (objective.getMetric() == ObjectiveMetric.SCORECARD_SCORE) {
							return (card.score() != null) ? card.score().doubleValue() : null;
						}
						return card.measures()
							.stream()
							.filter((line) -> line.measure() == ScorecardMeasure.COMPLIANCE)
							.map(Scorecard.Line::value)
							.filter(java.util.Objects::nonNull)
							.findFirst()
							.orElse(null);
					}
					catch (NotFoundException ex) {
						return null;
					}
				});
			}
			case RESOLVED_REQUESTS -> {
				String person = objective.getPerson();
				yield (person == null) ? null : (double) resolved(person, objective.getStartsOn(), to);
			}
			case OPEN_REQUESTS -> {
				String person = objective.getPerson();
				yield (person == null) ? null : (double) openHeldBy(person, null);
			}
		};
	}

	/**
	 * @return the requests the person resolved from the start of one day to the end of
	 * another
	 */
	long resolved(String person, LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(Scorecards.ZONE).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(Scorecards.ZONE).toInstant();
		return SystemActor.call(() -> this.requests.resolvedBy(person, start, end));
	}

	/**
	 * @param dueBefore only those due before this instant (overdue ones), or null for all
	 * @return how many open requests the person holds
	 */
	long openHeldBy(String person, @Nullable Instant dueBefore) {
		return SystemActor.call(() -> this.requests.list(held(person, dueBefore, null), 0, 1).totalItems());
	}

	/**
	 * @return the references of the person's open requests, soonest due first
	 */
	java.util.List<String> openReferences(String person, int limit) {
		return SystemActor.call(() -> this.requests.list(held(person, null, "due"), 0, limit)
			.items()
			.stream()
			.map(org.servicechain.requests.RequestSummary::reference)
			.toList());
	}

	private static RequestFilter held(String person, @Nullable Instant dueBefore, @Nullable String sort) {
		return new RequestFilter(null, true, null, null, null, null, null, null, dueBefore, person, null, null, sort);
	}

}
