package org.servicechain.feedback;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.feedback.FeedbackAccessPolicy.Caller;

/**
 * Analysis of feedback (FB-3, FB-5): survey scores by service, team, party of the chain
 * and week; recurring themes across comments, survey answers and complaints, ranked by
 * frequency, customers affected, sentiment and trend, with the latest decision on each.
 */
@Service
public class FeedbackAnalysis {

	private final Surveys surveys;

	private final SurveyInvitations invitations;

	private final ThemeDecisions decisions;

	private final ThemeAlerts alerts;

	private final ThemeTexts texts;

	private final FeedbackAccessPolicy access;

	private final FeedbackNames names;

	private final Clock clock;

	FeedbackAnalysis(Surveys surveys, SurveyInvitations invitations, ThemeDecisions decisions, ThemeAlerts alerts,
			ThemeTexts texts, FeedbackAccessPolicy access, FeedbackNames names, Clock clock) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.decisions = decisions;
		this.alerts = alerts;
		this.texts = texts;
		this.access = access;
		this.names = names;
		this.clock = clock;
	}

	/**
	 * @param weeks how many weeks back, up to now
	 */
	@Transactional(readOnly = true)
	public ScoreBoard scores(SurveyKind kind, int weeks) {
		Caller caller = this.access.caller();
		this.access.requireStaff(caller);
		Instant now = Instant.now(this.clock);
		Instant from = now.minus(Duration.ofDays(7L * Math.max(1, Math.min(weeks, 104))));
		Set<UUID> ofKind = this.surveys.findAll()
			.stream()
			.filter((survey) -> survey.getKind() == kind)
			.map(Survey::getId)
			.collect(Collectors.toSet());
		List<SurveyInvitation> answers = this.invitations.findByAnsweredAtIsNotNullOrderByAnsweredAtDesc()
			.stream()
			.filter((invitation) -> ofKind.contains(invitation.getSurveyId()))
			.filter((invitation) -> !invitation.getAnsweredAt().isBefore(from))
			.filter((invitation) -> this.access.canRead(caller, invitation))
			.toList();
		FeedbackNames.Names names = this.names.load();
		List<Integer> all = answers.stream().map(SurveyInvitation::getScore).toList();
		Map<String, List<Integer>> byWeek = new TreeMap<>();
		for (LocalDate week = monday(from); !week.isAfter(monday(now)); week = week.plusWeeks(1)) {
			byWeek.put(week.toString(), new ArrayList<>());
		}
		answers.forEach((answer) -> byWeek
			.computeIfAbsent(monday(answer.getAnsweredAt()).toString(), (week) -> new ArrayList<>())
			.add(answer.getScore()));
		Map<String, List<Integer>> byParty = new TreeMap<>();
		answers.forEach((answer) -> answer.parties()
			.forEach((party) -> byParty.computeIfAbsent(names.of(party), (name) -> new ArrayList<>())
				.add(answer.getScore())));
		return new ScoreBoard(kind, SurveyScoring.score(kind, all), all.size(),
				rows(kind, group(answers, (answer) -> names.of(answer.getServiceId()))),
				rows(kind, group(answers, (answer) -> names.of(answer.getTeamId()))), rows(kind, byParty),
				rows(kind, byWeek), kind.servqual() ? SurveyManagement.gaps(answers) : null);
	}

	/**
	 * Every survey answer given in the period, for the reports (REP-1): staff, or the
	 * system after the reporting module's own policy. Scores only, no comments.
	 */
	@Transactional(readOnly = true)
	public List<SurveyAnswerFact> answers(Instant from, Instant to) {
		Caller caller = this.access.caller();
		this.access.requireStaff(caller);
		Map<UUID, SurveyKind> kinds = this.surveys.findAll()
			.stream()
			.collect(Collectors.toMap(Survey::getId, Survey::getKind));
		return this.invitations.findByAnsweredAtGreaterThanEqualAndAnsweredAtLessThan(from, to)
			.stream()
			.filter((invitation) -> invitation.getScore() != null && kinds.containsKey(invitation.getSurveyId()))
			.map((invitation) -> new SurveyAnswerFact(invitation.getRequestId(), invitation.getRequestReference(),
					kinds.get(invitation.getSurveyId()), invitation.getScore(), invitation.getAnsweredAt(),
					invitation.getServiceId(), invitation.getTeamId(), invitation.isCustomerInternal(),
					invitation.parties()))
			.toList();
	}

	/**
	 * The CSAT of the requests a party worked on (its own team's requests and those it
	 * took a task of), answered in the period, for scorecards (PM-2): staff, or the
	 * system after the reviews module's own policy. Scores only.
	 * @return the share satisfied and how many answers it is of
	 */
	@Transactional(readOnly = true)
	public PartyFeedback csatOf(UUID partyId, Instant from, Instant to) {
		Caller caller = this.access.caller();
		this.access.requireStaff(caller);
		Set<UUID> csat = this.surveys.findAll()
			.stream()
			.filter((survey) -> survey.getKind() == SurveyKind.CSAT)
			.map(Survey::getId)
			.collect(Collectors.toSet());
		List<Integer> scores = this.invitations.findByAnsweredAtGreaterThanEqualAndAnsweredAtLessThan(from, to)
			.stream()
			.filter((invitation) -> invitation.getScore() != null && csat.contains(invitation.getSurveyId()))
			.filter((invitation) -> partyId.equals(invitation.getTeamId()) || invitation.parties().contains(partyId))
			.map(SurveyInvitation::getScore)
			.toList();
		return new PartyFeedback(SurveyScoring.score(SurveyKind.CSAT, scores), scores.size(), 0, 0, 0);
	}

	private static Map<String, List<Integer>> group(List<SurveyInvitation> answers,
			Function<SurveyInvitation, String> key) {
		Map<String, List<Integer>> groups = new TreeMap<>();
		answers.forEach(
				(answer) -> groups.computeIfAbsent(key.apply(answer), (k) -> new ArrayList<>()).add(answer.getScore()));
		return groups;
	}

	private static List<ScoreBoard.Row> rows(SurveyKind kind, Map<String, List<Integer>> groups) {
		return groups.entrySet()
			.stream()
			.map((entry) -> new ScoreBoard.Row(entry.getKey(), SurveyScoring.score(kind, entry.getValue()),
					entry.getValue().size()))
			.toList();
	}

	static LocalDate monday(Instant at) {
		return LocalDate.ofInstant(at, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/**
	 * @param days the window, up to now
	 * @return the themes of the window, highest ranked first
	 */
	@Transactional(readOnly = true)
	public List<ThemeView> themes(int days) {
		Caller caller = this.access.caller();
		this.access.requireAnalyse(caller);
		Instant now = Instant.now(this.clock);
		List<ThemeFinder.Theme> found = ThemeFinder.themes(this.texts.all(),
				now.minus(Duration.ofDays(Math.max(1, Math.min(days, 730)))), now, 2);
		FeedbackNames.Names names = this.names.load();
		Map<String, ThemeDecision> latest = new LinkedHashMap<>();
		this.decisions.findAllByOrderByDecidedAtDesc().forEach((made) -> latest.putIfAbsent(made.getTheme(), made));
		Set<String> alerted = this.alerts.findAllByOrderByRaisedAtDesc()
			.stream()
			.filter(ThemeAlert::open)
			.map(ThemeAlert::getTheme)
			.collect(Collectors.toSet());
		return found.stream().map((theme) -> view(theme, latest.get(theme.key()), alerted, names)).toList();
	}

	static ThemeView view(ThemeFinder.Theme theme, ThemeDecision decision, Set<String> alerted,
			FeedbackNames.Names names) {
		Map<String, Long> origins = new TreeMap<>(
				theme.texts().stream().collect(Collectors.groupingBy(ThemeFinder.Text::origin, Collectors.counting())));
		return new ThemeView(theme.key(), theme.label(), theme.mentions(), theme.customers(), theme.sentiment(),
				theme.tone(), theme.trend(), theme.recent(), theme.earlier(), names.orNull(theme.partyId()),
				theme.texts().stream().limit(5).map(ThemeFinder.Text::text).toList(), origins,
				(decision != null) ? FeedbackManagement.decisionView(decision, names) : null,
				alerted.contains(theme.key()));
	}

}
