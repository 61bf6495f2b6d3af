package org.servicechain.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.agreements.AgreementManagement.AgreementInForce;
import org.servicechain.agreements.Priority;
import org.servicechain.requests.ImportedRequest.Assign;
import org.servicechain.requests.ImportedRequest.CustomerReply;
import org.servicechain.requests.ImportedRequest.Escalation;
import org.servicechain.requests.ImportedRequest.Note;
import org.servicechain.requests.ImportedRequest.PriorityChange;
import org.servicechain.requests.ImportedRequest.Reply;
import org.servicechain.requests.ImportedRequest.StatusChange;
import org.servicechain.requests.ImportedRequest.Step;
import org.servicechain.requests.ImportedRequest.TaskAccepted;
import org.servicechain.requests.ImportedRequest.TaskCancelled;
import org.servicechain.requests.ImportedRequest.TaskCompleted;
import org.servicechain.requests.ImportedRequest.TaskDeclined;
import org.servicechain.requests.ImportedRequest.TaskHandedOver;
import org.servicechain.requests.ImportedRequest.TaskMessage;
import org.servicechain.requests.RequestAccessPolicy.Caller;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * Brings requests in with their past (REQ-1, REQ-2): from another service desk, or the
 * demo's month of work. Each {@link ImportedRequest} is raised at its own instant,
 * matched to the agreement in force and its due times like a live request, and its steps
 * are replayed through the same lifecycle arrows of {@link ServiceRequest} and
 * {@link ChainTask}, each at the instant it happened, so the history the clocks are
 * derived from is the real one. Input is checked like any command (steps in time order
 * and not in the future, people who may take each step, arrows that exist) and a batch is
 * all or nothing. Administrators and the system only: an import writes in other people's
 * names.
 */
@Service
public class RequestImport {

	private final RequestRecords records;

	private final ChainTasks tasks;

	private final RequestMessages messages;

	private final RequestAccessPolicy policy;

	private final RequestValidation validation;

	private final Catalogue catalogue;

	private final RequestManagement management;

	private final TaskManagement taskManagement;

	private final ImportActors actors;

	private final DueTimes due;

	private final References references;

	private final AuditTrail audit;

	private final EntityManager entityManager;

	private final Clock clock;

	RequestImport(RequestRecords records, ChainTasks tasks, RequestMessages messages, RequestAccessPolicy policy,
			RequestValidation validation, Catalogue catalogue, RequestManagement management,
			TaskManagement taskManagement, ImportActors actors, DueTimes due, References references, AuditTrail audit,
			EntityManager entityManager, Clock clock) {
		this.records = records;
		this.tasks = tasks;
		this.messages = messages;
		this.policy = policy;
		this.validation = validation;
		this.catalogue = catalogue;
		this.management = management;
		this.taskManagement = taskManagement;
		this.actors = actors;
		this.due = due;
		this.references = references;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * Imports one request with its history.
	 * @return its id and reference; never {@literal null}.
	 */
	@Transactional
	public Imported importRequest(ImportedRequest request) {
		return importAll(List.of(request), "").get(0);
	}

	/**
	 * Imports many requests in one transaction: all of them or, when one breaks a rule,
	 * none. Fields in errors are named {@code requests[i].…}.
	 * @return their ids and references, in the order given; never {@literal null}.
	 */
	@Transactional
	public List<Imported> importAll(List<ImportedRequest> requests) {
		return importAll(requests, "requests[");
	}

	private List<Imported> importAll(List<ImportedRequest> requests, String path) {
		Caller caller = this.policy.caller();
		this.policy.requireImport(caller);
		Context context = new Context(caller, this.catalogue.snapshot(), this.actors.directory(), now());
		// Each request is flushed and let go once written, and nothing the batch reads
		// depends on its own rows, so reads need not flush first: a batch of thousands
		// stays linear instead of dirty-checking everything written so far before every
		// read.
		Session session = this.entityManager.unwrap(Session.class);
		FlushMode flushMode = session.getHibernateFlushMode();
		session.setHibernateFlushMode(FlushMode.COMMIT);
		try {
			List<Imported> imported = new ArrayList<>(requests.size());
			for (int i = 0; i < requests.size(); i++) {
				imported.add(replay(requests.get(i), path.isEmpty() ? "" : path + i + "].", context));
			}
			return imported;
		}
		finally {
			session.setHibernateFlushMode(flushMode);
		}
	}

	/**
	 * A request brought in: its id and human reference.
	 */
	public record Imported(UUID id, String reference) {

	}

	/**
	 * What every request of a batch is replayed against, read once.
	 */
	private record Context(Caller caller, Catalogue.Snapshot chain, ImportActors.Directory people, Instant now) {

	}

	private Imported replay(ImportedRequest imported, String path, Context context) {
		checkTimes(imported, path, context.now());
		String raisedBy;
		ServiceRequest.Raising raising;
		try {
			raisedBy = context.people().raiser(imported.raisedBy(), imported.requester(), context.caller());
			raising = this.validation
				.raising(
						new NewRequest(imported.service(), imported.requester(), imported.summary(),
								imported.description(), imported.impact(), imported.urgency(), imported.category(),
								imported.priority(), imported.priorityReason()),
						imported.channel(), context.caller(), context.chain());
		}
		catch (InvalidInputException ex) {
			throw prefixed(ex, path);
		}
		ServiceRequest request = new ServiceRequest(this.references.next(), raising, raisedBy, imported.raisedAt());
		this.management.applyAgreement(request, context.chain(), raisedBy, imported.raisedAt());
		Replay replay = new Replay(request, context);
		for (int i = 0; i < imported.steps().size(); i++) {
			try {
				replay.apply(imported.steps().get(i));
			}
			catch (InvalidInputException ex) {
				throw prefixed(ex, path + "steps[" + i + "].");
			}
		}
		// Rows are inserted in the order they are handed over, at the flush in store: the
		// request first, as its tasks and messages refer to it, and its messages to their
		// tasks.
		this.entityManager.persist(request);
		this.tasks.saveAll(replay.tasks);
		this.messages.saveAll(replay.messages);
		this.records.store(request);
		this.audit.created(RequestManagement.ENTITY, request);
		replay.tasks.forEach((task) -> this.audit.created(TaskManagement.ENTITY, task));
		this.entityManager.detach(request);
		replay.tasks.forEach(this.entityManager::detach);
		replay.messages.forEach(this.entityManager::detach);
		return new Imported(request.getId(), request.reference());
	}

	/**
	 * Raised and every step no later than now, and each step no earlier than the one
	 * before: a history that goes back in time would make every clock derived from it
	 * wrong.
	 */
	private static void checkTimes(ImportedRequest imported, String path, Instant now) {
		List<FieldViolation> violations = new ArrayList<>();
		if (imported.raisedAt().isAfter(now)) {
			violations.add(new FieldViolation(path + "raisedAt", "not-future",
					"a request is imported as it was; " + imported.raisedAt() + " is in the future"));
		}
		Instant previous = imported.raisedAt();
		for (int i = 0; i < imported.steps().size(); i++) {
			Step step = imported.steps().get(i);
			String field = path + "steps[" + i + "].at";
			if (step == null || step.at() == null) {
				violations.add(new FieldViolation(field, "required", "every step says when it happened"));
			}
			else if (step.at().isAfter(now)) {
				violations.add(new FieldViolation(field, "not-future", step.at() + " is in the future"));
			}
			else if (step.at().isBefore(previous)) {
				violations.add(new FieldViolation(field, "in-order", (i == 0
						? "the first step is before the request was raised (" + previous + ")"
						: "steps come in time order; this one is before step " + (i - 1) + " (" + previous + ")")));
			}
			else {
				previous = step.at();
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static InvalidInputException prefixed(InvalidInputException ex, String path) {
		return new InvalidInputException(ex.getViolations()
			.stream()
			.map((violation) -> new FieldViolation(path + violation.field(), violation.rule(), violation.message()))
			.toList());
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	/**
	 * One request's steps, replayed in memory; its tasks and messages are stored once all
	 * steps have passed.
	 */
	private final class Replay {

		private final ServiceRequest request;

		private final Context context;

		private final List<ChainTask> tasks = new ArrayList<>();

		private final List<RequestMessage> messages = new ArrayList<>();

		Replay(ServiceRequest request, Context context) {
			this.request = request;
			this.context = context;
		}

		void apply(Step step) {
			Instant at = step.at();
			if (step instanceof Reply reply) {
				ImportActors.Actor actor = staff(step);
				message(null, Visibility.PUBLIC, RequestMessage.Side.STAFF, actor, reply.body(), at)
					.spent(reply.minutesSpent());
				this.request.messageAdded(RequestEventKind.PUBLIC_REPLY, null, actor.username(), at);
			}
			else if (step instanceof CustomerReply reply) {
				ImportActors.Actor actor = customer(step);
				message(null, Visibility.PUBLIC, RequestMessage.Side.CUSTOMER, actor, reply.body(), at);
				this.request.messageAdded(RequestEventKind.CUSTOMER_REPLY, null, actor.username(), at);
			}
			else if (step instanceof Note note) {
				ImportActors.Actor actor = staff(step);
				message(null, Visibility.INTERNAL, RequestMessage.Side.STAFF, actor, note.body(), at);
				this.request.messageAdded(RequestEventKind.INTERNAL_NOTE, null, actor.username(), at);
			}
			else if (step instanceof Assign assign) {
				ImportActors.Actor actor = staff(step);
				String assignee = RequestValidation.strip(assign.assignee());
				RequestImport.this.actors.checkAssignee(assignee, this.request, this.context.people());
				String why = RequestValidation.strip(assign.reason());
				this.request.assign(assignee, why != null ? why : "Assigned by hand", actor.username(), at);
			}
			else if (step instanceof StatusChange change) {
				status(change);
			}
			else if (step instanceof PriorityChange change) {
				ImportActors.Actor actor = staff(step);
				this.request.changePriority(change.to(), RequestValidation.reason(change.reason()), actor.username(),
						at);
				AgreementInForce agreement = this.context.chain().agreement(this.request.getAgreementId());
				if (agreement != null) {
					DueTimes.Due due = RequestImport.this.due.due(agreement, change.to(), this.request.getOpenedAt());
					this.request.changeDueTimes(due.firstResponse(), due.resolution());
				}
			}
			else if (step instanceof Escalation escalation) {
				escalate(escalation);
			}
			else if (step instanceof TaskHandedOver handedOver) {
				handOver(handedOver);
			}
			else {
				taskStep(step);
			}
		}

		private void status(StatusChange change) {
			Instant at = change.at();
			String why = RequestValidation.reason(change.reason());
			ImportActors.Actor actor = this.context.people().actor(change.by(), this.context.caller());
			RequestStatus from = this.request.getStatus();
			if (actor.customer()) {
				customer(change);
				if (from != RequestStatus.RESOLVED
						|| (change.to() != RequestStatus.CLOSED && change.to() != RequestStatus.OPEN)) {
					throw new RequestRuleException("to", "customer-arrow",
							"a customer confirms a resolution (CLOSED) or reopens a resolved request (OPEN)");
				}
			}
			else {
				staff(change);
			}
			String by = actor.username();
			boolean tasksOpen = this.tasks.stream().anyMatch((task) -> task.getStatus().active());
			switch (change.to()) {
				case OPEN -> {
					if (from == RequestStatus.NEW) {
						this.request.open(why, by, at);
					}
					else if (from == RequestStatus.RESOLVED || from == RequestStatus.CLOSED) {
						this.request.reopen(why, by, at);
					}
					else {
						this.request.resume(why, by, at);
					}
				}
				case WAITING_ON_CUSTOMER -> this.request.waitOnCustomer(why, by, at);
				case WAITING_ON_PARTNER -> this.request.waitOnPartner(why, tasksOpen, by, at);
				case RESOLVED -> this.request.resolve(why, tasksOpen, by, at);
				case CLOSED -> this.request.close(why, by, at);
				case NEW -> throw new RequestRuleException("to", "transition",
						"a request never goes back to new; move it to open or waiting instead");
			}
		}

		/**
		 * The customer's escalation, under the live rule: overdue or urgent at the time,
		 * and not twice within the hour.
		 */
		private void escalate(Escalation escalation) {
			Instant at = escalation.at();
			ImportActors.Actor actor = customer(escalation);
			String why = RequestValidation.reason(escalation.reason());
			boolean overdue = this.request.getNextDueAt() != null && !this.request.getNextDueAt().isAfter(at);
			boolean urgent = this.request.getUrgency() == Level.HIGH || this.request.getPriority() == Priority.P1
					|| this.request.getPriority() == Priority.P2;
			if (!overdue && !urgent) {
				throw new InvalidInputException("reason", "overdue-or-urgent",
						"a request can be escalated when it is overdue or urgent; at " + at + " this one was neither");
			}
			if (this.request.getEscalatedAt() != null
					&& Duration.between(this.request.getEscalatedAt(), at).compareTo(Duration.ofHours(1)) < 0) {
				throw new InvalidInputException("reason", "once-an-hour",
						"this request was escalated less than an hour before");
			}
			this.request.escalate(why, actor.username(), at);
		}

		private void handOver(TaskHandedOver step) {
			Instant at = step.at();
			ImportActors.Actor actor = staff(step);
			if (!this.request.getStatus().active()) {
				throw new RequestRuleException("party", "active", this.request.reference() + " is "
						+ this.request.getStatus().label().toLowerCase(java.util.Locale.ROOT) + " by then");
			}
			ChainTask.Handover handover = RequestImport.this.taskManagement.handover(
					new NewTask(step.party(), step.link(), step.summary(), step.needed(), step.sharePersonalData(),
							step.shareReason(), step.offChainReason()),
					this.request, this.context.chain(), at);
			ChainTask task = new ChainTask(this.request.getId(), this.tasks.size() + 1, handover, actor.username(), at);
			this.tasks.add(task);
			String partyName = this.context.chain().partyName(task.getProviderId());
			this.request.taskEvent(
					RequestEventKind.TASK_HANDED_OVER, task.getId(), task.reference() + " to " + partyName + " ("
							+ this.context.chain().serviceName(task.getServiceId()) + ")",
					task.getSummary(), actor.username(), at);
			if (task.isSharePersonalData()) {
				this.request.taskEvent(RequestEventKind.PERSONAL_DATA_SHARED, task.getId(), partyName,
						task.getShareReason(), actor.username(), at);
			}
		}

		private void taskStep(Step step) {
			Instant at = step.at();
			if (step instanceof TaskAccepted accepted) {
				ChainTask task = task(accepted.task());
				ImportActors.Actor actor = party(step, task);
				task.accept(actor.username(), at);
				if (!actor.named()) {
					// The party accepted; who there took it on is not known.
					task.assign(null);
				}
				this.request.taskEvent(RequestEventKind.TASK_ACCEPTED, task.getId(), null, null, actor.username(), at);
			}
			else if (step instanceof TaskMessage message) {
				ChainTask task = task(message.task());
				ImportActors.Actor actor = message.fromParty() ? party(step, task) : staff(step);
				RequestMessage.Side side = (message.fromParty() && !this.context.chain().internal(task.getProviderId()))
						? RequestMessage.Side.PARTNER : RequestMessage.Side.STAFF;
				message(task, Visibility.TASK, side, actor, message.body(), at);
				task.touched(at);
				this.request.taskEvent(RequestEventKind.TASK_MESSAGE, task.getId(), null, null, actor.username(), at);
			}
			else if (step instanceof TaskCompleted completed) {
				ChainTask task = task(completed.task());
				ImportActors.Actor actor = party(step, task);
				String outcome = RequestValidation.strip(completed.outcome());
				if (outcome == null || outcome.length() > 4000) {
					throw new InvalidInputException("outcome", "size", "say what was done, in 1 to 4000 characters");
				}
				task.complete(outcome, at);
				this.request.taskEvent(RequestEventKind.TASK_COMPLETED, task.getId(), null, outcome, actor.username(),
						at);
			}
			else if (step instanceof TaskDeclined declined) {
				ChainTask task = task(declined.task());
				ImportActors.Actor actor = party(step, task);
				String why = RequestValidation.reason(declined.reason());
				task.decline(why, at);
				this.request.taskEvent(RequestEventKind.TASK_DECLINED, task.getId(), null, why, actor.username(), at);
			}
			else if (step instanceof TaskCancelled cancelled) {
				ChainTask task = task(cancelled.task());
				ImportActors.Actor actor = staff(step);
				String why = RequestValidation.reason(cancelled.reason());
				task.cancel(why, at);
				this.request.taskEvent(RequestEventKind.TASK_CANCELLED, task.getId(), null, why, actor.username(), at);
			}
		}

		private RequestMessage message(@Nullable ChainTask task, Visibility visibility, RequestMessage.Side side,
				ImportActors.Actor actor, String body, Instant at) {
			String text = RequestValidation.body(body, "body");
			if (visibility == Visibility.PUBLIC && this.request.getStatus() == RequestStatus.CLOSED) {
				throw new RequestRuleException("body", "closed-is-final",
						this.request.reference() + " is closed by then; nothing more is written on it");
			}
			String authorName = actor.displayName() != null ? actor.displayName()
					: this.context.chain()
						.partyName(side == RequestMessage.Side.CUSTOMER ? this.request.getRequesterId()
								: task != null ? task.getProviderId() : this.request.getProviderId());
			RequestMessage message = new RequestMessage(this.request, task != null ? task.getId() : null, visibility,
					side, actor.username(), authorName, text, at);
			this.messages.add(message);
			return message;
		}

		private ChainTask task(int number) {
			if (number < 1 || number > this.tasks.size()) {
				throw new InvalidInputException("task", "exists",
						"there is no task " + number + " by then; tasks are numbered 1, 2, … in the order handed over");
			}
			return this.tasks.get(number - 1);
		}

		private ImportActors.Actor staff(Step step) {
			return this.context.people().staff(step.by(), this.request, this.context.caller());
		}

		private ImportActors.Actor customer(Step step) {
			return this.context.people().customer(step.by(), this.request, this.context.caller());
		}

		private ImportActors.Actor party(Step step, ChainTask task) {
			return this.context.people().party(step.by(), task, this.context.caller());
		}

	}

}
