package org.servicechain.search;

import java.util.List;

/**
 * One page of search hits in the REST API: {@link org.servicechain.shared.PageResponse}'s
 * fields, and whether the total is exact.
 *
 * @param items the hits on this page, best first
 * @param page zero-based page number
 * @param size requested page size
 * @param totalItems all matching records the caller may open, exactly up to
 * {@value SearchResult#COUNTED_UP_TO}; beyond it at least this many
 * @param totalPages number of pages of {@code totalItems}
 * @param totalExact whether {@code totalItems} is exact ({@code false}: "10,000+")
 */
public record SearchPage(List<SearchHit> items, int page, int size, long totalItems, int totalPages,
		boolean totalExact) {

}
