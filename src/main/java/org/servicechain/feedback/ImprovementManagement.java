package org.servicechain.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.agreements.AgreementManagement;
import org.servicechain.complaints.ComplaintFilter;
import org.servicechain.complaints.ComplaintQueries;
import org.servicechain.complaints.ComplaintSummary;
import org.servicechain.feedback.FeedbackAccessPolicy.Caller;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;
import org.servicechain.sla.SlaManagement;
import org.servicechain.sla.SlaViews.ClockRecord;

/**
 * Improvement actions (FB-6; B10 2.7, 2.8): started by managers with a SMART target on a
 * metric read from live data; the baseline is measured over the 28 days before the start,
 * the current value over the last 28 days, and the page shows both week by week, so
 * everyone can see whether the action worked.
 */
@Service
public class ImprovementManagement {

	static final String ENTITY = "ImprovementAction";

	static final Duration WINDOW = Duration.ofDays(28);

	private final ImprovementActions actions;

	private final Surveys surveys;

	private final SurveyInvitations invitations;

	private final ThemeTexts texts;

	private final ComplaintQueries complaints;

	private final FeedbackAccessPolicy access;

	private final FeedbackNames names;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final Clock clock;

	private final SlaManagement sla;

	private final AgreementManagement agreements;

	ImprovementManagement(ImprovementActions actions, Surveys surveys, SurveyInvitations invitations, ThemeTexts texts,
			ComplaintQueries complaints, FeedbackAccessPolicy access, FeedbackNames names, IdentityManagement identity,
			AuditTrail audit, Clock clock, SlaManagement sla, AgreementManagement agreements) {
		this.sla = sla;
		this.agreements = agreements;
		this.actions = actions;
		this.surveys = surveys;
		this.invitations = invitations;
		this.texts = texts;
		this.complaints = complaints;
		this.access = access;
		this.names = names;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public ActionView start(ActionDetails details) {
		return start(details, null);
	}

	/**
	 * Starts an action; an administrator may date its start in the past (the demo, an
	 * import), and its baseline is measured before that date.
	 */
	@Transactional
	public ActionView start(ActionDetails details, @Nullable Instant startedAt) {
		Caller caller = this.access.caller();
		this.access.requireManage(caller);
		if (startedAt != null && !caller.user().hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Administrators only start actions in the past");
		}
		details.validate();
		if (!this.identity.existsUser(details.owner())) {
			throw new InvalidInputException("owner", "exists", "No such user");
		}
		if (details.surveyId() != null && details.metric() == ActionMetric.SURVEY_SCORE
				&& !this.surveys.existsById(details.surveyId())) {
			throw new InvalidInputException("surveyId", "exists", "No such survey");
		}
		if (details.metric() == ActionMetric.CLOCK_COMPLIANCE && details.agreementId() != null
				&& !agreementExists(details.agreementId())) {
			throw new InvalidInputException("agreementId", "exists", "No such agreement");
		}
		Instant start = (startedAt != null) ? startedAt : Instant.now(this.clock);
		Data data = data();
		ImprovementAction draft = new ImprovementAction(details, null, start, caller.username());
		ImprovementAction action = new ImprovementAction(details, measure(draft, start.minus(WINDOW), start, data),
				start, caller.username());
		this.actions.save(action);
		this.audit.created(ENTITY, action);
		return view(action, data, this.names.load());
	}

	@Transactional(readOnly = true)
	public List<ActionView> actions() {
		Caller caller = this.access.caller();
		this.access.requireStaff(caller);
		Data data = data();
		FeedbackNames.Names names = this.names.load();
		return this.actions.findAllByOrderByStartedAtDesc()
			.stream()
			.filter((action) -> caller.fullStaff() || action.getOwner().equals(caller.username()))
			.map((action) -> view(action, data, names))
			.toList();
	}

	@Transactional(readOnly = true)
	public ActionView action(UUID id) {
		return view(readable(id), data(), this.names.load());
	}

	/**
	 * The owner or a manager moves the action on: done or abandoned, or open again.
	 */
	@Transactional
	public ActionView changeStatus(UUID id, long version, ActionStatus status) {
		Caller caller = this.access.caller();
		ImprovementAction action = readable(id);
		if (!caller.manager() && !action.getOwner().equals(caller.username())) {
			throw new AccessDeniedException("The owner or a manager changes an action's status");
		}
		if (status == null) {
			throw new InvalidInputException("status", "required", "Choose the status");
		}
		this.audit.checkVersion(ENTITY, action, version);
		Map<String, String> before = action.auditSnapshot();
		action.changeStatus(status);
		this.actions.saveAndFlush(action);
		this.audit.updated(ENTITY, before, action);
		return view(action, data(), this.names.load());
	}

	/**
	 * The improvement actions owned by the given people (a party's), for scorecards
	 * (PM-2): staff, or the system after the reviews module's own policy. An action
	 * counts when it started before the end of the period; open and overdue are as it
	 * stands today, since an action keeps no dated history of its status.
	 * @param end the first instant after the period
	 * @param endDay the last day of the period: an open action whose deadline is before
	 * it is overdue
	 */
	@Transactional(readOnly = true)
	public PartyFeedback ownedBy(java.util.Collection<String> owners, Instant end, java.time.LocalDate endDay) {
		Caller caller = this.access.caller();
		this.access.requireStaff(caller);
		if (owners.isEmpty()) {
			return new PartyFeedback(null, 0, 0, 0, 0);
		}
		List<ImprovementAction> owned = this.actions.findAllByOrderByStartedAtDesc()
			.stream()
			.filter((action) -> owners.contains(action.getOwner()))
			.filter((action) -> action.getStartedAt().isBefore(end))
			.filter((action) -> action.getStatus() != ActionStatus.ABANDONED)
			.toList();
		List<ImprovementAction> open = owned.stream()
			.filter((action) -> action.getStatus() == ActionStatus.OPEN)
			.toList();
		int overdue = (int) open.stream().filter((action) -> action.getDeadline().isBefore(endDay)).count();
		return new PartyFeedback(null, 0, owned.size(), open.size(), overdue);
	}

	private ImprovementAction readable(UUID id) {
		Caller caller = this.access.caller();
		return this.actions.findById(id)
			.filter((action) -> caller.fullStaff() || (caller.staff() && action.getOwner().equals(caller.username())))
			.orElseThrow(() -> FeedbackAccessPolicy.notFound(ENTITY, id));
	}

	// Measuring

	/**
	 * What the metrics are read from, loaded once per view.
	 */
	record Data(Map<UUID, Survey> surveys, List<SurveyInvitation> answers, List<ComplaintSummary> complaints,
			List<ThemeFinder.Text> texts, FeedbackNames.Names names, Function<UUID, List<ClockRecord>> clocks) {

		String serviceName(@Nullable UUID serviceId) {
			return this.names.of(serviceId);
		}

	}

	private Data data() {
		// An agreement's clocks are read once per view, over the longest span a view
		// measures (a baseline window before the oldest action's start, to now).
		Instant now = Instant.now(this.clock);
		Instant since = this.actions.findAllByOrderByStartedAtDesc()
			.stream()
			.map(ImprovementAction::getStartedAt)
			.min(Instant::compareTo)
			.orElse(now)
			.minus(WINDOW)
			.minus(Duration.ofDays(7));
		Map<UUID, List<ClockRecord>> clocks = new java.util.HashMap<>();
		return new Data(this.surveys.findAll().stream().collect(Collectors.toMap(Survey::getId, Function.identity())),
				this.invitations.findByAnsweredAtIsNotNullOrderByAnsweredAtDesc(),
				this.complaints.export(ComplaintFilter.none()), this.texts.all(), this.names.load(),
				(agreementId) -> clocks.computeIfAbsent(agreementId,
						(id) -> this.sla.clockRecordsOf(id, since, now.plusSeconds(1))));
	}

	private boolean agreementExists(UUID agreementId) {
		try {
			this.agreements.agreement(agreementId);
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	static @Nullable Double measure(ImprovementAction action, Instant from, Instant to, Data data) {
		return switch (action.getMetric()) {
			case SURVEY_SCORE -> {
				Survey survey = data.surveys().get(action.getSurveyId());
				if (survey == null) {
					yield null;
				}
				yield SurveyScoring.score(survey.getKind(),
						data.answers()
							.stream()
							.filter((answer) -> answer.getSurveyId().equals(survey.getId()))
							.filter((answer) -> within(answer.getAnsweredAt(), from, to))
							.map(SurveyInvitation::getScore)
							.toList());
			}
			case COMPLAINT_COUNT -> (double) data.complaints()
				.stream()
				.filter((complaint) -> within(complaint.receivedAt(), from, to))
				.filter((complaint) -> action.getServiceId() != null && complaint.serviceName() != null)
				.filter((complaint) -> complaint.serviceName().equals(data.serviceName(action.getServiceId())))
				.count();
			case THEME_MENTIONS -> (double) data.texts()
				.stream()
				.filter((text) -> within(text.at(), from, to))
				.filter((text) -> mentions(text.text(), action.getTheme()))
				.count();
			case CLOCK_COMPLIANCE -> (action.getAgreementId() == null) ? null
					: compliance(data.clocks().apply(action.getAgreementId()), from, to);
		};
	}

	/**
	 * The percentage of customer clocks (first response, resolution) that started in the
	 * window and were met, of those met or breached; {@literal null} when none finished.
	 * A breached clock still running counts as breached; one running within its target is
	 * not counted yet.
	 */
	static @Nullable Double compliance(List<ClockRecord> clocks, Instant from, Instant to) {
		int met = 0;
		int breached = 0;
		for (ClockRecord clock : clocks) {
			if (!within(clock.startedAt(), from, to) || (clock.kind() != org.servicechain.sla.ClockKind.FIRST_RESPONSE
					&& clock.kind() != org.servicechain.sla.ClockKind.RESOLUTION)) {
				continue;
			}
			if ("met".equals(clock.state())) {
				met++;
			}
			else if ("breached".equals(clock.state())) {
				breached++;
			}
		}
		return (met + breached == 0) ? null : Math.round(1000.0 * met / (met + breached)) / 10.0;
	}

	static boolean mentions(String text, @Nullable String theme) {
		if (theme == null || theme.isBlank()) {
			return false;
		}
		List<String> words = Sentiment.tokens(text);
		for (String word : Sentiment.tokens(theme)) {
			String stem = (word.length() > 4) ? word.substring(0, word.length() - 1) : word;
			if (words.stream().noneMatch((candidate) -> candidate.startsWith(stem))) {
				return false;
			}
		}
		return true;
	}

	private static boolean within(@Nullable Instant at, Instant from, Instant to) {
		return at != null && !at.isBefore(from) && at.isBefore(to);
	}

	static boolean lowerIsBetter(ImprovementAction action, Data data) {
		if (action.getMetric() == ActionMetric.CLOCK_COMPLIANCE) {
			return false;
		}
		if (action.getMetric() != ActionMetric.SURVEY_SCORE) {
			return true;
		}
		Survey survey = data.surveys().get(action.getSurveyId());
		return survey != null && !survey.getKind().higherIsBetter();
	}

	private ActionView view(ImprovementAction action, Data data, FeedbackNames.Names names) {
		Instant now = Instant.now(this.clock);
		Instant from = action.getStartedAt().isAfter(now.minus(WINDOW)) ? action.getStartedAt() : now.minus(WINDOW);
		Double current = measure(action, from, now, data);
		boolean lower = lowerIsBetter(action, data);
		Double baseline = action.getBaseline();
		boolean improved = current != null && baseline != null && (lower ? current < baseline : current > baseline);
		boolean achieved = current != null && (lower ? current <= action.getTarget() : current >= action.getTarget());
		List<ScoreBoard.Row> weeks = new ArrayList<>();
		Instant week = FeedbackAnalysis.monday(action.getStartedAt().minus(WINDOW))
			.atStartOfDay(java.time.ZoneOffset.UTC)
			.toInstant();
		for (; week.isBefore(now); week = week.plus(Duration.ofDays(7))) {
			Instant end = week.plus(Duration.ofDays(7));
			weeks
				.add(new ScoreBoard.Row(FeedbackAnalysis.monday(week).toString(), measure(action, week, end, data), 0));
		}
		return new ActionView(action.getId(), action.getVersion(), action.getTitle(), action.getOwner(),
				names.person(action.getOwner()), action.getMetric(), measure(action, data, names), baseline, current,
				action.getTarget(), action.getDeadline(), action.getStatus(), action.getStartedAt(), lower, improved,
				achieved, action.getAlertId(), action.getLinks(), weeks);
	}

	private String measure(ImprovementAction action, Data data, FeedbackNames.Names names) {
		return switch (action.getMetric()) {
			case SURVEY_SCORE -> {
				Survey survey = data.surveys().get(action.getSurveyId());
				yield (survey == null) ? "A removed survey"
						: survey.getKind().name() + " of “" + survey.getName() + "”";
			}
			case COMPLAINT_COUNT -> "Complaints about " + names.of(action.getServiceId());
			case THEME_MENTIONS -> "Mentions of “" + String.valueOf(action.getTheme()).toLowerCase(Locale.ROOT) + "”";
			case CLOCK_COMPLIANCE -> "Clocks met under " + agreementName(action.getAgreementId());
		};
	}

	private String agreementName(@Nullable UUID agreementId) {
		if (agreementId == null) {
			return "no agreement";
		}
		try {
			var agreement = this.agreements.agreement(agreementId);
			return agreement.reference() + " “" + agreement.title() + "”";
		}
		catch (NotFoundException ex) {
			return "a removed agreement";
		}
	}

}
