package org.servicechain.complaints;

import java.util.UUID;

/**
 * A complaint's resolution was accepted and assured (CMP-2): for surveys and improvement
 * to pick up.
 */
public record ComplaintResolved(UUID complaintId, String reference, UUID complainantId) {

}
