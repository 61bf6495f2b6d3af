package org.servicechain.knowledge;

import java.time.Instant;
import java.util.UUID;

/**
 * An article linked to a request it helped with: who linked it and when (staff only).
 */
public record ArticleLinkView(UUID articleId, String articleTitle, UUID requestId, String requestReference,
		String linkedByName, Instant linkedAt) {

}
