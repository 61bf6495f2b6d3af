package org.servicechain.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An article in a list.
 *
 * @param reviewOverdue whether its review date has passed
 * @param links how many times staff linked it to a request
 */
public record ArticleSummary(UUID id, long version, String title, ArticleKind kind, ArticleAudience audience,
		String ownerName, LocalDate reviewOn, boolean reviewOverdue, @Nullable String serviceName, int versions,
		int links, Instant updatedAt) {

}
