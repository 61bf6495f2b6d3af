package org.servicechain.complaints;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A step of a complaint reached its warning share: it is due soon (CMP-2). Published by
 * the sweep once per step and cycle, for the notifications module.
 *
 * @param owner the complaint's owner's login name, if it has one
 */
public record ComplaintStepDue(UUID complaintId, String reference, ComplaintStep step, Instant dueAt,
		@Nullable String owner) {

}
