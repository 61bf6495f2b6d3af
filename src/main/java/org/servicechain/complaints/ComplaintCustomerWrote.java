package org.servicechain.complaints;

import java.util.UUID;

/**
 * The customer wrote about their complaint (a reply by mail): for the notifications
 * module to tell whoever handles it.
 */
public record ComplaintCustomerWrote(UUID complaintId, String reference, UUID complainantId, UUID messageId) {

}
