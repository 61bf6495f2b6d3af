package org.servicechain.reviews;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.reviews.ScorecardPolicy.Verdict;

/**
 * One line of the scorecards overview.
 *
 * @param previousScore the score of the period before, for the trend arrow
 */
public record ScorecardSummary(UUID partyId, String partyName, boolean internal, String kind, @Nullable Integer score,
		Verdict verdict, @Nullable Integer previousScore, @Nullable Integer compliancePercent, int attributedBreaches,
		int complaints, long openDisputes) {

	/**
	 * @return "up", "down" or "level" against the period before, or null without both
	 */
	public @Nullable String direction() {
		if (this.score == null || this.previousScore == null) {
			return null;
		}
		return (this.score > this.previousScore) ? "up" : (this.score < this.previousScore) ? "down" : "level";
	}

}
