package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.AgreementKind;
import org.servicechain.feedback.RelationshipRating;
import org.servicechain.reviews.ScorecardPolicy.Verdict;

/**
 * A party's scorecard for a period, with the evidence behind every figure, the same card
 * for earlier periods, and the disputes raised about it.
 *
 * @param months the same card for each calendar month of the period, cut to it
 * @param kind the kind of agreement the party provides under, whose settings weigh it
 * @param attributedReferences requests whose customer breach is attributed to this party
 * (the first twenty)
 * @param ratesUs how the party rated us in the period (relationship surveys): about us,
 * so never one of the card's measures; {@literal null} when the party was never asked or
 * the caller may not see its rating (the feedback module's policy decides)
 */
public record Scorecard(UUID partyId, String partyName, boolean internal, AgreementKind kind, LocalDate from,
		LocalDate to, List<Line> measures, @Nullable Integer score, Verdict verdict, List<String> failedCritical,
		List<TrendPoint> trend, List<TrendPoint> months, Evidence evidence, List<DisputeView> disputes, String counting,
		@Nullable RelationshipRating ratesUs) {

	/**
	 * One measure as shown: its value in words, what it is weighed by, its score.
	 */
	public record Line(ScorecardMeasure measure, String label, @Nullable Double value, String shown, int weight,
			double threshold, String thresholdShown, boolean critical, @Nullable Integer score, boolean met,
			String counting) {

	}

	/**
	 * The same card for an earlier period of the same length.
	 */
	public record TrendPoint(LocalDate from, LocalDate to, @Nullable Integer score, Verdict verdict) {

	}

	/**
	 * The counts behind the measures.
	 */
	public record Evidence(int clocks, int requests, int met, int breached, int running, int customerBreaches,
			int attributedBreaches, List<String> attributedReferences, int complaints, int csatAnswers,
			int actionsOwned, int actionsOpen, int actionsOverdue) {

	}

}
