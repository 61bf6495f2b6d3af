package org.servicechain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the SLA module shows and answers: a request's clocks with their explanations, its
 * ledger and attribution; a simulation's clocks; an agreement's measured compliance.
 */
public final class SlaViews {

	private SlaViews() {
	}

	/**
	 * One clock as people and the API read it.
	 *
	 * @param state a token: met, breached, running, warning, paused, cancelled
	 * @param explanation "why is this due then?", line by line
	 */
	public record ClockView(String key, ClockKind kind, String label, @Nullable UUID taskId, @Nullable String partyName,
			@Nullable String agreement, String state, String stateLabel, Duration target, Duration elapsed,
			Duration remaining, int warningPercent, @Nullable Instant startedAt, @Nullable Instant dueAt,
			@Nullable Instant warningAt, @Nullable Instant breachedAt, @Nullable Instant stoppedAt, int cycle,
			List<String> explanation) {

		public String targetText() {
			return Durations.words(this.target);
		}

		public String elapsedText() {
			return Durations.words(this.elapsed);
		}

		public String remainingText() {
			return Durations.words(this.remaining);
		}

		public int percentUsed() {
			long target = this.target.toSeconds();
			return (target <= 0) ? 0 : (int) Math.min(999, this.elapsed.toSeconds() * 100 / target);
		}

	}

	/**
	 * One stretch of the ledger.
	 */
	public record LedgerEntry(String holder, String holderKind, Instant from, Instant to, Duration business,
			String reason, boolean ongoing) {

		public String businessText() {
			return Durations.words(this.business);
		}

	}

	/**
	 * A holder's total in the ledger, with its share.
	 */
	public record HolderTotal(String holder, String holderKind, Duration business, int percent) {

		public String businessText() {
			return Durations.words(this.business);
		}

	}

	/**
	 * A request's clocks, ledger, attribution and risks at one instant.
	 *
	 * @param zone the zone times are shown in (the customer agreement's calendar's)
	 * @param ledgerBasis in words: which calendar the ledger counts in
	 */
	public record RequestSlaView(UUID requestId, String reference, Instant at, String zone, List<ClockView> clocks,
			List<LedgerEntry> ledger, List<HolderTotal> totals, String ledgerBasis, @Nullable String attribution,
			String attributionRule, List<String> risks, @Nullable String rules) {

		public boolean anyBreached() {
			return this.clocks.stream().anyMatch((clock) -> clock.breachedAt() != null);
		}

	}

	/**
	 * One simulated clock.
	 */
	public record SimulatedClock(String key, String state, @Nullable Instant dueAt, @Nullable Instant breachedAt,
			@Nullable Instant warningAt, Duration elapsed, Duration remaining, List<String> explanation) {

	}

	/**
	 * Compliance of one clock kind and priority over a period.
	 */
	public record ComplianceRow(ClockKind kind, String priority, int met, int breached, int inFlight,
			@Nullable Integer percentMet) {

	}

	/**
	 * One week's share of clocks met, for the trend.
	 */
	public record TrendPoint(java.time.LocalDate weekOf, int finished, @Nullable Integer percentMet) {

	}

	/**
	 * An agreement measured against its own targets (AGREE-6).
	 *
	 * @param firstContactResolution share of resolved requests resolved with at most one
	 * public reply and never reopened, when any were resolved
	 */
	public record ComplianceView(UUID agreementId, String reference, java.time.LocalDate from, java.time.LocalDate to,
			List<ComplianceRow> rows, List<TrendPoint> trend, @Nullable Integer overallPercent, int requests,
			@Nullable Integer firstContactResolution, String counting) {

	}

	/**
	 * What a version of an agreement's terms would have achieved on real requests.
	 */
	public record WhatIfView(UUID agreementId, String reference, int termsNumber, int days, int requests,
			List<ComplianceRow> rows, @Nullable Integer overallPercent, String sentence) {

	}

	/**
	 * What happened to the clocks that measure one party over a period: the evidence of
	 * its scorecard.
	 *
	 * @param clocks clocks that measure the party and started in the period
	 * @param requests the requests those clocks belong to
	 * @param medianResponseSeconds the median business time to respond, of the response
	 * clocks that stopped
	 * @param medianResponseTargetSeconds the median of those clocks' targets
	 * @param customerBreaches customer breaches among the requests it worked on
	 * @param attributedBreaches those the ledger attributes to this party
	 */
	public record PartyRecord(UUID partyId, java.time.LocalDate from, java.time.LocalDate to, int clocks, int requests,
			int met, int breached, int running, @Nullable Long medianResponseSeconds,
			@Nullable Long medianResponseTargetSeconds, int customerBreaches, int attributedBreaches,
			List<String> attributedReferences, String counting) {

		/**
		 * @return met as a share of the clocks that finished, or null when none did
		 */
		public @Nullable Integer compliancePercent() {
			int finished = this.met + this.breached;
			return (finished == 0) ? null : (int) Math.round(100.0 * this.met / finished);
		}

	}

	/**
	 * One indexed clock as reports count it (REP-1): no names, no text; what it measures
	 * and how it stands now.
	 *
	 * @param partyId the party holding a task clock, or {@literal null} for the
	 * customer's own clocks
	 * @param state a token: met, breached, running, warning, paused, cancelled
	 */
	public record ClockRecord(UUID requestId, ClockKind kind, @Nullable UUID partyId, UUID agreementId, String priority,
			String state, Instant startedAt) {

	}

}
