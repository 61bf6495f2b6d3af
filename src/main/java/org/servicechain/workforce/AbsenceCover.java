package org.servicechain.workforce;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.StaffMember;
import org.servicechain.requests.Queues;
import org.servicechain.requests.RequestFilter;
import org.servicechain.requests.RequestManagement;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestSummary;
import org.servicechain.requests.TaskManagement;
import org.servicechain.requests.TaskView;
import org.servicechain.requests.WorkloadView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.PageResponse;

/**
 * Moves an absent person's open requests and tasks so nothing falls through (WF-3; B10
 * 2.2, 4.2): to the stand-in, by the policy, or to a person a manager chooses, in one
 * bulk action that moves everything or nothing. Moving goes through the requests module's
 * own reassignment, so the new holder's access is checked again for every item and only
 * they are told, of work they may now see.
 */
@Service
public class AbsenceCover {

	private final WorkforceManagement workforce;

	private final WorkforceAccessPolicy policy;

	private final Absences absences;

	private final RequestQueries requestQueries;

	private final RequestManagement requests;

	private final TaskManagement tasks;

	private final Queues queues;

	private final AuditTrail audit;

	private final Clock clock;

	AbsenceCover(WorkforceManagement workforce, WorkforceAccessPolicy policy, Absences absences,
			RequestQueries requestQueries, RequestManagement requests, TaskManagement tasks, Queues queues,
			AuditTrail audit, Clock clock) {
		this.workforce = workforce;
		this.policy = policy;
		this.absences = absences;
		this.requestQueries = requestQueries;
		this.requests = requests;
		this.tasks = tasks;
		this.queues = queues;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return the absent person's open work and where the policy would put each item.
	 */
	@Transactional(readOnly = true)
	public CoverPlan plan(UUID absenceId) {
		CurrentUser caller = this.policy.requireManager("absence", "move other people's work");
		Absence absence = this.workforce.load(absenceId);
		Map<String, String> names = this.workforce.names();
		return plan(caller, absence, names);
	}

	/**
	 * How many open items the person holds, for flagging absences whose work has not
	 * moved.
	 */
	@Transactional(readOnly = true)
	public int openItemsOf(String username) {
		this.policy.requireManager("absence", "see other people's work");
		return heldRequests(username).size() + this.tasks.openTasksHeldBy(username).size();
	}

	/**
	 * Moves all of the absent person's open work at once.
	 * @param person the new holder when the mode is {@link CoverMode#PERSON}
	 */
	@Transactional
	public CoverResult move(UUID absenceId, @Nullable CoverMode mode, @Nullable String person) {
		CurrentUser caller = this.policy.requireManager("absence", "move other people's work");
		Absence absence = this.workforce.load(absenceId);
		if (absence.getStatus() != AbsenceStatus.APPROVED) {
			throw new InvalidInputException("absence", "approved", "only an approved absence moves work; this one is "
					+ absence.getStatus().label().toLowerCase(java.util.Locale.ROOT));
		}
		if (mode == null) {
			throw new InvalidInputException("mode", "required", "choose how to move the work");
		}
		Map<String, String> names = this.workforce.names();
		CoverPlan plan = plan(caller, absence, names);
		Map<CoverPlan.Item, String> owners = new LinkedHashMap<>();
		switch (mode) {
			case STAND_IN -> {
				String standIn = absence.getStandIn();
				if (standIn == null) {
					throw new InvalidInputException("mode", "stand-in",
							"the absence names no stand-in; " + "choose the policy or a person");
				}
				requireFree(standIn, absence, names, "mode");
				plan.items().forEach((item) -> owners.put(item, standIn));
			}
			case PERSON -> {
				String chosen = (person == null || person.isBlank()) ? null : person.strip();
				if (chosen == null) {
					throw new InvalidInputException("person", "required", "choose who takes the work");
				}
				if (chosen.equals(absence.getUsername())) {
					throw new InvalidInputException("person", "not-self",
							"choose someone other than the absent person");
				}
				requireFree(chosen, absence, names, "person");
				plan.items().forEach((item) -> owners.put(item, chosen));
			}
			case POLICY -> {
				for (CoverPlan.Item item : plan.items()) {
					if (item.proposedOwner() == null) {
						throw new InvalidInputException("mode", "available", "nobody who is not away may hold "
								+ item.reference() + " of " + item.teamName()
								+ "; move the work to a person you choose, or set someone's absence straight first");
					}
					owners.put(item, item.proposedOwner());
				}
			}
		}
		String reason = "Covering " + names.getOrDefault(absence.getUsername(), absence.getUsername()) + "'s absence "
				+ absence.getStartsOn() + " to " + absence.getEndsOn();
		Map<String, List<UUID>> requestsByOwner = new LinkedHashMap<>();
		Map<String, List<UUID>> tasksByOwner = new LinkedHashMap<>();
		owners.forEach((item, owner) -> ("TASK".equals(item.kind()) ? tasksByOwner : requestsByOwner)
			.computeIfAbsent(owner, (key) -> new ArrayList<>())
			.add(item.id()));
		int requestsMoved = 0;
		int tasksMoved = 0;
		Map<String, Integer> byOwner = new LinkedHashMap<>();
		for (Map.Entry<String, List<UUID>> entry : requestsByOwner.entrySet()) {
			int moved = this.requests.reassign(entry.getValue(), entry.getKey(), reason);
			requestsMoved += moved;
			byOwner.merge(names.getOrDefault(entry.getKey(), entry.getKey()), moved, Integer::sum);
		}
		for (Map.Entry<String, List<UUID>> entry : tasksByOwner.entrySet()) {
			int moved = this.tasks.reassignTasks(entry.getValue(), entry.getKey(), reason);
			tasksMoved += moved;
			byOwner.merge(names.getOrDefault(entry.getKey(), entry.getKey()), moved, Integer::sum);
		}
		Map<String, String> before = absence.auditSnapshot();
		absence.workMoved(Instant.now(this.clock));
		this.absences.saveAndFlush(absence);
		this.audit.updated(WorkforceManagement.ABSENCE, before, absence);
		return new CoverResult(requestsMoved, tasksMoved, byOwner);
	}

	private CoverPlan plan(CurrentUser caller, Absence absence, Map<String, String> names) {
		LocalDate from = latest(absence.getStartsOn(), this.workforce.today(absence.getUsername()));
		Map<String, Long> load = new HashMap<>();
		for (WorkloadView.PersonLoad person : this.queues.workload().people()) {
			load.put(person.username(), person.openItems());
		}
		List<CoverPlan.Item> items = new ArrayList<>();
		Map<UUID, List<StaffMember>> holders = new HashMap<>();
		for (RequestSummary request : heldRequests(absence.getUsername())) {
			items.add(propose("REQUEST", request.id(), request.id(), request.reference(), request.summary(),
					request.teamId(), request.teamName(), request.nextDueAt(), absence, from, names, load, holders));
		}
		for (TaskView task : this.tasks.openTasksHeldBy(absence.getUsername())) {
			items.add(propose("TASK", task.id(), task.requestId(), task.reference(), task.summary(), task.partyId(),
					task.partyName(), task.nextDueAt(), absence, from, names, load, holders));
		}
		List<CoverPlan.Candidate> candidates = new ArrayList<>();
		for (StaffMember member : this.workforce.staff()) {
			if (member.enabled() && !member.username().equals(absence.getUsername())
					&& free(member.username(), from, absence.getEndsOn())) {
				candidates.add(new CoverPlan.Candidate(member.username(), member.displayName(),
						load.getOrDefault(member.username(), 0L)));
			}
		}
		return new CoverPlan(this.workforce.view(caller, absence, names), items, candidates);
	}

	private CoverPlan.Item propose(String kind, UUID id, UUID requestId, String reference, String summary, UUID teamId,
			String teamName, @Nullable Instant dueAt, Absence absence, LocalDate from, Map<String, String> names,
			Map<String, Long> load, Map<UUID, List<StaffMember>> holders) {
		List<StaffMember> mayHold = holders.computeIfAbsent(teamId,
				(team) -> this.requestQueries.assignable(team)
					.stream()
					.filter((member) -> !member.username().equals(absence.getUsername()))
					.filter((member) -> free(member.username(), from, absence.getEndsOn()))
					.toList());
		String owner = null;
		String why;
		String standIn = absence.getStandIn();
		if (standIn != null && mayHold.stream().anyMatch((member) -> member.username().equals(standIn))) {
			owner = standIn;
			why = "the absence's stand-in";
		}
		else {
			owner = mayHold.stream()
				.min(java.util.Comparator
					.comparingLong((StaffMember member) -> load.getOrDefault(member.username(), 0L))
					.thenComparing(StaffMember::username))
				.map(StaffMember::username)
				.orElse(null);
			why = (owner != null) ? "least loaded in " + teamName + " and not away"
					: "nobody who may hold " + teamName + "'s work is at work";
		}
		if (owner != null) {
			// Counts what this plan already gave, so the work spreads.
			load.merge(owner, 1L, Long::sum);
		}
		return new CoverPlan.Item(kind, id, requestId, reference, summary, teamId, teamName, dueAt, owner,
				(owner != null) ? names.getOrDefault(owner, owner) : null, why);
	}

	private List<RequestSummary> heldRequests(String username) {
		List<RequestSummary> held = new ArrayList<>();
		RequestFilter filter = new RequestFilter(null, true, null, null, null, null, null, null, null, username, null,
				null, "due");
		int page = 0;
		PageResponse<RequestSummary> found;
		do {
			found = this.requestQueries.list(filter, page++, 200);
			held.addAll(found.items());
		}
		while (page < found.totalPages());
		return held;
	}

	private boolean free(String username, LocalDate from, LocalDate to) {
		return this.absences.overlapping(username, List.of(AbsenceStatus.APPROVED), from, to).isEmpty();
	}

	private void requireFree(String username, Absence absence, Map<String, String> names, String field) {
		LocalDate from = latest(absence.getStartsOn(), this.workforce.today(absence.getUsername()));
		if (!free(username, from, absence.getEndsOn())) {
			throw new InvalidInputException(field, "available", names.getOrDefault(username, username)
					+ " is away during the absence too; choose someone who is at work");
		}
	}

	private static LocalDate latest(LocalDate one, LocalDate other) {
		return one.isAfter(other) ? one : other;
	}

}
