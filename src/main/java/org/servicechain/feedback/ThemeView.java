package org.servicechain.feedback;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A recurring theme, ranked for deciding what to act on (FB-5; B10 4.5).
 *
 * @param sentiment the mean comparative sentiment of its texts (below zero: negative)
 * @param trend {@code rising}, {@code steady} or {@code falling}: the second half of the
 * window against the first
 * @param origins how many texts came from comments, survey answers and complaints
 * @param decision the latest decision on it, if any
 * @param openAlert whether an alert on it waits for a decision
 */
public record ThemeView(String key, String label, int mentions, int customers, double sentiment, Sentiment.Tone tone,
		String trend, int recent, int earlier, @Nullable String partyName, List<String> examples,
		java.util.Map<String, Long> origins, @Nullable DecisionView decision, boolean openAlert) {

}
