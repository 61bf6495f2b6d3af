package org.servicechain.knowledge;

import java.util.UUID;

/**
 * An article suggested beside a request, best match first.
 *
 * @param linked whether it is already linked to the request
 */
public record Suggestion(UUID id, String title, ArticleKind kind, ArticleAudience audience, boolean reviewOverdue,
		int links, boolean linked) {

}
