package org.servicechain.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * Review meetings with partners and 1:1s with staff (PM-3; B9 2.5; NOS PC12): series,
 * meetings planned with an agenda drafted from the data, their minutes and decisions, and
 * the actions agreed in them, carried forward until done. Who may do what is decided by
 * {@link ReviewAccessPolicy}; checks of commands live in {@link MeetingValidation}.
 */
@Service
public class MeetingManagement {

	private static final String SERIES = "Meeting series";

	private static final String MEETING = "Meeting";

	private static final String ACTION = "Meeting action";

	private final ReviewAccessPolicy policy;

	private final MeetingSeriesRepository series;

	private final Meetings meetings;

	private final MeetingActions actions;

	private final MeetingComments comments;

	private final MeetingEvidence evidence;

	private final MeetingValidation validation;

	private final AuditTrail audit;

	private final Clock clock;

	MeetingManagement(ReviewAccessPolicy policy, MeetingSeriesRepository series, Meetings meetings,
			MeetingActions actions, MeetingComments comments, MeetingEvidence evidence, MeetingValidation validation,
			AuditTrail audit, Clock clock) {
		this.policy = policy;
		this.series = series;
		this.meetings = meetings;
		this.actions = actions;
		this.comments = comments;
		this.evidence = evidence;
		this.validation = validation;
		this.audit = audit;
		this.clock = clock;
	}

	// Series

	/**
	 * Starts a series: staff start partner reviews; managers and administrators start
	 * 1:1s.
	 */
	@Transactional
	public SeriesView createSeries(NewSeries command) {
		CurrentUser user = this.policy.requireStaff();
		if (command.kind() == MeetingKind.ONE_TO_ONE) {
			this.policy.requireManager();
		}
		String manager = (command.manager() != null && !command.manager().isBlank()) ? command.manager().strip()
				: user.getUsername();
		this.validation.series(command, manager);
		String title = java.util.Objects.requireNonNull(command.title()).strip();
		Cadence cadence = java.util.Objects.requireNonNull(command.cadence());
		MeetingSeries created = (command.kind() == MeetingKind.PARTNER_REVIEW)
				? MeetingSeries.partnerReview(title, cadence, java.util.Objects.requireNonNull(command.partyId()),
						user.displayName(), now())
				: MeetingSeries.oneToOne(title, cadence, java.util.Objects.requireNonNull(command.person()).strip(),
						manager, user.displayName(), now());
		this.series.saveAndFlush(created);
		this.audit.created(SERIES, created);
		return seriesView(created);
	}

	/**
	 * The series the caller may see, by title.
	 */
	@Transactional(readOnly = true)
	public PageResponse<SeriesView> series(int page, int size) {
		CurrentUser user = this.policy.caller();
		List<MeetingSeries> found = user.isStaff() ? this.series.findAllByTitle()
				: (user.hasRole(Role.PARTNER) && user.partyId() != null)
						? this.series.findByPartyIdOrderByTitle(user.partyId()) : List.of();
		List<MeetingSeries> visible = found.stream().filter((one) -> this.policy.canRead(user, one.scope())).toList();
		PageResponse<MeetingSeries> slice = Paging.slice(visible, page, size);
		return new PageResponse<>(slice.items().stream().map(this::seriesView).toList(), slice.page(), slice.size(),
				slice.totalItems(), slice.totalPages());
	}

	/**
	 * The series about one team the caller may see: its own reviews, and the 1:1s of its
	 * members (for the team page).
	 */
	@Transactional(readOnly = true)
	public List<SeriesView> seriesOfTeam(UUID partyId, java.util.Collection<String> members) {
		CurrentUser user = this.policy.caller();
		if (!user.isStaff()) {
			return List.of();
		}
		return this.series.findAllByTitle()
			.stream()
			.filter((one) -> partyId.equals(one.getPartyId())
					|| (one.getPerson() != null && members.contains(one.getPerson())))
			.filter((one) -> this.policy.canRead(user, one.scope()))
			.map(this::seriesView)
			.toList();
	}

	/**
	 * A person's 1:1 series, after the caller's own access check (for evaluation
	 * reports).
	 */
	List<SeriesView> oneToOnesOf(String person) {
		return this.series.findAllByTitle()
			.stream()
			.filter((one) -> one.getKind() == MeetingKind.ONE_TO_ONE && person.equals(one.getPerson()))
			.map(this::seriesView)
			.toList();
	}

	/**
	 * Every held meeting of a series with its record, oldest first, after the caller's
	 * own access check (for evaluation reports).
	 */
	List<MeetingView> heldMeetingsOf(UUID seriesId) {
		return this.meetings.findBySeriesId(seriesId, Paging.of(0, Paging.MAX_SIZE, Sort.by(Sort.Order.asc("heldOn"))))
			.getContent()
			.stream()
			.filter((meeting) -> meeting.getStatus() == MeetingStatus.HELD)
			.map(this::view)
			.toList();
	}

	/**
	 * Changes a series' title and cadence: staff for a partner review, a manager (or the
	 * 1:1's own manager) for 1:1s.
	 * @throws org.servicechain.shared.StaleVersionException when it changed since read
	 */
	@Transactional
	public SeriesView changeSeries(UUID id, long version, @Nullable String title, @Nullable Cadence cadence) {
		MeetingSeries one = manageableSeries(id);
		List<InvalidInputException.FieldViolation> errors = new ArrayList<>();
		String text = (title != null) ? title.strip() : "";
		if (text.isEmpty()) {
			errors.add(new InvalidInputException.FieldViolation("title", "required", "give the series a title"));
		}
		else if (text.length() > 200) {
			errors.add(new InvalidInputException.FieldViolation("title", "max-length", "at most 200 characters"));
		}
		if (cadence == null) {
			errors.add(new InvalidInputException.FieldViolation("cadence", "required", "choose how often it meets"));
		}
		if (one.closed()) {
			errors.add(new InvalidInputException.FieldViolation("series", "closed", "a closed series is not changed"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.audit.checkVersion(SERIES, one, version);
		Map<String, String> before = one.auditSnapshot();
		one.change(text, java.util.Objects.requireNonNull(cadence));
		this.series.saveAndFlush(one);
		this.audit.updated(SERIES, before, one);
		return seriesView(one);
	}

	/**
	 * Closes a series: its meetings, minutes and actions stay readable; no more meetings
	 * are planned in it.
	 */
	@Transactional
	public SeriesView closeSeries(UUID id, long version) {
		MeetingSeries one = manageableSeries(id);
		if (one.closed()) {
			throw new InvalidInputException("series", "closed", "this series is closed already");
		}
		this.audit.checkVersion(SERIES, one, version);
		Map<String, String> before = one.auditSnapshot();
		one.close(today(), this.policy.caller().displayName());
		this.series.saveAndFlush(one);
		this.audit.updated(SERIES, before, one);
		return seriesView(one);
	}

	/**
	 * @return whether the current user may change or close this series (for the page)
	 */
	@Transactional(readOnly = true)
	public boolean canManageSeries(UUID id) {
		try {
			manageableSeries(id);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private MeetingSeries manageableSeries(UUID id) {
		MeetingSeries one = readableSeries(id);
		CurrentUser user = this.policy.requireMeetingEditable(one.scope(), id);
		if (one.getKind() == MeetingKind.ONE_TO_ONE && !user.hasRole(Role.ADMIN, Role.MANAGER)
				&& !user.getUsername().equals(one.getManager())) {
			throw new org.springframework.security.access.AccessDeniedException(
					"A 1:1 series is changed by its manager");
		}
		return one;
	}

	@Transactional(readOnly = true)
	public SeriesView oneSeries(UUID id) {
		return seriesView(readableSeries(id));
	}

	/**
	 * Every action of a series, open ones first, then by due date.
	 */
	@Transactional(readOnly = true)
	public List<ActionView> actionsOf(UUID seriesId) {
		readableSeries(seriesId);
		Map<UUID, LocalDate> heldOn = heldOnByMeeting(seriesId);
		LocalDate today = today();
		return this.actions.findBySeriesIdOrderByDueOnAscCreatedAtAsc(seriesId)
			.stream()
			.sorted(java.util.Comparator.comparing((MeetingAction action) -> action.getStatus() != ActionStatus.OPEN))
			.map((action) -> action.toView(heldOn.getOrDefault(action.getMeetingId(), today), today))
			.toList();
	}

	// Meetings

	/**
	 * Plans the next meeting of a series, with an agenda drafted from the evidence: the
	 * period since the meeting before (or one cadence back), the actions still open.
	 * @param heldOn the day; by default one cadence after the last meeting, or today
	 */
	@Transactional
	public MeetingView plan(UUID seriesId, @Nullable LocalDate heldOn) {
		MeetingSeries one = readableSeries(seriesId);
		this.policy.requireMeetingEditable(one.scope(), seriesId);
		if (one.closed()) {
			throw new InvalidInputException("series", "closed",
					"this series is closed: its history stays, " + "but no more meetings are planned in it");
		}
		LocalDate day = (heldOn != null) ? heldOn : nextDue(one);
		if (ChronoUnit.DAYS.between(today(), day) > 731 || ChronoUnit.DAYS.between(day, today()) > 3660) {
			throw new InvalidInputException("heldOn", "range", "a meeting is held within ten years back or two ahead");
		}
		LocalDate from = this.meetings.findFirstBySeriesIdAndHeldOnBeforeOrderByHeldOnDesc(seriesId, day)
			.map((before) -> before.getHeldOn().plusDays(1))
			.orElse(one.getCadence().before(day).plusDays(1));
		if (from.isBefore(day.minusDays(366))) {
			from = day.minusDays(366);
		}
		LocalDate periodFrom = from;
		List<String> agenda = SystemActor
			.call(() -> this.evidence.draft(one, day, periodFrom, day, openActions(seriesId, day)));
		Meeting meeting = new Meeting(one, day, periodFrom, day,
				MeetingValidation.clip(String.join("\n", agenda), Meeting.MAX_AGENDA), now());
		this.meetings.saveAndFlush(meeting);
		this.audit.created(MEETING, meeting);
		return view(meeting);
	}

	/**
	 * The meetings the caller may see, latest first: every partner review and their own
	 * 1:1s for staff (all 1:1s for managers), their own party's reviews for a partner,
	 * nothing for a customer.
	 */
	@Transactional(readOnly = true)
	public PageResponse<MeetingSummary> meetings(@Nullable UUID seriesId, int page, int size) {
		CurrentUser user = this.policy.caller();
		org.springframework.data.domain.PageRequest request = Paging.of(page, size,
				Sort.by(Sort.Order.desc("heldOn"), Sort.Order.asc("id")));
		Page<Meeting> found;
		if (seriesId != null) {
			readableSeries(seriesId);
			found = this.meetings.findBySeriesId(seriesId, request);
		}
		else if (user.isStaff()) {
			found = this.meetings.findVisibleToStaff(user.getUsername(), user.hasRole(Role.ADMIN, Role.MANAGER),
					request);
		}
		else if (user.hasRole(Role.PARTNER) && user.partyId() != null) {
			found = this.meetings.findPartnerReviewsOf(user.partyId(), request);
		}
		else {
			found = Page.empty(request);
		}
		Map<UUID, String> titles = new HashMap<>();
		List<MeetingSummary> items = found.getContent()
			.stream()
			.map((meeting) -> new MeetingSummary(meeting.getId(), meeting.getVersion(), meeting.getSeriesId(),
					titles.computeIfAbsent(meeting.getSeriesId(),
							(id) -> this.series.findById(id).map(MeetingSeries::getTitle).orElse("")),
					meeting.getKind(), meeting.getPartyId(), this.evidence.partyName(meeting.getPartyId()),
					this.evidence.personName(meeting.getPerson()), meeting.getHeldOn(), meeting.getStatus()))
			.toList();
		return new PageResponse<>(items, found.getNumber(), found.getSize(), found.getTotalElements(),
				found.getTotalPages());
	}

	/**
	 * One meeting with its actions, comments and the evidence as it stands today.
	 * @throws NotFoundException when it does not exist or the caller may not see it
	 */
	@Transactional(readOnly = true)
	public MeetingView meeting(UUID id) {
		return view(readableMeeting(id));
	}

	/**
	 * Records the agenda as edited, the minutes and the decisions; marks the meeting
	 * held.
	 */
	@Transactional
	public MeetingView record(UUID id, long version, @Nullable String agenda, @Nullable String minutes,
			@Nullable String decisions, boolean held) {
		Meeting meeting = readableMeeting(id);
		this.policy.requireMeetingEditable(meeting.scope(), id);
		String a = MeetingValidation.text("agenda", agenda, Meeting.MAX_AGENDA);
		String m = MeetingValidation.text("minutes", minutes, Meeting.MAX_MINUTES);
		String d = MeetingValidation.text("decisions", decisions, Meeting.MAX_DECISIONS);
		if (a.isBlank()) {
			throw new InvalidInputException("agenda", "required",
					"a meeting needs an agenda; redraft it from the data");
		}
		this.audit.checkVersion(MEETING, meeting, version);
		Map<String, String> before = meeting.auditSnapshot();
		meeting.record(a, m, d, held);
		this.meetings.saveAndFlush(meeting);
		this.audit.updated(MEETING, before, meeting);
		return view(meeting);
	}

	/**
	 * Replaces a planned meeting's agenda with a fresh draft from the data.
	 */
	@Transactional
	public MeetingView redraft(UUID id, long version) {
		Meeting meeting = readableMeeting(id);
		this.policy.requireMeetingEditable(meeting.scope(), id);
		MeetingSeries one = this.series.findById(meeting.getSeriesId()).orElseThrow();
		this.audit.checkVersion(MEETING, meeting, version);
		Map<String, String> before = meeting.auditSnapshot();
		List<String> agenda = SystemActor.call(() -> this.evidence.draft(one, meeting.getHeldOn(),
				meeting.getPeriodFrom(), meeting.getPeriodTo(), openActions(one.getId(), meeting.getHeldOn())));
		meeting.redraft(MeetingValidation.clip(String.join("\n", agenda), Meeting.MAX_AGENDA));
		this.meetings.saveAndFlush(meeting);
		this.audit.updated(MEETING, before, meeting);
		return view(meeting);
	}

	// Actions and comments

	/**
	 * Records an action agreed in the meeting (whoever may edit the meeting).
	 */
	@Transactional
	public ActionView addAction(UUID meetingId, NewAction command) {
		Meeting meeting = readableMeeting(meetingId);
		this.policy.requireMeetingEditable(meeting.scope(), meetingId);
		MeetingValidation.action(command, meeting.getKind());
		MeetingAction action = new MeetingAction(meeting,
				java.util.Objects.requireNonNull(command.description()).strip(),
				java.util.Objects.requireNonNull(command.owner()).strip(),
				meeting.getKind() == MeetingKind.PARTNER_REVIEW && Boolean.TRUE.equals(command.partnerOwned()),
				java.util.Objects.requireNonNull(command.dueOn()), now());
		this.actions.saveAndFlush(action);
		this.audit.created(ACTION, action);
		return action.toView(meeting.getHeldOn(), today());
	}

	/**
	 * Updates an action's status and note: staff, and the partner for the actions its
	 * side owns.
	 * @param status the new status; null keeps it
	 */
	@Transactional
	public ActionView updateAction(UUID actionId, long version, @Nullable ActionStatus status, @Nullable String note) {
		MeetingAction action = this.actions.findById(actionId)
			.orElseThrow(() -> new NotFoundException(ACTION, actionId));
		Meeting meeting = this.meetings.findById(action.getMeetingId()).orElseThrow();
		CurrentUser user;
		try {
			user = this.policy.requireActionUpdatable(meeting.scope(), meeting.getId(), action.isPartnerOwned());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException(ACTION, actionId);
		}
		String text = (note != null && !note.isBlank()) ? MeetingValidation.text("note", note, 2000).strip() : null;
		if (status == null && text == null) {
			throw new InvalidInputException("status", "required", "give a new status or a note");
		}
		this.audit.checkVersion(ACTION, action, version);
		Map<String, String> before = action.auditSnapshot();
		action.update((status != null) ? status : action.getStatus(), text, user.displayName(), now(), today());
		this.actions.saveAndFlush(action);
		this.audit.updated(ACTION, before, action);
		return action.toView(meeting.getHeldOn(), today());
	}

	/**
	 * Adds a remark to the minutes: anyone who may read the meeting, the partner
	 * included.
	 */
	@Transactional
	public MeetingView.Comment comment(UUID meetingId, @Nullable String text) {
		Meeting meeting = readableMeeting(meetingId);
		CurrentUser user = this.policy.requireMeetingReadable(meeting.scope(), meetingId);
		String body = MeetingValidation.text("text", text, MeetingComment.MAX_LENGTH).strip();
		if (body.isEmpty()) {
			throw new InvalidInputException("text", "required", "write the comment");
		}
		String side = user.isStaff() ? "Staff"
				: java.util.Objects.requireNonNullElse(this.evidence.partyName(user.partyId()), "Partner");
		MeetingComment comment = new MeetingComment(meetingId, user.displayName(), side, body, now());
		this.comments.saveAndFlush(comment);
		this.audit.created("Meeting comment", comment);
		return comment.toView();
	}

	/**
	 * @return whether the caller may edit the record of this meeting (for pages)
	 */
	@Transactional(readOnly = true)
	public boolean canEdit(UUID meetingId) {
		return this.meetings.findById(meetingId).map((meeting) -> this.policy.canEdit(meeting.scope())).orElse(false);
	}

	// A person's part, for their portfolio

	/**
	 * The held 1:1s a member of staff was the person or the manager of, and the actions
	 * agreed in any meeting that they own (by display name, not a partner's), newest
	 * first; only what the caller may read.
	 * @param limit at most this many of each
	 */
	@Transactional(readOnly = true)
	public List<MeetingPart> partsOf(String username, String displayName, int limit) {
		CurrentUser user = this.policy.requireStaff();
		org.springframework.data.domain.PageRequest first = org.springframework.data.domain.PageRequest.of(0,
				Math.max(1, Math.min(limit, Paging.MAX_SIZE)));
		Map<UUID, String> titles = new HashMap<>();
		List<MeetingPart> parts = new ArrayList<>();
		for (Meeting meeting : this.meetings.findHeldOneToOnesOf(username, first)) {
			if (this.policy.canRead(user, meeting.scope())) {
				parts.add(
						new MeetingPart(meeting.getId(), false, meeting.getKind(), title(titles, meeting.getSeriesId()),
								null, null, meeting.getHeldOn(), meeting.getMinutes(), null));
			}
		}
		for (MeetingAction action : this.actions.findByOwnerNameAndPartnerOwnedFalseOrderByCreatedAtDesc(displayName,
				first)) {
			Meeting meeting = this.meetings.findById(action.getMeetingId()).orElse(null);
			if (meeting == null || !this.policy.canRead(user, meeting.scope())) {
				continue;
			}
			parts.add(new MeetingPart(
					action.getId(), true, meeting.getKind(), title(titles, meeting.getSeriesId()), meeting.getPartyId(),
					this.evidence.partyName(meeting.getPartyId()), meeting.getHeldOn(), (action.getNote() != null)
							? action.getDescription() + " (" + action.getNote() + ")" : action.getDescription(),
					action.getStatus()));
		}
		return parts;
	}

	private String title(Map<UUID, String> titles, UUID seriesId) {
		return titles.computeIfAbsent(seriesId,
				(id) -> this.series.findById(id).map(MeetingSeries::getTitle).orElse(""));
	}

	// Reading

	private MeetingSeries readableSeries(UUID id) {
		MeetingSeries found = this.series.findById(id).orElseThrow(() -> new NotFoundException(SERIES, id));
		CurrentUser user = this.policy.caller();
		if (!this.policy.canRead(user, found.scope())) {
			throw new NotFoundException(SERIES, id);
		}
		return found;
	}

	private Meeting readableMeeting(UUID id) {
		Meeting meeting = this.meetings.findById(id).orElseThrow(() -> new NotFoundException(MEETING, id));
		this.policy.requireMeetingReadable(meeting.scope(), id);
		return meeting;
	}

	private Map<UUID, LocalDate> heldOnByMeeting(UUID seriesId) {
		Map<UUID, LocalDate> heldOn = new HashMap<>();
		this.meetings.findBySeriesIdOrderByHeldOnAsc(seriesId)
			.forEach((meeting) -> heldOn.put(meeting.getId(), meeting.getHeldOn()));
		return heldOn;
	}

	/**
	 * Actions of the series raised before the day and still open on it: open now, or
	 * finished on that day or later.
	 */
	private List<MeetingAction> carried(UUID seriesId, LocalDate day, Map<UUID, LocalDate> heldOn) {
		return this.actions.findBySeriesIdOrderByDueOnAscCreatedAtAsc(seriesId)
			.stream()
			.filter((action) -> heldOn.getOrDefault(action.getMeetingId(), day).isBefore(day))
			.filter((action) -> action.getStatus() == ActionStatus.OPEN
					|| (action.getDoneOn() != null && !action.getDoneOn().isBefore(day)))
			.toList();
	}

	private List<AgendaDraft.OpenAction> openActions(UUID seriesId, LocalDate day) {
		Map<UUID, LocalDate> heldOn = heldOnByMeeting(seriesId);
		return carried(seriesId, day, heldOn).stream()
			.filter((action) -> action.getStatus() == ActionStatus.OPEN)
			.map((action) -> {
				ActionView view = action.toView(heldOn.getOrDefault(action.getMeetingId(), day), day);
				return new AgendaDraft.OpenAction(view.description(), view.ownerName(), view.dueOn(), view.raisedOn());
			})
			.toList();
	}

	private MeetingView view(Meeting meeting) {
		MeetingSeries one = this.series.findById(meeting.getSeriesId()).orElseThrow();
		Map<UUID, LocalDate> heldOn = heldOnByMeeting(one.getId());
		LocalDate today = today();
		List<ActionView> carried = carried(one.getId(), meeting.getHeldOn(), heldOn).stream()
			.map((action) -> action.toView(heldOn.getOrDefault(action.getMeetingId(), today), today))
			.toList();
		List<ActionView> raised = this.actions.findBySeriesIdOrderByDueOnAscCreatedAtAsc(one.getId())
			.stream()
			.filter((action) -> action.getMeetingId().equals(meeting.getId()))
			.map((action) -> action.toView(meeting.getHeldOn(), today))
			.toList();
		List<MeetingView.Comment> remarks = this.comments.findByMeetingIdOrderByCreatedAtAsc(meeting.getId())
			.stream()
			.map(MeetingComment::toView)
			.toList();
		UUID party = meeting.getPartyId();
		MeetingView.ScoreLine score = null;
		List<MeetingView.AgreementLine> agreements = new ArrayList<>();
		if (party != null) {
			score = MeetingEvidence
				.scoreLine(this.evidence.card(party, meeting.getPeriodFrom(), meeting.getPeriodTo()));
			agreements.addAll(this.evidence.agreements(party, one.getCadence().after(meeting.getHeldOn())));
		}
		List<ObjectiveView> objectives = this.evidence.objectivesOf(meeting.getPerson());
		return new MeetingView(meeting.getId(), meeting.getVersion(), one.getId(), one.getTitle(), one.getKind(),
				one.getCadence(), party, this.evidence.partyName(party), this.evidence.personName(one.getPerson()),
				this.evidence.personName(one.getManager()), meeting.getHeldOn(), meeting.getPeriodFrom(),
				meeting.getPeriodTo(), meeting.getStatus(), meeting.getAgenda(), meeting.getMinutes(),
				meeting.getDecisions(), carried, raised, remarks, score, List.copyOf(agreements), objectives);
	}

	private SeriesView seriesView(MeetingSeries one) {
		LocalDate last = this.meetings.findFirstBySeriesIdOrderByHeldOnDesc(one.getId())
			.map(Meeting::getHeldOn)
			.orElse(null);
		return new SeriesView(one.getId(), one.getVersion(), one.getKind(), one.getTitle(), one.getCadence(),
				one.getPartyId(), this.evidence.partyName(one.getPartyId()), this.evidence.personName(one.getPerson()),
				this.evidence.personName(one.getManager()), last, nextDue(one),
				this.actions.countBySeriesIdAndStatus(one.getId(), ActionStatus.OPEN), one.getClosedOn(),
				one.getClosedByName());
	}

	private LocalDate nextDue(MeetingSeries one) {
		return this.meetings.findFirstBySeriesIdOrderByHeldOnDesc(one.getId())
			.map((last) -> one.getCadence().after(last.getHeldOn()))
			.orElse(today());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(Scorecards.ZONE));
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
