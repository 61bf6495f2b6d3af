package org.servicechain.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.PartyView;
import org.servicechain.chain.ServiceView;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.StaffMember;
import org.servicechain.identity.SystemActor;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * SMART objectives for people, teams and partners (PM-1; B9 3.4), their progress computed
 * from live data each time they are shown, here and in 1:1s.
 */
@Service
public class ObjectiveManagement {

	private static final String ENTITY = "Objective";

	private final ReviewAccessPolicy policy;

	private final Objectives objectives;

	private final ObjectiveMetrics metrics;

	private final ChainManagement chain;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final Clock clock;

	ObjectiveManagement(ReviewAccessPolicy policy, Objectives objectives, ObjectiveMetrics metrics,
			ChainManagement chain, IdentityManagement identity, AuditTrail audit, Clock clock) {
		this.policy = policy;
		this.objectives = objectives;
		this.metrics = metrics;
		this.chain = chain;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Sets an objective (managers and administrators).
	 * @throws InvalidInputException naming every field that is missing or wrong
	 */
	@Transactional
	public ObjectiveView create(NewObjective command) {
		CurrentUser user = this.policy.requireManager();
		SystemActor.call(() -> {
			validate(command);
			return null;
		});
		Objective objective = new Objective(command, user.displayName(), Instant.now(this.clock));
		this.objectives.saveAndFlush(objective);
		this.audit.created(ENTITY, objective);
		return SystemActor.call(() -> toView(objective, names()));
	}

	/**
	 * The objectives the caller may see, soonest deadline first, optionally of one person
	 * or one party.
	 */
	@Transactional(readOnly = true)
	public PageResponse<ObjectiveView> objectives(@Nullable String person, @Nullable UUID partyId, int page, int size) {
		CurrentUser user = this.policy.caller();
		if (!user.isStaff()) {
			throw new org.springframework.security.access.AccessDeniedException("Objectives are for staff");
		}
		List<Objective> found = (person != null) ? this.objectives.findByPersonOrderByDeadlineAsc(person)
				: (partyId != null) ? this.objectives.findByPartyIdOrderByDeadlineAsc(partyId)
						: this.objectives.findAllByOrderByDeadlineAsc();
		List<Objective> visible = found.stream()
			.filter((objective) -> this.policy.canReadObjective(user, objective.getPerson()))
			.toList();
		PageResponse<Objective> slice = Paging.slice(visible, page, size);
		Names names = SystemActor.call(this::names);
		List<ObjectiveView> views = SystemActor
			.call(() -> slice.items().stream().map((objective) -> toView(objective, names)).toList());
		return new PageResponse<>(views, slice.page(), slice.size(), slice.totalItems(), slice.totalPages());
	}

	@Transactional(readOnly = true)
	public ObjectiveView objective(UUID id) {
		CurrentUser user = this.policy.caller();
		Objective objective = this.objectives.findById(id)
			.filter((found) -> this.policy.canReadObjective(user, found.getPerson()))
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
		return SystemActor.call(() -> toView(objective, names()));
	}

	/**
	 * Changes an open objective's target and deadline (managers and administrators).
	 * @throws InvalidInputException naming the field that is wrong
	 * @throws org.servicechain.shared.StaleVersionException when it changed since read
	 */
	@Transactional
	public ObjectiveView change(UUID id, long version, @Nullable Double target, @Nullable LocalDate deadline) {
		this.policy.requireManager();
		Objective objective = managed(id);
		List<FieldViolation> errors = new ArrayList<>();
		checkNumber(errors, "target", target, objective.getMetric());
		if (deadline == null) {
			errors.add(new FieldViolation("deadline", "required", "a SMART objective has a deadline"));
		}
		else if (!deadline.isAfter(objective.getStartsOn())) {
			errors.add(new FieldViolation("deadline", "after-start", "the deadline must come after the start"));
		}
		if (objective.closed()) {
			errors.add(new FieldViolation("objective", "closed", "a closed objective is not changed"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.audit.checkVersion(ENTITY, objective, version);
		Map<String, String> before = objective.auditSnapshot();
		objective.change(java.util.Objects.requireNonNull(target), java.util.Objects.requireNonNull(deadline));
		this.objectives.saveAndFlush(objective);
		this.audit.updated(ENTITY, before, objective);
		return SystemActor.call(() -> toView(objective, names()));
	}

	/**
	 * Closes an objective as achieved or not, with a note saying why (managers and
	 * administrators).
	 */
	@Transactional
	public ObjectiveView close(UUID id, long version, @Nullable ObjectiveOutcome outcome, @Nullable String note) {
		CurrentUser user = this.policy.requireManager();
		Objective objective = managed(id);
		List<FieldViolation> errors = new ArrayList<>();
		if (outcome == null) {
			errors.add(new FieldViolation("outcome", "required", "say whether it was achieved"));
		}
		String text = (note != null) ? note.strip() : "";
		if (text.isEmpty()) {
			errors.add(new FieldViolation("note", "required", "say what the judgement rests on"));
		}
		else if (text.length() > 2000) {
			errors.add(new FieldViolation("note", "max-length", "at most 2,000 characters"));
		}
		if (objective.closed()) {
			errors.add(new FieldViolation("objective", "closed", "this objective is closed already"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.audit.checkVersion(ENTITY, objective, version);
		Map<String, String> before = objective.auditSnapshot();
		objective.close(java.util.Objects.requireNonNull(outcome), text,
				LocalDate.now(this.clock.withZone(Scorecards.ZONE)), user.displayName());
		this.objectives.saveAndFlush(objective);
		this.audit.updated(ENTITY, before, objective);
		return SystemActor.call(() -> toView(objective, names()));
	}

	private Objective managed(UUID id) {
		CurrentUser user = this.policy.caller();
		return this.objectives.findById(id)
			.filter((found) -> this.policy.canReadObjective(user, found.getPerson()))
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/**
	 * A person's objectives for their 1:1, after the meeting's own access check.
	 */
	List<ObjectiveView> ofPerson(String person) {
		List<Objective> found = this.objectives.findByPersonOrderByDeadlineAsc(person);
		if (found.isEmpty()) {
			return List.of();
		}
		return SystemActor.call(() -> {
			Names names = names();
			return found.stream().map((objective) -> toView(objective, names)).toList();
		});
	}

	/**
	 * @return the staff who may be given objectives or 1:1s, by display name
	 */
	public List<StaffMember> people() {
		this.policy.requireStaff();
		return SystemActor.call(() -> this.identity.staffDirectory().stream().filter(StaffMember::enabled).toList());
	}

	// Views

	private record Names(Map<String, String> people, Map<UUID, String> parties, Map<UUID, String> services) {

	}

	private Names names() {
		return new Names(
				this.identity.staffDirectory()
					.stream()
					.collect(Collectors.toMap(StaffMember::username, StaffMember::displayName, (a, b) -> a)),
				this.chain.allParties().stream().collect(Collectors.toMap(PartyView::id, PartyView::name)),
				this.chain.services().stream().collect(Collectors.toMap(ServiceView::id, ServiceView::name)));
	}

	private ObjectiveView toView(Objective objective, Names names) {
		LocalDate today = LocalDate.now(this.clock.withZone(Scorecards.ZONE));
		ObjectiveProgress progress = ObjectiveProgress.of(objective.getBaseline(), objective.getTarget(),
				objective.getMetric().higherIsBetter(), this.metrics.current(objective, today), objective.getStartsOn(),
				objective.getDeadline(), today);
		String subjectName = (objective.getPerson() != null)
				? names.people().getOrDefault(objective.getPerson(), objective.getPerson())
				: names.parties().getOrDefault(objective.getPartyId(), "(removed)");
		UUID service = objective.getServiceId();
		return new ObjectiveView(objective.getId(), objective.getVersion(), objective.getSubject(), subjectName,
				objective.getPartyId(), objective.getSpecific(), objective.getMetric(), objective.getBaseline(),
				objective.getTarget(), objective.getStartsOn(), objective.getDeadline(), service,
				(service != null) ? names.services().get(service) : null, objective.getAchievableBy(), progress,
				objective.getOutcome(), objective.getOutcomeNote(), objective.getClosedOn(),
				objective.getClosedByName());
	}

	// Validation

	private void validate(NewObjective command) {
		List<FieldViolation> errors = new ArrayList<>();
		ObjectiveSubject subject = command.subject();
		if (subject == null) {
			errors.add(new FieldViolation("subject", "required", "say whose objective this is"));
		}
		else if (subject == ObjectiveSubject.PERSON) {
			String person = command.person();
			if (person == null || person.isBlank()) {
				errors.add(new FieldViolation("person", "required", "say whose objective this is"));
			}
			else if (this.identity.staffDirectory().stream().noneMatch((member) -> member.username().equals(person))) {
				errors.add(new FieldViolation("person", "staff", "objectives are set for members of staff"));
			}
		}
		else {
			UUID partyId = command.partyId();
			PartyView party = (partyId != null) ? this.chain.allParties()
				.stream()
				.collect(Collectors.toMap(PartyView::id, Function.identity()))
				.get(partyId) : null;
			if (party == null) {
				errors.add(new FieldViolation("partyId", "required", "say which team or partner"));
			}
			else if (subject == ObjectiveSubject.TEAM && party.kind() != PartyKind.INTERNAL_TEAM) {
				errors.add(new FieldViolation("partyId", "team", "choose an internal team"));
			}
			else if (subject == ObjectiveSubject.PARTNER
					&& (party.kind() == PartyKind.INTERNAL_TEAM || party.kind() == PartyKind.CUSTOMER)) {
				errors.add(new FieldViolation("partyId", "partner", "choose a supplier or partner"));
			}
		}
		String specific = command.specific();
		if (specific == null || specific.isBlank()) {
			errors.add(new FieldViolation("specific", "required", "say specifically what is to be achieved"));
		}
		else if (specific.strip().length() > 1000) {
			errors.add(new FieldViolation("specific", "max-length", "at most 1,000 characters"));
		}
		ObjectiveMetric metric = command.metric();
		if (metric == null) {
			errors.add(new FieldViolation("metric", "required", "choose the live figure that measures it"));
		}
		else if (subject != null && metric.forPerson() != (subject == ObjectiveSubject.PERSON)) {
			errors.add(new FieldViolation("metric", "subject",
					metric.forPerson() ? "this figure measures a person, not a team or partner"
							: "this figure measures a team or partner"));
		}
		checkNumber(errors, "baseline", command.baseline(), metric);
		checkNumber(errors, "target", command.target(), metric);
		if (command.startsOn() == null) {
			errors.add(new FieldViolation("startsOn", "required", "say when the objective starts"));
		}
		if (command.deadline() == null) {
			errors.add(new FieldViolation("deadline", "required", "a SMART objective has a deadline"));
		}
		else if (command.startsOn() != null && !command.deadline().isAfter(command.startsOn())) {
			errors.add(new FieldViolation("deadline", "after-start", "the deadline must come after the start"));
		}
		if (command.serviceId() != null
				&& this.chain.services().stream().noneMatch((service) -> service.id().equals(command.serviceId()))) {
			errors.add(new FieldViolation("serviceId", "exists", "no such service"));
		}
		String achievableBy = command.achievableBy();
		if (achievableBy == null || achievableBy.isBlank()) {
			errors
				.add(new FieldViolation("achievableBy", "required", "say whose judgement makes the target achievable"));
		}
		else if (achievableBy.strip().length() > 200) {
			errors.add(new FieldViolation("achievableBy", "max-length", "at most 200 characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private static void checkNumber(List<FieldViolation> errors, String field, @Nullable Double value,
			@Nullable ObjectiveMetric metric) {
		if (value == null) {
			errors.add(new FieldViolation(field, "required", "give a number"));
		}
		else if (value.isNaN() || value.isInfinite() || value < 0) {
			errors.add(new FieldViolation(field, "min", "must be a number of 0 or more"));
		}
		else if ((metric == ObjectiveMetric.SCORECARD_COMPLIANCE || metric == ObjectiveMetric.SCORECARD_SCORE)
				&& value > 100) {
			errors.add(new FieldViolation(field, "max", "a percentage or score is at most 100"));
		}
	}

}
