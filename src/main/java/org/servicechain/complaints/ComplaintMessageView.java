package org.servicechain.complaints;

import java.time.Instant;
import java.util.UUID;

/**
 * Something the customer wrote about their complaint after making it, as the complaint's
 * handlers and the customer see it.
 *
 * @param author who wrote it: the customer's contact, by name
 * @param text what they wrote (for a mail, its text without the quoted mail it answers)
 * @param channel how it came in
 */
public record ComplaintMessageView(UUID id, Instant at, String author, String text, ComplaintChannel channel) {

}
