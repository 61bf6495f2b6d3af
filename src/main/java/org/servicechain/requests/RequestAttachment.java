package org.servicechain.requests;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.servicechain.shared.AssignedIdEntity;

/**
 * A file attached to a message of a request's conversation. Its content lives in the
 * database beside it ({@code request_attachment_content}), so every instance sees it and
 * a command that rolls back leaves no orphan file; its type is what the content is, as
 * detected, never what its name claims. Whoever may read the message may download it;
 * nobody else learns it exists.
 */
@Entity
@Table(name = "request_attachment")
class RequestAttachment extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(name = "message_id", nullable = false)
	private UUID messageId;

	@Column(name = "file_name", nullable = false, length = 255)
	private String fileName;

	@Column(name = "content_type", nullable = false, length = 120)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(name = "uploaded_by", nullable = false, length = 100)
	private String uploadedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected RequestAttachment() {
		this.id = UUID.randomUUID();
		this.requestId = this.id;
		this.messageId = this.id;
		this.fileName = "";
		this.contentType = "";
		this.sha256 = "";
		this.uploadedBy = "";
		this.createdAt = Instant.EPOCH;
	}

	RequestAttachment(UUID requestId, UUID messageId, String fileName, String contentType, long sizeBytes,
			String sha256, String uploadedBy, Instant at) {
		this();
		this.requestId = requestId;
		this.messageId = messageId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.createdAt = at;
	}

	AttachmentView toView() {
		return new AttachmentView(this.id, this.fileName, this.contentType, this.sizeBytes, this.createdAt);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID getRequestId() {
		return this.requestId;
	}

	UUID getMessageId() {
		return this.messageId;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	long getSizeBytes() {
		return this.sizeBytes;
	}

}
