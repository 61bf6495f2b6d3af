package org.servicechain.notify;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;

/**
 * Something one person was told in the application (REQ-6): what happened, about which
 * request, task or agreement, and where to see it; unread until they mark it read. One
 * per person and happening, so processing a happening twice tells nobody twice.
 */
@Entity
@Table(name = "notification")
class Notification extends AssignedIdEntity {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, length = 100)
	private String recipient;

	@Column(nullable = false, length = 40)
	private String event;

	@Column(name = "subject_id", nullable = false)
	private UUID subjectId;

	@Column(nullable = false, length = 40)
	private String reference;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(length = 1000)
	private @Nullable String body;

	@Column(nullable = false, length = 300)
	private String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private @Nullable Instant readAt;

	@Column(name = "happening_id", nullable = false)
	private UUID happeningId;

	protected Notification() {
		this.id = UUID.randomUUID();
		this.recipient = "";
		this.event = "";
		this.subjectId = this.id;
		this.reference = "";
		this.title = "";
		this.link = "";
		this.createdAt = Instant.EPOCH;
		this.happeningId = this.id;
	}

	Notification(UUID happeningId, String recipient, NotifyEvent event, UUID subjectId, String reference, String title,
			@Nullable String body, String link, Instant at) {
		this();
		this.happeningId = happeningId;
		this.recipient = recipient;
		this.event = event.key();
		this.subjectId = subjectId;
		this.reference = reference;
		this.title = Texts.cut(title, 300);
		this.body = (body != null) ? Texts.cut(body, 1000) : null;
		this.link = link;
		this.createdAt = at;
	}

	void markRead(Instant at) {
		if (this.readAt == null) {
			this.readAt = at;
		}
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	String getRecipient() {
		return this.recipient;
	}

	NotificationView toView() {
		return new NotificationView(this.id, this.event, this.reference, this.title, this.body, this.link,
				this.createdAt, this.readAt);
	}

}
