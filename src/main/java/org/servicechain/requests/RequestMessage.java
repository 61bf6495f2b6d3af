package org.servicechain.requests;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;

/**
 * One message of a request's conversation: a public reply, an internal note, or a message
 * on one of its tasks. Written in Markdown; never edited once written.
 */
@Entity
@Table(name = "request_message")
class RequestMessage extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	/**
	 * The same column as {@link #requestId}, as the association search follows to index a
	 * message's text on its request (read only: {@link #requestId} writes the column).
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "request_id", insertable = false, updatable = false)
	private @Nullable ServiceRequest request;

	@Column(name = "task_id")
	private @Nullable UUID taskId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Visibility visibility;

	@Enumerated(EnumType.STRING)
	@Column(name = "author_side", nullable = false, length = 10)
	private Side authorSide;

	@Column(nullable = false, length = 100)
	private String author;

	@Column(name = "author_name", nullable = false, length = 120)
	private String authorName;

	@Column(nullable = false, length = 20000)
	private String body;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "minutes_spent")
	private @Nullable Integer minutesSpent;

	protected RequestMessage() {
		this.id = UUID.randomUUID();
		this.requestId = this.id;
		this.visibility = Visibility.PUBLIC;
		this.authorSide = Side.STAFF;
		this.author = "";
		this.authorName = "";
		this.body = "";
		this.createdAt = Instant.EPOCH;
	}

	RequestMessage(ServiceRequest request, @Nullable UUID taskId, Visibility visibility, Side authorSide, String author,
			String authorName, String body, Instant at) {
		this();
		this.request = request;
		this.requestId = request.getId();
		request.conversationGained(this);
		this.taskId = taskId;
		this.visibility = visibility;
		this.authorSide = authorSide;
		this.author = author;
		this.authorName = authorName;
		this.body = body;
		this.createdAt = at;
	}

	/**
	 * Who wrote a message, as the conversation shows it.
	 */
	enum Side {

		STAFF, CUSTOMER, PARTNER

	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID getRequestId() {
		return this.requestId;
	}

	/**
	 * The one change a message allows: removing personal data (erasure, retention).
	 */
	void redact(String body, String authorName) {
		this.body = body.length() > 20000 ? body.substring(0, 20000) : body;
		this.authorName = authorName.length() > 120 ? authorName.substring(0, 120) : authorName;
	}

	@Nullable UUID getTaskId() {
		return this.taskId;
	}

	Visibility getVisibility() {
		return this.visibility;
	}

	Side getAuthorSide() {
		return this.authorSide;
	}

	String getAuthor() {
		return this.author;
	}

	String getAuthorName() {
		return this.authorName;
	}

	String getBody() {
		return this.body;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * How long the staff member says the work behind this message took.
	 */
	void spent(@Nullable Integer minutes) {
		this.minutesSpent = minutes;
	}

	@Nullable Integer getMinutesSpent() {
		return this.minutesSpent;
	}

}
