package org.servicechain.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A previous (or the current) version of an article as it was saved.
 */
public record ArticleVersionView(UUID articleId, int number, boolean current, String title, String body,
		String bodyHtml, ArticleKind kind, ArticleAudience audience, String ownerName, LocalDate reviewOn,
		@Nullable String serviceName, String editedByName, Instant editedAt) {

}
