package org.servicechain.complaints;

import java.util.UUID;

/**
 * The act step proposed a resolution, the final response (CMP-2): the customer is told,
 * to accept or reject it.
 */
public record ComplaintResolutionProposed(UUID complaintId, String reference, UUID complainantId) {
}
