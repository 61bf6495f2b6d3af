package org.servicechain.search;

/**
 * A text query for one window of hits.
 *
 * @param text what the user typed, trimmed and not blank
 * @param offset the first hit wanted (zero based)
 * @param limit how many hits at most
 */
public record SearchQuery(String text, int offset, int limit) {

}
