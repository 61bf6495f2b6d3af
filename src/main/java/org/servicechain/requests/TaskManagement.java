package org.servicechain.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.agreements.AgreementManagement.AgreementInForce;
import org.servicechain.chain.LinkView;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.PartyView;
import org.servicechain.chain.SupplyLink;
import org.servicechain.requests.RequestAccessPolicy.Caller;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;
import org.servicechain.shared.StaleVersionException;

/**
 * Chain tasks (REQ-2; B9 1.5; NOS PC5, PC7): work a request hands to the internal teams
 * and suppliers upstream of its service, each under its own link's agreement. The
 * request's side hands tasks over, answers questions and cancels; the party the task was
 * handed to accepts, asks, completes or declines. While any task is open the request
 * waits on the partner; when the last one finishes, the request goes back to its agent
 * with a notice.
 */
@Service
public class TaskManagement {

	static final String ENTITY = "Task";

	private final ChainTasks tasks;

	private final RequestRecords records;

	private final RequestMessages messages;

	private final Conversation conversation;

	private final AttachmentStore files;

	private final RequestAccessPolicy policy;

	private final Catalogue catalogue;

	private final DueTimes due;

	private final Assignment assignment;

	private final People people;

	private final RequestViews views;

	private final Notices notices;

	private final AuditTrail audit;

	private final OutsiderConflicts outsiders;

	private final Clock clock;

	TaskManagement(ChainTasks tasks, RequestRecords records, RequestMessages messages, Conversation conversation,
			AttachmentStore files, RequestAccessPolicy policy, Catalogue catalogue, DueTimes due, Assignment assignment,
			People people, RequestViews views, Notices notices, AuditTrail audit, OutsiderConflicts outsiders,
			Clock clock) {
		this.tasks = tasks;
		this.records = records;
		this.messages = messages;
		this.conversation = conversation;
		this.files = files;
		this.policy = policy;
		this.catalogue = catalogue;
		this.due = due;
		this.assignment = assignment;
		this.people = people;
		this.views = views;
		this.notices = notices;
		this.audit = audit;
		this.outsiders = outsiders;
		this.clock = clock;
	}

	// Reads

	/**
	 * @return where the request's dependent work can go: the links upstream of its
	 * service on the chain, each with the agreement that governs it.
	 */
	@Transactional(readOnly = true)
	public List<TaskCandidate> candidates(UUID requestId) {
		Caller caller = this.policy.caller();
		ServiceRequest request = this.records.readable(caller, requestId, false);
		this.policy.requireWork(caller, request);
		Catalogue.Snapshot chain = this.catalogue.snapshot();
		List<TaskCandidate> candidates = new ArrayList<>();
		for (SupplyLink link : this.catalogue.upstreamOf(request.getServiceId())) {
			AgreementInForce agreement = chain.agreementFor(link.providerId(), link.consumerId(), link.serviceId())
				.orElse(null);
			candidates.add(new TaskCandidate(link.linkId(), link.providerId(), chain.partyName(link.providerId()),
					chain.internal(link.providerId()), link.consumerId(), chain.partyName(link.consumerId()),
					link.serviceId(), chain.serviceName(link.serviceId()),
					agreement != null ? agreement.reference() : null));
		}
		return candidates.stream()
			.sorted(java.util.Comparator.comparing(TaskCandidate::partyName).thenComparing(TaskCandidate::serviceName))
			.toList();
	}

	@Transactional(readOnly = true)
	public TaskView task(UUID taskId) {
		Caller caller = this.policy.caller();
		ChainTask task = load(taskId);
		ServiceRequest request = this.records.load(task.getRequestId());
		this.policy.requireReadTask(caller, task, request);
		return view(task, request, caller);
	}

	/**
	 * The tasks handed to one party: a partner user's or team member's own party, or any
	 * party for staff.
	 * @param active only the open ones
	 */
	@Transactional(readOnly = true)
	public PageResponse<TaskView> tasksOf(@Nullable UUID partyId, boolean active, int page, int size) {
		Caller caller = this.policy.caller();
		UUID party = partyId != null ? partyId : caller.partyId();
		if (party == null || (!caller.fullStaff() && !caller.ofParty(party))) {
			throw new AccessDeniedException("You see the tasks of your own party only");
		}
		Page<ChainTask> found = active
				? this.tasks.findByProviderIdAndStatusIn(party, Queues.ACTIVE_TASKS,
						Paging.of(page, size, Sort.by("handedOverAt").descending()))
				: this.tasks.findByProviderId(party, Paging.of(page, size, Sort.by("handedOverAt").descending()));
		RequestViews.Context context = context(caller);
		Map<UUID, ServiceRequest> requests = new java.util.HashMap<>();
		return PageResponse.of(found, (task) -> {
			ServiceRequest request = requests.computeIfAbsent(task.getRequestId(), this.records::load);
			return this.views.task(task, request, context, List.of(), Map.of());
		});
	}

	/**
	 * A party's task queue, for the partner portal and a team's task list: its open tasks
	 * first, by when each is next due, then its finished tasks, latest first.
	 * @param partyId the party, or {@literal null} for the caller's own; staff of the
	 * front line may name any
	 */
	@Transactional(readOnly = true)
	public PageResponse<TaskView> queueOf(@Nullable UUID partyId, int page, int size) {
		Caller caller = this.policy.caller();
		UUID party = partyId != null ? partyId : caller.partyId();
		if (party == null || (!caller.fullStaff() && !caller.ofParty(party))) {
			throw new AccessDeniedException("You see the tasks of your own party only");
		}
		Page<ChainTask> found = this.tasks.queueOf(party, Paging.of(page, size, Sort.unsorted()));
		RequestViews.Context context = context(caller);
		Map<UUID, ServiceRequest> requests = new java.util.HashMap<>();
		return PageResponse.of(found, (task) -> {
			ServiceRequest request = requests.computeIfAbsent(task.getRequestId(), this.records::load);
			return this.views.task(task, request, context, List.of(), Map.of());
		});
	}

	/**
	 * The open tasks a person holds, for moving an absent person's work (WF-3). Only
	 * administrators and managers ask.
	 */
	@Transactional(readOnly = true)
	public List<TaskView> openTasksHeldBy(String username) {
		Caller caller = this.policy.caller();
		if (!caller.manager()) {
			throw new AccessDeniedException("Only managers see and move other people's work");
		}
		RequestViews.Context context = context(caller);
		return this.tasks.findByAssigneeAndStatusIn(username, Queues.ACTIVE_TASKS).stream().map((task) -> {
			ServiceRequest request = this.records.load(task.getRequestId());
			return this.views.task(task, request, context, List.of(), Map.of());
		}).toList();
	}

	/**
	 * Gives open tasks to another person who works the task's party (an absent person's
	 * work, WF-3): each task is checked again for the new holder, and either all move or
	 * none. Only the new holder is told, and only of tasks they may now see.
	 */
	@Transactional
	public int reassignTasks(List<UUID> taskIds, String assignee, @Nullable String reason) {
		Caller caller = this.policy.caller();
		if (!caller.manager()) {
			throw new AccessDeniedException("Only managers move other people's work");
		}
		if (taskIds.isEmpty() || taskIds.size() > 200) {
			throw new InvalidInputException("ids", "size", "choose 1 to 200 tasks to reassign");
		}
		String why = RequestValidation.reason(reason);
		People.Directory people = this.people.directory();
		org.servicechain.identity.StaffMember member = people.member(assignee);
		if (member == null || !member.enabled()) {
			throw new InvalidInputException("assignee", "exists",
					"there is no active member of staff '" + assignee + "'");
		}
		int moved = 0;
		for (UUID id : taskIds) {
			ChainTask task = load(id);
			ServiceRequest request = this.records.load(task.getRequestId());
			this.policy.requireWorkTask(caller, task, request);
			if (!task.getStatus().active()) {
				throw new InvalidInputException("ids", "open", "task " + task.reference() + " is no longer open");
			}
			if (!this.assignment.mayHold(member.username(), task.getProviderId(), people)) {
				throw new InvalidInputException("assignee", "team", member.displayName()
						+ " does not work for the party of " + task.reference() + " and cannot hold it");
			}
			Map<String, String> before = task.auditSnapshot();
			task.assign(member.username());
			this.tasks.saveAndFlush(task);
			this.audit.updated(ENTITY, before, task);
			this.notices.tell(member.username(), request,
					caller.user().displayName() + " gave you " + task.reference() + ": " + why);
			moved++;
		}
		return moved;
	}

	// The request's side

	@Transactional
	public TaskView handOver(UUID requestId, NewTask command, List<Upload> uploads) {
		Caller caller = this.policy.caller();
		ServiceRequest request = this.records.readable(caller, requestId, true);
		this.policy.requireWork(caller, request);
		if (!request.getStatus().active()) {
			throw new RequestRuleException("party", "active", request.reference() + " is "
					+ request.getStatus().label().toLowerCase(java.util.Locale.ROOT) + "; reopen it to hand work on");
		}
		Catalogue.Snapshot chain = this.catalogue.snapshot();
		Instant now = now();
		ChainTask.Handover handover = handover(command, request, chain, now);
		this.files.check(uploads);
		ChainTask task = new ChainTask(request.getId(), this.tasks.highestNumber(request.getId()) + 1, handover,
				caller.username(), now);
		this.tasks.saveAndFlush(task);
		String partyName = chain.partyName(task.getProviderId());
		request.taskEvent(RequestEventKind.TASK_HANDED_OVER, task.getId(),
				task.reference() + " to " + partyName + " (" + chain.serviceName(task.getServiceId()) + ")",
				task.getSummary(), caller.username(), now);
		if (task.isSharePersonalData()) {
			request.taskEvent(RequestEventKind.PERSONAL_DATA_SHARED, task.getId(), partyName, task.getShareReason(),
					caller.username(), now);
		}
		if (request.getStatus() == RequestStatus.NEW || request.getStatus() == RequestStatus.OPEN) {
			request.waitOnPartner(task.reference() + " handed to " + partyName, true, caller.username(), now);
		}
		if (!uploads.isEmpty()) {
			this.conversation.write(request, task.getId(), Visibility.TASK, RequestMessage.Side.STAFF,
					"Files handed over with the task.", uploads, caller, now);
		}
		this.records.store(request);
		this.audit.created(ENTITY, task);
		if (chain.internal(task.getProviderId())) {
			this.assignment.workersOf(task.getProviderId(), this.people.directory())
				.forEach((worker) -> this.notices.tell(worker.username(), request, "New task for " + partyName + ": "
						+ request.reference() + "/" + task.reference() + " " + task.getSummary()));
		}
		return view(task, request, caller);
	}

	/**
	 * Our side answers the party's question; the task is back with the party.
	 */
	@Transactional
	public TaskView answer(UUID taskId, String answer, List<Upload> uploads) {
		Caller caller = this.policy.caller();
		ChainTask task = load(taskId);
		ServiceRequest request = this.records.readable(caller, task.getRequestId(), true);
		this.policy.requireManageTask(caller, task, request);
		Instant now = now();
		String text = RequestValidation.body(answer, "body");
		this.files.check(uploads);
		task.answer(now);
		this.conversation.write(request, task.getId(), Visibility.TASK, RequestMessage.Side.STAFF, text, uploads,
				caller, now);
		request.taskEvent(RequestEventKind.TASK_ANSWERED, task.getId(), null, null, caller.username(), now);
		return saved(task, request, caller);
	}

	@Transactional
	public TaskView cancel(UUID taskId, long version, @Nullable String reason) {
		Caller caller = this.policy.caller();
		ChainTask task = load(taskId);
		ServiceRequest request = this.records.readable(caller, task.getRequestId(), true);
		this.policy.requireManageTask(caller, task, request);
		checkVersion(caller, task, version);
		String why = RequestValidation.reason(reason);
		Map<String, String> before = task.auditSnapshot();
		Instant now = now();
		task.cancel(why, now);
		request.taskEvent(RequestEventKind.TASK_CANCELLED, task.getId(), null, why, caller.username(), now);
		finished(task, request, caller, now, "cancelled");
		this.audit.updated(ENTITY, before, task);
		return saved(task, request, caller);
	}

	// The party's side

	@Transactional
	public TaskView accept(UUID taskId, long version) {
		Caller caller = this.policy.caller();
		ChainTask task = load(taskId);
		ServiceRequest request = this.records.load(task.getRequestId());
		this.policy.requireWorkTask(caller, task, request);
		checkVersion(caller, task, version);
		Map<String, String> before = task.auditSnapshot();
		Instant now = now();
		task.accept(caller.username(), now);
		request.taskEvent(RequestEventKind.TASK_ACCEPTED, task.getId(), null, null, caller.username(), now);
		this.audit.updated(ENTITY, before, task);
		return saved(task, request, caller);
	}

	/**
	 * The party asks the request's agent a question; the task waits for the answer.
	 */
	@Transactional
	public TaskView ask(UUID taskId, String question, List<Upload> uploads) {
		Caller caller = this.policy.caller();
		ChainTask task = load(taskId);
		ServiceRequest request = this.records.load(task.getRequestId());
		this.policy.requireWorkTask(caller, task, request);
		String text = RequestValidation.body(question, "body");
		this.files.check(uploads);
		Instant now = now();
		task.query(now);
		this.conversation.write(request, task.getId(), Visibility.TASK, side(caller), text, uploads, caller, now);
		request.taskEvent(RequestEventKind.TASK_QUERIED, task.getId(), null, null, caller.username(), now);
		if (request.getAssignee() != null) {
			this.notices.tell(request.getAssignee(), request, caller.user().displayName() + " asked about "
					+ request.reference() + "/" + task.reference() + ": " + abbreviate(text));
		}
		return saved(task, request, caller);
	}

	/**
	 * A message on the task from either side, without changing where it stands.
	 */
	@Transactional
	public TaskView message(UUID taskId, String body, List<Upload> uploads) {
		Caller caller = this.policy.caller();
		ChainTask task = load(taskId);
		ServiceRequest request = this.records.load(task.getRequestId());
		this.policy.requireReadTask(caller, task, request);
		boolean partySide = caller.ofParty(task.getProviderId());
		if (!partySide) {
			this.policy.requireManageTask(caller, task, request);
		}
		String text = RequestValidation.body(body, "body");
		this.files.check(uploads);
		Instant now = now();
		this.conversation.write(request, task.getId(), Visibility.TASK, side(caller), text, uploads, caller, now);
		task.touched(now);
		request.taskEvent(RequestEventKind.TASK_MESSAGE, task.getId(), null, null, caller.username(), now);
		if (partySide && request.getAssignee() != null) {
			this.notices.tell(request.getAssignee(), request, caller.user().displayName() + " wrote on "
					+ request.reference() + "/" + task.reference() + ": " + abbreviate(text));
		}
		return saved(task, request, caller);
	}

	@Transactional
	public TaskView complete(UUID taskId, long version, @Nullable String outcome) {
		Caller caller = this.policy.caller();
		ChainTask task = load(taskId);
		ServiceRequest request = this.records.load(task.getRequestId());
		this.policy.requireWorkTask(caller, task, request);
		checkVersion(caller, task, version);
		String result = RequestValidation.strip(outcome);
		if (result == null || result.length() > 4000) {
			throw new InvalidInputException("outcome", "size", "say what was done, in 1 to 4000 characters");
		}
		Map<String, String> before = task.auditSnapshot();
		Instant now = now();
		task.complete(result, now);
		request.taskEvent(RequestEventKind.TASK_COMPLETED, task.getId(), null, result, caller.username(), now);
		finished(task, request, caller, now, "completed");
		this.audit.updated(ENTITY, before, task);
		return saved(task, request, caller);
	}

	@Transactional
	public TaskView decline(UUID taskId, long version, @Nullable String reason) {
		Caller caller = this.policy.caller();
		ChainTask task = load(taskId);
		ServiceRequest request = this.records.load(task.getRequestId());
		this.policy.requireWorkTask(caller, task, request);
		checkVersion(caller, task, version);
		String why = RequestValidation.reason(reason);
		Map<String, String> before = task.auditSnapshot();
		Instant now = now();
		task.decline(why, now);
		request.taskEvent(RequestEventKind.TASK_DECLINED, task.getId(), null, why, caller.username(), now);
		finished(task, request, caller, now, "declined");
		this.audit.updated(ENTITY, before, task);
		return saved(task, request, caller);
	}

	/**
	 * One arrow of a task's lifecycle by name, for the API.
	 */
	@Transactional
	public TaskView transition(UUID taskId, long version, TaskStatus to, @Nullable String text) {
		return switch (to) {
			case ACCEPTED -> accept(taskId, version);
			case COMPLETED -> complete(taskId, version, text);
			case DECLINED -> decline(taskId, version, text);
			case CANCELLED -> cancel(taskId, version, text);
			case QUERIED -> ask(taskId, text == null ? "" : text, List.of());
			case HANDED_OVER ->
				throw new RequestRuleException("to", "transition", "a task is handed over once, from its request");
		};
	}

	// Helpers

	private void checkVersion(Caller caller, ChainTask task, long version) {
		try {
			this.audit.checkVersion(ENTITY, task, version);
		}
		catch (StaleVersionException ex) {
			throw caller.staff() ? ex : this.outsiders.ofTask(ex);
		}
	}

	/**
	 * Checks a hand-over and matches it to its link and agreement; due times count from
	 * {@code now} (the import passes the instant it happened).
	 */
	ChainTask.Handover handover(NewTask command, ServiceRequest request, Catalogue.Snapshot chain, Instant now) {
		List<FieldViolation> violations = new ArrayList<>();
		PartyView party = chain.party(command.party()).orElse(null);
		if (party == null) {
			throw new InvalidInputException("party", "exists", "party " + command.party() + " does not exist");
		}
		if (party.kind() == PartyKind.CUSTOMER) {
			violations.add(new FieldViolation("party", "not-customer",
					party.name() + " is a customer; tasks go to our teams and suppliers"));
		}
		if (party.id().equals(request.getProviderId())) {
			violations.add(new FieldViolation("party", "not-own-team",
					party.name() + " delivers " + request.reference() + " itself; assign it instead"));
		}
		List<SupplyLink> upstream = this.catalogue.upstreamOf(request.getServiceId());
		Optional<SupplyLink> onChain = upstream.stream()
			.filter((link) -> link.providerId().equals(party.id()))
			.filter((link) -> command.link() == null || link.linkId().equals(command.link()))
			.sorted(java.util.Comparator
				.comparing((SupplyLink link) -> !link.consumerId().equals(request.getProviderId())))
			.findFirst();
		String offChainReason = RequestValidation.strip(command.offChainReason());
		UUID consumerId = request.getProviderId();
		UUID serviceId = request.getServiceId();
		UUID linkId = null;
		if (onChain.isPresent()) {
			consumerId = onChain.get().consumerId();
			serviceId = onChain.get().serviceId();
			linkId = onChain.get().linkId();
			offChainReason = null;
		}
		else {
			if (offChainReason == null) {
				violations.add(new FieldViolation("offChainReason", "required", party.name() + " is not upstream of "
						+ chain.serviceName(request.getServiceId()) + " on the chain; say why the work goes there"));
			}
			Optional<LinkView> link = command.link() != null ? chain.link(command.link())
					: chain.links()
						.stream()
						.filter((candidate) -> candidate.providerId().equals(party.id()))
						.findFirst();
			if (command.link() != null && (link.isEmpty() || !link.get().providerId().equals(party.id()))) {
				violations
					.add(new FieldViolation("link", "of-party", "that link is not one of " + party.name() + "'s"));
			}
			else if (link.isPresent()) {
				consumerId = link.get().consumerId();
				serviceId = link.get().serviceId();
				linkId = link.get().id();
			}
		}
		String summary = RequestValidation.strip(command.summary());
		String needed = RequestValidation.strip(command.needed());
		if (summary == null || summary.length() > 200) {
			violations.add(new FieldViolation("summary", "size", "a task summary needs 1 to 200 characters"));
		}
		if (needed == null || needed.length() > 4000) {
			violations.add(new FieldViolation("needed", "size", "say what is needed, in 1 to 4000 characters"));
		}
		String shareReason = RequestValidation.strip(command.shareReason());
		if (command.sharePersonalData() && shareReason == null) {
			violations.add(new FieldViolation("shareReason", "required",
					"say why " + party.name() + " needs the customer's personal data; the choice is recorded"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		AgreementInForce agreement = chain.agreementFor(party.id(), consumerId, serviceId).orElse(null);
		DueTimes.Due due = this.due.due(agreement, request.getPriority(), now);
		return new ChainTask.Handover(party.id(), consumerId, serviceId, linkId, offChainReason,
				agreement != null ? agreement.id() : null, agreement != null ? agreement.termsNumber() : null, summary,
				needed, command.sharePersonalData(), command.sharePersonalData() ? shareReason : null,
				due.firstResponse(), due.resolution());
	}

	/**
	 * A task ended: when it was the last open one of a request waiting on partners, the
	 * request goes back to work and its agent is told.
	 */
	private void finished(ChainTask task, ServiceRequest request, Caller caller, Instant now, String how) {
		this.tasks.saveAndFlush(task);
		boolean othersOpen = this.records.tasksOf(request.getId())
			.stream()
			.anyMatch((other) -> !other.getId().equals(task.getId()) && other.getStatus().active());
		String partyName = this.catalogue.snapshot().partyName(task.getProviderId());
		if (!othersOpen && request.getStatus() == RequestStatus.WAITING_ON_PARTNER) {
			request.resume(task.reference() + " " + how + " by " + partyName, caller.username(), now);
		}
		if (request.getAssignee() != null) {
			this.notices.tell(request.getAssignee(), request, request.reference() + "/" + task.reference() + " " + how
					+ " by " + partyName + (othersOpen ? "" : "; the request is back with you"));
		}
	}

	private TaskView saved(ChainTask task, ServiceRequest request, Caller caller) {
		this.tasks.saveAndFlush(task);
		this.records.store(request);
		return view(task, request, caller);
	}

	private TaskView view(ChainTask task, ServiceRequest request, Caller caller) {
		return this.views.task(task, request, context(caller),
				this.messages.findByTaskIdOrderByCreatedAtAsc(task.getId()), null);
	}

	private RequestViews.Context context(Caller caller) {
		return new RequestViews.Context(this.catalogue.snapshot(), this.people.directory(), caller);
	}

	private ChainTask load(UUID id) {
		return this.tasks.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private static RequestMessage.Side side(Caller caller) {
		return caller.partner() ? RequestMessage.Side.PARTNER : RequestMessage.Side.STAFF;
	}

	private static String abbreviate(String text) {
		return text.length() > 120 ? text.substring(0, 117) + "..." : text;
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
