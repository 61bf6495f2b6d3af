package org.servicechain.feedback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The SERVQUAL gap per RATER dimension (FB-3): over a set of answers, the mean
 * expectation, the mean perception and the gap, mean(perception − expectation); the
 * overall SERVQUAL score is the mean of the five gaps. Negative means the service falls
 * short of what its customers expect; the dimension with the most negative gap is the
 * largest shortfall, the first place to improve. Pure.
 *
 * @param overall the mean of the five gaps, {@literal null} without answers
 * @param answers how many answers the gaps are of
 * @param largestShortfall the dimension with the most negative gap, {@literal null} when
 * no dimension falls short
 */
public record ServqualGaps(List<Gap> dimensions, @Nullable Double overall, long answers,
		@Nullable ServqualDimension largestShortfall) {

	/**
	 * One dimension's means and gap, rounded to two decimals.
	 */
	public record Gap(ServqualDimension dimension, String label, @Nullable Double expectation,
			@Nullable Double perception, @Nullable Double gap, long answers) {

		/**
		 * @return the gap with its sign, e.g. "−0.80"
		 */
		public String gapText() {
			return signed(this.gap);
		}

	}

	/**
	 * @param answers complete answers (as validated)
	 */
	public static ServqualGaps of(Collection<ServqualAnswer> answers) {
		List<Gap> gaps = new ArrayList<>();
		int n = answers.size();
		double total = 0;
		for (ServqualDimension dimension : ServqualDimension.values()) {
			if (n == 0) {
				gaps.add(new Gap(dimension, dimension.label(), null, null, null, 0));
				continue;
			}
			double expectation = 0;
			double perception = 0;
			for (ServqualAnswer answer : answers) {
				expectation += answer.expectations().get(dimension);
				perception += answer.perceptions().get(dimension);
			}
			double gap = (perception - expectation) / n;
			total += gap;
			gaps.add(new Gap(dimension, dimension.label(), round(expectation / n), round(perception / n), round(gap),
					n));
		}
		ServqualDimension shortfall = gaps.stream()
			.filter((gap) -> gap.gap() != null && gap.gap() < 0)
			.min(Comparator.comparing(Gap::gap))
			.map(Gap::dimension)
			.orElse(null);
		return new ServqualGaps(List.copyOf(gaps), (n == 0) ? null : round(total / ServqualDimension.values().length),
				n, shortfall);
	}

	/**
	 * @return the overall score from the invitations' scores, each the sum of one
	 * answer's five gaps: mean(sum) ÷ 5 is the mean of the five mean gaps
	 */
	static @Nullable Double overallOfSums(Collection<Integer> sums) {
		if (sums.isEmpty()) {
			return null;
		}
		return round(sums.stream().mapToInt(Integer::intValue).average().orElse(0) / ServqualDimension.values().length);
	}

	/**
	 * @return a gap with its sign, e.g. "−0.62", "+0.20", "0.00"
	 */
	public static String signed(@Nullable Double gap) {
		if (gap == null) {
			return "—";
		}
		String text = String.format(java.util.Locale.ROOT, "%.2f", Math.abs(gap));
		return (gap < 0) ? "−" + text : (gap > 0) ? "+" + text : text;
	}

	public String overallText() {
		return signed(this.overall);
	}

	/**
	 * @return the largest shortfall's gap, if any
	 */
	public @Nullable Gap shortfall() {
		return this.dimensions.stream()
			.filter((gap) -> gap.dimension() == this.largestShortfall)
			.findFirst()
			.orElse(null);
	}

	static double round(double value) {
		return Math.round(value * 100.0) / 100.0;
	}

}
