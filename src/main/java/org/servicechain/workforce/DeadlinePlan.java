package org.servicechain.workforce;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which deadlines a team's hours can keep: the model behind the what-if (WF-2). Pure, so
 * a hand-built case gives a known answer.
 * <p>
 * Time runs in whole hours from {@code start}; each hour has its productive hours (from
 * the working patterns, less absences and shrinkage). In each hour the new requests
 * forecast to arrive in it take their handling time first (they must be answered, and
 * what cannot be answered in the hour waits for the next); what is left works the open
 * requests in order of due time, earliest first. With work that can be shared out and
 * everything known at the start, earliest-deadline-first keeps every deadline any order
 * could keep, so a deadline this plan misses is missed by any plan with these hours. A
 * request is finished when its handling time has been worked; it misses a deadline that
 * falls before that moment, by the difference.
 */
final class DeadlinePlan {

	private static final double SECONDS_PER_HOUR = 3600.0;

	private DeadlinePlan() {
	}

	/**
	 * One open request's remaining work.
	 *
	 * @param key what the caller knows it by
	 * @param dueAt its earliest deadline (work is ordered by it)
	 * @param hours the handling time it still needs
	 */
	record Work(String key, Instant dueAt, double hours) {

	}

	/**
	 * @param finishedAt when its work is done, or {@literal null} when the horizon's
	 * hours run out first
	 */
	record Outcome(Work work, @Nullable Instant finishedAt) {

		/**
		 * @return how late a deadline at {@code due} is kept: zero when kept; up to the
		 * horizon's end when the work is not finished within it
		 */
		Duration lateFor(Instant due, Instant horizonEnd) {
			Instant done = (this.finishedAt != null) ? this.finishedAt : horizonEnd;
			return (done.isAfter(due)) ? Duration.between(due, done) : Duration.ZERO;
		}

		boolean misses(Instant due) {
			return this.finishedAt == null || this.finishedAt.isAfter(due);
		}

	}

	/**
	 * @param start the beginning of the first hour
	 * @param capacity productive hours in each hour, from {@code start}
	 * @param arrivals handling hours of the requests forecast to arrive in each hour (as
	 * long as {@code capacity})
	 * @param work the open requests, in any order
	 * @return one outcome per piece of work, earliest deadline first
	 */
	static List<Outcome> plan(Instant start, double[] capacity, double[] arrivals, List<Work> work) {
		if (arrivals.length != capacity.length) {
			throw new IllegalArgumentException("arrivals and capacity cover different hours");
		}
		double[] free = new double[capacity.length];
		double waiting = 0;
		for (int h = 0; h < capacity.length; h++) {
			waiting += Math.max(0, arrivals[h]);
			double answered = Math.min(waiting, Math.max(0, capacity[h]));
			waiting -= answered;
			free[h] = Math.max(0, capacity[h]) - answered;
		}
		List<Work> ordered = new ArrayList<>(work);
		ordered.sort(Comparator.comparing(Work::dueAt).thenComparing(Work::key));
		List<Outcome> outcomes = new ArrayList<>(ordered.size());
		int hour = 0;
		// Hours of free[hour] already used by earlier work.
		double used = 0;
		for (Work piece : ordered) {
			double needed = Math.max(0, piece.hours());
			Instant finished = null;
			while (hour < free.length) {
				double left = free[hour] - used;
				if (left >= needed - 1e-9) {
					used += needed;
					// Within the hour, the arrivals are answered first, then the work
					// runs at
					// the hour's rate of productive hours.
					double fraction = (capacity[hour] > 0) ? (capacity[hour] - free[hour] + used) / capacity[hour] : 0;
					finished = start.plusSeconds(Math.round((hour + Math.min(1, fraction)) * SECONDS_PER_HOUR));
					needed = 0;
					break;
				}
				needed -= Math.max(0, left);
				hour++;
				used = 0;
			}
			outcomes.add(new Outcome(piece, (needed <= 1e-9) ? finished : null));
		}
		return outcomes;
	}

}
