package org.servicechain.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementNegotiated;
import org.servicechain.agreements.AgreementView;
import org.servicechain.agreements.Side;
import org.servicechain.feedback.AlertView;
import org.servicechain.feedback.FeedbackManagement;
import org.servicechain.feedback.RelationshipSurveys;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.identity.UserView;
import org.servicechain.requests.MessageView;
import org.servicechain.requests.RequestEventKind;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestView;
import org.servicechain.requests.TaskManagement;
import org.servicechain.requests.TaskView;
import org.servicechain.shared.NotFoundException;
import org.servicechain.sla.ClockAlert;

/**
 * Who is told of a happening, and what each is told. Candidates are chosen by their part
 * in it (the requester's people, the request's holder or its desk, the party a task went
 * to, an agreement's parties and owner); then each candidate's own view of the subject is
 * read <em>as that person</em> through the owning module's facade, so its access policy
 * decides: a person who may not see a request, task or agreement is not told of it, and
 * what they are told comes from what they may see (a customer never reads an internal
 * note or another party's name). Whoever caused the happening is not told of it.
 */
@Component
class Audiences {

	private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9][A-Za-z0-9._-]{0,99})");

	private final IdentityManagement identity;

	private final RequestQueries requests;

	private final TaskManagement tasks;

	private final AgreementManagement agreements;

	private final ComplaintAudiences complaints;

	private final FeedbackManagement feedback;

	Audiences(IdentityManagement identity, RequestQueries requests, TaskManagement tasks,
			AgreementManagement agreements, ComplaintAudiences complaints, FeedbackManagement feedback) {
		this.complaints = complaints;
		this.identity = identity;
		this.requests = requests;
		this.tasks = tasks;
		this.agreements = agreements;
		this.feedback = feedback;
	}

	/**
	 * One person to tell, and what.
	 */
	record Tell(Person person, NotifyEvent event, String title, @Nullable String body, String link) {

	}

	/**
	 * A person as notify needs them.
	 */
	record Person(String username, String displayName, @Nullable String email, Role role, @Nullable UUID partyId) {

		boolean staff() {
			return this.role.isStaff();
		}

	}

	/**
	 * @return the event a happening is, if people are told of it at all.
	 */
	static Optional<NotifyEvent> eventOf(Happening happening) {
		if (Happening.COMPLAINT.equals(happening.source())) {
			return ComplaintAudiences.eventOf(happening);
		}
		if (Happening.CLOCK.equals(happening.source())) {
			return Optional.of(switch (ClockAlert.Kind.valueOf(happening.kind())) {
				case WARNING -> NotifyEvent.CLOCK_WARNING;
				case BREACH -> NotifyEvent.CLOCK_BREACH;
				case ESCALATION -> NotifyEvent.ESCALATION_STEP;
				case RISK -> NotifyEvent.UPSTREAM_RISK;
			});
		}
		if (Happening.FEEDBACK.equals(happening.source())) {
			return Optional.of(NotifyEvent.valueOf(happening.kind()));
		}
		if (Happening.AGREEMENT.equals(happening.source())) {
			return Optional.of(switch (AgreementNegotiated.Step.valueOf(happening.kind())) {
				case PROPOSED -> NotifyEvent.AGREEMENT_PROPOSED;
				case COUNTERED -> NotifyEvent.AGREEMENT_COUNTERED;
				case ACCEPTED, AGREED -> NotifyEvent.AGREEMENT_ACCEPTED;
				case REVIEW_DUE -> NotifyEvent.AGREEMENT_REVIEW_DUE;
			});
		}
		return Optional.ofNullable(switch (RequestEventKind.valueOf(happening.kind())) {
			case OPENED -> NotifyEvent.REQUEST_RECEIVED;
			case PUBLIC_REPLY -> NotifyEvent.REQUEST_REPLY;
			case CUSTOMER_REPLY -> NotifyEvent.CUSTOMER_REPLY;
			case INTERNAL_NOTE -> NotifyEvent.MENTIONED;
			case ASSIGNED -> NotifyEvent.REQUEST_ASSIGNED;
			case STATUS_CHANGED -> NotifyEvent.REQUEST_RESOLVED;
			case ESCALATED -> NotifyEvent.REQUEST_ESCALATED;
			case TASK_HANDED_OVER -> NotifyEvent.TASK_HANDED_OVER;
			case TASK_COMPLETED -> NotifyEvent.TASK_COMPLETED;
			case TASK_DECLINED, TASK_QUERIED -> NotifyEvent.TASK_RETURNED;
			default -> null;
		});
	}

	/**
	 * @return everyone who may be told of anything: the enabled users, read as the system
	 */
	List<Person> people() {
		return SystemActor.call(this.identity::users)
			.stream()
			.filter(UserView::enabled)
			.map((user) -> new Person(user.username(), user.displayName(), user.email(), user.role(), user.partyId()))
			.toList();
	}

	/**
	 * @param everyone who may be told, as {@link #people()} read them, asked for only
	 * when the happening tells anybody (a run of happenings reads them once)
	 */
	List<Tell> of(Happening happening, Supplier<List<Person>> everyone) {
		Optional<NotifyEvent> event = eventOf(happening);
		if (event.isEmpty()) {
			return List.of();
		}
		List<Person> people = everyone.get();
		List<Tell> told = switch (happening.source()) {
			case Happening.AGREEMENT -> aboutAgreement(happening, event.get(), people);
			case Happening.CLOCK -> aboutClock(happening, event.get(), people);
			case Happening.COMPLAINT -> this.complaints.of(happening, event.get(), people);
			case Happening.FEEDBACK -> aboutFeedback(happening, event.get(), people);
			default -> aboutRequest(happening, event.get(), people);
		};
		// One tell per person, never the person who caused it; except that a customer
		// who raised a request is told it was received (their acknowledgement).
		Map<String, Tell> once = new LinkedHashMap<>();
		told.stream()
			.filter((tell) -> !tell.person().username().equals(happening.actor())
					|| (tell.event() == NotifyEvent.REQUEST_RECEIVED && !tell.person().staff()))
			.forEach((tell) -> once.putIfAbsent(tell.person().username(), tell));
		return List.copyOf(once.values());
	}

	// Requests

	private List<Tell> aboutRequest(Happening happening, NotifyEvent event, List<Person> people) {
		Optional<RequestView> seen = asSystem(() -> this.requests.request(happening.subjectId()));
		if (seen.isEmpty()) {
			return List.of();
		}
		RequestView request = seen.get();
		List<Tell> told = new ArrayList<>();
		switch (event) {
			case REQUEST_RECEIVED -> {
				told.addAll(toCustomers(happening, event, request, people,
						(view) -> "We received your request " + view.reference() + ": " + view.summary(),
						(view) -> null));
				told.addAll(toDesk(happening, event, request, people, (view) -> "New request " + view.reference()
						+ " from " + view.requesterName() + ": " + view.summary(), (view) -> null));
			}
			case REQUEST_REPLY -> told.addAll(toCustomers(happening, event, request, people,
					(view) -> "Reply on " + view.reference() + ": " + view.summary(),
					(view) -> message(view, happening, false)));
			case REQUEST_RESOLVED -> told.addAll(toCustomers(happening, event, request, people,
					(view) -> view.reference() + " was resolved: " + view.summary(), (view) -> null));
			case CUSTOMER_REPLY -> told.addAll(toDesk(happening, event, request, people,
					(view) -> view.requesterName() + " replied on " + view.reference() + ": " + view.summary(),
					(view) -> message(view, happening, false)));
			case REQUEST_ESCALATED -> {
				List<Person> managers = people.stream()
					.filter((person) -> person.role() == Role.MANAGER || person.role() == Role.ADMIN)
					.toList();
				Function<RequestView, String> title = (view) -> view.requesterName() + " escalated " + view.reference()
						+ ": " + view.summary();
				told.addAll(toDesk(happening, event, request, people, title, (view) -> happening.detail()));
				told.addAll(toStaff(happening, event, managers, title, (view) -> happening.detail()));
			}
			case REQUEST_ASSIGNED -> {
				List<Person> assignee = people.stream()
					.filter((person) -> person.username().equals(happening.detail()) && person.staff())
					.toList();
				told.addAll(toStaff(happening, event, assignee,
						(view) -> view.reference() + " was assigned to you: " + view.summary(), (view) -> null));
			}
			case MENTIONED -> {
				Optional<MessageView> note = request.messages()
					.stream()
					.filter((message) -> message.internal() && message.createdAt().equals(happening.occurredAt()))
					.findFirst();
				Set<String> mentioned = note.map((message) -> mentions(message.body())).orElse(Set.of());
				List<Person> named = people.stream()
					.filter((person) -> person.staff() && mentioned.contains(person.username()))
					.toList();
				told.addAll(toStaff(happening, event, named,
						(view) -> "You were mentioned on " + view.reference() + ": " + view.summary(),
						(view) -> message(view, happening, true)));
			}
			case TASK_HANDED_OVER -> {
				if (happening.taskId() != null) {
					told.addAll(toTaskParty(happening, event, happening.taskId(), people));
				}
			}
			case TASK_COMPLETED, TASK_RETURNED -> told.addAll(toDesk(happening, event, request, people,
					(view) -> taskTitle(view, happening, event), (view) -> happening.detail()));
			default -> {
			}
		}
		return told;
	}

	private List<Tell> toCustomers(Happening happening, NotifyEvent event, RequestView request, List<Person> people,
			Function<RequestView, String> title, Function<RequestView, @Nullable String> body) {
		List<Tell> told = new ArrayList<>();
		for (Person person : people) {
			if (person.role() != Role.CUSTOMER || !request.requesterId().equals(person.partyId())) {
				continue;
			}
			readRequestAs(person, happening.subjectId()).ifPresent((view) -> told
				.add(new Tell(person, event, title.apply(view), body.apply(view), "/portal/requests/" + view.id())));
		}
		return told;
	}

	/**
	 * The request's holder; while nobody holds it, the agents and the members of the team
	 * that delivers it.
	 */
	private List<Tell> toDesk(Happening happening, NotifyEvent event, RequestView request, List<Person> people,
			Function<RequestView, String> title, Function<RequestView, @Nullable String> body) {
		Predicate<Person> desk = (request.assignee() != null) ? (person) -> person.username().equals(request.assignee())
				: (person) -> person.role() == Role.AGENT
						|| (person.role() == Role.TEAM_MEMBER && request.teamId().equals(person.partyId()));
		return toStaff(happening, event, people.stream().filter(desk).toList(), title, body);
	}

	private List<Tell> toStaff(Happening happening, NotifyEvent event, List<Person> candidates,
			Function<RequestView, String> title, Function<RequestView, @Nullable String> body) {
		List<Tell> told = new ArrayList<>();
		for (Person person : candidates) {
			if (!person.staff()) {
				continue;
			}
			readRequestAs(person, happening.subjectId()).ifPresent((view) -> told
				.add(new Tell(person, event, title.apply(view), body.apply(view), "/requests/" + view.id())));
		}
		return told;
	}

	private List<Tell> toTaskParty(Happening happening, NotifyEvent event, UUID taskId, List<Person> people) {
		List<Tell> told = new ArrayList<>();
		for (Person person : people) {
			if ((person.role() != Role.PARTNER && person.role() != Role.TEAM_MEMBER) || person.partyId() == null) {
				continue;
			}
			Optional<TaskView> task = asPerson(person, () -> this.tasks.task(taskId));
			task.filter((view) -> view.partyId().equals(person.partyId()))
				.ifPresent((view) -> told.add(new Tell(person, event,
						"New task " + view.requestReference() + "/" + view.reference() + ": " + view.summary(),
						view.needed(), ((person.role() == Role.PARTNER) ? "/portal/tasks/" : "/tasks/") + view.id())));
		}
		return told;
	}

	private static String taskTitle(RequestView view, Happening happening, NotifyEvent event) {
		String task = view.tasks()
			.stream()
			.filter((candidate) -> candidate.id().equals(happening.taskId()))
			.map((candidate) -> view.reference() + "/" + candidate.reference() + " (" + candidate.partyName() + ")")
			.findFirst()
			.orElse(view.reference());
		String what = switch (RequestEventKind.valueOf(happening.kind())) {
			case TASK_COMPLETED -> " came back completed";
			case TASK_DECLINED -> " was declined";
			default -> ": the party has a question";
		};
		return task + what + ": " + view.summary();
	}

	private static @Nullable String message(RequestView view, Happening happening, boolean internal) {
		return view.messages()
			.stream()
			.filter((message) -> message.internal() == internal && message.createdAt().equals(happening.occurredAt()))
			.map(MessageView::body)
			.findFirst()
			.orElse(null);
	}

	static Set<String> mentions(String text) {
		Set<String> names = new java.util.HashSet<>();
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
		}
		return names;
	}

	private Optional<RequestView> readRequestAs(Person person, UUID requestId) {
		return asPerson(person, () -> this.requests.request(requestId));
	}

	// Clocks

	/**
	 * The staff the SLA sweep named (the request's agent, the agreement's owner, an
	 * escalation step's contact), each if they may read the request.
	 */
	private List<Tell> aboutClock(Happening happening, NotifyEvent event, List<Person> people) {
		Set<String> named = Set.of((happening.detail() != null) ? happening.detail().split(" ") : new String[0]);
		String message = (happening.title() != null) ? happening.title() : happening.reference();
		return toStaff(happening, event, people.stream().filter((person) -> named.contains(person.username())).toList(),
				(view) -> message, (view) -> view.summary());
	}

	// Feedback

	/**
	 * Feedback names whom it tells: for a survey, the customer's people (who answer it in
	 * the portal), or for a relationship survey the partner user or team member asked (in
	 * the portal or the app); for a theme alert, the responsible party's people and the
	 * managers.
	 */
	private List<Tell> aboutFeedback(Happening happening, NotifyEvent event, List<Person> people) {
		Set<String> named = Set.of((happening.detail() != null) ? happening.detail().split(" ") : new String[0]);
		List<Tell> told = new ArrayList<>();
		for (Person person : people) {
			// Every manager hears of a theme alert, named or not: the alert names only
			// as many people as its record holds, and with many managers some would be
			// left out.
			boolean addressed = named.contains(person.username())
					|| (event == NotifyEvent.THEME_ALERT && person.role() == Role.MANAGER);
			if (!addressed) {
				continue;
			}
			if (event == NotifyEvent.SURVEY_INVITED && person.role() == Role.CUSTOMER) {
				told.add(new Tell(person, event, "How did we do on " + happening.reference() + "?", happening.title(),
						"/portal/feedback/surveys/" + happening.subjectId()));
			}
			else if (event == NotifyEvent.SURVEY_INVITED
					&& (person.role() == Role.PARTNER || person.role() == Role.TEAM_MEMBER)) {
				// Only relationship surveys name partner users and team members: they
				// rate
				// us as a party of the chain, and answer signed in.
				told.add(new Tell(person, event, "How are we doing as your partner?", happening.title(),
						RelationshipSurveys.link(person.role(), happening.subjectId())));
			}
			else if (event == NotifyEvent.THEME_ALERT) {
				// What was said comes with the alert, read as the person it is sent to.
				Optional<AlertView> alert = asPerson(person, () -> this.feedback.alert(happening.subjectId()));
				told.add(new Tell(person, event, "Feedback: " + happening.title(),
						alert.map((seen) -> "What was said:\n- " + String.join("\n- ", seen.examples())).orElse(null),
						person.staff() ? "/feedback/alerts/" + happening.subjectId() : "/portal/feedback"));
			}
		}
		return told;
	}

	// Agreements

	private List<Tell> aboutAgreement(Happening happening, NotifyEvent event, List<Person> people) {
		Optional<AgreementView> seen = asSystem(() -> this.agreements.agreement(happening.subjectId()));
		if (seen.isEmpty()) {
			return List.of();
		}
		AgreementView agreement = seen.get();
		String[] detail = (happening.detail() != null) ? happening.detail().split(" ", 2) : new String[] { "-", "" };
		@Nullable Side actingSide = "-".equals(detail[0]) ? null : Side.valueOf(detail[0]);
		String owner = (detail.length > 1) ? detail[1] : "";
		List<Tell> told = new ArrayList<>();
		for (Person person : people) {
			boolean candidate;
			if (person.staff()) {
				candidate = person.username().equals(owner);
			}
			else if (event == NotifyEvent.AGREEMENT_REVIEW_DUE || person.partyId() == null) {
				candidate = false;
			}
			else if (event == NotifyEvent.AGREEMENT_ACCEPTED || actingSide == null) {
				candidate = person.partyId().equals(agreement.providerId())
						|| person.partyId().equals(agreement.consumerId());
			}
			else {
				// A proposal or counter-proposal is for the other side to answer.
				candidate = person.partyId()
					.equals(actingSide.other() == Side.PROVIDER ? agreement.providerId() : agreement.consumerId());
			}
			if (!candidate) {
				continue;
			}
			asPerson(person, () -> this.agreements.agreement(happening.subjectId()))
				.ifPresent((view) -> told.add(new Tell(person, event, agreementTitle(view, event), null,
						(person.staff() ? "/agreements/" : "/portal/agreements/") + view.id())));
		}
		return told;
	}

	private static String agreementTitle(AgreementView view, NotifyEvent event) {
		String what = switch (event) {
			case AGREEMENT_PROPOSED -> " was proposed (version " + view.currentNumber() + ")";
			case AGREEMENT_COUNTERED -> ": version " + view.currentNumber() + " was put forward";
			case AGREEMENT_ACCEPTED -> " was accepted";
			default -> " is due for review on " + view.reviewOn();
		};
		return view.reference() + " " + view.title() + what;
	}

	// Reading as someone

	private <T> Optional<T> asPerson(Person person, java.util.function.Supplier<T> read) {
		return this.identity.callAs(person.username(), () -> orNothing(read)).flatMap(Function.identity());
	}

	private static <T> Optional<T> asSystem(java.util.function.Supplier<T> read) {
		return SystemActor.call(() -> orNothing(read));
	}

	private static <T> Optional<T> orNothing(java.util.function.Supplier<T> read) {
		try {
			return Optional.of(read.get());
		}
		catch (NotFoundException | AccessDeniedException ex) {
			return Optional.empty();
		}
	}

}
