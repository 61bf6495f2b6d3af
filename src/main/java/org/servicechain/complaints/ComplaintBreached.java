package org.servicechain.complaints;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A step of a complaint was not done in time (CMP-2). Published by the sweep once per
 * step and cycle, for the notifications module.
 */
public record ComplaintBreached(UUID complaintId, String reference, ComplaintStep step, Instant dueAt,
		@Nullable String owner) {

}
