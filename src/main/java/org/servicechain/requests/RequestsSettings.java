package org.servicechain.requests;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the requests module ({@code servicechain.requests.*}).
 *
 * @param maxAttachmentBytes the largest file accepted (default 10 MB)
 * @param maxAttachments the most files on one message (default 10)
 * @param dueSoonHours how close a due time must be for work to count as "due soon"
 */
@ConfigurationProperties("servicechain.requests")
public record RequestsSettings(@DefaultValue("10485760") long maxAttachmentBytes,
		@DefaultValue("10") int maxAttachments, @DefaultValue("4") int dueSoonHours) {

}
