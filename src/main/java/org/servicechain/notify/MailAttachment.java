package org.servicechain.notify;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file a mail of the outbox carries, e.g. a scheduled report as PDF and CSV.
 *
 * @param fileName the name the recipient sees, e.g. {@code sla-by-link.pdf}
 * @param contentType its media type, e.g. {@code application/pdf}
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

	/** What one mail may carry in all, so the outbox stays a queue, not a file store. */
	public static final int MAX_TOTAL_BYTES = 10 * 1024 * 1024;

	public MailAttachment {
		Objects.requireNonNull(fileName);
		Objects.requireNonNull(contentType);
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MailAttachment that && this.fileName.equals(that.fileName)
				&& this.contentType.equals(that.contentType) && Arrays.equals(this.content, that.content);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.fileName, this.contentType, Arrays.hashCode(this.content));
	}

	@Override
	public String toString() {
		return "MailAttachment[" + this.fileName + ", " + this.contentType + ", " + this.content.length + " bytes]";
	}

}
