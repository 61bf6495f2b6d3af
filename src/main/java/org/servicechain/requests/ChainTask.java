package org.servicechain.requests;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * Work a request depends on, handed to an internal team or an outside supplier upstream
 * of the request's service on the chain (REQ-2; B9 1.5; NOS PC5, PC7). A task names what
 * is needed, runs under the agreement of its own link (the OLA or underpinning contract
 * between the party that does the work and the party that hands it over), and has its own
 * conversation with that party.
 *
 * <p>
 * Lifecycle: handed over → accepted → (queried → accepted) → completed with an outcome;
 * or declined by the party, or cancelled by our agent. While any task of a request is
 * active the request waits on the partner. The party sees the end customer's personal
 * data only when the agent chose to share it, and that choice is recorded.
 */
@Entity
@Table(name = "chain_task")
class ChainTask extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(nullable = false)
	private int number;

	@Column(name = "provider_party_id", nullable = false)
	private UUID providerId;

	@Column(name = "consumer_party_id", nullable = false)
	private UUID consumerId;

	@Column(name = "service_id", nullable = false)
	private UUID serviceId;

	@Column(name = "link_id")
	private @Nullable UUID linkId;

	@Column(name = "off_chain_reason", length = 500)
	private @Nullable String offChainReason;

	@Column(name = "agreement_id")
	private @Nullable UUID agreementId;

	@Column(name = "agreement_terms_number")
	private @Nullable Integer agreementTermsNumber;

	@Column(nullable = false, length = 200)
	private String summary;

	@Column(nullable = false, length = 4000)
	private String needed;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TaskStatus status;

	@Column(length = 100)
	private @Nullable String assignee;

	@Column(name = "share_personal_data", nullable = false)
	private boolean sharePersonalData;

	@Column(name = "share_reason", length = 500)
	private @Nullable String shareReason;

	@Column(length = 4000)
	private @Nullable String outcome;

	@Column(name = "response_due_at")
	private @Nullable Instant responseDueAt;

	@Column(name = "resolution_due_at")
	private @Nullable Instant resolutionDueAt;

	@Column(name = "handed_over_at", nullable = false)
	private Instant handedOverAt;

	@Column(name = "handed_over_by", nullable = false, length = 100)
	private String handedOverBy;

	@Column(name = "accepted_at")
	private @Nullable Instant acceptedAt;

	@Column(name = "finished_at")
	private @Nullable Instant finishedAt;

	@Column(name = "last_activity_at", nullable = false)
	@OptimisticLock(excluded = true)
	private Instant lastActivityAt;

	protected ChainTask() {
		this.id = UUID.randomUUID();
		this.requestId = this.id;
		this.providerId = this.id;
		this.consumerId = this.id;
		this.serviceId = this.id;
		this.summary = "";
		this.needed = "";
		this.status = TaskStatus.HANDED_OVER;
		this.handedOverAt = Instant.EPOCH;
		this.handedOverBy = "";
		this.lastActivityAt = Instant.EPOCH;
	}

	ChainTask(UUID requestId, int number, Handover handover, String actor, Instant at) {
		this();
		this.requestId = requestId;
		this.number = number;
		this.providerId = handover.providerId();
		this.consumerId = handover.consumerId();
		this.serviceId = handover.serviceId();
		this.linkId = handover.linkId();
		this.offChainReason = handover.offChainReason();
		this.agreementId = handover.agreementId();
		this.agreementTermsNumber = handover.agreementTermsNumber();
		this.summary = handover.summary();
		this.needed = handover.needed();
		this.sharePersonalData = handover.sharePersonalData();
		this.shareReason = handover.shareReason();
		this.responseDueAt = handover.responseDue();
		this.resolutionDueAt = handover.resolutionDue();
		this.handedOverAt = at;
		this.handedOverBy = actor;
		this.lastActivityAt = at;
	}

	/**
	 * What a task is handed over with, once validated and matched to its link and
	 * agreement.
	 */
	record Handover(UUID providerId, UUID consumerId, UUID serviceId, @Nullable UUID linkId,
			@Nullable String offChainReason, @Nullable UUID agreementId, @Nullable Integer agreementTermsNumber,
			String summary, String needed, boolean sharePersonalData, @Nullable String shareReason,
			@Nullable Instant responseDue, @Nullable Instant resolutionDue) {

	}

	// Transitions

	void accept(String actor, Instant at) {
		require(this.status == TaskStatus.HANDED_OVER, "accepted", "only a task just handed over can be accepted");
		this.status = TaskStatus.ACCEPTED;
		this.acceptedAt = at;
		if (this.assignee == null) {
			this.assignee = actor;
		}
		this.lastActivityAt = at;
	}

	void query(Instant at) {
		require(this.status == TaskStatus.HANDED_OVER || this.status == TaskStatus.ACCEPTED, "queried",
				"a question can be asked while the task is handed over or accepted");
		if (this.acceptedAt == null) {
			this.acceptedAt = at;
		}
		this.status = TaskStatus.QUERIED;
		this.lastActivityAt = at;
	}

	void answer(Instant at) {
		require(this.status == TaskStatus.QUERIED, "answered", "there is no open question on this task");
		this.status = TaskStatus.ACCEPTED;
		this.lastActivityAt = at;
	}

	void complete(String outcome, Instant at) {
		require(this.status == TaskStatus.ACCEPTED || this.status == TaskStatus.HANDED_OVER, "completed",
				this.status == TaskStatus.QUERIED ? "the task waits for an answer to its question; answer it first"
						: "only an open task can be completed");
		if (this.acceptedAt == null) {
			this.acceptedAt = at;
		}
		this.status = TaskStatus.COMPLETED;
		this.outcome = outcome;
		this.finishedAt = at;
		this.lastActivityAt = at;
	}

	void decline(String reason, Instant at) {
		require(this.status == TaskStatus.HANDED_OVER, "declined", "only a task not yet accepted can be declined");
		this.status = TaskStatus.DECLINED;
		this.outcome = reason;
		this.finishedAt = at;
		this.lastActivityAt = at;
	}

	void cancel(String reason, Instant at) {
		require(this.status.active(), "cancelled", "only an open task can be cancelled");
		this.status = TaskStatus.CANCELLED;
		this.outcome = reason;
		this.finishedAt = at;
		this.lastActivityAt = at;
	}

	void assign(@Nullable String username) {
		this.assignee = username;
	}

	void touched(Instant at) {
		this.lastActivityAt = at;
	}

	private void require(boolean allowed, String to, String message) {
		if (!allowed) {
			throw new RequestRuleException("to", "transition", "task " + reference() + " is "
					+ this.status.label().toLowerCase(java.util.Locale.ROOT) + " and cannot be " + to + ": " + message);
		}
	}

	// Queries

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	/**
	 * @return the task's number within its request, e.g. {@code T2}.
	 */
	String reference() {
		return "T" + this.number;
	}

	UUID getRequestId() {
		return this.requestId;
	}

	int getNumber() {
		return this.number;
	}

	UUID getProviderId() {
		return this.providerId;
	}

	UUID getConsumerId() {
		return this.consumerId;
	}

	UUID getServiceId() {
		return this.serviceId;
	}

	@Nullable UUID getLinkId() {
		return this.linkId;
	}

	@Nullable String getOffChainReason() {
		return this.offChainReason;
	}

	@Nullable UUID getAgreementId() {
		return this.agreementId;
	}

	@Nullable Integer getAgreementTermsNumber() {
		return this.agreementTermsNumber;
	}

	String getSummary() {
		return this.summary;
	}

	String getNeeded() {
		return this.needed;
	}

	TaskStatus getStatus() {
		return this.status;
	}

	@Nullable String getAssignee() {
		return this.assignee;
	}

	boolean isSharePersonalData() {
		return this.sharePersonalData;
	}

	@Nullable String getShareReason() {
		return this.shareReason;
	}

	@Nullable String getOutcome() {
		return this.outcome;
	}

	@Nullable Instant getResponseDueAt() {
		return this.responseDueAt;
	}

	@Nullable Instant getResolutionDueAt() {
		return this.resolutionDueAt;
	}

	Instant getHandedOverAt() {
		return this.handedOverAt;
	}

	String getHandedOverBy() {
		return this.handedOverBy;
	}

	@Nullable Instant getAcceptedAt() {
		return this.acceptedAt;
	}

	@Nullable Instant getFinishedAt() {
		return this.finishedAt;
	}

	Instant getLastActivityAt() {
		return this.lastActivityAt;
	}

	/**
	 * @return the instant the task is next due: its response while not accepted, else its
	 * resolution; none once finished.
	 */
	@Nullable Instant nextDueAt() {
		if (!this.status.active()) {
			return null;
		}
		return (this.acceptedAt == null && this.responseDueAt != null) ? this.responseDueAt : this.resolutionDueAt;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("task", reference());
		snapshot.put("request", this.requestId.toString());
		snapshot.put("party", this.providerId.toString());
		snapshot.put("handedOverBy", this.consumerId.toString());
		snapshot.put("service", this.serviceId.toString());
		snapshot.put("offChainReason", this.offChainReason);
		snapshot.put("agreement", this.agreementId != null ? this.agreementId.toString() : null);
		snapshot.put("summary", this.summary);
		snapshot.put("status", this.status.name());
		snapshot.put("assignee", this.assignee);
		snapshot.put("sharePersonalData", String.valueOf(this.sharePersonalData));
		snapshot.put("shareReason", this.shareReason);
		snapshot.put("outcome", this.outcome);
		return snapshot;
	}

}
