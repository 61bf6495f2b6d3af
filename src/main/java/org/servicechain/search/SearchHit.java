package org.servicechain.search;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A record found by a search.
 *
 * @param kind the kind's code ({@code request}, {@code party}, …)
 * @param id the record's id
 * @param reference the record's reference for people (REQ-12), if it has one
 * @param title what the record is called
 * @param url where the caller opens it (a staff page or the portal)
 * @param highlights fragments of the matching text, HTML-escaped, the matched words
 * inside {@code <mark>}
 * @param score the engine's relevance, comparable within one kind only
 */
public record SearchHit(String kind, UUID id, @Nullable String reference, String title, String url,
		List<String> highlights, float score) {

}
