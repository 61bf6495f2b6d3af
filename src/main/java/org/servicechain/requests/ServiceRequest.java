package org.servicechain.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.Priority;
import org.servicechain.search.TextMatch;
import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * A customer's request (REQ-1; B10 1.1, 1.2, 2.3; 328 8.1–8.3): raised by or for a
 * customer party (an internal team or an external person or organisation) for a service
 * delivered to it on the chain, and worked by the team that provides that service.
 *
 * <p>
 * Its lifecycle is new → open → waiting on the customer or on a partner → resolved →
 * closed, with reopen from resolved. Each arrow is one method here that checks where the
 * request stands, changes it and appends an event with the reason to the request's
 * history; an arrow that does not exist is refused with {@link RequestRuleException}. The
 * history is append-only and is what clocks are derived from (REQ-3).
 *
 * <p>
 * Appending to the conversation does not change the request's version: a reply that
 * arrives while an agent edits must not make the agent's copy stale. Status, priority and
 * assignment do.
 */
@Entity
@Table(name = "service_request")
@Indexed(index = "request_v2")
class ServiceRequest extends AssignedIdEntity implements Auditable {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "reference_number", nullable = false, unique = true)
	@GenericField(projectable = Projectable.YES)
	private long referenceNumber;

	@Column(name = "requester_party_id", nullable = false)
	@GenericField
	private UUID requesterId;

	@Column(name = "requester_internal", nullable = false)
	private boolean requesterInternal;

	@Column(name = "raised_by", nullable = false, length = 100)
	@KeywordField
	private String raisedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RequestChannel channel;

	@Column(name = "service_id", nullable = false)
	private UUID serviceId;

	@Column(name = "provider_party_id", nullable = false)
	@GenericField
	private UUID providerId;

	@Column(length = 80)
	private @Nullable String category;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Level impact;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Level urgency;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 4)
	private Priority priority;

	@Column(name = "priority_reason", length = 500)
	private @Nullable String priorityReason;

	@Column(nullable = false, length = 200)
	@FullTextField(analyzer = TextMatch.ANALYZER, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String summary;

	@Column(nullable = false, length = 20000)
	@FullTextField(analyzer = TextMatch.ANALYZER, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	@KeywordField
	private RequestStatus status;

	@Column(length = 100)
	private @Nullable String assignee;

	@Column(name = "agreement_id")
	private @Nullable UUID agreementId;

	@Column(name = "agreement_terms_number")
	private @Nullable Integer agreementTermsNumber;

	@Column(name = "first_response_due_at")
	private @Nullable Instant firstResponseDueAt;

	@Column(name = "resolution_due_at")
	private @Nullable Instant resolutionDueAt;

	@Column(name = "next_due_at")
	@OptimisticLock(excluded = true)
	private @Nullable Instant nextDueAt;

	@Column(name = "first_responded_at")
	@OptimisticLock(excluded = true)
	private @Nullable Instant firstRespondedAt;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "last_activity_at", nullable = false)
	@OptimisticLock(excluded = true)
	private Instant lastActivityAt;

	@Column(name = "resolved_at")
	private @Nullable Instant resolvedAt;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Column(name = "escalated_at")
	@OptimisticLock(excluded = true)
	private @Nullable Instant escalatedAt;

	@Column(name = "escalation_reason", length = 1000)
	@OptimisticLock(excluded = true)
	private @Nullable String escalationReason;

	/**
	 * The conversation, read by search only (its text is indexed on the request's
	 * document, public replies apart from notes and task messages, so one query finds a
	 * request by what was written on it). Messages are written through their own
	 * repository; appending one does not change the request's version.
	 */
	@OneToMany(mappedBy = "request", fetch = FetchType.LAZY)
	@BatchSize(size = 100)
	@OptimisticLock(excluded = true)
	@PropertyBinding(binder = @PropertyBinderRef(type = ConversationBinder.class))
	private List<RequestMessage> messages = new ArrayList<>();

	@Transient
	private final List<RequestEvent> pending = new ArrayList<>();

	protected ServiceRequest() {
		this.id = UUID.randomUUID();
		this.requesterId = this.id;
		this.raisedBy = "";
		this.channel = RequestChannel.STAFF;
		this.serviceId = this.id;
		this.providerId = this.id;
		this.impact = Level.MEDIUM;
		this.urgency = Level.MEDIUM;
		this.priority = Priority.P3;
		this.summary = "";
		this.description = "";
		this.status = RequestStatus.NEW;
		this.openedAt = Instant.EPOCH;
		this.lastActivityAt = Instant.EPOCH;
	}

	/**
	 * A new request, as it is raised.
	 */
	ServiceRequest(long referenceNumber, Raising raising, String actor, Instant at) {
		this();
		this.referenceNumber = referenceNumber;
		this.requesterId = raising.requesterId();
		this.requesterInternal = raising.requesterInternal();
		this.raisedBy = actor;
		this.channel = raising.channel();
		this.serviceId = raising.serviceId();
		this.providerId = raising.providerId();
		this.category = raising.category();
		this.impact = raising.impact();
		this.urgency = raising.urgency();
		this.priority = raising.priority();
		this.priorityReason = raising.priorityReason();
		this.summary = raising.summary();
		this.description = raising.description();
		this.openedAt = at;
		this.lastActivityAt = at;
		append(RequestEvent.of(this.id, RequestEventKind.OPENED, at, actor).detail(this.channel.name()));
	}

	/**
	 * What a request is raised with, once validated and with its priority decided.
	 */
	record Raising(UUID requesterId, boolean requesterInternal, RequestChannel channel, UUID serviceId, UUID providerId,
			@Nullable String category, Level impact, Level urgency, Priority priority, @Nullable String priorityReason,
			String summary, String description) {

	}

	// Agreement and due times

	void applyAgreement(@Nullable UUID agreementId, @Nullable Integer termsNumber, @Nullable String describedAs,
			@Nullable Instant firstResponseDue, @Nullable Instant resolutionDue, String actor, Instant at) {
		this.agreementId = agreementId;
		this.agreementTermsNumber = termsNumber;
		this.firstResponseDueAt = firstResponseDue;
		this.resolutionDueAt = resolutionDue;
		refreshNextDue();
		append(RequestEvent
			.of(this.id, agreementId != null ? RequestEventKind.AGREEMENT_APPLIED : RequestEventKind.NO_AGREEMENT, at,
					actor)
			.detail(describedAs));
	}

	/**
	 * Moves the request's clocks onto another version of its agreement (a manager's
	 * re-base): recorded in the history, from which the clocks take the new targets from
	 * this instant on, the elapsed time kept.
	 */
	void rebaseAgreement(int termsNumber, String reason, String actor, Instant at) {
		Integer from = this.agreementTermsNumber;
		this.agreementTermsNumber = termsNumber;
		append(RequestEvent.of(this.id, RequestEventKind.AGREEMENT_APPLIED, at, actor)
			.change((from != null) ? String.valueOf(from) : null, String.valueOf(termsNumber))
			.reason(reason)
			.detail("clocks re-based on version " + termsNumber));
	}

	void changeDueTimes(@Nullable Instant firstResponseDue, @Nullable Instant resolutionDue) {
		this.firstResponseDueAt = firstResponseDue;
		this.resolutionDueAt = resolutionDue;
		refreshNextDue();
	}

	private void refreshNextDue() {
		if (!this.status.active()) {
			this.nextDueAt = null;
		}
		else if (this.firstRespondedAt == null && this.firstResponseDueAt != null) {
			this.nextDueAt = this.firstResponseDueAt;
		}
		else {
			this.nextDueAt = this.resolutionDueAt;
		}
	}

	// Transitions: one method per arrow

	/** new → open: someone has taken the request on. */
	void open(String reason, String actor, Instant at) {
		require(this.status == RequestStatus.NEW, RequestStatus.OPEN, "only a new request can be opened");
		moveTo(RequestStatus.OPEN, reason, actor, at);
	}

	/** new, open or waiting on a partner → waiting on the customer. */
	void waitOnCustomer(String reason, String actor, Instant at) {
		require(this.status == RequestStatus.NEW || this.status == RequestStatus.OPEN
				|| this.status == RequestStatus.WAITING_ON_PARTNER, RequestStatus.WAITING_ON_CUSTOMER,
				"only a new, open or partner-waiting request can wait on the customer");
		moveTo(RequestStatus.WAITING_ON_CUSTOMER, reason, actor, at);
	}

	/**
	 * new, open or waiting on the customer → waiting on a partner; only while a task is
	 * with one.
	 */
	void waitOnPartner(String reason, boolean taskOpen, String actor, Instant at) {
		require(this.status == RequestStatus.NEW || this.status == RequestStatus.OPEN
				|| this.status == RequestStatus.WAITING_ON_CUSTOMER, RequestStatus.WAITING_ON_PARTNER,
				"only a new, open or customer-waiting request can wait on a partner");
		if (!taskOpen) {
			throw new RequestRuleException("to", "needs-open-task",
					"a request waits on a partner while a task is with them; hand a task to the partner first");
		}
		moveTo(RequestStatus.WAITING_ON_PARTNER, reason, actor, at);
	}

	/**
	 * new or open → waiting on a partner, without a task: low-priority work deferred
	 * while a partner's incident holds it up (WF-4, contingency). Resumed like any
	 * waiting request.
	 */
	void defer(String reason, String actor, Instant at) {
		require(this.status == RequestStatus.NEW || this.status == RequestStatus.OPEN, RequestStatus.WAITING_ON_PARTNER,
				"only a new or open request can be deferred");
		moveTo(RequestStatus.WAITING_ON_PARTNER, reason, actor, at);
	}

	/** waiting (on anyone) → open: what we waited for has come. */
	void resume(String reason, String actor, Instant at) {
		require(this.status.waiting(), RequestStatus.OPEN, "only a waiting request can be resumed");
		moveTo(RequestStatus.OPEN, reason, actor, at);
	}

	/** new, open or waiting → resolved; never while a task is still with a partner. */
	void resolve(String reason, boolean tasksOpen, String actor, Instant at) {
		require(this.status.active(), RequestStatus.RESOLVED, "this request is already " + this.status.label());
		if (tasksOpen) {
			throw new RequestRuleException("to", "open-tasks",
					"tasks are still open; complete or cancel them before resolving the request");
		}
		moveTo(RequestStatus.RESOLVED, reason, actor, at);
		this.resolvedAt = at;
	}

	/** resolved → closed: confirmed by the customer, or closed after the quiet period. */
	void close(String reason, String actor, Instant at) {
		require(this.status == RequestStatus.RESOLVED, RequestStatus.CLOSED, "only a resolved request can be closed");
		moveTo(RequestStatus.CLOSED, reason, actor, at);
		this.closedAt = at;
	}

	/** resolved → open: the resolution did not hold. A closed request stays closed. */
	void reopen(String reason, String actor, Instant at) {
		if (this.status == RequestStatus.CLOSED) {
			throw new RequestRuleException("to", "closed-is-final",
					"a closed request cannot be reopened; raise a new request and refer to " + reference());
		}
		require(this.status == RequestStatus.RESOLVED, RequestStatus.OPEN, "only a resolved request can be reopened");
		moveTo(RequestStatus.OPEN, reason, actor, at);
		this.resolvedAt = null;
	}

	private void require(boolean allowed, RequestStatus to, String message) {
		if (!allowed) {
			throw new RequestRuleException("to", "transition",
					"cannot move " + reference() + " from " + this.status.label().toLowerCase(java.util.Locale.ROOT)
							+ " to " + to.label().toLowerCase(java.util.Locale.ROOT) + ": " + message);
		}
	}

	private void moveTo(RequestStatus to, String reason, String actor, Instant at) {
		RequestStatus from = this.status;
		this.status = to;
		this.lastActivityAt = at;
		refreshNextDue();
		append(RequestEvent.of(this.id, RequestEventKind.STATUS_CHANGED, at, actor)
			.change(from.name(), to.name())
			.reason(reason));
	}

	// Other changes

	void assign(@Nullable String username, String reason, String actor, Instant at) {
		if (java.util.Objects.equals(this.assignee, username)) {
			return;
		}
		String from = this.assignee;
		this.assignee = username;
		append(RequestEvent.of(this.id, RequestEventKind.ASSIGNED, at, actor).change(from, username).reason(reason));
	}

	void changePriority(Priority to, String reason, String actor, Instant at) {
		if (this.priority == to) {
			throw new RequestRuleException("priority", "changed", reference() + " already has priority " + to);
		}
		Priority from = this.priority;
		this.priority = to;
		this.priorityReason = reason;
		append(RequestEvent.of(this.id, RequestEventKind.PRIORITY_CHANGED, at, actor)
			.change(from.name(), to.name())
			.reason(reason));
	}

	/**
	 * Records a message of the conversation in the history; a first public reply by our
	 * staff is the first response.
	 */
	void messageAdded(RequestEventKind kind, @Nullable UUID taskId, String actor, Instant at) {
		this.lastActivityAt = at;
		if (kind == RequestEventKind.PUBLIC_REPLY && this.firstRespondedAt == null) {
			this.firstRespondedAt = at;
			refreshNextDue();
		}
		append(RequestEvent.of(this.id, kind, at, actor).task(taskId));
	}

	void taskEvent(RequestEventKind kind, UUID taskId, @Nullable String detail, @Nullable String reason, String actor,
			Instant at) {
		this.lastActivityAt = at;
		append(RequestEvent.of(this.id, kind, at, actor).task(taskId).detail(detail).reason(reason));
	}

	void escalate(String reason, String actor, Instant at) {
		if (!this.status.active()) {
			throw new RequestRuleException("reason", "active",
					"a request that is " + this.status.label().toLowerCase(java.util.Locale.ROOT)
							+ " cannot be escalated; reopen it if the problem is back");
		}
		this.escalatedAt = at;
		this.escalationReason = reason;
		this.lastActivityAt = at;
		append(RequestEvent.of(this.id, RequestEventKind.ESCALATED, at, actor).reason(reason));
	}

	private void append(RequestEvent event) {
		this.pending.add(event);
	}

	/**
	 * @return the events appended since the last call, to be stored with the request.
	 */
	List<RequestEvent> drainEvents() {
		List<RequestEvent> drained = List.copyOf(this.pending);
		this.pending.clear();
		return drained;
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
	 * Replaces personal data in the request's text (erasure, retention); status, dates,
	 * service, priority and clocks stay.
	 */
	void redact(String summary, String description, @Nullable String raisedBy) {
		this.summary = summary.length() > 200 ? summary.substring(0, 200) : summary;
		this.description = description.length() > 20000 ? description.substring(0, 20000) : description;
		if (raisedBy != null) {
			this.raisedBy = raisedBy;
		}
	}

	/**
	 * Keeps the conversation read by search in step with a message just written, when it
	 * was already loaded in this unit of work.
	 */
	void conversationGained(RequestMessage message) {
		if (Hibernate.isInitialized(this.messages)) {
			this.messages.add(message);
		}
	}

	String reference() {
		return RequestReference.PREFIX + this.referenceNumber;
	}

	long getReferenceNumber() {
		return this.referenceNumber;
	}

	/**
	 * The requester was a duplicate party merged into {@code survivor} (REC-1).
	 */
	void moveRequester(UUID survivor) {
		this.requesterId = survivor;
	}

	UUID getRequesterId() {
		return this.requesterId;
	}

	boolean isRequesterInternal() {
		return this.requesterInternal;
	}

	String getRaisedBy() {
		return this.raisedBy;
	}

	RequestChannel getChannel() {
		return this.channel;
	}

	UUID getServiceId() {
		return this.serviceId;
	}

	UUID getProviderId() {
		return this.providerId;
	}

	@Nullable String getCategory() {
		return this.category;
	}

	Level getImpact() {
		return this.impact;
	}

	Level getUrgency() {
		return this.urgency;
	}

	Priority getPriority() {
		return this.priority;
	}

	@Nullable String getPriorityReason() {
		return this.priorityReason;
	}

	String getSummary() {
		return this.summary;
	}

	String getDescription() {
		return this.description;
	}

	RequestStatus getStatus() {
		return this.status;
	}

	@Nullable String getAssignee() {
		return this.assignee;
	}

	@Nullable UUID getAgreementId() {
		return this.agreementId;
	}

	@Nullable Integer getAgreementTermsNumber() {
		return this.agreementTermsNumber;
	}

	@Nullable Instant getFirstResponseDueAt() {
		return this.firstResponseDueAt;
	}

	@Nullable Instant getResolutionDueAt() {
		return this.resolutionDueAt;
	}

	@Nullable Instant getNextDueAt() {
		return this.nextDueAt;
	}

	@Nullable Instant getFirstRespondedAt() {
		return this.firstRespondedAt;
	}

	Instant getOpenedAt() {
		return this.openedAt;
	}

	Instant getLastActivityAt() {
		return this.lastActivityAt;
	}

	@Nullable Instant getResolvedAt() {
		return this.resolvedAt;
	}

	@Nullable Instant getClosedAt() {
		return this.closedAt;
	}

	@Nullable Instant getEscalatedAt() {
		return this.escalatedAt;
	}

	@Nullable String getEscalationReason() {
		return this.escalationReason;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("reference", reference());
		snapshot.put("requester", this.requesterId.toString());
		snapshot.put("service", this.serviceId.toString());
		snapshot.put("team", this.providerId.toString());
		snapshot.put("channel", this.channel.name());
		snapshot.put("category", this.category);
		snapshot.put("impact", this.impact.name());
		snapshot.put("urgency", this.urgency.name());
		snapshot.put("priority", this.priority.name());
		snapshot.put("priorityReason", this.priorityReason);
		snapshot.put("summary", this.summary);
		snapshot.put("status", this.status.name());
		snapshot.put("assignee", this.assignee);
		snapshot.put("agreement", this.agreementId != null ? this.agreementId.toString() : null);
		snapshot.put("agreementVersion",
				this.agreementTermsNumber != null ? this.agreementTermsNumber.toString() : null);
		return snapshot;
	}

}
