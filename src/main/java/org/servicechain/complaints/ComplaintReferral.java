package org.servicechain.complaints;

import java.time.Instant;
import java.time.LocalDate;
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
 * A referral or escalation of a complaint (CMP-3; 328 9.1c): to whom, why, with what new
 * due time; for an outside referral, the deadline the customer must be told of.
 */
@Entity
@Immutable
@Table(name = "complaint_referral")
class ComplaintReferral extends AssignedIdEntity {

	@Id
	private UUID id;

	@Column(name = "complaint_id", nullable = false)
	private UUID complaintId;

	@Column(name = "referred_at", nullable = false)
	private Instant referredAt;

	@Column(name = "referred_by", nullable = false, length = 100)
	private String referredBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReferralTarget target;

	@Column(name = "party_id")
	private @Nullable UUID partyId;

	@Column(length = 100)
	private @Nullable String manager;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private @Nullable ComplaintStep step;

	@Column(nullable = false, length = 2000)
	private String reason;

	@Column(name = "new_due_at")
	private @Nullable Instant newDueAt;

	@Column(name = "customer_deadline")
	private @Nullable LocalDate customerDeadline;

	@Column(name = "share_personal_data", nullable = false)
	private boolean sharePersonalData;

	protected ComplaintReferral() {
		this.id = UUID.randomUUID();
		this.complaintId = this.id;
		this.referredAt = Instant.EPOCH;
		this.referredBy = "";
		this.target = ReferralTarget.TEAM;
		this.reason = "";
	}

	ComplaintReferral(UUID complaintId, Instant referredAt, String referredBy, ReferralTarget target,
			@Nullable UUID partyId, @Nullable String manager, @Nullable ComplaintStep step, String reason,
			@Nullable Instant newDueAt, @Nullable LocalDate customerDeadline, boolean sharePersonalData) {
		this.id = UUID.randomUUID();
		this.complaintId = complaintId;
		this.referredAt = referredAt;
		this.referredBy = referredBy;
		this.target = target;
		this.partyId = partyId;
		this.manager = manager;
		this.step = step;
		this.reason = reason;
		this.newDueAt = newDueAt;
		this.customerDeadline = customerDeadline;
		this.sharePersonalData = sharePersonalData;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	UUID getComplaintId() {
		return this.complaintId;
	}

	@Nullable UUID getPartyId() {
		return this.partyId;
	}

	@Nullable String getManager() {
		return this.manager;
	}

	String getReferredByName() {
		return this.referredBy;
	}

	boolean isSharePersonalData() {
		return this.sharePersonalData;
	}

	ReferralView toView(@Nullable String partyName, @Nullable String managerName, String byName) {
		return new ReferralView(this.id, this.referredAt, byName, this.target, this.partyId, partyName, managerName,
				this.step, this.reason, this.newDueAt, this.customerDeadline, this.sharePersonalData);
	}

}
