package org.servicechain.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An article as the caller may see it: its Markdown and the same rendered to safe HTML
 * (raw HTML escaped), and its versions. The owner's login ({@code owner}) only for staff.
 *
 * @param number the current version's number
 * @param links how many times staff linked it to a request
 */
public record ArticleView(UUID id, long version, int number, String title, String body, String bodyHtml,
		ArticleKind kind, ArticleAudience audience, @Nullable String owner, String ownerName, LocalDate reviewOn,
		boolean reviewOverdue, @Nullable UUID serviceId, @Nullable String serviceName, int links, Instant createdAt,
		Instant updatedAt, List<VersionSummary> versions) {

	/**
	 * One saved version, newest first in {@link ArticleView#versions()}.
	 */
	public record VersionSummary(int number, String title, String editedByName, Instant editedAt) {

	}

}
