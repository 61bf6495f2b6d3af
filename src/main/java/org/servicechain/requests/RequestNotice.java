package org.servicechain.requests;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;

/**
 * Something a person must know about a request they hold: its last task came back, the
 * customer escalated it, a partner asked a question. Shown in their "what needs me" list
 * until they dismiss it. (Mail and the full notification centre come with the notify
 * module.)
 */
@Entity
@Table(name = "request_notice")
class RequestNotice extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(nullable = false, length = 100)
	private String recipient;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(nullable = false, length = 300)
	private String message;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "dismissed_at")
	private @Nullable Instant dismissedAt;

	protected RequestNotice() {
		this.id = UUID.randomUUID();
		this.recipient = "";
		this.requestId = this.id;
		this.message = "";
		this.createdAt = Instant.EPOCH;
	}

	RequestNotice(String recipient, UUID requestId, String message, Instant at) {
		this();
		this.recipient = recipient;
		this.requestId = requestId;
		this.message = message.length() > 300 ? message.substring(0, 297) + "..." : message;
		this.createdAt = at;
	}

	void dismiss(Instant at) {
		this.dismissedAt = at;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	String getRecipient() {
		return this.recipient;
	}

	NoticeView toView() {
		return new NoticeView(this.id, this.requestId, this.message, this.createdAt);
	}

}
