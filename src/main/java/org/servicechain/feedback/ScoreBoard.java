package org.servicechain.feedback;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Survey scores of one kind (FB-3): overall, by service, by team, by party of the chain
 * that worked on the requests, and by week; for SERVQUAL, the gap per RATER dimension.
 *
 * @param servqual the gap per dimension of the answers counted, for SERVQUAL;
 * {@literal null} for other kinds
 */
public record ScoreBoard(SurveyKind kind, @Nullable Double overall, long answers, List<Row> byService, List<Row> byTeam,
		List<Row> byParty, List<Row> byWeek, @Nullable ServqualGaps servqual) {

	public String overallText() {
		return SurveyScoring.text(this.kind, this.overall);
	}

	/**
	 * One group's score.
	 */
	public record Row(String label, @Nullable Double score, long answers) {

	}

}
