package org.servicechain.complaints;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;

/**
 * One entry of a complaint's append-only history.
 */
@Entity
@Immutable
@Table(name = "complaint_event")
class ComplaintEvent extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(name = "complaint_id", nullable = false)
	private UUID complaintId;

	@Column(nullable = false)
	private int position;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 100)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ComplaintEventView.Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private @Nullable ComplaintStep step;

	@Column(name = "due_at")
	private @Nullable Instant dueAt;

	@Column(length = 4000)
	private @Nullable String detail;

	protected ComplaintEvent() {
		this.id = UUID.randomUUID();
		this.complaintId = this.id;
		this.occurredAt = Instant.EPOCH;
		this.actor = "";
		this.kind = ComplaintEventView.Kind.RECEIVED;
	}

	ComplaintEvent(UUID complaintId, int position, Instant occurredAt, String actor, ComplaintEventView.Kind kind,
			@Nullable ComplaintStep step, @Nullable Instant dueAt, @Nullable String detail) {
		this.id = UUID.randomUUID();
		this.complaintId = complaintId;
		this.position = position;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.kind = kind;
		this.step = step;
		this.dueAt = dueAt;
		this.detail = (detail != null && detail.length() > 4000) ? detail.substring(0, 4000) : detail;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID getComplaintId() {
		return this.complaintId;
	}

	String getActor() {
		return this.actor;
	}

	ComplaintEventView toView(String actorName) {
		return new ComplaintEventView(this.occurredAt, actorName, this.kind, this.step, this.dueAt, this.detail);
	}

}
