package org.servicechain.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * Which articles a list shows, and in which order.
 *
 * @param reviewOverdue only those whose review date has passed
 * @param sort {@code updated} (latest edit first, the default), {@code useful} (most
 * linked to requests first) or {@code title}
 */
public record ArticleFilter(@Nullable ArticleKind kind, @Nullable ArticleAudience audience, boolean reviewOverdue,
		@Nullable String sort) {

	public static ArticleFilter all() {
		return new ArticleFilter(null, null, false, null);
	}

}
