package org.servicechain.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message of a conversation as the reader may see it.
 *
 * @param authorName who wrote it, by display name
 * @param authorSide {@code STAFF}, {@code CUSTOMER} or {@code PARTNER}
 * @param body the Markdown as written
 * @param html the body rendered safely (raw HTML escaped)
 */
public record MessageView(UUID id, @Nullable UUID taskId, Visibility visibility, String authorName, String authorSide,
		String body, String html, Instant createdAt, List<AttachmentView> attachments) {

	public boolean internal() {
		return this.visibility == Visibility.INTERNAL;
	}

}
