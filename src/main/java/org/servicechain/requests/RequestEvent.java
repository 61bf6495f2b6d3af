package org.servicechain.requests;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One fact in a request's append-only history: what happened, when, who did it and why.
 * Rows are only ever inserted; their position (a database identity) orders events that
 * share an instant. Immutable to Hibernate too, so a flush never dirty-checks history.
 */
@Entity
@Immutable
@Table(name = "request_event")
class RequestEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long position;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private RequestEventKind kind;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 100)
	private String actor;

	@Column(name = "task_id")
	private @Nullable UUID taskId;

	@Column(name = "from_value", length = 100)
	private @Nullable String fromValue;

	@Column(name = "to_value", length = 100)
	private @Nullable String toValue;

	@Column(length = 1000)
	private @Nullable String reason;

	@Column(length = 1000)
	private @Nullable String detail;

	protected RequestEvent() {
		this.requestId = new UUID(0, 0);
		this.kind = RequestEventKind.OPENED;
		this.occurredAt = Instant.EPOCH;
		this.actor = "";
	}

	static RequestEvent of(UUID requestId, RequestEventKind kind, Instant at, String actor) {
		RequestEvent event = new RequestEvent();
		event.requestId = requestId;
		event.kind = kind;
		event.occurredAt = at;
		event.actor = actor;
		return event;
	}

	RequestEvent change(@Nullable String from, @Nullable String to) {
		this.fromValue = from;
		this.toValue = to;
		return this;
	}

	RequestEvent reason(@Nullable String reason) {
		this.reason = truncate(reason);
		return this;
	}

	RequestEvent detail(@Nullable String detail) {
		this.detail = truncate(detail);
		return this;
	}

	RequestEvent task(@Nullable UUID taskId) {
		this.taskId = taskId;
		return this;
	}

	RequestEventView toView() {
		return toView(this.actor);
	}

	RequestEventView toView(String actorName) {
		return new RequestEventView(this.position != null ? this.position : 0, this.requestId, this.kind,
				this.occurredAt, this.actor, actorName, this.taskId, this.fromValue, this.toValue, this.reason,
				this.detail);
	}

	String getActor() {
		return this.actor;
	}

	UUID getRequestId() {
		return this.requestId;
	}

	RequestEventKind getKind() {
		return this.kind;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	private static @Nullable String truncate(@Nullable String text) {
		return (text != null && text.length() > 1000) ? text.substring(0, 997) + "..." : text;
	}

}
