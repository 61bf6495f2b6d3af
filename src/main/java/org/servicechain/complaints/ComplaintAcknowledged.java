package org.servicechain.complaints;

import java.util.UUID;

/**
 * A complaint was acknowledged with a message to the customer (CMP-2): the notifications
 * module sends the message by the customer's channel.
 */
public record ComplaintAcknowledged(UUID complaintId, String reference, UUID complainantId, String message) {

}
