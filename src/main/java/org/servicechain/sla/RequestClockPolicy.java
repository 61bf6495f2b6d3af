package org.servicechain.sla;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.Priority;
import org.servicechain.requests.RequestEventKind;
import org.servicechain.requests.RequestEventView;
import org.servicechain.requests.RequestStatus;

/**
 * Maps a request's append-only history to the facts of each of its clocks (REQ-3): the
 * customer's first response, resolution and keep-informed clocks under the customer
 * agreement, and a response and resolution clock per chain task under that link's own
 * agreement. Pure: the same history always gives the same clocks.
 * <p>
 * The rules, as the request page states them:
 * <ul>
 * <li>The customer's clocks start when the request is opened. The first response stops at
 * the first public reply (or at resolution without one); resolution stops when the
 * request is resolved or closed.</li>
 * <li>Waiting on the customer pauses the customer's first response and resolution clocks
 * where the agreement says so, and always pauses keep-informed. Waiting on a partner
 * never pauses the customer's clocks: the chain is ours to manage; the ledger shows who
 * held the work.</li>
 * <li>A reopen resumes the resolution clock from where it stopped or restarts it, as the
 * agreement says; keep-informed restarts.</li>
 * <li>Each public reply restarts keep-informed.</li>
 * <li>A priority change re-targets every running clock; the elapsed time is kept.</li>
 * <li>A task's clocks start when it is handed over. Its response stops when the party
 * accepts, declines or completes it; its resolution when the party completes it. A
 * question from the party to us pauses the task's clocks until we answer. A cancelled
 * task, or the resolution of a declined one, is not measured.</li>
 * </ul>
 */
public final class RequestClockPolicy {

	public static final String FIRST_RESPONSE = "first-response";

	public static final String RESOLUTION = "resolution";

	public static final String KEEP_INFORMED = "keep-informed";

	private RequestClockPolicy() {
	}

	public static String taskKey(UUID taskId, ClockKind kind) {
		return "task/" + taskId + ((kind == ClockKind.TASK_RESPONSE) ? "/response" : "/resolution");
	}

	/**
	 * @param initialPriority the priority the request was opened with
	 * @param customerTerms the customer agreement's version in force at opening, if any
	 * @param taskTerms the terms of each task's link agreement, by task id; a task
	 * without one has no clocks
	 * @param events the request's history, oldest first
	 */
	public static List<PlannedClock> plan(Priority initialPriority, @Nullable ClockTerms customerTerms,
			Map<UUID, ClockTerms> taskTerms, List<RequestEventView> events) {
		return plan(initialPriority, customerTerms, Map.of(), taskTerms, events);
	}

	/**
	 * @param customerVersions the customer agreement's versions the request's clocks were
	 * re-based on, by number: from a re-base on, the clocks take that version's targets,
	 * the elapsed time kept
	 */
	public static List<PlannedClock> plan(Priority initialPriority, @Nullable ClockTerms customerTerms,
			Map<Integer, ClockTerms> customerVersions, Map<UUID, ClockTerms> taskTerms, List<RequestEventView> events) {
		Mapping mapping = new Mapping(initialPriority, customerTerms, taskTerms);
		mapping.versions = customerVersions;
		events.forEach(mapping::apply);
		return mapping.planned();
	}

	/**
	 * @return the priority a request was opened with, read back from its history
	 */
	public static Priority initialPriority(Priority current, List<RequestEventView> events) {
		for (RequestEventView event : events) {
			if (event.kind() == RequestEventKind.PRIORITY_CHANGED && event.from() != null) {
				try {
					return Priority.valueOf(event.from());
				}
				catch (IllegalArgumentException ex) {
					return current;
				}
			}
		}
		return current;
	}

	/**
	 * One clock to derive: its key (stable per request), kind, task, target and facts.
	 */
	public record PlannedClock(String key, ClockKind kind, @Nullable UUID taskId, ClockTarget target,
			List<ClockFact> facts) {

	}

	private static final class Mapping {

		private @Nullable ClockTerms customer;

		private Map<Integer, ClockTerms> versions = Map.of();

		private final Map<UUID, ClockTerms> taskTerms;

		private Priority priority;

		private final Map<String, Builder> clocks = new LinkedHashMap<>();

		private RequestStatus status = RequestStatus.NEW;

		Mapping(Priority priority, @Nullable ClockTerms customer, Map<UUID, ClockTerms> taskTerms) {
			this.priority = priority;
			this.customer = customer;
			this.taskTerms = taskTerms;
		}

		void apply(RequestEventView event) {
			switch (event.kind()) {
				case OPENED -> opened(event);
				case STATUS_CHANGED -> statusChanged(event);
				case PUBLIC_REPLY -> publicReply(event);
				case PRIORITY_CHANGED -> priorityChanged(event);
				case AGREEMENT_APPLIED -> rebased(event);
				case TASK_HANDED_OVER -> handedOver(event);
				case TASK_ACCEPTED -> task(event, ClockFact.Kind.STOP, null, "accepted");
				case TASK_QUERIED -> {
					task(event, ClockFact.Kind.PAUSE, ClockFact.Kind.PAUSE, "waiting on us to answer the party");
				}
				case TASK_ANSWERED -> task(event, ClockFact.Kind.RESUME, ClockFact.Kind.RESUME, "answered");
				case TASK_COMPLETED -> task(event, ClockFact.Kind.STOP, ClockFact.Kind.STOP, "completed");
				case TASK_DECLINED -> task(event, ClockFact.Kind.STOP, ClockFact.Kind.CANCEL, "declined");
				case TASK_CANCELLED -> task(event, ClockFact.Kind.CANCEL, ClockFact.Kind.CANCEL, "cancelled");
				default -> {
				}
			}
		}

		private void opened(RequestEventView event) {
			ClockTerms terms = this.customer;
			if (terms == null) {
				return;
			}
			int warn = terms.rules().warningPercent();
			terms.firstResponse(this.priority)
				.ifPresent((target) -> clock(FIRST_RESPONSE, ClockKind.FIRST_RESPONSE, null, target, warn));
			terms.resolution(this.priority)
				.ifPresent((target) -> clock(RESOLUTION, ClockKind.RESOLUTION, null, target, warn));
			Duration every = terms.rules().keepInformedEvery();
			if (every != null) {
				clock(KEEP_INFORMED, ClockKind.KEEP_INFORMED, null, every, warn);
			}
			for (Builder clock : customerClocks()) {
				clock.add(event, ClockFact.Kind.START, "opened");
			}
		}

		private void statusChanged(RequestEventView event) {
			RequestStatus from = status(event.from(), this.status);
			RequestStatus to = status(event.to(), this.status);
			this.status = to;
			boolean pausesOnCustomer = this.customer != null && this.customer.rules().pauseWhileWaitingOnCustomer();
			Optional<Builder> first = find(FIRST_RESPONSE);
			Optional<Builder> resolution = find(RESOLUTION);
			Optional<Builder> informed = find(KEEP_INFORMED);
			String reason = (event.reason() != null) ? event.reason() : "";
			if (!from.active() && to.active()) {
				boolean restart = this.customer != null && this.customer.rules().restartOnReopen();
				resolution.ifPresent((clock) -> clock.add(event,
						restart ? ClockFact.Kind.RESTART : ClockFact.Kind.CONTINUE, "reopened: " + reason));
				informed.ifPresent((clock) -> clock.add(event, ClockFact.Kind.RESTART, "reopened"));
			}
			if (to == RequestStatus.WAITING_ON_CUSTOMER && from != RequestStatus.WAITING_ON_CUSTOMER) {
				String why = "waiting on the customer" + (reason.isEmpty() ? "" : ": " + reason);
				if (pausesOnCustomer) {
					first.ifPresent((clock) -> clock.add(event, ClockFact.Kind.PAUSE, why));
					resolution.ifPresent((clock) -> clock.add(event, ClockFact.Kind.PAUSE, why));
				}
				informed.ifPresent((clock) -> clock.add(event, ClockFact.Kind.PAUSE, why));
			}
			else if (from == RequestStatus.WAITING_ON_CUSTOMER && to.active()) {
				for (Builder clock : customerClocks()) {
					clock.add(event, ClockFact.Kind.RESUME, "no longer waiting on the customer");
				}
			}
			if (from.active() && !to.active()) {
				String why = (to == RequestStatus.RESOLVED) ? "resolved" : "closed";
				first.ifPresent((clock) -> clock.add(event, ClockFact.Kind.STOP, why + " without a separate reply"));
				resolution.ifPresent((clock) -> clock.add(event, ClockFact.Kind.STOP, why));
				informed.ifPresent((clock) -> clock.add(event, ClockFact.Kind.STOP, why));
			}
		}

		private void publicReply(RequestEventView event) {
			find(FIRST_RESPONSE).ifPresent((clock) -> clock.add(event, ClockFact.Kind.STOP, "first public reply"));
			if (this.status.active()) {
				find(KEEP_INFORMED).ifPresent((clock) -> {
					clock.add(event, ClockFact.Kind.RESTART, "public update");
					if (this.status == RequestStatus.WAITING_ON_CUSTOMER) {
						clock.add(event, ClockFact.Kind.PAUSE, "waiting on the customer");
					}
				});
			}
		}

		private void priorityChanged(RequestEventView event) {
			Priority to;
			try {
				to = Priority.valueOf(String.valueOf(event.to()));
			}
			catch (IllegalArgumentException ex) {
				return;
			}
			this.priority = to;
			String why = "priority " + event.from() + " → " + to
					+ ((event.reason() != null) ? ": " + event.reason() : "");
			retarget(event, find(FIRST_RESPONSE), this.customer, ClockTerms::firstResponse, to, why);
			retarget(event, find(RESOLUTION), this.customer, ClockTerms::resolution, to, why);
			for (Builder clock : this.clocks.values()) {
				if (clock.taskId != null) {
					ClockTerms terms = this.taskTerms.get(clock.taskId);
					retarget(event, Optional.of(clock), terms, (clock.kind == ClockKind.TASK_RESPONSE)
							? ClockTerms::firstResponse : ClockTerms::resolution, to, why);
				}
			}
		}

		private void retarget(RequestEventView event, Optional<Builder> clock, @Nullable ClockTerms terms,
				java.util.function.BiFunction<ClockTerms, Priority, Optional<Duration>> target, Priority to,
				String why) {
			if (clock.isEmpty() || terms == null) {
				return;
			}
			target.apply(terms, to)
				.ifPresent((allowed) -> clock.get().facts
					.add(ClockFact.retarget(event.at(), allowed, event.actorName(), why)));
		}

		/** A manager re-based the clocks on another version of the customer agreement. */
		private void rebased(RequestEventView event) {
			if (event.from() == null || event.to() == null || this.clocks.isEmpty()) {
				return;
			}
			ClockTerms terms;
			try {
				terms = this.versions.get(Integer.valueOf(event.to()));
			}
			catch (NumberFormatException ex) {
				return;
			}
			if (terms == null) {
				return;
			}
			ClockTerms previous = this.customer;
			this.customer = terms;
			String why = "re-based from version " + event.from() + " to " + event.to()
					+ ((event.reason() != null) ? ": " + event.reason() : "");
			retarget(event, find(FIRST_RESPONSE), terms, ClockTerms::firstResponse, this.priority, why);
			retarget(event, find(RESOLUTION), terms, ClockTerms::resolution, this.priority, why);
			if (previous != null && terms.rules().keepInformedEvery() != null) {
				find(KEEP_INFORMED).ifPresent((clock) -> clock.facts
					.add(ClockFact.retarget(event.at(), terms.rules().keepInformedEvery(), event.actorName(), why)));
			}
		}

		private void handedOver(RequestEventView event) {
			UUID taskId = event.taskId();
			ClockTerms terms = (taskId != null) ? this.taskTerms.get(taskId) : null;
			if (taskId == null || terms == null) {
				return;
			}
			int warn = terms.rules().warningPercent();
			terms.firstResponse(this.priority)
				.ifPresent((target) -> clock(taskKey(taskId, ClockKind.TASK_RESPONSE), ClockKind.TASK_RESPONSE, taskId,
						target, warn)
					.add(event, ClockFact.Kind.START, "handed over"));
			terms.resolution(this.priority)
				.ifPresent((target) -> clock(taskKey(taskId, ClockKind.TASK_RESOLUTION), ClockKind.TASK_RESOLUTION,
						taskId, target, warn)
					.add(event, ClockFact.Kind.START, "handed over"));
		}

		private void task(RequestEventView event, ClockFact.@Nullable Kind response,
				ClockFact.@Nullable Kind resolution, String why) {
			UUID taskId = event.taskId();
			if (taskId == null) {
				return;
			}
			String reason = why + ((event.reason() != null) ? ": " + event.reason() : "");
			if (response != null) {
				find(taskKey(taskId, ClockKind.TASK_RESPONSE)).ifPresent((clock) -> clock.add(event, response, reason));
			}
			if (resolution != null) {
				find(taskKey(taskId, ClockKind.TASK_RESOLUTION))
					.ifPresent((clock) -> clock.add(event, resolution, reason));
			}
		}

		private Builder clock(String key, ClockKind kind, @Nullable UUID taskId, Duration target, int warn) {
			return this.clocks.computeIfAbsent(key,
					(k) -> new Builder(key, kind, taskId, new ClockTarget(target, warn)));
		}

		private Optional<Builder> find(String key) {
			return Optional.ofNullable(this.clocks.get(key));
		}

		private List<Builder> customerClocks() {
			return this.clocks.values().stream().filter((clock) -> clock.kind.customers()).toList();
		}

		List<PlannedClock> planned() {
			return this.clocks.values()
				.stream()
				.map((clock) -> new PlannedClock(clock.key, clock.kind, clock.taskId, clock.target,
						List.copyOf(clock.facts)))
				.toList();
		}

		private static RequestStatus status(@Nullable String name, RequestStatus otherwise) {
			if (name == null) {
				return otherwise;
			}
			try {
				return RequestStatus.valueOf(name);
			}
			catch (IllegalArgumentException ex) {
				return otherwise;
			}
		}

	}

	private static final class Builder {

		final String key;

		final ClockKind kind;

		final @Nullable UUID taskId;

		final ClockTarget target;

		final List<ClockFact> facts = new ArrayList<>();

		Builder(String key, ClockKind kind, @Nullable UUID taskId, ClockTarget target) {
			this.key = key;
			this.kind = kind;
			this.taskId = taskId;
			this.target = target;
		}

		Builder add(RequestEventView event, ClockFact.Kind kind, String reason) {
			this.facts.add(ClockFact.of(event.at(), kind, event.actorName(), reason));
			return this;
		}

	}

}
