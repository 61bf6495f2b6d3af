package org.servicechain.workforce;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a what-if would do to the agreements (WF-2): for every agreement with a customer
 * deadline in the coming week, how many deadlines the hours as planned keep and how many
 * the scenario would keep, how late the worst would be, and whom it covers.
 *
 * @param from the start of the horizon (this hour)
 * @param until its end
 * @param method how it is counted, in words, as the page states it
 * @param capacityHours productive hours in the horizon as planned
 * @param scenarioCapacityHours productive hours with the scenario's people off
 * @param arrivalHours handling hours of the requests forecast to arrive in the horizon
 * @param scenarioArrivalHours the same with the scenario's change of demand
 * @param deadlines customer deadlines (first responses and resolutions) falling in the
 * horizon
 * @param agreements the agreements, those the scenario hurts most first
 * @param truncated whether there were more deadlines than the what-if reads
 */
public record WhatIfView(Instant from, Instant until, String method, int handlingMinutes, double capacityHours,
		double scenarioCapacityHours, double arrivalHours, double scenarioArrivalHours, int deadlines,
		List<AgreementOutcome> agreements, boolean truncated) {

	public int extraMissed() {
		return this.agreements.stream().mapToInt(AgreementOutcome::extraMissed).sum();
	}

	/**
	 * @param covers the party the agreement serves (its consumer)
	 * @param deadlines its customer deadlines falling in the horizon
	 * @param missedAsPlanned of those, how many the hours as planned would miss
	 * @param missed how many the scenario would miss
	 * @param worstLate the latest the scenario would keep one of them, zero if none late
	 * @param newlyMissed references of the requests that would miss a deadline only in
	 * the scenario (at most ten)
	 * @param customers the requesters of the requests that would miss a deadline in the
	 * scenario (at most ten)
	 */
	public record AgreementOutcome(UUID agreementId, String reference, String title, String covers, int deadlines,
			int missedAsPlanned, int missed, Duration worstLate, List<String> newlyMissed, List<String> customers) {

		public int extraMissed() {
			return this.missed - this.missedAsPlanned;
		}

		public int keptPercentAsPlanned() {
			return kept(this.missedAsPlanned);
		}

		public int keptPercent() {
			return kept(this.missed);
		}

		public String worstLateText() {
			long minutes = this.worstLate.toMinutes();
			return (minutes == 0) ? "—"
					: (minutes < 120) ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
		}

		private int kept(int missed) {
			return (this.deadlines == 0) ? 100 : (int) Math.floor(100.0 * (this.deadlines - missed) / this.deadlines);
		}

	}

}
