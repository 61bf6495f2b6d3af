package org.servicechain.requests;

import java.time.Instant;
import java.util.UUID;

/**
 * An attachment as a conversation lists it.
 *
 * @param contentType the type detected from the content
 */
public record AttachmentView(UUID id, String fileName, String contentType, long sizeBytes, Instant createdAt) {

	public String size() {
		if (this.sizeBytes < 1024) {
			return this.sizeBytes + " B";
		}
		if (this.sizeBytes < 1024 * 1024) {
			return (this.sizeBytes / 1024) + " KB";
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", this.sizeBytes / (1024.0 * 1024.0));
	}

}
