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
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.PartnerStatus;
import org.servicechain.chain.PartyView;
import org.servicechain.chain.RelationshipEntryView;
import org.servicechain.chain.RelationshipKind;
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
import org.servicechain.feedback.SurveyManagement;
import org.servicechain.feedback.SurveyResponseView;
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
import org.servicechain.reviews.ActionStatus;
import org.servicechain.reviews.MeetingKind;
import org.servicechain.reviews.MeetingManagement;
import org.servicechain.reviews.MeetingPart;

/**
 * Finds a practitioner's own records in the other modules, through their facades and as
 * the system (the portfolio's access policy has decided before): the requests assigned to
 * them and the chain tasks they handed over, the agreements they own or negotiated, the
 * complaints they own, the feedback they recorded, their decisions on repeated feedback
 * and their improvement actions, the entries they wrote in partners' relationship logs,
 * their 1:1s and the meeting actions they own, and the survey answers customers gave
 * about requests they handled (feedback asked for; the practitioner says in the
 * annotation how they acted on it). Each becomes a {@link Suggestion} with the criteria
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

	private final ChainManagement chain;

	private final MeetingManagement meetings;

	private final SurveyManagement surveys;

	RecordFinder(RequestQueries requests, TaskManagement tasks, AgreementManagement agreements,
			ComplaintQueries complaints, FeedbackManagement feedback, ImprovementManagement improvement,
			ChainManagement chain, MeetingManagement meetings, SurveyManagement surveys) {
		this.chain = chain;
		this.meetings = meetings;
		this.surveys = surveys;
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
			relationshipLog(person, found);
			meetings(person, found);
			surveyAnswers(person, found);
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
							case RELATIONSHIP_ENTRY -> relationshipLog(person, found);
							case ONE_TO_ONE, MEETING_ACTION -> meetings(person, found);
							case SURVEY_ANSWER -> surveyAnswers(person, found);
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

	private void relationshipLog(UserView person, List<Suggestion> found) {
		java.util.Map<UUID, Optional<PartyView>> parties = new java.util.HashMap<>();
		for (RelationshipEntryView entry : this.chain.relationshipLogBy(person.username(), LIMIT)) {
			Optional<PartyView> party = parties.computeIfAbsent(entry.partyId(), this::party);
			Set<Fact> facts = EnumSet.noneOf(Fact.class);
			if (entry.kind() == RelationshipKind.COOPERATIVE) {
				facts.add(Fact.COOPERATIVE);
			}
			if (entry.kind() == RelationshipKind.UNCOOPERATIVE) {
				facts.add(Fact.UNCOOPERATIVE);
			}
			PartnerStatus status = party.map(PartyView::partnerStatus).orElse(null);
			if (status == PartnerStatus.NEW) {
				facts.add(Fact.NEW_SUPPLIER);
			}
			else if (status != null) {
				facts.add(Fact.REGULAR_SUPPLIER);
			}
			if (party.map(PartyView::internal).orElse(false)) {
				facts.add(Fact.INTERNAL_PARTNER);
			}
			String partyName = party.map(PartyView::name).orElse("a partner");
			found.add(suggestion(EvidenceSource.RELATIONSHIP_ENTRY, entry.id(), entry.kind().label(),
					partyName + ": " + abbreviate(entry.summary()),
					entry.occurredOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), null, null, facts));
		}
	}

	private Optional<PartyView> party(UUID id) {
		try {
			return Optional.of(this.chain.party(id));
		}
		catch (org.servicechain.shared.NotFoundException ex) {
			return Optional.empty();
		}
	}

	private void meetings(UserView person, List<Suggestion> found) {
		for (MeetingPart part : this.meetings.partsOf(person.username(), person.displayName(), LIMIT)) {
			java.time.Instant on = part.on().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
			if (!part.action()) {
				found.add(suggestion(EvidenceSource.ONE_TO_ONE, part.id(), "1:1",
						part.seriesTitle() + (part.text().isBlank() ? "" : ": " + abbreviate(part.text())), on, null,
						null, EnumSet.noneOf(Fact.class)));
				continue;
			}
			Set<Fact> facts = EnumSet
				.of((part.kind() == MeetingKind.ONE_TO_ONE) ? Fact.ONE_TO_ONE : Fact.PARTNER_REVIEW);
			if (part.actionStatus() == ActionStatus.DONE) {
				facts.add(Fact.COMPLETED);
			}
			String status = (part.actionStatus() != null) ? part.actionStatus().label() : "";
			found.add(suggestion(EvidenceSource.MEETING_ACTION, part.id(), "Action",
					abbreviate(part.text()) + " (" + part.seriesTitle() + ", " + status + ")", on, null, null, facts));
		}
	}

	private void surveyAnswers(UserView person, List<Suggestion> found) {
		RequestFilter mine = new RequestFilter(null, null, null, null, null, null, null, null, null, person.username(),
				null, null, "-opened");
		java.util.Map<UUID, RequestSummary> handled = new java.util.LinkedHashMap<>();
		this.requests.list(mine, 0, LIMIT).items().forEach((request) -> handled.put(request.id(), request));
		for (SurveyResponseView answer : this.surveys.answersAbout(handled.keySet())) {
			RequestSummary request = handled.get(answer.requestId());
			if (request == null || answer.answeredAt() == null) {
				continue;
			}
			Set<Fact> facts = EnumSet.of(request.requesterInternal() ? Fact.INTERNAL_CUSTOMER : Fact.EXTERNAL_CUSTOMER);
			String said = ((answer.score() != null) ? "score " + answer.scoreText() : "no score")
					+ ((answer.comment() != null && !answer.comment().isBlank()) ? ": " + abbreviate(answer.comment())
							: "");
			found.add(suggestion(EvidenceSource.SURVEY_ANSWER, answer.id(), request.reference(),
					answer.surveyName() + " on " + request.reference() + ", " + said, answer.answeredAt(),
					request.requesterId(), request.requesterInternal(), facts));
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
					case SURVEY_ANSWER -> this.surveys.response(sourceId).ifPresent((answer) -> {
						identity.add(answer.customerName());
						RequestView request = this.requests.request(answer.requestId());
						identity.add(request.requesterName());
						identity.add(request.raisedByName());
					});
					default -> {
						// agreements, decisions, actions, relationship logs and meetings
						// name partners and colleagues, not customers
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
