package org.servicechain.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.agreements.AgreementManagement.AgreementInForce;
import org.servicechain.agreements.Priority;
import org.servicechain.chain.PartyView;
import org.servicechain.identity.Role;
import org.servicechain.identity.StaffMember;
import org.servicechain.requests.InternalExternalConflictPolicy.Decision;
import org.servicechain.requests.InternalExternalConflictPolicy.Key;
import org.servicechain.requests.RequestAccessPolicy.Caller;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.Paging;

/**
 * Queues and workload (REQ-4, REQ-5; B9 2.6, 3.3; B10 1.2, 1.3, 2.4): a team's queue of
 * the requests it delivers and the tasks handed to it, and one person's work, each
 * ordered in the database by {@link InternalExternalConflictPolicy} under the rule the
 * team's agreements set, with the reason each item stands where it does; workload per
 * person and team; and what needs the signed-in person now.
 */
@Service
public class Queues {

	static final List<RequestStatus> ACTIVE = List.of(RequestStatus.NEW, RequestStatus.OPEN,
			RequestStatus.WAITING_ON_CUSTOMER, RequestStatus.WAITING_ON_PARTNER);

	static final List<TaskStatus> ACTIVE_TASKS = List.of(TaskStatus.HANDED_OVER, TaskStatus.ACCEPTED,
			TaskStatus.QUERIED);

	private final EntityManager entityManager;

	private final ServiceRequests requests;

	private final ChainTasks tasks;

	private final AgentProfiles profiles;

	private final RequestNotices notices;

	private final RequestAccessPolicy policy;

	private final Catalogue catalogue;

	private final People people;

	private final RequestViews views;

	private final RequestsSettings settings;

	private final Clock clock;

	Queues(EntityManager entityManager, ServiceRequests requests, ChainTasks tasks, AgentProfiles profiles,
			RequestNotices notices, RequestAccessPolicy policy, Catalogue catalogue, People people, RequestViews views,
			RequestsSettings settings, Clock clock) {
		this.entityManager = entityManager;
		this.requests = requests;
		this.tasks = tasks;
		this.profiles = profiles;
		this.notices = notices;
		this.policy = policy;
		this.catalogue = catalogue;
		this.people = people;
		this.views = views;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A team's queue: the requests it delivers and the tasks handed to it that are still
	 * open. Staff of the front line see every team's; an internal team member their own.
	 */
	@Transactional(readOnly = true)
	public QueueView queue(UUID teamId, int page, int size) {
		Caller caller = this.policy.caller();
		if (!caller.fullStaff() && !(caller.teamMember() && caller.ofParty(teamId))) {
			throw new AccessDeniedException("You see your own team's queue");
		}
		Catalogue.Snapshot chain = this.catalogue.snapshot();
		PartyView team = chain.party(teamId)
			.filter((party) -> party.internal() && !party.customer())
			.orElseThrow(() -> new NotFoundException("Team", teamId));
		Decision decision = decide(chain, teamId);
		Instant now = now();
		return build(teamId, team.name(), decision, now, page, size,
				(root, cb) -> cb.equal(root.get("providerId"), teamId),
				(task, cb) -> cb.equal(task.get("providerId"), teamId), chain);
	}

	/**
	 * The signed-in person's work: the requests and tasks they hold, under the rule of
	 * the team they work.
	 */
	@Transactional(readOnly = true)
	public QueueView myWork(int page, int size) {
		Caller caller = this.policy.caller();
		this.policy.requireStaff(caller);
		Catalogue.Snapshot chain = this.catalogue.snapshot();
		UUID team = teamOf(caller);
		Decision decision = team != null ? decide(chain, team) : InternalExternalConflictPolicy.decide(List.of());
		String me = caller.username();
		return build(null, "My work", decision, now(), page, size, (root, cb) -> cb.equal(root.get("assignee"), me),
				(task, cb) -> cb.equal(task.get("assignee"), me), chain);
	}

	/**
	 * Open and due-soon work per person and per team.
	 */
	@Transactional(readOnly = true)
	public WorkloadView workload() {
		Caller caller = this.policy.caller();
		this.policy.requireStaff(caller);
		Instant now = now();
		Instant soon = now.plus(Duration.ofHours(this.settings.dueSoonHours()));
		Catalogue.Snapshot chain = this.catalogue.snapshot();
		People.Directory directory = this.people.directory();
		Map<String, long[]> byPerson = new HashMap<>();
		for (Object[] row : this.requests.workloadByAssignee(ACTIVE, soon)) {
			long[] load = byPerson.computeIfAbsent((String) row[0], (key) -> new long[2]);
			load[0] += ((Number) row[1]).longValue();
			load[1] += row[2] != null ? ((Number) row[2]).longValue() : 0;
		}
		for (Object[] row : this.tasks.workloadByAssignee(ACTIVE_TASKS)) {
			byPerson.computeIfAbsent((String) row[0], (key) -> new long[2])[0] += ((Number) row[1]).longValue();
		}
		Map<String, UUID> teamByUser = new HashMap<>();
		this.profiles.findAll()
			.stream()
			.filter((profile) -> profile.getTeamId() != null)
			.forEach((profile) -> teamByUser.put(profile.getUsername(), profile.getTeamId()));
		List<WorkloadView.PersonLoad> people = new ArrayList<>();
		for (StaffMember member : directory.members()) {
			if (!member.enabled() || member.role() == Role.ADMIN && !byPerson.containsKey(member.username())) {
				continue;
			}
			long[] load = byPerson.getOrDefault(member.username(), new long[2]);
			UUID team = member.role() == Role.TEAM_MEMBER ? member.partyId() : teamByUser.get(member.username());
			people.add(new WorkloadView.PersonLoad(member.username(), member.displayName(),
					team != null ? chain.partyName(team) : "", load[0], load[1]));
		}
		people.sort(Comparator.comparingLong(WorkloadView.PersonLoad::openItems)
			.reversed()
			.thenComparing(WorkloadView.PersonLoad::displayName));
		Map<UUID, long[]> byTeam = new HashMap<>();
		for (Object[] row : this.requests.workloadByTeam(ACTIVE, soon)) {
			long[] load = byTeam.computeIfAbsent((UUID) row[0], (key) -> new long[5]);
			load[0] = ((Number) row[1]).longValue();
			load[2] = row[2] != null ? ((Number) row[2]).longValue() : 0;
			load[4] = row[3] != null ? ((Number) row[3]).longValue() : 0;
		}
		for (Object[] row : this.requests.overdueByTeam(ACTIVE, now)) {
			byTeam.computeIfAbsent((UUID) row[0], (key) -> new long[5])[3] = ((Number) row[1]).longValue();
		}
		for (Object[] row : this.tasks.openByProvider(ACTIVE_TASKS)) {
			byTeam.computeIfAbsent((UUID) row[0], (key) -> new long[5])[1] = ((Number) row[1]).longValue();
		}
		List<WorkloadView.TeamLoad> teams = byTeam.entrySet()
			.stream()
			.filter((entry) -> chain.internal(entry.getKey()))
			.map((entry) -> new WorkloadView.TeamLoad(entry.getKey(), chain.partyName(entry.getKey()),
					entry.getValue()[0], entry.getValue()[1], entry.getValue()[2], entry.getValue()[3],
					entry.getValue()[4]))
			.sorted(Comparator.comparing(WorkloadView.TeamLoad::name))
			.toList();
		return new WorkloadView(people, teams, this.settings.dueSoonHours());
	}

	/**
	 * What needs the signed-in person now, for the dashboard.
	 */
	@Transactional(readOnly = true)
	public NeedsMe needsMe() {
		Caller caller = this.policy.caller();
		this.policy.requireStaff(caller);
		Instant now = now();
		Instant soon = now.plus(Duration.ofHours(this.settings.dueSoonHours()));
		QueueView mine = myWork(0, 10);
		Specification<ServiceRequest> where = RequestSpecifications.visibleTo(caller, false);
		UUID team = teamOf(caller);
		if (team != null && !caller.manager()) {
			UUID scope = team;
			where = where.and((root, query, cb) -> cb.equal(root.get("providerId"), scope));
		}
		PageRequest top = PageRequest.of(0, 10, Sort.by(Sort.Order.asc("nextDueAt").nullsLast()));
		RequestViews.Context context = new RequestViews.Context(this.catalogue.snapshot(), this.people.directory(),
				caller);
		List<RequestSummary> overdue = summaries(where.and(RequestSpecifications.overdueAt(now)), top, context);
		List<RequestSummary> atRisk = summaries(where.and(RequestSpecifications.dueBetween(now, soon)), top, context);
		List<RequestSummary> unassigned = summaries(
				where.and((root, query, cb) -> cb.and(root.get("status").in(ACTIVE), cb.isNull(root.get("assignee")))),
				top, context);
		List<RequestSummary> escalated = caller.manager() ? summaries(where
			.and((root, query, cb) -> cb.and(root.get("status").in(ACTIVE), cb.isNotNull(root.get("escalatedAt")))),
				top, context) : List.of();
		List<TaskView> teamTasks = List.of();
		if (caller.teamMember() && caller.partyId() != null) {
			teamTasks = this.tasks
				.findByProviderIdAndStatusIn(caller.partyId(), ACTIVE_TASKS,
						PageRequest.of(0, 10, Sort.by("handedOverAt")))
				.map((task) -> this.views.task(task, this.requests.findById(task.getRequestId()).orElseThrow(), context,
						List.of(), Map.of()))
				.getContent();
		}
		List<NoticeView> notices = this.notices
			.findTop50ByRecipientAndDismissedAtIsNullOrderByCreatedAtDesc(caller.username())
			.stream()
			.map(RequestNotice::toView)
			.toList();
		return new NeedsMe(mine.items(), overdue, atRisk, unassigned, escalated, teamTasks, notices, mine.totalItems(),
				this.settings.dueSoonHours());
	}

	// Building a queue

	@FunctionalInterface
	interface Where<T> {

		Predicate of(Root<T> root, CriteriaBuilder cb);

	}

	private QueueView build(@Nullable UUID teamId, String name, Decision decision, Instant now, int page, int size,
			Where<ServiceRequest> requestsWhere, Where<ChainTask> tasksWhere, Catalogue.Snapshot chain) {
		Paging.of(page, size, Sort.unsorted());
		int window = (page + 1) * size;
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();

		CriteriaQuery<ServiceRequest> requestQuery = cb.createQuery(ServiceRequest.class);
		Root<ServiceRequest> request = requestQuery.from(ServiceRequest.class);
		requestQuery.where(requestsWhere.of(request, cb), request.get("status").in(ACTIVE));
		requestQuery.orderBy(orders(cb, decision.keys(), now, request.get("requesterInternal"), request.get("priority"),
				request.get("nextDueAt"), request.get("openedAt")));
		List<ServiceRequest> requestPage = this.entityManager.createQuery(requestQuery)
			.setMaxResults(window)
			.getResultList();

		CriteriaQuery<Tuple> taskQuery = cb.createTupleQuery();
		Root<ChainTask> task = taskQuery.from(ChainTask.class);
		Root<ServiceRequest> ofRequest = taskQuery.from(ServiceRequest.class);
		Expression<Instant> taskDue = cb.<Instant>selectCase()
			.when(cb.and(cb.isNull(task.get("acceptedAt")), cb.isNotNull(task.get("responseDueAt"))),
					task.<Instant>get("responseDueAt"))
			.otherwise(task.<Instant>get("resolutionDueAt"));
		taskQuery.multiselect(task, ofRequest)
			.where(cb.equal(ofRequest.get("id"), task.get("requestId")), tasksWhere.of(task, cb),
					task.get("status").in(ACTIVE_TASKS));
		taskQuery.orderBy(orders(cb, decision.keys(), now, ofRequest.get("requesterInternal"),
				ofRequest.get("priority"), taskDue, task.get("handedOverAt")));
		List<Tuple> taskPage = this.entityManager.createQuery(taskQuery).setMaxResults(window).getResultList();

		long requestCount = count(cb, ServiceRequest.class, requestsWhere, "status", ACTIVE);
		long taskCount = count(cb, ChainTask.class, tasksWhere, "status", ACTIVE_TASKS);

		People.Directory directory = this.people.directory();
		List<Entry> entries = new ArrayList<>();
		for (ServiceRequest each : requestPage) {
			InternalExternalConflictPolicy.Item item = new InternalExternalConflictPolicy.Item(
					each.isRequesterInternal(), each.getPriority(), each.getNextDueAt(), each.getOpenedAt());
			entries.add(new Entry(item,
					new QueueItem("REQUEST", each.getId(), each.getId(), each.reference(), each.getSummary(),
							each.getStatus().label(), each.getStatus().tone(), each.getPriority(),
							chain.partyName(each.getRequesterId()), each.isRequesterInternal(),
							chain.serviceName(each.getServiceId()), each.getNextDueAt(),
							RequestViews.overdue(each.getNextDueAt(), now), directory.name(each.getAssignee()),
							InternalExternalConflictPolicy.why(item, decision, now))));
		}
		for (Tuple row : taskPage) {
			ChainTask each = row.get(0, ChainTask.class);
			ServiceRequest of = row.get(1, ServiceRequest.class);
			InternalExternalConflictPolicy.Item item = new InternalExternalConflictPolicy.Item(of.isRequesterInternal(),
					of.getPriority(), each.nextDueAt(), each.getHandedOverAt());
			entries.add(new Entry(item,
					new QueueItem("TASK", each.getId(), of.getId(), of.reference() + "/" + each.reference(),
							each.getSummary(), "Task: " + each.getStatus().label(), each.getStatus().tone(),
							of.getPriority(), chain.partyName(of.getRequesterId()), of.isRequesterInternal(),
							chain.serviceName(each.getServiceId()), each.nextDueAt(),
							RequestViews.overdue(each.nextDueAt(), now), directory.name(each.getAssignee()),
							InternalExternalConflictPolicy.why(item, decision, now))));
		}
		Comparator<InternalExternalConflictPolicy.Item> order = InternalExternalConflictPolicy.order(decision.rule(),
				now);
		List<QueueItem> items = entries.stream()
			.sorted(Comparator.comparing(Entry::item, order))
			.skip((long) page * size)
			.limit(size)
			.map(Entry::queued)
			.toList();
		long total = requestCount + taskCount;
		Instant soon = now.plus(Duration.ofHours(this.settings.dueSoonHours()));
		long overdue = countRequests(cb, requestsWhere, (root) -> cb.lessThanOrEqualTo(root.get("nextDueAt"), now));
		long dueSoon = countRequests(cb, requestsWhere, (root) -> cb.and(cb.greaterThan(root.get("nextDueAt"), now),
				cb.lessThanOrEqualTo(root.get("nextDueAt"), soon)));
		long unassigned = countRequests(cb, requestsWhere, (root) -> cb.isNull(root.get("assignee")));
		String source = decision.rule() == null ? decision.source() : "agreed in " + decision.source();
		return new QueueView(teamId, name, decision.label(), source, decision.disagreement(), items, page, size, total,
				(int) ((total + size - 1) / size), overdue, dueSoon, unassigned);
	}

	private record Entry(InternalExternalConflictPolicy.Item item, QueueItem queued) {

	}

	private static List<Order> orders(CriteriaBuilder cb, List<Key> keys, Instant now, Expression<Boolean> internal,
			Expression<Priority> priority, Expression<Instant> due, Expression<Instant> opened) {
		List<Order> orders = new ArrayList<>();
		for (Key key : keys) {
			switch (key) {
				case OVERDUE_FIRST -> {
					Predicate overdue = cb.lessThanOrEqualTo(due, now);
					orders.add(cb.asc(cb.<Integer>selectCase().when(overdue, 0).otherwise(1)));
					orders.add(
							cb.asc(cb.<Instant>selectCase().when(overdue, due).otherwise(cb.nullLiteral(Instant.class)),
									Nulls.LAST));
				}
				case EXTERNAL_FIRST -> orders.add(cb.asc(internal));
				case SAFETY_CRITICAL_INTERNAL_FIRST -> orders.add(cb.asc(cb.<Integer>selectCase()
					.when(cb.and(cb.isTrue(internal), cb.equal(priority, Priority.P1)), 0)
					.otherwise(1)));
				case PRIORITY -> orders.add(cb.asc(priority));
				case DUE -> orders.add(cb.asc(due, Nulls.LAST));
				case OPENED -> orders.add(cb.asc(opened));
			}
		}
		return orders;
	}

	private <T> long count(CriteriaBuilder cb, Class<T> type, Where<T> where, String statusField, List<?> statuses) {
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<T> root = query.from(type);
		query.select(cb.count(root)).where(where.of(root, cb), root.get(statusField).in(statuses));
		return this.entityManager.createQuery(query).getSingleResult();
	}

	private long countRequests(CriteriaBuilder cb, Where<ServiceRequest> where,
			java.util.function.Function<Root<ServiceRequest>, Predicate> also) {
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<ServiceRequest> root = query.from(ServiceRequest.class);
		query.select(cb.count(root)).where(where.of(root, cb), root.get("status").in(ACTIVE), also.apply(root));
		return this.entityManager.createQuery(query).getSingleResult();
	}

	private List<RequestSummary> summaries(Specification<ServiceRequest> where, PageRequest page,
			RequestViews.Context context) {
		List<ServiceRequest> found = this.requests.findAll(where, page).getContent();
		List<ChainTask> tasks = found.isEmpty() ? List.of()
				: this.tasks.findByRequestIdIn(found.stream().map(ServiceRequest::getId).toList());
		return this.views.summaries(found, context, tasks);
	}

	/**
	 * The rule of a team's queue, from the agreements in force where the team provides.
	 */
	Decision decide(Catalogue.Snapshot chain, UUID teamId) {
		List<InternalExternalConflictPolicy.RuleSource> sources = new ArrayList<>();
		for (AgreementInForce agreement : chain.agreementsOfProvider(teamId)) {
			if (agreement.terms().conflictRule() != null) {
				sources.add(new InternalExternalConflictPolicy.RuleSource(agreement.terms().conflictRule(),
						agreement.kind(), agreement.reference()));
			}
		}
		return InternalExternalConflictPolicy.decide(sources);
	}

	/**
	 * @return the team a person works: their own team for team members, the team in their
	 * profile for others.
	 */
	@Nullable UUID teamOf(Caller caller) {
		if (caller.teamMember()) {
			return caller.partyId();
		}
		return this.profiles.findByUsername(caller.username()).map(AgentProfile::getTeamId).orElse(null);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
