package org.servicechain.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.agreements.AgreementManagement.AgreementInForce;
import org.servicechain.agreements.Priority;
import org.servicechain.identity.Role;
import org.servicechain.identity.StaffMember;
import org.servicechain.requests.RequestAccessPolicy.Caller;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * The requests module's facade for the life of a request (REQ-1, REQ-4, REQ-5): raising
 * it, moving it through its lifecycle, setting its priority and assignee, escalation by
 * the customer and bulk reassignment. One transaction per command; every change is
 * audited and appended to the request's history; a stale edit is refused with what
 * changed. The conversation, tasks and reads have facades of their own
 * ({@link Conversation}, {@link TaskManagement}, {@link RequestQueries}).
 */
@Service
public class RequestManagement {

	static final String ENTITY = "Request";

	private final ServiceRequests requests;

	private final RequestRecords records;

	private final RequestMessages messages;

	private final AttachmentStore files;

	private final RequestAccessPolicy policy;

	private final RequestValidation validation;

	private final Catalogue catalogue;

	private final DueTimes due;

	private final DeskRules desk;

	private final Assignment assignment;

	private final People people;

	private final References references;

	private final RequestViews views;

	private final Notices notices;

	private final AuditTrail audit;

	private final OutsiderConflicts outsiders;

	private final Clock clock;

	RequestManagement(ServiceRequests requests, RequestRecords records, RequestMessages messages, AttachmentStore files,
			RequestAccessPolicy policy, RequestValidation validation, Catalogue catalogue, DueTimes due, DeskRules desk,
			Assignment assignment, People people, References references, RequestViews views, Notices notices,
			AuditTrail audit, OutsiderConflicts outsiders, Clock clock) {
		this.requests = requests;
		this.records = records;
		this.messages = messages;
		this.files = files;
		this.policy = policy;
		this.validation = validation;
		this.catalogue = catalogue;
		this.due = due;
		this.desk = desk;
		this.assignment = assignment;
		this.people = people;
		this.references = references;
		this.views = views;
		this.notices = notices;
		this.audit = audit;
		this.outsiders = outsiders;
		this.clock = clock;
	}

	/**
	 * Raises a request, by staff on behalf of a customer, by a customer in the portal, or
	 * through the API. The agreement that covers it is found and its due times set; with
	 * automatic assignment on, the least-loaded skilled person of the team gets it.
	 * Attachments are stored in the same transaction, so a failure leaves neither.
	 */
	@Transactional
	public RequestView raise(NewRequest command, List<Upload> uploads, RequestChannel channel) {
		Caller caller = this.policy.caller();
		this.policy.requireRaiseFor(caller, command.requester());
		Catalogue.Snapshot chain = this.catalogue.snapshot();
		ServiceRequest.Raising raising = this.validation.raising(command, channel, caller, chain);
		this.files.check(uploads);
		Instant now = now();
		String actor = caller.username();
		ServiceRequest request = new ServiceRequest(this.references.next(), raising, actor, now);
		applyAgreement(request, chain, actor, now);
		People.Directory people = this.people.directory();
		if (this.desk.settings().autoAssign()) {
			this.assignment.choose(request.getProviderId(), request.getServiceId(), request.getCategory(), people, now)
				.ifPresent((username) -> request.assign(username, "Assigned automatically (least loaded)", actor, now));
		}
		this.records.store(request);
		if (!uploads.isEmpty()) {
			RequestMessage message = new RequestMessage(request, null, Visibility.PUBLIC,
					caller.staff() ? RequestMessage.Side.STAFF : RequestMessage.Side.CUSTOMER, actor,
					caller.user().displayName(), "Files attached when the request was raised.", now);
			this.messages.save(message);
			this.files.store(request.getId(), message.getId(), uploads, actor, now);
		}
		this.audit.created(ENTITY, request);
		return this.views.view(request, new RequestViews.Context(chain, people, caller),
				this.messages.findByRequestIdOrderByCreatedAtAsc(request.getId()), List.of(),
				transitionsFor(caller, request, false));
	}

	/**
	 * Moves a request along one arrow of its lifecycle, with a reason. Staff who work the
	 * request may take any arrow; a customer may only confirm a resolution (closed) or
	 * reopen it (open).
	 */
	@Transactional
	public RequestView transition(UUID id, long version, RequestStatus to, @Nullable String reason) {
		Caller caller = this.policy.caller();
		ServiceRequest request = this.records.readable(caller, id, false);
		if (caller.customer()) {
			// A customer who confirms a copy the team has reopened since is told what
			// changed (as the portal may tell it), not refused as if confirming were not
			// theirs to do.
			try {
				this.audit.checkVersion(ENTITY, request, version);
			}
			catch (StaleVersionException ex) {
				throw this.outsiders.ofRequest(ex);
			}
			if (request.getStatus() != RequestStatus.RESOLVED
					|| (to != RequestStatus.CLOSED && to != RequestStatus.OPEN)) {
				throw new org.springframework.security.access.AccessDeniedException(
						"Customers confirm a resolution (CLOSED) or reopen a resolved request (OPEN)");
			}
		}
		else {
			this.policy.requireWork(caller, request);
			this.audit.checkVersion(ENTITY, request, version);
		}
		String why = RequestValidation.reason(reason);
		Map<String, String> before = request.auditSnapshot();
		move(request, to, why, caller.username(), now());
		return saved(caller, request, before);
	}

	/**
	 * Defers a new or open request while a partner's incident holds the work up (WF-4,
	 * contingency): it waits on the partner, with the reason in its history, until
	 * someone resumes it. For whoever works the request; no version, as a manager defers
	 * many at once.
	 */
	@Transactional
	public RequestView defer(UUID id, String reason) {
		Caller caller = this.policy.caller();
		ServiceRequest request = this.records.readable(caller, id, false);
		this.policy.requireWork(caller, request);
		String why = RequestValidation.reason(reason);
		Map<String, String> before = request.auditSnapshot();
		request.defer(why, caller.username(), now());
		return saved(caller, request, before);
	}

	@Transactional
	public RequestView assign(UUID id, long version, @Nullable String assignee, @Nullable String reason) {
		Caller caller = this.policy.caller();
		ServiceRequest request = this.records.readable(caller, id, false);
		this.policy.requireWork(caller, request);
		this.audit.checkVersion(ENTITY, request, version);
		People.Directory people = this.people.directory();
		String username = RequestValidation.strip(assignee);
		checkAssignee(username, request, people, "assignee");
		Map<String, String> before = request.auditSnapshot();
		String why = RequestValidation.strip(reason);
		request.assign(username, why != null ? why : "Assigned by hand", caller.username(), now());
		if (username != null && !username.equals(caller.username())) {
			this.notices.tell(username, request,
					caller.user().displayName() + " gave you " + request.reference() + " " + request.getSummary());
		}
		return saved(caller, request, before);
	}

	/**
	 * Assigns a request to whoever the least-loaded policy chooses now.
	 */
	@Transactional
	public RequestView autoAssign(UUID id, long version) {
		Caller caller = this.policy.caller();
		ServiceRequest request = this.records.readable(caller, id, false);
		this.policy.requireWork(caller, request);
		this.audit.checkVersion(ENTITY, request, version);
		String chosen = this.assignment
			.choose(request.getProviderId(), request.getServiceId(), request.getCategory(), this.people.directory(),
					now())
			.orElseThrow(() -> new InvalidInputException("assignee", "available",
					"nobody in the team can take it now: no one with the skill takes automatic assignment or is available"));
		Map<String, String> before = request.auditSnapshot();
		request.assign(chosen, "Assigned automatically (least loaded)", caller.username(), now());
		return saved(caller, request, before);
	}

	/**
	 * Gives many requests to one person, with one reason: every request is checked and
	 * either all move or none.
	 */
	@Transactional
	public int reassign(List<UUID> ids, @Nullable String assignee, @Nullable String reason) {
		Caller caller = this.policy.caller();
		if (ids.isEmpty() || ids.size() > 200) {
			throw new InvalidInputException("ids", "size", "choose 1 to 200 requests to reassign");
		}
		String why = RequestValidation.reason(reason);
		String username = RequestValidation.strip(assignee);
		People.Directory people = this.people.directory();
		Instant now = now();
		int moved = 0;
		for (UUID id : ids) {
			ServiceRequest request = this.records.readable(caller, id, false);
			this.policy.requireWork(caller, request);
			checkAssignee(username, request, people, "assignee");
			Map<String, String> before = request.auditSnapshot();
			request.assign(username, why, caller.username(), now);
			this.records.store(request);
			this.audit.updated(ENTITY, before, request);
			moved++;
		}
		if (username != null && moved > 0) {
			this.notices.tellAbout(username, ids.get(0),
					caller.user().displayName() + " gave you " + moved + " requests: " + why);
		}
		return moved;
	}

	@Transactional
	public RequestView changePriority(UUID id, long version, Priority priority, @Nullable String reason) {
		Caller caller = this.policy.caller();
		ServiceRequest request = this.records.readable(caller, id, false);
		this.policy.requireWork(caller, request);
		this.audit.checkVersion(ENTITY, request, version);
		String why = RequestValidation.reason(reason);
		Map<String, String> before = request.auditSnapshot();
		Instant now = now();
		request.changePriority(priority, why, caller.username(), now);
		// The targets of the new priority, counted from when the request was raised.
		AgreementInForce agreement = this.catalogue.snapshot().agreement(request.getAgreementId());
		if (agreement != null) {
			DueTimes.Due due = this.due.due(agreement, priority, request.getOpenedAt());
			request.changeDueTimes(due.firstResponse(), due.resolution());
		}
		return saved(caller, request, before);
	}

	/**
	 * Takes the effect of a step of an agreement's escalation path (REQ-3), as the SLA
	 * sweep decided it: gives the request to {@code assignee} when one is named and may
	 * hold it, and raises its priority one level when asked (P1 stays P1), which
	 * re-targets its running clocks. Each change is an ordinary, audited history event
	 * with {@code reason}; a change that cannot be made is left out and said.
	 * @return what was done and what could not be, in words, for the people told
	 */
	@Transactional
	public List<String> applyEscalation(UUID id, @Nullable String assignee, boolean raisePriority, String reason) {
		Caller caller = this.policy.caller();
		ServiceRequest request = this.records.readable(caller, id, false);
		this.policy.requireWork(caller, request);
		if (!request.getStatus().active()) {
			return List.of();
		}
		Map<String, String> before = request.auditSnapshot();
		Instant now = now();
		List<String> outcome = new ArrayList<>();
		if (assignee != null && !assignee.equals(request.getAssignee())) {
			People.Directory people = this.people.directory();
			try {
				checkAssignee(assignee, request, people, "assignee");
				request.assign(assignee, reason, caller.username(), now);
				StaffMember member = people.member(assignee);
				outcome.add("given to " + ((member != null) ? member.displayName() : assignee));
			}
			catch (InvalidInputException ex) {
				outcome.add("not reassigned: " + ex.getViolations().get(0).message());
			}
		}
		Priority priority = request.getPriority();
		if (raisePriority && priority != null && priority != Priority.P1) {
			Priority raised = Priority.values()[priority.ordinal() - 1];
			request.changePriority(raised, reason, caller.username(), now);
			AgreementInForce agreement = this.catalogue.snapshot().agreement(request.getAgreementId());
			if (agreement != null) {
				DueTimes.Due due = this.due.due(agreement, raised, request.getOpenedAt());
				request.changeDueTimes(due.firstResponse(), due.resolution());
			}
			outcome.add("priority raised from " + priority + " to " + raised);
		}
		else if (raisePriority) {
			outcome.add("priority already " + priority);
		}
		if (!before.equals(request.auditSnapshot())) {
			this.records.store(request);
			this.audit.updated(ENTITY, before, request);
		}
		return outcome;
	}

	/**
	 * A customer escalates a request that is overdue or urgent, with a reason; the
	 * managers see it at once.
	 */
	/**
	 * @return the open requests under an agreement whose clocks run on another version of
	 * it than {@code termsNumber}
	 */
	@Transactional(readOnly = true)
	public List<UUID> openUnderOtherVersion(UUID agreementId, int termsNumber) {
		return this.requests.findActiveUnderOtherVersion(agreementId,
				java.util.Arrays.stream(RequestStatus.values()).filter(RequestStatus::active).toList(), termsNumber);
	}

	/**
	 * Re-bases one open request's clocks on another version of its agreement, as part of
	 * a manager's re-base of an agreement's open clocks (the SLA module checks who may).
	 * Recorded in the request's history and audit trail.
	 */
	@Transactional
	public void rebaseAgreement(UUID id, int termsNumber, String reason) {
		ServiceRequest request = this.requests.findForUpdate(id)
			.orElseThrow(() -> new org.servicechain.shared.NotFoundException("Request", id));
		if (!request.getStatus().active() || request.getAgreementId() == null
				|| Integer.valueOf(termsNumber).equals(request.getAgreementTermsNumber())) {
			return;
		}
		Map<String, String> before = request.auditSnapshot();
		request.rebaseAgreement(termsNumber, reason, this.policy.caller().username(), now());
		this.records.store(request);
		this.audit.updated(ENTITY, before, request);
	}

	/**
	 * Records the due times the SLA clocks derived for a request, with their pauses, so
	 * queues and lists order by them. For the SLA module, as the system, inside the
	 * transaction of the facts they were derived from.
	 * @param next what is due next from us, {@literal null} while nothing is (paused or
	 * finished)
	 */
	@Transactional
	public void recordDueTimes(UUID id, @Nullable Instant firstResponse, @Nullable Instant resolution,
			@Nullable Instant next) {
		this.requests.recordDueTimes(id, firstResponse, resolution, next);
	}

	@Transactional
	public RequestView escalate(UUID id, @Nullable String reason) {
		Caller caller = this.policy.caller();
		ServiceRequest request = this.records.readable(caller, id, false);
		this.policy.requireCustomerOf(caller, request, this.records.sharedWithOrganisation(caller, request));
		String why = RequestValidation.reason(reason);
		Instant now = now();
		boolean overdue = request.getNextDueAt() != null && !request.getNextDueAt().isAfter(now);
		boolean urgent = request.getUrgency() == Level.HIGH || request.getPriority() == Priority.P1
				|| request.getPriority() == Priority.P2;
		if (!overdue && !urgent) {
			throw new InvalidInputException("reason", "overdue-or-urgent",
					"a request can be escalated when it is overdue or urgent"
							+ (request.getNextDueAt() != null ? "; this one is due " + request.getNextDueAt() : ""));
		}
		if (request.getEscalatedAt() != null
				&& Duration.between(request.getEscalatedAt(), now).compareTo(Duration.ofHours(1)) < 0) {
			throw new InvalidInputException("reason", "once-an-hour",
					"this request was escalated less than an hour ago; the managers have it");
		}
		request.escalate(why, caller.username(), now);
		this.records.store(request);
		String message = "Customer escalated " + request.reference() + ": " + why;
		this.people.directory()
			.members()
			.stream()
			.filter((member) -> member.enabled() && (member.role() == Role.MANAGER))
			.forEach((manager) -> this.notices.tell(manager.username(), request, message));
		if (request.getAssignee() != null) {
			this.notices.tell(request.getAssignee(), request, message);
		}
		this.audit.record(ENTITY, request.getId(), request.getVersion(), "escalated",
				List.of(new org.servicechain.shared.AuditEntryView.FieldChange("reason", null, why)));
		return this.views.view(request, context(caller), publicMessages(request), List.of(),
				transitionsFor(caller, request, false));
	}

	// Helpers shared with the conversation and tasks

	void applyAgreement(ServiceRequest request, Catalogue.Snapshot chain, String actor, Instant at) {
		AgreementInForce agreement = chain
			.agreementFor(request.getProviderId(), request.getRequesterId(), request.getServiceId())
			.orElse(null);
		DueTimes.Due due = this.due.due(agreement, request.getPriority(), request.getOpenedAt());
		String described = (agreement == null)
				? "No agreement covers " + chain.serviceName(request.getServiceId()) + " from "
						+ chain.partyName(request.getProviderId()) + " to " + chain.partyName(request.getRequesterId())
				: agreement.reference() + " v" + agreement.termsNumber() + " " + agreement.title();
		request.applyAgreement(agreement != null ? agreement.id() : null,
				agreement != null ? agreement.termsNumber() : null, described, due.firstResponse(), due.resolution(),
				actor, at);
	}

	private void move(ServiceRequest request, RequestStatus to, String reason, String actor, Instant at) {
		boolean tasksOpen = this.records.anyTaskActive(request.getId());
		switch (to) {
			case OPEN -> {
				if (request.getStatus() == RequestStatus.NEW) {
					request.open(reason, actor, at);
				}
				else if (request.getStatus() == RequestStatus.RESOLVED || request.getStatus() == RequestStatus.CLOSED) {
					request.reopen(reason, actor, at);
				}
				else {
					request.resume(reason, actor, at);
				}
			}
			case WAITING_ON_CUSTOMER -> request.waitOnCustomer(reason, actor, at);
			case WAITING_ON_PARTNER -> request.waitOnPartner(reason, tasksOpen, actor, at);
			case RESOLVED -> request.resolve(reason, tasksOpen, actor, at);
			case CLOSED -> request.close(reason, actor, at);
			case NEW -> throw new RequestRuleException("to", "transition",
					"a request never goes back to new; move it to open or waiting instead");
		}
	}

	private void checkAssignee(@Nullable String username, ServiceRequest request, People.Directory people,
			String field) {
		if (username == null) {
			return;
		}
		StaffMember member = people.member(username);
		if (member == null || !member.enabled()) {
			throw new InvalidInputException(field, "exists", "there is no active member of staff '" + username + "'");
		}
		if (!this.assignment.mayHold(username, request.getProviderId(), people)) {
			throw new InvalidInputException(field, "team", member.displayName() + " is a member of another team and "
					+ "cannot hold work of " + request.reference());
		}
	}

	/**
	 * @return the statuses the caller may move the request to from where it stands.
	 */
	List<RequestStatus> transitionsFor(Caller caller, ServiceRequest request, boolean tasksOpen) {
		RequestStatus status = request.getStatus();
		if (caller.customer()) {
			return status == RequestStatus.RESOLVED ? List.of(RequestStatus.CLOSED, RequestStatus.OPEN) : List.of();
		}
		if (!this.policy.canWork(caller, request)) {
			return List.of();
		}
		return switch (status) {
			case NEW -> tasksOpen
					? List.of(RequestStatus.OPEN, RequestStatus.WAITING_ON_CUSTOMER, RequestStatus.WAITING_ON_PARTNER)
					: List.of(RequestStatus.OPEN, RequestStatus.WAITING_ON_CUSTOMER, RequestStatus.RESOLVED);
			case OPEN -> tasksOpen ? List.of(RequestStatus.WAITING_ON_CUSTOMER, RequestStatus.WAITING_ON_PARTNER)
					: List.of(RequestStatus.WAITING_ON_CUSTOMER, RequestStatus.RESOLVED);
			case WAITING_ON_CUSTOMER -> tasksOpen ? List.of(RequestStatus.OPEN, RequestStatus.WAITING_ON_PARTNER)
					: List.of(RequestStatus.OPEN, RequestStatus.RESOLVED);
			case WAITING_ON_PARTNER -> List.of(RequestStatus.OPEN, RequestStatus.WAITING_ON_CUSTOMER);
			case RESOLVED -> List.of(RequestStatus.CLOSED, RequestStatus.OPEN);
			case CLOSED -> List.of();
		};
	}

	private RequestView saved(Caller caller, ServiceRequest request, Map<String, String> before) {
		this.records.store(request);
		this.audit.updated(ENTITY, before, request);
		List<ChainTask> tasks = this.records.tasksOf(request.getId());
		boolean tasksOpen = tasks.stream().anyMatch((task) -> task.getStatus().active());
		return this.views.view(request, context(caller),
				this.messages.findByRequestIdOrderByCreatedAtAsc(request.getId()), tasks,
				transitionsFor(caller, request, tasksOpen));
	}

	private List<RequestMessage> publicMessages(ServiceRequest request) {
		return this.messages.findByRequestIdOrderByCreatedAtAsc(request.getId());
	}

	RequestViews.Context context(Caller caller) {
		return new RequestViews.Context(this.catalogue.snapshot(), this.people.directory(), caller);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
