package org.servicechain.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.servicechain.complaints.ComplaintQueries;
import org.servicechain.complaints.ComplaintStep;
import org.servicechain.complaints.ComplaintView;
import org.servicechain.complaints.ReferralTarget;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.notify.Audiences.Person;
import org.servicechain.notify.Audiences.Tell;
import org.servicechain.shared.NotFoundException;

/**
 * Who is told of what happens to a complaint (CMP-2, CMP-3), by the same rule as for
 * requests: candidates by their part, then the complaint read <em>as each of them</em>
 * through {@link ComplaintQueries}, so {@code ComplaintAccessPolicy} decides and what
 * they are told comes from their own view.
 * <ul>
 * <li>received: the owner; while nobody owns it, the agents and the members of the team
 * responsible;</li>
 * <li>acknowledged, a resolution proposed (the final response), resolved: the
 * complainant's portal users who may read it (the owner also hears it was resolved);</li>
 * <li>the customer wrote (a reply by mail): the owner; while nobody owns it, as
 * received;</li>
 * <li>a step due soon or breached, a follow-up due: the owner; while nobody owns it, the
 * managers (for complaints with or without a request);</li>
 * <li>referred: the members of the team or the partner's users it was referred to, the
 * manager it was escalated to; referred outside: the customer, with the deadline they
 * must be told of.</li>
 * </ul>
 */
@Component
class ComplaintAudiences {

	static final String RECEIVED = "RECEIVED";

	static final String ACKNOWLEDGED = "ACKNOWLEDGED";

	static final String PROPOSED = "PROPOSED";

	static final String STEP_DUE = "STEP_DUE";

	static final String BREACHED = "BREACHED";

	static final String REFERRED = "REFERRED";

	static final String RESOLVED = "RESOLVED";

	static final String FOLLOW_UP = "FOLLOW_UP";

	static final String CUSTOMER_WROTE = "CUSTOMER_WROTE";

	private final IdentityManagement identity;

	private final ComplaintQueries complaints;

	ComplaintAudiences(IdentityManagement identity, ComplaintQueries complaints) {
		this.identity = identity;
		this.complaints = complaints;
	}

	static Optional<NotifyEvent> eventOf(Happening happening) {
		return Optional.ofNullable(switch (happening.kind()) {
			case RECEIVED -> NotifyEvent.COMPLAINT_RECEIVED;
			case ACKNOWLEDGED -> NotifyEvent.COMPLAINT_ACKNOWLEDGED;
			case PROPOSED -> NotifyEvent.COMPLAINT_RESOLUTION_PROPOSED;
			case STEP_DUE -> NotifyEvent.COMPLAINT_STEP_DUE;
			case BREACHED -> NotifyEvent.COMPLAINT_BREACHED;
			case REFERRED -> NotifyEvent.COMPLAINT_REFERRED;
			case RESOLVED -> NotifyEvent.COMPLAINT_RESOLVED;
			case FOLLOW_UP -> NotifyEvent.COMPLAINT_FOLLOW_UP;
			case CUSTOMER_WROTE -> NotifyEvent.COMPLAINT_CUSTOMER_WROTE;
			default -> null;
		});
	}

	List<Tell> of(Happening happening, NotifyEvent event, List<Person> people) {
		Optional<ComplaintView> seen = read(null, happening.subjectId());
		if (seen.isEmpty()) {
			return List.of();
		}
		ComplaintView complaint = seen.get();
		List<Tell> told = new ArrayList<>();
		switch (event) {
			case COMPLAINT_RECEIVED -> told.addAll(
					tell(happening, event,
							handlers(complaint, people,
									(person) -> person.role() == Role.AGENT || (person.role() == Role.TEAM_MEMBER
											&& complaint.responsiblePartyId() != null
											&& complaint.responsiblePartyId().equals(person.partyId()))),
							(view) -> "New complaint " + view.reference() + " from " + view.complainant() + ": "
									+ view.summary(),
							(view) -> null));
			case COMPLAINT_ACKNOWLEDGED -> told.addAll(tell(happening, event, customers(complaint, people),
					(view) -> "We acknowledged your complaint " + view.reference() + ": " + view.summary(),
					ComplaintView::acknowledgement));
			case COMPLAINT_RESOLUTION_PROPOSED -> told.addAll(tell(happening, event, customers(complaint, people),
					(view) -> "Our response to your complaint " + view.reference() + ": please accept or reject it",
					ComplaintView::remedyDescription));
			case COMPLAINT_RESOLVED -> {
				told.addAll(tell(happening, event, customers(complaint, people),
						(view) -> "Your complaint " + view.reference() + " is resolved: " + view.summary(),
						(view) -> null));
				told.addAll(tell(happening, event, owner(complaint, people),
						(view) -> view.reference() + " was resolved: " + view.summary(), (view) -> null));
			}
			case COMPLAINT_STEP_DUE, COMPLAINT_BREACHED -> {
				String step = stepLabel(happening.detail());
				String what = (event == NotifyEvent.COMPLAINT_STEP_DUE) ? ": " + step + " is due soon"
						: ": " + step + " was not done in time";
				told.addAll(tell(happening, event,
						handlers(complaint, people,
								(person) -> person.role() == Role.MANAGER || person.role() == Role.ADMIN),
						(view) -> view.reference() + what, ComplaintView::summary));
			}
			case COMPLAINT_FOLLOW_UP -> told.addAll(tell(happening, event,
					handlers(complaint, people,
							(person) -> person.role() == Role.MANAGER || person.role() == Role.ADMIN),
					(view) -> view.reference() + ": follow up with the customer today that it stays resolved",
					ComplaintView::summary));
			case COMPLAINT_REFERRED -> told.addAll(referred(happening, event, complaint, people));
			case COMPLAINT_CUSTOMER_WROTE -> told.addAll(
					tell(happening, event,
							handlers(complaint, people,
									(person) -> person.role() == Role.AGENT || (person.role() == Role.TEAM_MEMBER
											&& complaint.responsiblePartyId() != null
											&& complaint.responsiblePartyId().equals(person.partyId()))),
							(view) -> view.reference() + ": the customer wrote about their complaint",
							(view) -> message(view, happening.detail())));
			default -> {
			}
		}
		return told;
	}

	/**
	 * Detail of a referral:
	 * {@code TARGET partyId-or-dash manager-or-dash deadline-or-dash}.
	 */
	private List<Tell> referred(Happening happening, NotifyEvent event, ComplaintView complaint, List<Person> people) {
		String[] detail = (happening.detail() != null) ? happening.detail().split(" ") : new String[0];
		if (detail.length < 4) {
			return List.of();
		}
		ReferralTarget target = ReferralTarget.valueOf(detail[0]);
		@Nullable UUID party = "-".equals(detail[1]) ? null : UUID.fromString(detail[1]);
		String manager = detail[2];
		String deadline = detail[3];
		return switch (target) {
			case TEAM, PARTNER -> tell(happening, event,
					people.stream()
						.filter((person) -> party != null && party.equals(person.partyId())
								&& person.role() == ((target == ReferralTarget.TEAM) ? Role.TEAM_MEMBER : Role.PARTNER))
						.toList(),
					(view) -> "Complaint " + view.reference() + " was referred to you: " + view.summary(),
					(view) -> null);
			case MANAGER -> tell(happening, event,
					people.stream().filter((person) -> person.staff() && person.username().equals(manager)).toList(),
					(view) -> "Complaint " + view.reference() + " was escalated to you: " + view.summary(),
					(view) -> null);
			case OMBUDSMAN -> tell(happening, event, customers(complaint, people),
					(view) -> "Your complaint " + view.reference() + ": you may take it to "
							+ ((view.ombudsmanName() != null) ? view.ombudsmanName() : "the ombudsman") + " until "
							+ deadline,
					(view) -> null);
		};
	}

	/**
	 * @return the text of the message the happening names, as the person reading sees it
	 */
	private static @Nullable String message(ComplaintView view, @Nullable String messageId) {
		return view.messages()
			.stream()
			.filter((message) -> message.id().toString().equals(messageId))
			.findFirst()
			.map((message) -> message.author() + ": " + message.text())
			.orElse(null);
	}

	private static String stepLabel(@Nullable String detail) {
		String name = (detail != null) ? detail.split(" ")[0] : "";
		try {
			return ComplaintStep.valueOf(name).label().toLowerCase(java.util.Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return "a step";
		}
	}

	/**
	 * The owner; while nobody owns the complaint, whoever {@code instead} picks.
	 */
	private static List<Person> handlers(ComplaintView complaint, List<Person> people, Predicate<Person> instead) {
		List<Person> owner = owner(complaint, people);
		return !owner.isEmpty() ? owner
				: people.stream().filter((person) -> person.staff() && instead.test(person)).toList();
	}

	private static List<Person> owner(ComplaintView complaint, List<Person> people) {
		return people.stream()
			.filter((person) -> person.staff() && person.username().equals(complaint.owner()))
			.toList();
	}

	private static List<Person> customers(ComplaintView complaint, List<Person> people) {
		return people.stream()
			.filter((person) -> person.role() == Role.CUSTOMER && complaint.complainantId().equals(person.partyId()))
			.toList();
	}

	private List<Tell> tell(Happening happening, NotifyEvent event, List<Person> candidates,
			Function<ComplaintView, String> title, Function<ComplaintView, @Nullable String> body) {
		List<Tell> told = new ArrayList<>();
		for (Person person : candidates) {
			read(person, happening.subjectId()).ifPresent((view) -> told.add(new Tell(person, event, title.apply(view),
					body.apply(view), (person.staff() ? "/complaints/" : "/portal/complaints/") + view.id())));
		}
		return told;
	}

	/**
	 * The complaint as the person sees it (as the system when {@literal null}); empty
	 * when the access policy does not let them see it.
	 */
	private Optional<ComplaintView> read(@Nullable Person person, UUID id) {
		Supplier<ComplaintView> read = () -> this.complaints.complaint(id);
		if (person == null) {
			return SystemActor.call(() -> orNothing(read));
		}
		return this.identity.callAs(person.username(), () -> orNothing(read)).flatMap(Function.identity());
	}

	private static <T> Optional<T> orNothing(Supplier<T> read) {
		try {
			return Optional.of(read.get());
		}
		catch (NotFoundException | AccessDeniedException ex) {
			return Optional.empty();
		}
	}

}
