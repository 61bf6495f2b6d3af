package org.servicechain.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An improvement action with its metric before and after (FB-6).
 *
 * @param measure what is measured, in words, e.g. "CSAT of After home delivery"
 * @param baseline the metric over the 28 days before the action started
 * @param current the metric over the last 28 days (or since the start, if shorter)
 * @param lowerIsBetter whether the metric improves by going down
 * @param improved whether the current value is better than the baseline
 * @param achieved whether the current value reached the target
 * @param weeks the metric week by week, from before the start to now
 */
public record ActionView(UUID id, long version, String title, String owner, String ownerName, ActionMetric metric,
		String measure, @Nullable Double baseline, @Nullable Double current, double target, LocalDate deadline,
		ActionStatus status, Instant startedAt, boolean lowerIsBetter, boolean improved, boolean achieved,
		@Nullable UUID alertId, @Nullable String links, List<ScoreBoard.Row> weeks) {

}
