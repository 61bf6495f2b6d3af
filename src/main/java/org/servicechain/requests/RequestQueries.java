package org.servicechain.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.chain.PartyView;
import org.servicechain.identity.StaffMember;
import org.servicechain.requests.RequestAccessPolicy.Caller;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * Reading requests (REQ-1, REQ-5): lists with filters and sorting, one request as the
 * caller may see it, its history, and what the forms offer. Every read goes through
 * {@link RequestAccessPolicy}, in the query itself for lists and counts.
 */
@Service
public class RequestQueries {

	private final ServiceRequests requests;

	private final RequestRecords records;

	private final RequestEvents events;

	private final RequestMessages messages;

	private final ChainTasks tasks;

	private final RequestAccessPolicy policy;

	private final RequestManagement management;

	private final Catalogue catalogue;

	private final People people;

	private final Assignment assignment;

	private final DeskRules desk;

	private final RequestViews views;

	private final AuditTrail audit;

	private final jakarta.persistence.EntityManager entityManager;

	RequestQueries(ServiceRequests requests, RequestRecords records, RequestEvents events, RequestMessages messages,
			ChainTasks tasks, RequestAccessPolicy policy, RequestManagement management, Catalogue catalogue,
			People people, Assignment assignment, DeskRules desk, RequestViews views, AuditTrail audit,
			jakarta.persistence.EntityManager entityManager) {
		this.entityManager = entityManager;
		this.requests = requests;
		this.records = records;
		this.events = events;
		this.messages = messages;
		this.tasks = tasks;
		this.policy = policy;
		this.management = management;
		this.catalogue = catalogue;
		this.people = people;
		this.assignment = assignment;
		this.desk = desk;
		this.views = views;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public PageResponse<RequestSummary> list(RequestFilter filter, int page, int size) {
		Caller caller = this.policy.caller();
		boolean shared = caller.customer() && caller.partyId() != null
				&& this.records.sharedWithinParty(caller.partyId());
		Specification<ServiceRequest> where = RequestSpecifications.visibleTo(caller, shared)
			.and(RequestSpecifications.matching(filter, caller));
		Page<ServiceRequest> found = this.requests.findAll(where, Paging.of(page, size, sort(filter.sort())));
		List<ChainTask> tasks = found.isEmpty() ? List.of()
				: this.tasks.findByRequestIdIn(found.getContent().stream().map(ServiceRequest::getId).toList());
		RequestViews.Context context = this.management.context(caller);
		List<RequestSummary> items = this.views.summaries(found.getContent(), context, tasks);
		return new PageResponse<>(items, found.getNumber(), found.getSize(), found.getTotalElements(),
				found.getTotalPages());
	}

	@Transactional(readOnly = true)
	public RequestView request(UUID id) {
		Caller caller = this.policy.caller();
		ServiceRequest request = this.records.readable(caller, id, false);
		List<ChainTask> tasks = this.records.tasksOf(id);
		return this.views.view(request, this.management.context(caller),
				this.messages.findByRequestIdOrderByCreatedAtAsc(id), tasks, this.management.transitionsFor(caller,
						request, tasks.stream().anyMatch((task) -> task.getStatus().active())));
	}

	@Transactional(readOnly = true)
	public RequestView byReference(long referenceNumber) {
		ServiceRequest request = this.requests.findByReferenceNumber(referenceNumber)
			.orElseThrow(() -> new org.servicechain.shared.NotFoundException("Request", "REQ-" + referenceNumber));
		return request(request.getId());
	}

	/**
	 * @return the request's history, oldest first: staff only (it names internal steps).
	 */
	@Transactional(readOnly = true)
	public List<RequestEventView> history(UUID id) {
		Caller caller = this.policy.caller();
		this.records.readable(caller, id, false);
		if (!this.policy.seesInternal(caller)) {
			throw RequestAccessPolicy.notFound(id);
		}
		People.Directory people = this.people.directory();
		return this.events.findByRequestIdOrderByOccurredAtAscPositionAsc(id)
			.stream()
			.map((event) -> event.toView(String.valueOf(people.name(event.getActor()))))
			.toList();
	}

	/**
	 * @return the history of a request for modules that derive from it (SLA clocks),
	 * without an access check of the caller: they compute for anyone, as the system.
	 */
	@Transactional(readOnly = true)
	public List<RequestEventView> historyOf(UUID id) {
		return this.events.findByRequestIdOrderByOccurredAtAscPositionAsc(id)
			.stream()
			.map(RequestEvent::toView)
			.toList();
	}

	/**
	 * @return what a request's clocks derive from, for the SLA module computing as the
	 * system (a sweep, an index update, a compliance report): no access check of the
	 * caller; callers showing the result check {@link #request(UUID)} first.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<ClockSubject> clockSubject(UUID id) {
		return this.requests.findById(id).map((request) -> clockSubject(request, this.catalogue.snapshot()));
	}

	/**
	 * @return the clock subjects of many requests at once, in no particular order
	 */
	/**
	 * @return the ids of every open request, for rebuilding derived state as the system
	 */
	@Transactional(readOnly = true)
	public List<UUID> openRequestIds() {
		return this.requests
			.findIdsByStatusIn(java.util.Arrays.stream(RequestStatus.values()).filter(RequestStatus::active).toList());
	}

	@Transactional(readOnly = true)
	public List<ClockSubject> clockSubjects(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Catalogue.Snapshot chain = this.catalogue.snapshot();
		People.Directory people = this.people.directory();
		java.util.Map<UUID, List<ChainTask>> tasks = new java.util.HashMap<>();
		for (ChainTask task : this.tasks.findByRequestIdIn(ids)) {
			tasks.computeIfAbsent(task.getRequestId(), (id) -> new java.util.ArrayList<>()).add(task);
		}
		tasks.values().forEach((list) -> list.sort(java.util.Comparator.comparingInt(ChainTask::getNumber)));
		java.util.Map<UUID, List<RequestEvent>> events = new java.util.HashMap<>();
		for (RequestEvent event : this.events.findByRequestIdInOrderByOccurredAtAscPositionAsc(ids)) {
			events.computeIfAbsent(event.getRequestId(), (id) -> new java.util.ArrayList<>()).add(event);
		}
		List<ServiceRequest> found = this.requests.findByIdIn(ids);
		List<ClockSubject> subjects = found.stream()
			.map((request) -> clockSubject(request, chain, people, tasks.getOrDefault(request.getId(), List.of()),
					events.getOrDefault(request.getId(), List.of())))
			.toList();
		// Loaded read-only (no snapshots) and let go at once: a sweep's thousands of rows
		// must not be dirty-checked at every flush of its transaction, and a change to
		// one
		// of these requests later in it must load a managed copy. A row the transaction
		// already held (and may have changed) was not made read-only, and stays.
		org.hibernate.Session session = this.entityManager.unwrap(org.hibernate.Session.class);
		java.util.stream.Stream
			.concat(found.stream(),
					java.util.stream.Stream.concat(tasks.values().stream().flatMap(List::stream),
							events.values().stream().flatMap(List::stream)))
			.filter((entity) -> session.contains(entity) && session.isReadOnly(entity))
			.forEach(session::detach);
		return subjects;
	}

	private ClockSubject clockSubject(ServiceRequest request, Catalogue.Snapshot chain) {
		return clockSubject(request, chain, this.people.directory(),
				this.tasks.findByRequestIdOrderByNumber(request.getId()),
				this.events.findByRequestIdOrderByOccurredAtAscPositionAsc(request.getId()));
	}

	private ClockSubject clockSubject(ServiceRequest request, Catalogue.Snapshot chain, People.Directory people,
			List<ChainTask> taskList, List<RequestEvent> eventList) {
		List<ClockSubject.Task> tasks = taskList.stream()
			.map((task) -> new ClockSubject.Task(task.getId(), task.reference(), task.getProviderId(),
					chain.partyName(task.getProviderId()), chain.internal(task.getProviderId()), task.getAgreementId(),
					task.getAgreementTermsNumber(), task.getStatus(), task.getAssignee()))
			.toList();
		return new ClockSubject(request.getId(), request.reference(), request.getPriority(), request.getStatus(),
				request.getRequesterId(), chain.partyName(request.getRequesterId()), request.isRequesterInternal(),
				request.getProviderId(), chain.partyName(request.getProviderId()), request.getAssignee(),
				request.getAgreementId(), request.getAgreementTermsNumber(), tasks,
				eventList.stream()
					.map((event) -> event.toView(String.valueOf(people.name(event.getActor()))))
					.toList());
	}

	/**
	 * The facts of many requests for reports (REP-1): staff, or the system after the
	 * reporting module's own policy; in no particular order.
	 */
	@Transactional(readOnly = true)
	public List<RequestFact> facts(java.util.Collection<UUID> ids) {
		this.policy.requireStaff(this.policy.caller());
		if (ids.isEmpty()) {
			return List.of();
		}
		Catalogue.Snapshot chain = this.catalogue.snapshot();
		List<UUID> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
		List<RequestFact> facts = new ArrayList<>();
		for (int i = 0; i < all.size(); i += 500) {
			List<UUID> chunk = all.subList(i, Math.min(all.size(), i + 500));
			Map<UUID, List<UUID>> parties = new java.util.HashMap<>();
			this.tasks.findByRequestIdIn(chunk)
				.forEach((task) -> parties.computeIfAbsent(task.getRequestId(), (id) -> new ArrayList<>())
					.add(task.getProviderId()));
			for (ServiceRequest request : this.requests.findByIdIn(chunk)) {
				facts.add(new RequestFact(request.getId(), request.reference(), request.getStatus(),
						request.getPriority(), request.getServiceId(), chain.serviceName(request.getServiceId()),
						request.getProviderId(), chain.partyName(request.getProviderId()), request.getRequesterId(),
						request.isRequesterInternal(), request.getOpenedAt(), request.getResolvedAt(),
						List.copyOf(parties.getOrDefault(request.getId(), List.of()))));
			}
		}
		return facts;
	}

	@Transactional(readOnly = true)
	public List<AuditEntryView> audit(UUID id) {
		Caller caller = this.policy.caller();
		this.records.readable(caller, id, false);
		this.policy.requireStaff(caller);
		List<AuditEntryView> entries = new ArrayList<>(this.audit.history(id));
		this.records.tasksOf(id).forEach((task) -> entries.addAll(this.audit.history(task.getId())));
		entries.sort(java.util.Comparator.comparing(AuditEntryView::occurredAt).reversed());
		return entries;
	}

	// What the forms offer

	/**
	 * @return the parties a request can be raised for: staff see every party that
	 * receives a service; a customer only their own.
	 */
	@Transactional(readOnly = true)
	public List<PartyView> requesters() {
		Caller caller = this.policy.caller();
		Catalogue.Snapshot chain = this.catalogue.snapshot();
		if (!caller.staff()) {
			return caller.partyId() == null ? List.of() : chain.party(caller.partyId()).stream().toList();
		}
		return chain.parties()
			.stream()
			.filter((party) -> !chain.servicesDeliveredTo(party.id()).isEmpty())
			.sorted(java.util.Comparator.comparing((PartyView party) -> !party.customer())
				.thenComparing(PartyView::name))
			.toList();
	}

	/**
	 * @return the services delivered to a requester on the chain, by name, with the team
	 * that delivers each.
	 */
	@Transactional(readOnly = true)
	public List<ServiceOption> servicesFor(UUID requesterId) {
		Caller caller = this.policy.caller();
		this.policy.requireRaiseFor(caller, requesterId);
		Catalogue.Snapshot chain = this.catalogue.snapshot();
		if (chain.party(requesterId).isEmpty()) {
			throw new InvalidInputException("requester", "exists", "party " + requesterId + " does not exist");
		}
		return chain.servicesDeliveredTo(requesterId)
			.entrySet()
			.stream()
			.map((entry) -> new ServiceOption(entry.getKey(), chain.serviceName(entry.getKey()), entry.getValue(),
					chain.partyName(entry.getValue())))
			.sorted(java.util.Comparator.comparing(ServiceOption::name))
			.toList();
	}

	/**
	 * A service a requester can ask about, and who delivers it.
	 */
	public record ServiceOption(UUID id, String name, UUID teamId, String teamName) {

	}

	@Transactional(readOnly = true)
	public List<String> categories() {
		return this.desk.categories();
	}

	@Transactional(readOnly = true)
	public PriorityMatrix matrix() {
		return this.desk.matrix();
	}

	/**
	 * How many requests a person resolved in a window (for objectives and 1:1s, PM-1):
	 * requests they hold whose resolution falls in the window, reopened ones included
	 * when they were resolved again within it (staff).
	 * @param from the first instant counted
	 * @param to the first instant no longer counted
	 */
	@Transactional(readOnly = true)
	public long resolvedBy(String username, java.time.Instant from, java.time.Instant to) {
		this.policy.requireStaff(this.policy.caller());
		return this.requests.countResolvedBy(username, from, to);
	}

	/**
	 * @return the people who may hold a request of this team, for the assignment picker.
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> assignable(@Nullable UUID teamId) {
		Caller caller = this.policy.caller();
		this.policy.requireStaff(caller);
		People.Directory directory = this.people.directory();
		return directory.members()
			.stream()
			.filter(StaffMember::enabled)
			.filter((member) -> teamId == null || this.assignment.mayHold(member.username(), teamId, directory))
			.toList();
	}

	/**
	 * @return the parties work can be handed to at all: our teams, suppliers and
	 * partners.
	 */
	@Transactional(readOnly = true)
	public List<PartyView> taskParties() {
		Caller caller = this.policy.caller();
		this.policy.requireStaff(caller);
		return this.catalogue.snapshot().parties().stream().filter((party) -> !party.customer()).toList();
	}

	/**
	 * @return the internal teams that deliver services, for queue pickers.
	 */
	@Transactional(readOnly = true)
	public List<PartyView> teams() {
		Caller caller = this.policy.caller();
		this.policy.requireStaff(caller);
		return this.catalogue.snapshot().internalTeams();
	}

	@Transactional(readOnly = true)
	public Map<UUID, String> partyNames() {
		Map<UUID, String> names = new java.util.HashMap<>();
		this.catalogue.snapshot().parties().forEach((party) -> names.put(party.id(), party.name()));
		return names;
	}

	private static Sort sort(@Nullable String sort) {
		if (sort == null || sort.isBlank()) {
			return Sort.by(Sort.Order.asc("nextDueAt").nullsLast(), Sort.Order.desc("openedAt"));
		}
		boolean descending = sort.startsWith("-");
		String key = descending ? sort.substring(1) : sort;
		String property = switch (key) {
			case "due" -> "nextDueAt";
			case "priority" -> "priority";
			case "opened" -> "openedAt";
			case "activity" -> "lastActivityAt";
			case "reference" -> "referenceNumber";
			case "status" -> "status";
			default -> throw new InvalidInputException("sort", "known",
					"sort by due, priority, opened, activity, reference or status, with - in front for descending");
		};
		Sort.Order order = descending ? Sort.Order.desc(property) : Sort.Order.asc(property);
		return Sort.by(order.nullsLast(), Sort.Order.desc("referenceNumber"));
	}

	/**
	 * The handling time measured from time accounting (WF-2): over the requests resolved
	 * or closed that had time recorded on messages written in the period, the mean of
	 * their total minutes.
	 * @return how many requests were measured and their mean minutes (0 when none)
	 */
	@Transactional(readOnly = true)
	public HandlingTime handlingTime(java.time.Instant from, java.time.Instant to) {
		this.policy.requireStaff(this.policy.caller());
		List<Object[]> rows = this.messages.minutesSpentByRequest(from, to,
				List.of(RequestStatus.RESOLVED, RequestStatus.CLOSED));
		long total = rows.stream().mapToLong((row) -> ((Number) row[1]).longValue()).sum();
		return new HandlingTime(rows.size(), rows.isEmpty() ? 0 : (double) total / rows.size());
	}

	/**
	 * @param requests resolved requests with time recorded
	 * @param meanMinutes their mean recorded minutes
	 */
	public record HandlingTime(int requests, double meanMinutes) {

	}

}
