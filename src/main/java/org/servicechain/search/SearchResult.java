package org.servicechain.search;

import java.util.List;

/**
 * One window of hits of one kind, and how many the caller may open in all.
 */
public record SearchResult(List<SearchHit> hits, long total) {

	public static SearchResult none() {
		return new SearchResult(List.of(), 0);
	}

}
