package org.servicechain.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;

/**
 * An in-app notification to an agreement's owner that its review is coming up (AGREE-6).
 * Mail will carry the same once the notify module exists.
 */
@Entity
@Table(name = "agreement_reminder")
class Reminder extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(name = "agreement_id", nullable = false)
	private UUID agreementId;

	@Column(nullable = false, length = 60)
	private String owner;

	@Column(nullable = false, length = 500)
	private String message;

	@Column(name = "review_on", nullable = false)
	private LocalDate reviewOn;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "dismissed_at")
	private @Nullable Instant dismissedAt;

	protected Reminder() {
		this.id = UUID.randomUUID();
		this.agreementId = this.id;
		this.owner = "";
		this.message = "";
		this.reviewOn = LocalDate.EPOCH;
		this.createdAt = Instant.EPOCH;
	}

	Reminder(UUID agreementId, String owner, String message, LocalDate reviewOn, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.agreementId = agreementId;
		this.owner = owner;
		this.message = message;
		this.reviewOn = reviewOn;
		this.createdAt = createdAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	String getOwner() {
		return this.owner;
	}

	void dismiss(Instant now) {
		this.dismissedAt = now;
	}

	ReminderView toView() {
		return new ReminderView(this.id, this.agreementId, this.message, this.reviewOn, this.createdAt);
	}

}
