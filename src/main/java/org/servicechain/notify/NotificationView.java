package org.servicechain.notify;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One in-app notification as its recipient reads it.
 *
 * @param event the event's stable name, e.g. {@code request.reply}
 * @param link where the subject is shown to the recipient
 */
public record NotificationView(UUID id, String event, String reference, String title, @Nullable String body,
		String link, Instant createdAt, @Nullable Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
