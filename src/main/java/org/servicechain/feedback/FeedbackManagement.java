package org.servicechain.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.feedback.FeedbackAccessPolicy.Caller;
import org.servicechain.identity.Role;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * Spontaneous feedback (FB-2), decisions on themes (FB-5) and theme alerts (FB-4):
 * capture a comment, compliment or suggestion in a few seconds; list what the caller may
 * see; decide on a theme; acknowledge an alert. Analysis is in {@link FeedbackAnalysis},
 * surveys in {@link SurveyManagement}.
 */
@Service
public class FeedbackManagement {

	static final String ENTITY = "Feedback";

	private final FeedbackComments comments;

	private final ThemeDecisions decisions;

	private final ThemeAlerts alerts;

	private final FeedbackAccessPolicy access;

	private final FeedbackNames names;

	private final AuditTrail audit;

	private final Clock clock;

	FeedbackManagement(FeedbackComments comments, ThemeDecisions decisions, ThemeAlerts alerts,
			FeedbackAccessPolicy access, FeedbackNames names, AuditTrail audit, Clock clock) {
		this.comments = comments;
		this.decisions = decisions;
		this.alerts = alerts;
		this.access = access;
		this.names = names;
		this.audit = audit;
		this.clock = clock;
	}

	// Spontaneous feedback

	/**
	 * Captures feedback. A customer's goes in through the portal, for their own party.
	 */
	@Transactional
	public FeedbackView capture(NewFeedback details) {
		return capture(details, null);
	}

	/**
	 * Captures feedback given in the past, for the demo and for imports: administrators
	 * only.
	 */
	@Transactional
	public FeedbackView capture(NewFeedback details, @Nullable Instant at) {
		Caller caller = this.access.caller();
		if (at != null && !caller.user().hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Administrators only record feedback for the past");
		}
		NewFeedback checked = details;
		if (caller.customer()) {
			checked = new NewFeedback(details.kind(), FeedbackChannel.PORTAL,
					(details.customerId() != null) ? details.customerId() : caller.partyId(), details.serviceId(), null,
					details.text());
		}
		checked.validate();
		this.access.requireCapture(caller, checked.customerId());
		FeedbackNames.Names names = this.names.load();
		checkKnown("customerId", checked.customerId(), names);
		checkKnown("serviceId", checked.serviceId(), names);
		checkKnown("partyId", checked.partyId(), names);
		FeedbackComment comment = new FeedbackComment(checked, Sentiment.english().read(checked.text()).comparative(),
				caller.username(), (at != null) ? at : Instant.now(this.clock));
		this.comments.save(comment);
		this.audit.created(ENTITY, comment);
		return view(comment, names, caller);
	}

	private static void checkKnown(String field, @Nullable UUID id, FeedbackNames.Names names) {
		if (id != null && !names.names().containsKey(id)) {
			throw new InvalidInputException(field, "exists",
					"No such " + (field.equals("serviceId") ? "service" : "party"));
		}
	}

	@Transactional(readOnly = true)
	public PageResponse<FeedbackView> comments(@Nullable FeedbackKind kind, int page, int size) {
		Caller caller = this.access.caller();
		FeedbackNames.Names names = this.names.load();
		List<FeedbackView> visible = this.comments.findAllByOrderByRecordedAtDesc()
			.stream()
			.filter((comment) -> kind == null || comment.getKind() == kind)
			.filter((comment) -> this.access.canRead(caller, comment))
			.map((comment) -> view(comment, names, caller))
			.toList();
		return Paging.slice(visible, page, size);
	}

	@Transactional(readOnly = true)
	public FeedbackView comment(UUID id) {
		Caller caller = this.access.caller();
		FeedbackComment comment = this.comments.findById(id)
			.filter((found) -> this.access.canRead(caller, found))
			.orElseThrow(() -> FeedbackAccessPolicy.notFound(ENTITY, id));
		return view(comment, this.names.load(), caller);
	}

	private static FeedbackView view(FeedbackComment comment, FeedbackNames.Names names, Caller caller) {
		return new FeedbackView(comment.getId(), comment.getVersion(), comment.getKind(), comment.getChannel(),
				comment.getCustomerId(), caller.partner() ? "A customer" : names.orNull(comment.getCustomerId()),
				names.orNull(comment.getServiceId()), comment.getPartyId(), names.orNull(comment.getPartyId()),
				comment.getText(), comment.getSentiment(), Sentiment.Tone.of(comment.getSentiment()),
				caller.staff() ? names.person(comment.getRecordedBy())
						: (comment.getChannel() == FeedbackChannel.PORTAL ? "The customer" : "Our staff"),
				comment.getRecordedAt());
	}

	// Decisions and alerts

	/**
	 * Records what was decided about a theme, with the reason; answers the theme's open
	 * alert (or the one named).
	 */
	@Transactional
	public DecisionView decide(String theme, ThemeDecisionKind decision, String reason, @Nullable UUID alertId) {
		Caller caller = this.access.caller();
		this.access.requireManage(caller);
		if (theme == null || theme.isBlank() || theme.length() > 200) {
			throw new InvalidInputException("theme", "required", "Name the theme decided on");
		}
		if (decision == null) {
			throw new InvalidInputException("decision", "required", "Choose act, monitor or no action");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "required", "Give the reason for the decision");
		}
		if (reason.length() > 2000) {
			throw new InvalidInputException("reason", "length", "At most 2000 characters");
		}
		String key = theme.strip().toLowerCase(java.util.Locale.ROOT);
		List<ThemeAlert> answered = (alertId != null)
				? List.of(this.alerts.findById(alertId)
					.orElseThrow(() -> new InvalidInputException("alertId", "exists", "No such alert")))
				: this.alerts.findByThemeAndDecisionIdIsNull(key);
		Instant now = Instant.now(this.clock);
		ThemeDecision made = this.decisions.save(new ThemeDecision(key, decision, reason.strip(), caller.username(),
				now, answered.isEmpty() ? null : answered.get(0).getId()));
		this.audit.created("ThemeDecision", made);
		for (ThemeAlert alert : answered) {
			Map<String, String> before = alert.auditSnapshot();
			alert.decided(made.getId(), caller.username(), now);
			this.alerts.save(alert);
			this.audit.updated(ThemeAlerting.ENTITY, before, alert);
		}
		return decisionView(made, this.names.load());
	}

	@Transactional(readOnly = true)
	public List<DecisionView> decisions() {
		this.access.requireAnalyse(this.access.caller());
		FeedbackNames.Names names = this.names.load();
		return this.decisions.findAllByOrderByDecidedAtDesc().stream().map((d) -> decisionView(d, names)).toList();
	}

	static DecisionView decisionView(ThemeDecision decision, FeedbackNames.Names names) {
		return new DecisionView(decision.getId(), decision.getTheme(), decision.getDecision(), decision.getReason(),
				names.person(decision.getDecidedBy()), decision.getDecidedAt(), decision.getAlertId());
	}

	@Transactional(readOnly = true)
	public List<AlertView> alerts() {
		Caller caller = this.access.caller();
		FeedbackNames.Names names = this.names.load();
		return this.alerts.findAllByOrderByRaisedAtDesc()
			.stream()
			.filter((alert) -> mayRead(caller, alert))
			.map((alert) -> alertView(alert, names))
			.toList();
	}

	@Transactional(readOnly = true)
	public AlertView alert(UUID id) {
		Caller caller = this.access.caller();
		ThemeAlert alert = this.alerts.findById(id)
			.filter((found) -> mayRead(caller, found))
			.orElseThrow(() -> FeedbackAccessPolicy.notFound(ThemeAlerting.ENTITY, id));
		return alertView(alert, this.names.load());
	}

	/**
	 * @return how many alerts wait for a decision, of those the caller may see (the
	 * dashboard hint)
	 */
	@Transactional(readOnly = true)
	public long openAlerts() {
		Caller caller = this.access.caller();
		if (!caller.staff()) {
			return 0;
		}
		return this.alerts.findAllByOrderByRaisedAtDesc()
			.stream()
			.filter(ThemeAlert::open)
			.filter((alert) -> mayRead(caller, alert))
			.count();
	}

	@Transactional
	public AlertView acknowledge(UUID id) {
		Caller caller = this.access.caller();
		ThemeAlert alert = this.alerts.findById(id)
			.filter((found) -> mayRead(caller, found))
			.orElseThrow(() -> FeedbackAccessPolicy.notFound(ThemeAlerting.ENTITY, id));
		this.access.requireAcknowledge(caller, alert);
		Map<String, String> before = alert.auditSnapshot();
		alert.acknowledge(caller.username(), Instant.now(this.clock));
		this.alerts.save(alert);
		this.audit.updated(ThemeAlerting.ENTITY, before, alert);
		return alertView(alert, this.names.load());
	}

	/**
	 * Analysts see every alert; anyone else the alerts sent to them.
	 */
	private boolean mayRead(Caller caller, ThemeAlert alert) {
		return caller.fullStaff() || List.of(alert.getRecipients().split(" ")).contains(caller.username());
	}

	private AlertView alertView(ThemeAlert alert, FeedbackNames.Names names) {
		DecisionView decision = (alert.getDecisionId() != null)
				? this.decisions.findById(alert.getDecisionId()).map((made) -> decisionView(made, names)).orElse(null)
				: null;
		return new AlertView(alert.getId(), alert.getVersion(), alert.getTheme(), alert.getLabel(), alert.getMentions(),
				alert.getCustomers(), alert.getWindowDays(), names.orNull(alert.getPartyId()),
				List.of(alert.getExamples().split("\n")),
				java.util.Arrays.stream(alert.getRecipients().split(" "))
					.filter((name) -> !name.isBlank())
					.map(names::person)
					.toList(),
				alert.getRaisedAt(),
				(alert.getAcknowledgedBy() != null) ? names.person(alert.getAcknowledgedBy()) : null,
				alert.getAcknowledgedAt(), decision);
	}

}
