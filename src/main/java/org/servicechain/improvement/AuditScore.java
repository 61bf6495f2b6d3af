package org.servicechain.improvement;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The score of an audit (FB-7): the weighted share of items met, a partly met item
 * counting half, items not applicable left out of the denominator, as a percentage with
 * one decimal. Pure, so the arithmetic is tested without Spring.
 */
public final class AuditScore {

	private AuditScore() {
	}

	/**
	 * One answered (or not yet answered) item: its weight and result.
	 */
	public record Line(int weight, @Nullable ItemResult result) {

	}

	/**
	 * @return the percentage, or {@literal null} when no item counts (none answered, or
	 * all not applicable)
	 */
	public static @Nullable Double of(List<Line> lines) {
		double earned = 0;
		long possible = 0;
		for (Line line : lines) {
			if (line.result() == null || line.result() == ItemResult.NOT_APPLICABLE) {
				continue;
			}
			possible += line.weight();
			earned += switch (line.result()) {
				case MET -> line.weight();
				case PARTLY -> line.weight() / 2.0;
				default -> 0;
			};
		}
		return (possible == 0) ? null : Math.round(1000.0 * earned / possible) / 10.0;
	}

}
