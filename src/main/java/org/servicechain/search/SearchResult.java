package org.servicechain.search;

import java.util.List;

import org.hibernate.search.engine.search.query.SearchResultTotal;

/**
 * One window of hits of one kind, and how many the caller may open in all.
 *
 * @param hits the window, best first
 * @param total how many match, exactly up to {@value #COUNTED_UP_TO}; beyond that at
 * least this many
 * @param exact whether {@code total} is exact
 */
public record SearchResult(List<SearchHit> hits, long total, boolean exact) {

	/**
	 * Up to how many matches a source counts exactly (Elasticsearch's default
	 * {@code track_total_hits}). Beyond it, the engine may skip records that cannot reach
	 * the window (Lucene's block-max WAND) instead of scoring every match: on a million
	 * requests, a common word matches hundreds of thousands, and "10,000+" tells a person
	 * as much as the exact figure. A source passes it to {@code totalHitCountThreshold}.
	 */
	public static final int COUNTED_UP_TO = 10_000;

	/**
	 * @param total the engine's total, from a query with
	 * {@code totalHitCountThreshold(COUNTED_UP_TO)}
	 */
	public static SearchResult of(List<SearchHit> hits, SearchResultTotal total) {
		return new SearchResult(List.copyOf(hits), total.hitCountLowerBound(), total.isHitCountExact());
	}

	public static SearchResult none() {
		return new SearchResult(List.of(), 0, true);
	}

}
