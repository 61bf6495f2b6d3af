package org.servicechain.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.chain.ChainManagement;
import org.servicechain.feedback.FeedbackAccessPolicy.Caller;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.identity.UserView;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestStatus;
import org.servicechain.requests.RequestView;
import org.servicechain.requests.TaskView;
import org.servicechain.shared.AuditEntryView.FieldChange;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * Requested feedback (FB-1): surveys managers design, sent by rule after a request is
 * resolved through a single-use link that works without signing in, expires and can be
 * answered once; the unsubscribe that every rule honours; and the answers, tied to the
 * request, its service, its team and the parties of the chain that worked on it.
 */
@Service
public class SurveyManagement {

	private static final Logger log = LoggerFactory.getLogger(SurveyManagement.class);

	static final String ENTITY = "Survey";

	static final String INVITATION = "SurveyInvitation";

	private final Surveys surveys;

	private final SurveyInvitations invitations;

	private final SurveyOptOuts optOuts;

	private final FeedbackAccessPolicy access;

	private final FeedbackNames names;

	private final ChainManagement chain;

	private final RequestQueries requests;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SurveyManagement(Surveys surveys, SurveyInvitations invitations, SurveyOptOuts optOuts, FeedbackAccessPolicy access,
			FeedbackNames names, ChainManagement chain, RequestQueries requests, IdentityManagement identity,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.optOuts = optOuts;
		this.access = access;
		this.names = names;
		this.chain = chain;
		this.requests = requests;
		this.identity = identity;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// Design

	@Transactional(readOnly = true)
	public List<SurveyView> surveys() {
		this.access.requireStaff(this.access.caller());
		FeedbackNames.Names names = this.names.load();
		List<SurveyInvitation> all = this.invitations.findAll();
		return this.surveys.findAllByOrderByCreatedAtAsc().stream().map((survey) -> view(survey, all, names)).toList();
	}

	@Transactional(readOnly = true)
	public SurveyView survey(UUID id) {
		this.access.requireStaff(this.access.caller());
		Survey survey = load(id);
		return view(survey, this.invitations.findAll(), this.names.load());
	}

	@Transactional
	public SurveyView create(SurveyDetails details) {
		Caller caller = this.access.caller();
		this.access.requireManage(caller);
		validate(details);
		Survey survey = this.surveys.save(new Survey(details, Instant.now(this.clock), caller.username()));
		this.audit.created(ENTITY, survey);
		return view(survey, List.of(), this.names.load());
	}

	@Transactional
	public SurveyView change(UUID id, long version, SurveyDetails details) {
		Caller caller = this.access.caller();
		this.access.requireManage(caller);
		Survey survey = load(id);
		this.audit.checkVersion(ENTITY, survey, version);
		validate(details);
		Map<String, String> before = survey.auditSnapshot();
		survey.change(details);
		this.surveys.saveAndFlush(survey);
		this.audit.updated(ENTITY, before, survey);
		return view(survey, this.invitations.findAll(), this.names.load());
	}

	private void validate(SurveyDetails details) {
		details.validate();
		if (details.serviceId() != null && SystemActor.call(() -> this.chain.services())
			.stream()
			.noneMatch((service) -> service.id().equals(details.serviceId()))) {
			throw new InvalidInputException("serviceId", "exists", "No such service");
		}
	}

	private Survey load(UUID id) {
		return this.surveys.findById(id).orElseThrow(() -> FeedbackAccessPolicy.notFound(ENTITY, id));
	}

	private SurveyView view(Survey survey, List<SurveyInvitation> all, FeedbackNames.Names names) {
		List<SurveyInvitation> sent = all.stream()
			.filter((invitation) -> invitation.getSurveyId().equals(survey.getId()))
			.toList();
		List<Integer> scores = sent.stream().map(SurveyInvitation::getScore).filter((s) -> s != null).toList();
		return new SurveyView(survey.getId(), survey.getVersion(), survey.getName(), survey.getKind(),
				survey.getQuestion(), survey.getCommentQuestion(), survey.getServiceId(),
				names.orNull(survey.getServiceId()), survey.getRequesterScope(), survey.getSamplingPercent(),
				survey.getQuietDays(), survey.getValidDays(), survey.isActive(), sent.size(), scores.size(),
				SurveyScoring.score(survey.getKind(), scores), survey.getKind().servqual() ? gaps(sent) : null);
	}

	/**
	 * @return the SERVQUAL gaps of the answered invitations among these
	 */
	static ServqualGaps gaps(java.util.Collection<SurveyInvitation> invitations) {
		return ServqualGaps.of(invitations.stream()
			.filter(SurveyInvitation::answered)
			.map(SurveyInvitation::getServqual)
			.filter((answer) -> answer != null)
			.toList());
	}

	// Sending

	/**
	 * Surveys a resolved request if a survey's rule covers it: its service and requester,
	 * the customer not unsubscribed nor surveyed within the quiet period, and the sample
	 * drawn. Runs as the system.
	 * @return the invitation, if one was sent
	 */
	@Transactional
	public Optional<UUID> surveyResolved(UUID requestId) {
		return SystemActor.call(() -> {
			RequestView request;
			try {
				request = this.requests.request(requestId);
			}
			catch (NotFoundException ex) {
				return Optional.<UUID>empty();
			}
			if (request.status() != RequestStatus.RESOLVED) {
				return Optional.<UUID>empty();
			}
			Optional<Survey> rule = this.surveys.findAllByOrderByCreatedAtAsc()
				.stream()
				.filter((survey) -> survey.covers(request.serviceId(), request.requesterInternal()))
				.findFirst();
			if (rule.isEmpty()) {
				return Optional.<UUID>empty();
			}
			Survey survey = rule.get();
			Instant now = Instant.now(this.clock);
			SamplingPolicy.Outcome outcome = SamplingPolicy.decide(this.optOuts.existsById(request.requesterId()),
					this.invitations.lastInvitedAt(request.requesterId()).orElse(null), survey.getQuietDays(),
					survey.getSamplingPercent(), SurveyTokens.draw(), now);
			if (outcome != SamplingPolicy.Outcome.SURVEY) {
				log.debug("{} not surveyed: {}", request.reference(), outcome);
				return Optional.<UUID>empty();
			}
			String token = SurveyTokens.newToken();
			SurveyInvitation invitation = this.invitations.save(new SurveyInvitation(survey.getId(),
					SurveyTokens.hash(token), subject(request), now, now.plus(Duration.ofDays(survey.getValidDays()))));
			this.audit.record(INVITATION, invitation.getId(), 0, "sent",
					List.of(new FieldChange("request", null, request.reference()),
							new FieldChange("survey", null, survey.getName())));
			this.events.publishEvent(new SurveyInvited(invitation.getId(), requestId, request.reference(),
					survey.getName(), request.requesterId(), recipients(request.requesterId()), "/survey/" + token,
					invitation.getExpiresAt(), now));
			return Optional.of(invitation.getId());
		});
	}

	/**
	 * Reminds, once, each customer who has not answered a survey sent at least
	 * {@code after} ago and still open for a day or more (FB-1): the same invitation is
	 * announced again, so its customers are told as they were the first time; a customer
	 * who unsubscribed meanwhile is not reminded. Runs as the system, at most 200 a run.
	 * @return how many invitations were reminded
	 */
	@Transactional
	public int remindUnanswered(Duration after) {
		return SystemActor.call(() -> {
			Instant now = Instant.now(this.clock);
			java.util.Map<UUID, String> names = new java.util.HashMap<>();
			int reminded = 0;
			for (SurveyInvitation invitation : this.invitations
				.findTop200ByAnsweredAtIsNullAndRemindedAtIsNullAndInvitedAtBeforeAndExpiresAtAfterOrderByInvitedAt(
						now.minus(after), now.plus(Duration.ofDays(1)))) {
				invitation.reminded(now);
				if (this.optOuts.existsById(invitation.getCustomerId())) {
					continue;
				}
				String name = names.computeIfAbsent(invitation.getSurveyId(),
						(id) -> this.surveys.findById(id).map(Survey::getName).orElse("Survey"));
				this.audit.record(INVITATION, invitation.getId(), 0, "reminded", List.of());
				this.events.publishEvent(new SurveyInvited(invitation.getId(), invitation.getRequestId(),
						invitation.getRequestReference(), name, invitation.getCustomerId(),
						recipients(invitation.getCustomerId()), "/portal/feedback/surveys/" + invitation.getId(),
						invitation.getExpiresAt(), now, true));
				reminded++;
			}
			return reminded;
		});
	}

	private static SurveyInvitation.Subject subject(RequestView request) {
		List<UUID> parties = request.tasks().stream().map(TaskView::partyId).distinct().toList();
		return new SurveyInvitation.Subject(request.id(), request.reference(), request.requesterId(),
				request.requesterInternal(), request.serviceId(), request.teamId(), parties);
	}

	private List<String> recipients(UUID customerId) {
		return this.identity.users()
			.stream()
			.filter(UserView::enabled)
			.filter((user) -> customerId.equals(user.partyId()))
			.filter((user) -> user.role() == Role.CUSTOMER)
			.map(UserView::username)
			.toList();
	}

	/**
	 * Records an answer given in the past, for the demo and for moving survey history
	 * from another system: administrators only, no one is told.
	 * @return the invitation
	 */
	@Transactional
	public UUID recordPastAnswer(UUID surveyId, UUID requestId, Instant sentAt, @Nullable Instant answeredAt,
			@Nullable Integer score, @Nullable String comment) {
		Caller caller = this.access.caller();
		if (!caller.user().hasRole(Role.ADMIN)) {
			throw new org.springframework.security.access.AccessDeniedException("Administrators only");
		}
		Survey survey = load(surveyId);
		RequestView request = this.requests.request(requestId);
		SurveyInvitation invitation = new SurveyInvitation(surveyId, SurveyTokens.hash(SurveyTokens.newToken()),
				subject(request), sentAt, sentAt.plus(Duration.ofDays(survey.getValidDays())));
		if (answeredAt != null && score != null) {
			checkScore(survey, score);
			invitation.answer(score, comment, sentiment(comment), answeredAt);
		}
		return imported(invitation, request);
	}

	/**
	 * Records a SERVQUAL answer given in the past, for the demo and for moving survey
	 * history from another system: administrators only, no one is told.
	 * @return the invitation
	 */
	@Transactional
	public UUID recordPastServqualAnswer(UUID surveyId, UUID requestId, Instant sentAt, Instant answeredAt,
			ServqualAnswer answers, @Nullable String comment) {
		Caller caller = this.access.caller();
		if (!caller.user().hasRole(Role.ADMIN)) {
			throw new org.springframework.security.access.AccessDeniedException("Administrators only");
		}
		Survey survey = load(surveyId);
		if (!survey.getKind().servqual()) {
			throw new InvalidInputException("surveyId", "kind", "Not a SERVQUAL survey");
		}
		answers.validate();
		RequestView request = this.requests.request(requestId);
		SurveyInvitation invitation = new SurveyInvitation(surveyId, SurveyTokens.hash(SurveyTokens.newToken()),
				subject(request), sentAt, sentAt.plus(Duration.ofDays(survey.getValidDays())));
		invitation.answer(answers, comment, sentiment(comment), answeredAt);
		return imported(invitation, request);
	}

	private UUID imported(SurveyInvitation invitation, RequestView request) {
		this.invitations.save(invitation);
		this.audit.record(INVITATION, invitation.getId(), 0, "imported",
				List.of(new FieldChange("request", null, request.reference())));
		return invitation.getId();
	}

	// Answering with the link

	/**
	 * @return what the link's holder sees; unknown links answer "not found"
	 */
	@Transactional(readOnly = true)
	public SurveyForm open(String token) {
		return form(byToken(token), this.names.load());
	}

	/**
	 * Answers the survey behind a link, once, before it expires.
	 */
	@Transactional
	public void answer(String token, @Nullable Integer score, @Nullable String comment) {
		answer(byToken(token), score, null, comment);
	}

	/**
	 * Answers the survey behind a link, once, before it expires: a SERVQUAL survey with
	 * its ten statements, any other with its score.
	 */
	@Transactional
	public void answer(String token, @Nullable Integer score, @Nullable ServqualAnswer servqual,
			@Nullable String comment) {
		answer(byToken(token), score, servqual, comment);
	}

	/**
	 * The customer behind a link asks not to be surveyed again; honoured by every rule.
	 */
	@Transactional
	public void unsubscribe(String token) {
		SurveyInvitation invitation = byToken(token);
		if (!this.optOuts.existsById(invitation.getCustomerId())) {
			this.optOuts.save(new SurveyOptOut(invitation.getCustomerId(), Instant.now(this.clock)));
			this.audit.record("SurveyOptOut", invitation.getCustomerId(), 0, "unsubscribed", List.of());
		}
	}

	private SurveyInvitation byToken(String token) {
		if (token == null || token.length() < 20 || token.length() > 100) {
			throw FeedbackAccessPolicy.notFound(INVITATION, "link");
		}
		return this.invitations.findByTokenHash(SurveyTokens.hash(token))
			.orElseThrow(() -> FeedbackAccessPolicy.notFound(INVITATION, "link"));
	}

	// Answering in the portal

	/**
	 * @return the surveys waiting for the signed-in customer's party
	 */
	@Transactional(readOnly = true)
	public List<SurveyForm> waitingForMe() {
		Caller caller = this.access.caller();
		if (!caller.customer() || caller.partyId() == null) {
			return List.of();
		}
		FeedbackNames.Names names = this.names.load();
		return this.invitations
			.findByCustomerIdAndAnsweredAtIsNullAndExpiresAtAfterOrderByInvitedAtDesc(caller.partyId(),
					Instant.now(this.clock))
			.stream()
			.map((invitation) -> form(invitation, names))
			.toList();
	}

	@Transactional(readOnly = true)
	public SurveyForm openAsCustomer(UUID invitationId) {
		return form(ownInvitation(invitationId), this.names.load());
	}

	@Transactional
	public void answerAsCustomer(UUID invitationId, @Nullable Integer score, @Nullable String comment) {
		answer(ownInvitation(invitationId), score, null, comment);
	}

	@Transactional
	public void answerAsCustomer(UUID invitationId, @Nullable Integer score, @Nullable ServqualAnswer servqual,
			@Nullable String comment) {
		answer(ownInvitation(invitationId), score, servqual, comment);
	}

	private SurveyInvitation ownInvitation(UUID invitationId) {
		Caller caller = this.access.caller();
		return this.invitations.findById(invitationId)
			.filter((invitation) -> caller.customer() && caller.ofParty(invitation.getCustomerId()))
			.orElseThrow(() -> FeedbackAccessPolicy.notFound(INVITATION, invitationId));
	}

	private void answer(SurveyInvitation invitation, @Nullable Integer score, @Nullable ServqualAnswer servqual,
			@Nullable String comment) {
		Instant now = Instant.now(this.clock);
		Survey survey = load(invitation.getSurveyId());
		if (survey.getKind().servqual()) {
			ServqualAnswer answers = checkServqual(invitation.answered(), invitation.expiredAt(now), servqual, comment);
			invitation.answer(answers, comment, sentiment(comment), now);
		}
		else {
			int scored = checkAnswer(survey, invitation.answered(), invitation.expiredAt(now),
					"This survey link has expired", score, comment);
			invitation.answer(scored, comment, sentiment(comment), now);
		}
		// Flushed here so that two answers racing on one link meet the version check
		// inside this transaction: the second fails instead of overwriting the first.
		this.invitations.saveAndFlush(invitation);
		this.audit.record(INVITATION, invitation.getId(), invitation.getVersion(), "answered",
				List.of(new FieldChange("score", null, String.valueOf(invitation.getScore()))));
	}

	/**
	 * The rules every answer keeps, to a request's survey or a relationship survey.
	 * @param expired what to say when the survey has expired
	 * @return the score, present and on the survey's scale
	 */
	static int checkAnswer(Survey survey, boolean answered, boolean expiredNow, String expired, @Nullable Integer score,
			@Nullable String comment) {
		if (answered) {
			throw new InvalidInputException("survey", "answered-once", "This survey has already been answered");
		}
		if (expiredNow) {
			throw new InvalidInputException("survey", "expired", expired);
		}
		if (score == null) {
			throw new InvalidInputException("score", "required", "Choose a score");
		}
		checkScore(survey, score);
		if (comment != null && comment.length() > 4000) {
			throw new InvalidInputException("comment", "length", "At most 4000 characters");
		}
		return score;
	}

	/**
	 * The rules a SERVQUAL answer keeps: once, before it expires, every one of the ten
	 * statements answered on the 1–7 scale.
	 * @return the answers
	 */
	static ServqualAnswer checkServqual(boolean answered, boolean expiredNow, @Nullable ServqualAnswer servqual,
			@Nullable String comment) {
		if (answered) {
			throw new InvalidInputException("survey", "answered-once", "This survey has already been answered");
		}
		if (expiredNow) {
			throw new InvalidInputException("survey", "expired", "This survey link has expired");
		}
		ServqualAnswer answers = (servqual != null) ? servqual : new ServqualAnswer(Map.of(), Map.of());
		answers.validate();
		if (comment != null && comment.length() > 4000) {
			throw new InvalidInputException("comment", "length", "At most 4000 characters");
		}
		return answers;
	}

	static void checkScore(Survey survey, int score) {
		if (survey.getKind().servqual()) {
			throw new InvalidInputException("score", "kind",
					"A SERVQUAL survey is answered statement by statement, not with one score");
		}
		if (!survey.getKind().accepts(score)) {
			throw new InvalidInputException("score", "range",
					"Choose a score from " + survey.getKind().min() + " to " + survey.getKind().max());
		}
	}

	static double sentiment(@Nullable String text) {
		return (text == null || text.isBlank()) ? 0 : Sentiment.english().read(text).comparative();
	}

	private SurveyForm form(SurveyInvitation invitation, FeedbackNames.Names names) {
		Survey survey = load(invitation.getSurveyId());
		String state = invitation.answered() ? "answered"
				: invitation.expiredAt(Instant.now(this.clock)) ? "expired" : "open";
		return new SurveyForm(invitation.getId(), survey.getName(), survey.getKind(), survey.getQuestion(),
				survey.getCommentQuestion(), invitation.getRequestReference(), names.of(invitation.getServiceId()),
				invitation.getExpiresAt(), state, null);
	}

	// The answers

	/**
	 * @return the surveys sent that the caller may see, newest first; customers and
	 * partner users see answered ones only
	 */
	@Transactional(readOnly = true)
	public PageResponse<SurveyResponseView> responses(int page, int size) {
		Caller caller = this.access.caller();
		FeedbackNames.Names names = this.names.load();
		Map<UUID, Survey> surveys = this.surveys.findAll()
			.stream()
			.collect(Collectors.toMap(Survey::getId, Function.identity()));
		Instant now = Instant.now(this.clock);
		List<SurveyResponseView> visible = this.invitations.findAllByOrderByInvitedAtDesc()
			.stream()
			.filter((invitation) -> this.access.canRead(caller, invitation))
			.filter((invitation) -> caller.staff() || invitation.answered())
			.map((invitation) -> responseView(invitation, surveys.get(invitation.getSurveyId()), names, caller, now))
			.toList();
		return Paging.slice(visible, page, size);
	}

	/**
	 * @return the answered surveys about these requests that the caller may see, newest
	 * first (for a practitioner's portfolio: feedback they asked for on their work)
	 */
	@Transactional(readOnly = true)
	public List<SurveyResponseView> answersAbout(java.util.Collection<UUID> requestIds) {
		if (requestIds.isEmpty()) {
			return List.of();
		}
		Caller caller = this.access.caller();
		FeedbackNames.Names names = this.names.load();
		Map<UUID, Survey> surveys = this.surveys.findAll()
			.stream()
			.collect(Collectors.toMap(Survey::getId, Function.identity()));
		Instant now = Instant.now(this.clock);
		return this.invitations.findByRequestIdInAndAnsweredAtIsNotNullOrderByAnsweredAtDesc(requestIds)
			.stream()
			.filter((invitation) -> this.access.canRead(caller, invitation))
			.map((invitation) -> responseView(invitation, surveys.get(invitation.getSurveyId()), names, caller, now))
			.toList();
	}

	/**
	 * @return one survey sent, if the caller may see it
	 */
	@Transactional(readOnly = true)
	public Optional<SurveyResponseView> response(UUID id) {
		Caller caller = this.access.caller();
		return this.invitations.findById(id)
			.filter((invitation) -> this.access.canRead(caller, invitation))
			.filter((invitation) -> caller.staff() || invitation.answered())
			.map((invitation) -> responseView(invitation, load(invitation.getSurveyId()), this.names.load(), caller,
					Instant.now(this.clock)));
	}

	private static SurveyResponseView responseView(SurveyInvitation invitation, Survey survey,
			FeedbackNames.Names names, Caller caller, Instant now) {
		String state = invitation.answered() ? "answered" : invitation.expiredAt(now) ? "expired" : "waiting";
		List<String> parties = caller.staff() || caller.partner() ? invitation.parties()
			.stream()
			.filter((party) -> caller.staff() || party.equals(caller.partyId()))
			.map(names::of)
			.toList() : List.of();
		return new SurveyResponseView(invitation.getId(), survey.getName(), survey.getKind(), invitation.getRequestId(),
				invitation.getRequestReference(),
				(caller.partner()) ? "A customer" : names.of(invitation.getCustomerId()),
				names.of(invitation.getServiceId()), names.of(invitation.getTeamId()), parties,
				invitation.getInvitedAt(), invitation.getExpiresAt(), invitation.getAnsweredAt(), invitation.getScore(),
				invitation.getComment(), (invitation.getSentiment() != null && invitation.getComment() != null)
						? Sentiment.Tone.of(invitation.getSentiment()) : null,
				state);
	}

}
