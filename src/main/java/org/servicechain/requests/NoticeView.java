package org.servicechain.requests;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice about a request for the person who holds it.
 */
public record NoticeView(UUID id, UUID requestId, String message, Instant createdAt) {

}
