package org.servicechain.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.servicechain.agreements.AgreementKind;
import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementView;
import org.servicechain.complaints.ComplaintFilter;
import org.servicechain.complaints.ComplaintQueries;
import org.servicechain.complaints.ComplaintSummary;
import org.servicechain.complaints.ComplaintView;
import org.servicechain.feedback.ActionMetric;
import org.servicechain.feedback.ActionView;
import org.servicechain.feedback.DecisionView;
import org.servicechain.feedback.FeedbackKind;
import org.servicechain.feedback.FeedbackManagement;
import org.servicechain.feedback.FeedbackView;
import org.servicechain.feedback.ImprovementManagement;
import org.servicechain.identity.SystemActor;
import org.servicechain.identity.UserView;
import org.servicechain.portfolio.SuggestionPolicy.Fact;
import org.servicechain.requests.RequestFilter;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestSummary;
import org.servicechain.requests.RequestView;
import org.servicechain.requests.TaskManagement;
import org.servicechain.requests.TaskStatus;
import org.servicechain.requests.TaskView;

/**
 * Finds a practitioner's own records in the other modules, through their facades and as
 * the system (the portfolio's access policy has decided before): the requests assigned to
 * them and the chain tasks they handed over, the agreements they own or negotiated, the
 * complaints they own, the feedback they recorded, their decisions on repeated feedback
 * and their improvement actions. Each becomes a {@link Suggestion} with the criteria
 * {@link SuggestionPolicy} maps it to. It also reads who a record's customer is, so the
 * export can redact their name.
 */
@Component
class RecordFinder {

	/** The newest records of each kind looked at, to keep the page fast. */
	static final int LIMIT = 100;

	private final RequestQueries requests;

	private final TaskManagement tasks;

	private final AgreementManagement agreements;

	private final ComplaintQueries complaints;

	private final FeedbackManagement feedback;

	private final ImprovementManagement improvement;

	RecordFinder(RequestQueries requests, TaskManagement tasks, AgreementManagement agreements,
			ComplaintQueries complaints, FeedbackManagement feedback, ImprovementManagement improvement) {
		this.requests = requests;
		this.tasks = tasks;
		this.agreements = agreements;
		this.complaints = complaints;
		this.feedback = feedback;
		this.improvement = improvement;
	}

	/**
	 * @return the person's records, newest first
	 */
	List<Suggestion> recordsOf(UserView person) {
		return SystemActor.call(() -> {
			List<Suggestion> found = new ArrayList<>();
			requestsAndTasks(person, found);
			agreements(person, found);
			complaints(person, found);
			feedback(person, found);
			actions(person, found);
			found.sort(Comparator.comparing(Suggestion::occurredAt).reversed());
			return found;
		});
	}

	private void requestsAndTasks(UserView person, List<Suggestion> found) {
		RequestFilter mine = new RequestFilter(null, null, null, null, null, null, null, null, null, person.username(),
				null, null, "-opened");
		for (RequestSummary request : this.requests.list(mine, 0, LIMIT).items()) {
			Set<Fact> facts = EnumSet.of(request.requesterInternal() ? Fact.INTERNAL_CUSTOMER : Fact.EXTERNAL_CUSTOMER);
			found.add(suggestion(EvidenceSource.REQUEST, request.id(), request.reference(), request.summary(),
					request.openedAt(), request.requesterId(), request.requesterInternal(), facts));
		}
		for (RequestSummary request : this.requests.list(mine, 0, 30).items()) {
			RequestView view = this.requests.request(request.id());
			for (TaskView task : view.tasks()) {
				if (handedOverBy(person, task)) {
					found.add(task(task, view));
				}
			}
		}
	}

	/** The view names who handed a task over by display name. */
	private static boolean handedOverBy(UserView person, TaskView task) {
		return person.username().equals(task.handedOverBy()) || person.displayName().equals(task.handedOverBy());
	}

	private static Suggestion task(TaskView task, RequestView view) {
		Set<Fact> facts = EnumSet.noneOf(Fact.class);
		if (task.status() == TaskStatus.DECLINED) {
			facts.add(Fact.DECLINED);
		}
		if (task.status() == TaskStatus.COMPLETED) {
			facts.add(Fact.COMPLETED);
		}
		return suggestion(EvidenceSource.CHAIN_TASK, task.id(), task.reference(),
				task.summary() + " (" + task.partyName() + ", " + task.status().label() + ")", task.handedOverAt(),
				view.requesterId(), view.requesterInternal(), facts);
	}

	/**
	 * One record, if it is the person's own work: what adding evidence checks, without
	 * reading every record of theirs again.
	 */
	Optional<Suggestion> ownRecord(UserView person, EvidenceSource kind, UUID id) {
		return SystemActor.call(() -> {
			try {
				return switch (kind) {
					case REQUEST -> {
						RequestView request = this.requests.request(id);
						yield person.username().equals(request.assignee())
								? Optional
									.of(suggestion(EvidenceSource.REQUEST, request.id(), request.reference(),
											request.summary(), request.openedAt(), request.requesterId(),
											request.requesterInternal(), EnumSet.of(request.requesterInternal()
													? Fact.INTERNAL_CUSTOMER : Fact.EXTERNAL_CUSTOMER)))
								: Optional.empty();
					}
					case CHAIN_TASK -> {
						TaskView task = this.tasks.task(id);
						yield handedOverBy(person, task)
								? Optional.of(task(task, this.requests.request(task.requestId()))) : Optional.empty();
					}
					default -> {
						List<Suggestion> found = new ArrayList<>();
						switch (kind) {
							case AGREEMENT -> agreements(person, found);
							case COMPLAINT -> complaint(person, this.complaints.complaint(id), found);
							case FEEDBACK, THEME_DECISION -> feedback(person, found);
							default -> actions(person, found);
						}
						yield found.stream().filter((s) -> same(s, kind, id)).findFirst();
					}
				};
			}
			catch (org.servicechain.shared.NotFoundException ex) {
				return Optional.<Suggestion>empty();
			}
		});
	}

	private void agreements(UserView person, List<Suggestion> found) {
		for (AgreementView agreement : this.agreements.agreements(null)) {
			boolean negotiated = person.username().equals(agreement.owner()) || agreement.versions()
				.stream()
				.anyMatch((v) -> person.username().equals(v.author()) || person.displayName().equals(v.author()));
			if (!negotiated) {
				continue;
			}
			Set<Fact> facts = EnumSet.noneOf(Fact.class);
			if (agreement.kind() == AgreementKind.OLA) {
				facts.add(Fact.INTERNAL_CUSTOMER);
			}
			if (agreement.terms().conflictRule() != null) {
				facts.add(Fact.CONFLICT_RULE);
			}
			if (hasText(agreement.terms().benefitsToUs())) {
				facts.add(Fact.BENEFITS_US);
			}
			if (hasText(agreement.terms().benefitsToPartner())) {
				facts.add(Fact.BENEFITS_PARTNER);
			}
			if (!agreement.terms().providerRights().isEmpty() || !agreement.terms().consumerRights().isEmpty()) {
				facts.add(Fact.RIGHTS_AND_RESPONSIBILITIES);
			}
			UUID counterpart = (agreement.kind() == AgreementKind.UNDERPINNING_CONTRACT) ? agreement.providerId()
					: agreement.consumerId();
			found.add(suggestion(EvidenceSource.AGREEMENT, agreement.id(), agreement.reference(),
					agreement.title() + " (" + agreement.kind().label() + ", " + agreement.status() + ")",
					agreement.createdAt(), counterpart, agreement.kind() == AgreementKind.OLA, facts));
		}
	}

	private void complaints(UserView person, List<Suggestion> found) {
		for (ComplaintSummary summary : this.complaints.register(ComplaintFilter.none(), 0, LIMIT).items()) {
			complaint(person, this.complaints.complaint(summary.id()), found);
		}
	}

	private void complaint(UserView person, ComplaintView complaint, List<Suggestion> found) {
		boolean handled = person.username().equals(complaint.owner()) || complaint.history()
			.stream()
			.anyMatch((event) -> person.username().equals(event.actor()) || person.displayName().equals(event.actor()));
		if (!handled) {
			return;
		}
		Set<Fact> facts = EnumSet.noneOf(Fact.class);
		if (!complaint.referrals().isEmpty()) {
			facts.add(Fact.REFERRED);
		}
		if (complaint.internal()) {
			facts.add(Fact.INTERNAL_CUSTOMER);
		}
		found.add(suggestion(EvidenceSource.COMPLAINT, complaint.id(), complaint.reference(), complaint.summary(),
				complaint.receivedAt(), complaint.complainantId(), complaint.internal(), facts));
	}

	private void feedback(UserView person, List<Suggestion> found) {
		for (FeedbackView comment : this.feedback.comments(null, 0, LIMIT).items()) {
			if (!person.displayName().equals(comment.recordedByName())) {
				continue;
			}
			Set<Fact> facts = (comment.kind() == FeedbackKind.SUGGESTION) ? EnumSet.of(Fact.SUGGESTION)
					: EnumSet.noneOf(Fact.class);
			found.add(suggestion(EvidenceSource.FEEDBACK, comment.id(), comment.kind().label(),
					abbreviate(comment.text()), comment.recordedAt(), comment.customerId(), null, facts));
		}
		for (DecisionView decision : this.feedback.decisions()) {
			if (!person.displayName().equals(decision.decidedByName())) {
				continue;
			}
			found.add(suggestion(EvidenceSource.THEME_DECISION, decision.id(), "Theme: " + decision.theme(),
					decision.decision() + ": " + abbreviate(decision.reason()), decision.decidedAt(), null, null,
					EnumSet.noneOf(Fact.class)));
		}
	}

	private void actions(UserView person, List<Suggestion> found) {
		for (ActionView action : this.improvement.actions()) {
			if (!person.username().equals(action.owner())) {
				continue;
			}
			Set<Fact> facts = (action.metric() == ActionMetric.SURVEY_SCORE) ? EnumSet.of(Fact.SURVEY_METRIC)
					: EnumSet.noneOf(Fact.class);
			found.add(suggestion(EvidenceSource.IMPROVEMENT_ACTION, action.id(), "Action", action.title(),
					action.startedAt(), null, null, facts));
		}
	}

	/**
	 * @return the names, e-mail addresses and phone numbers of the customer of a record,
	 * for redacting them from what the assessor receives; empty when it has none
	 */
	Set<String> customerIdentity(EvidenceSource kind, UUID sourceId) {
		return SystemActor.call(() -> {
			Set<String> identity = new LinkedHashSet<>();
			try {
				switch (kind) {
					case REQUEST -> {
						RequestView request = this.requests.request(sourceId);
						identity.add(request.requesterName());
						identity.add(request.raisedByName());
					}
					case CHAIN_TASK -> {
						TaskView task = this.tasks.task(sourceId);
						identity.add(task.customerName());
						identity.addAll(task.customerContacts());
						RequestView request = this.requests.request(task.requestId());
						identity.add(request.requesterName());
						identity.add(request.raisedByName());
					}
					case COMPLAINT -> {
						ComplaintView complaint = this.complaints.complaint(sourceId);
						identity.add(complaint.complainant());
						identity.add(complaint.contactName());
						identity.add(complaint.contactEmail());
						identity.add(complaint.contactPhone());
					}
					case FEEDBACK -> identity.add(this.feedback.comment(sourceId).customerName());
					default -> {
						// agreements, decisions and actions name partners and colleagues,
						// not customers
					}
				}
			}
			catch (RuntimeException ex) {
				// The record may have been erased meanwhile: nothing to redact then.
			}
			identity.removeIf((value) -> value == null || value.isBlank());
			return identity;
		});
	}

	private static Suggestion suggestion(EvidenceSource kind, UUID id, String reference, String title,
			java.time.Instant at, @Nullable UUID customer, @Nullable Boolean internal, Set<Fact> facts) {
		return new Suggestion(kind, id, reference, title, at, customer, internal,
				SuggestionPolicy.criteriaFor(kind, facts), false);
	}

	private static boolean hasText(@Nullable String text) {
		return text != null && !text.isBlank();
	}

	private static String abbreviate(String text) {
		return (text.length() <= 140) ? text : text.substring(0, 139) + "…";
	}

	static boolean same(Suggestion suggestion, EvidenceSource kind, UUID id) {
		return suggestion.kind() == kind && Objects.equals(suggestion.sourceId(), id);
	}

}
