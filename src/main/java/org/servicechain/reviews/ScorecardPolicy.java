package org.servicechain.reviews;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Scores a party's figures against the measures' settings (PM-2). Pure.
 * <p>
 * {@value #RULE}
 */
public final class ScorecardPolicy {

	public static final String RULE = "Each measure scores 100 when it meets its threshold. Below a floor it scores "
			+ "the value as a share of the floor; above a ceiling, the ceiling plus one as a share of the value plus "
			+ "one (so 0 against a ceiling of 0 scores 100 and 1 scores 50). The card's score is the average of the "
			+ "measures' scores weighted by their weights; a measure without data is left out. A card fails when a "
			+ "critical measure misses its threshold, needs watching when its score is under 80, and is good "
			+ "otherwise.";

	/** Under this score a card needs watching. */
	public static final int WATCH_BELOW = 80;

	private ScorecardPolicy() {
	}

	/**
	 * How a measure is weighed for one kind of agreement.
	 */
	public record Setting(ScorecardMeasure measure, int weight, double threshold, boolean critical) {

	}

	/**
	 * One measure's figure, scored.
	 */
	public record Scored(ScorecardMeasure measure, @Nullable Double value, Setting setting, @Nullable Integer score,
			boolean met) {

	}

	public enum Verdict {

		GOOD("Good"), WATCH("Needs watching"), FAILING("Failing"), NO_DATA("No data yet");

		private final String label;

		Verdict(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * A card's outcome.
	 */
	public record Outcome(List<Scored> measures, @Nullable Integer score, Verdict verdict,
			List<ScorecardMeasure> failedCritical) {

	}

	public static Outcome score(Map<ScorecardMeasure, @Nullable Double> values, List<Setting> settings) {
		List<Scored> scored = new ArrayList<>();
		List<ScorecardMeasure> failedCritical = new ArrayList<>();
		double weighted = 0;
		int weights = 0;
		for (Setting setting : settings) {
			Double value = values.get(setting.measure());
			if (value == null) {
				scored.add(new Scored(setting.measure(), null, setting, null, true));
				continue;
			}
			boolean met = setting.measure().higherIsBetter() ? value >= setting.threshold()
					: value <= setting.threshold();
			int score = met ? 100 : partial(setting.measure().higherIsBetter(), value, setting.threshold());
			scored.add(new Scored(setting.measure(), value, setting, score, met));
			if (!met && setting.critical()) {
				failedCritical.add(setting.measure());
			}
			if (setting.weight() > 0) {
				weighted += (double) score * setting.weight();
				weights += setting.weight();
			}
		}
		Integer total = (weights == 0) ? null : (int) Math.round(weighted / weights);
		Verdict verdict;
		if (total == null) {
			verdict = Verdict.NO_DATA;
		}
		else if (!failedCritical.isEmpty()) {
			verdict = Verdict.FAILING;
		}
		else if (total < WATCH_BELOW) {
			verdict = Verdict.WATCH;
		}
		else {
			verdict = Verdict.GOOD;
		}
		return new Outcome(List.copyOf(scored), total, verdict, List.copyOf(failedCritical));
	}

	private static int partial(boolean higherIsBetter, double value, double threshold) {
		double share = higherIsBetter ? ((threshold <= 0) ? 1 : value / threshold) : (threshold + 1) / (value + 1);
		return (int) Math.max(0, Math.min(99, Math.floor(share * 100)));
	}

}
