package org.servicechain.search.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.search.SearchIndexing;
import org.servicechain.search.SearchPage;
import org.servicechain.search.SiteSearch;

/**
 * Search (REC-2): {@code GET /api/v1/search?q=…} answers the records the caller may open,
 * best first; {@code kind=} keeps one kind ({@code request}, {@code agreement},
 * {@code party}, {@code contact}). The name of this endpoint is fixed: outside tools use
 * it.
 */
@RestController
@RequestMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Search")
class SearchApiController {

	private final SiteSearch search;

	private final SearchIndexing indexing;

	SearchApiController(SiteSearch search, SearchIndexing indexing) {
		this.search = search;
		this.indexing = indexing;
	}

	@GetMapping
	@Operation(summary = "Search the records you may open",
			description = "Matches words as typed and, for a word nothing you may open has as typed, up to two edits away. "
					+ "Highlights are HTML-escaped fragments with the matched words in <mark>. totalItems is exact up to 10,000; "
					+ "beyond that it is a lower bound and totalExact is false.")
	SearchPage search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.search.page((q != null) ? q : "", kind, page, size);
	}

	@GetMapping("/index")
	@Operation(summary = "Where the index rebuild stands (administrators)")
	SearchIndexing.Progress index() {
		return this.indexing.progress();
	}

	@PostMapping("/index")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Rebuild the index from the database (administrators)",
			description = "After a restore or a mapping change. Runs in the background; 409 while a rebuild runs.")
	SearchIndexing.Progress reindex() {
		return this.indexing.reindex();
	}

}
