package org.servicechain.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.chain.ChainManagement;
import org.servicechain.feedback.FeedbackAccessPolicy.Caller;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.identity.UserView;
import org.servicechain.shared.AuditEntryView.FieldChange;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * Relationship surveys (FB-1, PM-2): a partnership is two-sided, so a manager asks the
 * people of a party of the chain (an outside partner or supplier, or an internal team as
 * our internal supplier or customer) how they rate us. Each enabled partner user or team
 * member of the party gets one invitation with the survey's own question and a comment,
 * answered once, by that person signed in, until it expires; they are told in the app.
 * The question is the partnership's own ({@link RelationshipWording}), on the survey's
 * scale. The answers are kept apart from those about requests so they never score the
 * party itself. Who sees the rating and its comments is {@link FeedbackAccessPolicy}'s
 * decision: administrators, managers and agents, and the party's own people; the comments
 * are shown with their date and party, never with who wrote them.
 */
@Service
public class RelationshipSurveys {

	static final String ENTITY = "RelationshipInvitation";

	private static final int REFERENCE_LENGTH = 40;

	private final Surveys surveys;

	private final RelationshipInvitations invitations;

	private final FeedbackAccessPolicy access;

	private final ChainManagement chain;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RelationshipSurveys(Surveys surveys, RelationshipInvitations invitations, FeedbackAccessPolicy access,
			ChainManagement chain, IdentityManagement identity, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.access = access;
		this.chain = chain;
		this.identity = identity;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// Sending

	/**
	 * Asks every enabled partner user or team member of the party who has not got this
	 * survey open already (managers).
	 * @throws InvalidInputException for an unknown survey or party, or a party with
	 * nobody (left) to ask
	 */
	@Transactional
	public RelationshipSent send(@Nullable UUID surveyId, @Nullable UUID partyId) {
		Caller caller = this.access.caller();
		this.access.requireManage(caller);
		if (surveyId == null) {
			throw new InvalidInputException("surveyId", "required", "Choose a survey");
		}
		if (partyId == null) {
			throw new InvalidInputException("partyId", "required", "Choose a party");
		}
		Survey survey = this.surveys.findById(surveyId)
			.orElseThrow(() -> new InvalidInputException("surveyId", "exists", "No such survey"));
		refuseServqual(survey);
		String partyName = this.chain.partyName(partyId)
			.orElseThrow(() -> new InvalidInputException("partyId", "exists", "No such party"));
		List<UserView> people = people(partyId);
		if (people.isEmpty()) {
			throw new InvalidInputException("partyId", "has-people",
					partyName + " has no partner users or team members to ask");
		}
		Instant now = Instant.now(this.clock);
		List<String> open = this.invitations.findByPartyIdOrderByInvitedAtDesc(partyId)
			.stream()
			.filter((invitation) -> invitation.getSurveyId().equals(surveyId) && invitation.openAt(now))
			.map(RelationshipInvitation::getRecipient)
			.toList();
		List<UserView> asked = people.stream().filter((person) -> !open.contains(person.username())).toList();
		if (asked.isEmpty()) {
			throw new InvalidInputException("partyId", "already-asked",
					"Everyone at " + partyName + " already has this survey open");
		}
		Instant expires = now.plus(Duration.ofDays(survey.getValidDays()));
		String question = RelationshipWording.question(survey.getKind());
		for (UserView person : asked) {
			RelationshipInvitation invitation = this.invitations
				.save(new RelationshipInvitation(surveyId, partyId, person.username(), caller.username(), now, expires,
						question, RelationshipWording.COMMENT_QUESTION));
			this.audit.record(ENTITY, invitation.getId(), 0, "sent",
					List.of(new FieldChange("party", null, partyName),
							new FieldChange("survey", null, survey.getName()),
							new FieldChange("recipient", null, person.username())));
			this.events.publishEvent(new SurveyInvited(invitation.getId(), null, reference(partyName), survey.getName(),
					partyId, List.of(person.username()), link(person.role(), invitation.getId()), expires, now));
		}
		return new RelationshipSent(surveyId, partyId, partyName, asked.size());
	}

	/**
	 * A relationship survey asks one question about the partnership; SERVQUAL's ten
	 * statements are about a service received, so it is not sent this way.
	 */
	private static void refuseServqual(Survey survey) {
		if (survey.getKind().servqual()) {
			throw new InvalidInputException("surveyId", "kind",
					"A relationship survey asks one question: choose a CSAT, NPS or CES survey");
		}
	}

	/**
	 * Records a relationship survey asked and answered in the past, for the demo and for
	 * moving survey history from another system: administrators only, nobody is told. The
	 * person must be an enabled partner user or team member of the party; the invitation
	 * asks in the partnership's words, like one sent today.
	 * @param answeredAt {@literal null} for one never answered
	 * @return the invitation
	 * @throws InvalidInputException for an unknown survey or person, a score off the
	 * scale, or instants out of order or in the future
	 */
	@Transactional
	public UUID recordPastAnswer(UUID surveyId, UUID partyId, String recipient, Instant sentAt,
			@Nullable Instant answeredAt, @Nullable Integer score, @Nullable String comment) {
		Caller caller = this.access.caller();
		if (!caller.user().hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Administrators only");
		}
		Survey survey = this.surveys.findById(surveyId)
			.orElseThrow(() -> new InvalidInputException("surveyId", "exists", "No such survey"));
		refuseServqual(survey);
		if (people(partyId).stream().noneMatch((person) -> person.username().equals(recipient))) {
			throw new InvalidInputException("recipient", "of-party",
					"Only the party's enabled partner users and team members are asked");
		}
		Instant now = Instant.now(this.clock);
		if (sentAt.isAfter(now) || (answeredAt != null && (answeredAt.isBefore(sentAt) || answeredAt.isAfter(now)))) {
			throw new InvalidInputException("answeredAt", "order", "Sent and answered in the past, in that order");
		}
		RelationshipInvitation invitation = new RelationshipInvitation(surveyId, partyId, recipient, caller.username(),
				sentAt, sentAt.plus(Duration.ofDays(survey.getValidDays())),
				RelationshipWording.question(survey.getKind()), RelationshipWording.COMMENT_QUESTION);
		if (answeredAt != null) {
			if (score == null || !survey.getKind().accepts(score)) {
				throw new InvalidInputException("score", "range",
						"Choose a score from " + survey.getKind().min() + " to " + survey.getKind().max());
			}
			invitation.answer(score, comment, SurveyManagement.sentiment(comment), answeredAt);
		}
		this.invitations.save(invitation);
		this.audit.record(ENTITY, invitation.getId(), 0, "imported", List
			.of(new FieldChange("survey", null, survey.getName()), new FieldChange("recipient", null, recipient)));
		return invitation.getId();
	}

	private List<UserView> people(UUID partyId) {
		return SystemActor.call(this.identity::users)
			.stream()
			.filter(UserView::enabled)
			.filter((user) -> partyId.equals(user.partyId()))
			.filter((user) -> user.role() == Role.PARTNER || user.role() == Role.TEAM_MEMBER)
			.toList();
	}

	/**
	 * @return the page the person answers on: partner users in the portal, team members
	 * in the app
	 */
	public static String link(Role role, UUID invitationId) {
		return ((role == Role.PARTNER) ? "/portal/feedback/relationship/" : "/feedback/relationship/") + invitationId;
	}

	private static String reference(String partyName) {
		return (partyName.length() > REFERENCE_LENGTH) ? partyName.substring(0, REFERENCE_LENGTH - 1) + "…" : partyName;
	}

	// Answering

	/**
	 * @return the relationship surveys waiting for the signed-in person
	 */
	@Transactional(readOnly = true)
	public List<SurveyForm> waitingForMe() {
		Caller caller = this.access.caller();
		return this.invitations
			.findByRecipientAndAnsweredAtIsNullAndExpiresAtAfterOrderByInvitedAtDesc(caller.username(),
					Instant.now(this.clock))
			.stream()
			.map(this::form)
			.toList();
	}

	/**
	 * @return the survey as the person asked sees it; anyone else is told "not found"
	 */
	@Transactional(readOnly = true)
	public SurveyForm open(UUID invitationId) {
		return form(own(invitationId));
	}

	/**
	 * Answers once, before the survey expires, as the person asked.
	 */
	@Transactional
	public void answer(UUID invitationId, @Nullable Integer score, @Nullable String comment) {
		RelationshipInvitation invitation = own(invitationId);
		Instant now = Instant.now(this.clock);
		int scored = SurveyManagement.checkAnswer(survey(invitation.getSurveyId()), invitation.answered(),
				invitation.expiredAt(now), "This survey has expired", score, comment);
		invitation.answer(scored, comment, SurveyManagement.sentiment(comment), now);
		// Flushed so that two answers racing meet the version check: the second fails.
		this.invitations.saveAndFlush(invitation);
		this.audit.record(ENTITY, invitation.getId(), invitation.getVersion(), "answered",
				List.of(new FieldChange("score", null, String.valueOf(score))));
	}

	private RelationshipInvitation own(UUID invitationId) {
		Caller caller = this.access.caller();
		return this.invitations.findById(invitationId)
			.filter((invitation) -> this.access.canAnswer(caller, invitation))
			.orElseThrow(() -> FeedbackAccessPolicy.notFound(ENTITY, invitationId));
	}

	private Survey survey(UUID id) {
		return this.surveys.findById(id).orElseThrow(() -> FeedbackAccessPolicy.notFound(SurveyManagement.ENTITY, id));
	}

	private SurveyForm form(RelationshipInvitation invitation) {
		Survey survey = survey(invitation.getSurveyId());
		String state = invitation.answered() ? "answered"
				: invitation.expiredAt(Instant.now(this.clock)) ? "expired" : "open";
		// Sent before relationship surveys had their own words: shown as it was asked.
		boolean ownWords = invitation.getQuestion() != null;
		return new SurveyForm(invitation.getId(), survey.getName(), survey.getKind(), question(invitation, survey),
				ownWords ? String.valueOf(invitation.getCommentQuestion()) : survey.getCommentQuestion(),
				this.chain.partyName(invitation.getPartyId()).orElse("Your organisation"), "",
				invitation.getExpiresAt(), state, ownWords ? RelationshipWording.scaleEnds(survey.getKind()) : null);
	}

	private static String question(RelationshipInvitation invitation, Survey survey) {
		String question = invitation.getQuestion();
		return (question != null) ? question : survey.getQuestion();
	}

	// Results

	/**
	 * @return how the party rates us, month by month (newest first), in aggregate:
	 * managers and the party's own people only
	 * @throws AccessDeniedException for anyone else
	 */
	@Transactional(readOnly = true)
	public RelationshipResults results(UUID partyId, int page, int size) {
		Caller caller = this.access.caller();
		if (!this.access.canSeeRating(caller, partyId)) {
			throw new AccessDeniedException("Managers and the party's own people only");
		}
		String partyName = this.chain.partyName(partyId).orElseThrow(() -> new NotFoundException("Party", partyId));
		List<RelationshipInvitation> sent = this.invitations.findByPartyIdOrderByInvitedAtDesc(partyId);
		RelationshipRating rating = rating(partyId, partyName, sent, kinds());
		Map<String, List<Integer>> months = new TreeMap<>(Comparator.reverseOrder());
		scored(sent, rating.kind(), kinds()).forEach(
				(invitation) -> months
					.computeIfAbsent(YearMonth.from(invitation.getAnsweredAt().atZone(ZoneOffset.UTC)).toString(),
							(month) -> new ArrayList<>())
					.add(invitation.getScore()));
		List<RelationshipResults.Period> periods = months.entrySet()
			.stream()
			.map((month) -> new RelationshipResults.Period(month.getKey(), average(month.getValue()),
					month.getValue().size()))
			.toList();
		return new RelationshipResults(rating, Paging.slice(periods, page, size));
	}

	/**
	 * @return how the party rates us, for its scorecard; empty when nobody was asked or
	 * the caller may not see the party's rating
	 */
	@Transactional(readOnly = true)
	public Optional<RelationshipRating> ratingBy(UUID partyId) {
		return ratingBy(partyId, Instant.MIN, Instant.MAX);
	}

	/**
	 * How the party rated us in a period, for its scorecard and the scorecard API: the
	 * answers given in the period (on the scale of the one answered last), those with a
	 * comment, the people asked in the period and when the party was last asked by its
	 * end. Empty when the party was never asked, or for a caller who may not see its
	 * rating (and when nobody is signed in).
	 * @param start the period's first instant
	 * @param end the instant after the period
	 */
	@Transactional(readOnly = true)
	public Optional<RelationshipRating> ratingBy(UUID partyId, Instant start, Instant end) {
		Optional<Caller> caller = this.access.callerIfAny();
		if (caller.isEmpty() || !this.access.canSeeRating(caller.get(), partyId)) {
			return Optional.empty();
		}
		List<RelationshipInvitation> all = this.invitations.findByPartyIdOrderByInvitedAtDesc(partyId);
		if (all.isEmpty()) {
			return Optional.empty();
		}
		Map<UUID, SurveyKind> kinds = kinds();
		List<RelationshipInvitation> answered = answeredIn(all, start, end);
		SurveyKind kind = answered.isEmpty() ? kinds.getOrDefault(all.get(0).getSurveyId(), SurveyKind.CSAT)
				: kinds.getOrDefault(answered.get(0).getSurveyId(), SurveyKind.CSAT);
		List<Integer> scores = scored(answered, kind, kinds).stream().map(RelationshipInvitation::getScore).toList();
		int invited = (int) all.stream()
			.filter((invitation) -> !invitation.getInvitedAt().isBefore(start)
					&& invitation.getInvitedAt().isBefore(end))
			.count();
		Instant lastSent = all.stream()
			.map(RelationshipInvitation::getInvitedAt)
			.filter((at) -> at.isBefore(end))
			.findFirst()
			.orElse(null);
		return Optional.of(new RelationshipRating(partyId, this.chain.partyName(partyId).orElse("This party"), kind,
				scores.isEmpty() ? null : average(scores), scores.size(), withComment(answered).size(), invited,
				lastSent));
	}

	/**
	 * The comments the party's people left with their answers in a period, newest first,
	 * for its scorecard: when, which party, the score and the words, never who wrote
	 * them.
	 * @param start the period's first instant
	 * @param end the instant after the period
	 * @throws AccessDeniedException for a caller who may not see the party's rating
	 */
	@Transactional(readOnly = true)
	public PageResponse<RelationshipComment> comments(UUID partyId, Instant start, Instant end, int page, int size) {
		Caller caller = this.access.caller();
		if (!this.access.canSeeRating(caller, partyId)) {
			throw new AccessDeniedException("Administrators, managers, agents and the party's own people only");
		}
		String partyName = this.chain.partyName(partyId).orElse("This party");
		Map<UUID, Survey> surveys = this.surveys.findAll()
			.stream()
			.collect(Collectors.toMap(Survey::getId, (survey) -> survey));
		List<RelationshipComment> comments = withComment(
				answeredIn(this.invitations.findByPartyIdOrderByInvitedAtDesc(partyId), start, end))
			.stream()
			.map((invitation) -> {
				Survey survey = surveys.get(invitation.getSurveyId());
				return new RelationshipComment(invitation.getId(), invitation.getAnsweredAt(), partyId, partyName,
						(survey != null) ? survey.getKind() : SurveyKind.CSAT, invitation.getScore(),
						(survey != null) ? question(invitation, survey) : String.valueOf(invitation.getQuestion()),
						String.valueOf(invitation.getComment()));
			})
			.toList();
		return Paging.slice(comments, page, size);
	}

	/**
	 * @return the invitations answered in the period, answered last first
	 */
	private static List<RelationshipInvitation> answeredIn(List<RelationshipInvitation> sent, Instant start,
			Instant end) {
		return sent.stream()
			.filter((invitation) -> invitation.getAnsweredAt() != null && !invitation.getAnsweredAt().isBefore(start)
					&& invitation.getAnsweredAt().isBefore(end))
			.sorted(Comparator.comparing(RelationshipInvitation::getAnsweredAt, Comparator.reverseOrder())
				.thenComparing(RelationshipInvitation::getId))
			.toList();
	}

	private static List<RelationshipInvitation> withComment(List<RelationshipInvitation> answered) {
		return answered.stream().filter((invitation) -> invitation.getComment() != null).toList();
	}

	/**
	 * @return how each party asked rates us, by party name (managers)
	 */
	@Transactional(readOnly = true)
	public List<RelationshipRating> ratings() {
		this.access.requireManage(this.access.caller());
		Map<UUID, SurveyKind> kinds = kinds();
		return this.invitations.findAllByOrderByInvitedAtDesc()
			.stream()
			.collect(Collectors.groupingBy(RelationshipInvitation::getPartyId, java.util.LinkedHashMap::new,
					Collectors.toList()))
			.entrySet()
			.stream()
			.map((party) -> rating(party.getKey(), this.chain.partyName(party.getKey()).orElse("Removed party"),
					party.getValue(), kinds))
			.sorted(Comparator.comparing(RelationshipRating::partyName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private Map<UUID, SurveyKind> kinds() {
		return this.surveys.findAll().stream().collect(Collectors.toMap(Survey::getId, Survey::getKind));
	}

	/**
	 * @param sent newest first
	 */
	private static RelationshipRating rating(UUID partyId, String partyName, List<RelationshipInvitation> sent,
			Map<UUID, SurveyKind> kinds) {
		SurveyKind kind = sent.isEmpty() ? SurveyKind.CSAT
				: kinds.getOrDefault(sent.get(0).getSurveyId(), SurveyKind.CSAT);
		List<Integer> scores = scored(sent, kind, kinds).stream().map(RelationshipInvitation::getScore).toList();
		return new RelationshipRating(partyId, partyName, kind, scores.isEmpty() ? null : average(scores),
				scores.size(), withComment(sent).size(), sent.size(),
				sent.isEmpty() ? null : sent.get(0).getInvitedAt());
	}

	private static List<RelationshipInvitation> scored(List<RelationshipInvitation> sent, SurveyKind kind,
			Map<UUID, SurveyKind> kinds) {
		return sent.stream()
			.filter((invitation) -> invitation.getScore() != null && invitation.getAnsweredAt() != null)
			.filter((invitation) -> kinds.get(invitation.getSurveyId()) == kind)
			.toList();
	}

	private static double average(List<Integer> scores) {
		return Math.round(scores.stream().mapToInt(Integer::intValue).average().orElse(0) * 10) / 10.0;
	}

}
