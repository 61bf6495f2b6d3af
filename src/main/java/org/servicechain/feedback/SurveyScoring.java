package org.servicechain.feedback;

import java.util.Collection;

/**
 * How a set of survey answers is summed up in one number (FB-3): CSAT as the share of
 * satisfied answers (4 or 5) in percent, NPS as promoters (9–10) minus detractors (0–6)
 * in percent, CES as the mean effort, SERVQUAL as the mean of the five dimension gaps
 * (each answer's score being the sum of its five gaps). Pure.
 */
public final class SurveyScoring {

	private SurveyScoring() {
	}

	/**
	 * @return the score of the answers, or {@literal null} when there are none
	 */
	public static Double score(SurveyKind kind, Collection<Integer> answers) {
		if (answers.isEmpty()) {
			return null;
		}
		double n = answers.size();
		return switch (kind) {
			case CSAT -> round(100.0 * answers.stream().filter((a) -> a >= 4).count() / n);
			case NPS -> round(100.0
					* (answers.stream().filter((a) -> a >= 9).count() - answers.stream().filter((a) -> a <= 6).count())
					/ n);
			case CES -> round(answers.stream().mapToInt(Integer::intValue).average().orElse(0));
			case SERVQUAL -> ServqualGaps.overallOfSums(answers);
		};
	}

	/**
	 * @return the score in words with its unit, e.g. "82 % satisfied", "NPS +20", "effort
	 * 2.4 of 7", "gap −0.62"
	 */
	public static String text(SurveyKind kind, Double score) {
		if (score == null) {
			return "no answers";
		}
		return switch (kind) {
			case CSAT -> Math.round(score) + " % satisfied";
			case NPS -> "NPS " + ((score > 0) ? "+" : "") + Math.round(score);
			case CES -> "effort " + score + " of 7";
			case SERVQUAL -> "gap " + ServqualGaps.signed(score);
		};
	}

	static double round(double value) {
		return Math.round(value * 10.0) / 10.0;
	}

}
