package org.servicechain.complaints;

import java.util.UUID;

/**
 * A complaint was received (CMP-1): for the notifications module to tell its owner.
 */
public record ComplaintReceived(UUID complaintId, String reference, UUID complainantId, boolean internal) {

}
