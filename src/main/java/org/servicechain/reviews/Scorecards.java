package org.servicechain.reviews;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.agreements.AgreementKind;
import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementView;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.PartyView;
import org.servicechain.complaints.ComplaintFilter;
import org.servicechain.complaints.ComplaintQueries;
import org.servicechain.complaints.ComplaintSummary;
import org.servicechain.feedback.FeedbackAnalysis;
import org.servicechain.feedback.ImprovementManagement;
import org.servicechain.feedback.PartyFeedback;
import org.servicechain.feedback.RelationshipComment;
import org.servicechain.feedback.RelationshipRating;
import org.servicechain.feedback.RelationshipSurveys;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.UserView;
import org.servicechain.identity.SystemActor;
import org.servicechain.reviews.ScorecardPolicy.Outcome;
import org.servicechain.reviews.ScorecardPolicy.Scored;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;
import org.servicechain.sla.Durations;
import org.servicechain.sla.SlaManagement;
import org.servicechain.sla.SlaViews.PartyRecord;

/**
 * Scorecards for every partner and internal team (PM-2), computed from live data each
 * time they are asked for: nothing on a card is typed in, so nothing on it can be out of
 * date. Everything read from other modules is read as the system, after this module's own
 * policy has decided the caller may see the card.
 */
@Service
public class Scorecards {

	/** The zone periods are counted in: the organisation's. */
	public static final ZoneId ZONE = ZoneId.of("Europe/London");

	/** Earlier periods of the same length shown as the card's trend. */
	static final int TREND_PERIODS = 3;

	/** A month cut to under this many days is counted with the month next to it. */
	static final int MIN_MONTH_DAYS = 7;

	private final ReviewAccessPolicy policy;

	private final MeasureSettings settings;

	private final Disputes disputes;

	private final SlaManagement sla;

	private final ChainManagement chain;

	private final AgreementManagement agreements;

	private final ComplaintQueries complaints;

	private final FeedbackAnalysis feedback;

	private final ImprovementManagement improvement;

	private final RelationshipSurveys relationships;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final Clock clock;

	Scorecards(ReviewAccessPolicy policy, MeasureSettings settings, Disputes disputes, SlaManagement sla,
			ChainManagement chain, AgreementManagement agreements, ComplaintQueries complaints,
			FeedbackAnalysis feedback, ImprovementManagement improvement, RelationshipSurveys relationships,
			IdentityManagement identity, AuditTrail audit, Clock clock) {
		this.policy = policy;
		this.settings = settings;
		this.disputes = disputes;
		this.sla = sla;
		this.chain = chain;
		this.agreements = agreements;
		this.complaints = complaints;
		this.feedback = feedback;
		this.improvement = improvement;
		this.relationships = relationships;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return the default period: the 90 days up to today
	 */
	public Period defaultPeriod() {
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		return new Period(today.minusDays(89), today);
	}

	/**
	 * @return the period asked for, each end defaulting to the 90 days up to today
	 */
	public Period period(@Nullable LocalDate from, @Nullable LocalDate to) {
		Period fallback = defaultPeriod();
		return new Period((from != null) ? from : fallback.from(), (to != null) ? to : fallback.to());
	}

	/**
	 * A period, both days included.
	 */
	public record Period(LocalDate from, LocalDate to) {

		Period before() {
			long days = ChronoUnit.DAYS.between(this.from, this.to) + 1;
			return new Period(this.from.minusDays(days), this.from.minusDays(1));
		}

		/**
		 * @return the calendar months the period touches, each cut to the period, a stub
		 * of under a week at either end counted with its neighbour; none when it lies
		 * within one month
		 */
		List<Period> months() {
			List<Period> months = new ArrayList<>();
			if (this.from.withDayOfMonth(1).equals(this.to.withDayOfMonth(1))) {
				return months;
			}
			for (LocalDate first = this.from.withDayOfMonth(1); !first.isAfter(this.to); first = first.plusMonths(1)) {
				LocalDate last = first.plusMonths(1).minusDays(1);
				months.add(new Period(first.isBefore(this.from) ? this.from : first,
						last.isAfter(this.to) ? this.to : last));
			}
			if (months.size() > 1 && months.get(months.size() - 1).days() < MIN_MONTH_DAYS) {
				Period stub = months.remove(months.size() - 1);
				Period before = months.remove(months.size() - 1);
				months.add(new Period(before.from(), stub.to()));
			}
			if (months.size() > 1 && months.get(0).days() < MIN_MONTH_DAYS) {
				Period stub = months.remove(0);
				Period after = months.remove(0);
				months.add(0, new Period(stub.from(), after.to()));
			}
			return months;
		}

		long days() {
			return ChronoUnit.DAYS.between(this.from, this.to) + 1;
		}

	}

	/**
	 * The scorecard of one party for a period, with its trend and disputes.
	 * @throws NotFoundException when the party does not exist, provides nothing, or the
	 * caller may not see its card
	 */
	@Transactional(readOnly = true)
	public Scorecard scorecard(UUID partyId, LocalDate from, LocalDate to) {
		return scorecard(partyId, from, to, true);
	}

	/**
	 * @param history whether to compute the trend and the months too (an objective's
	 * progress needs only the card itself)
	 */
	@Transactional(readOnly = true)
	Scorecard scorecard(UUID partyId, LocalDate from, LocalDate to, boolean history) {
		this.policy.requireReadable(partyId);
		Period period = checked(from, to);
		// How the party rated us in the period, beside its card (never one of its
		// measures:
		// it is about us). Asked as the caller, whom the feedback module's policy judges.
		RelationshipRating ratesUs = history ? this.relationships
			.ratingBy(partyId, period.from().atStartOfDay(ZONE).toInstant(),
					period.to().plusDays(1).atStartOfDay(ZONE).toInstant())
			.orElse(null) : null;
		return SystemActor.call(() -> {
			PartyView party = provider(partyId);
			List<AgreementView> agreements = this.agreements.agreements(null);
			AgreementKind kind = kindOf(party, agreements);
			Set<UUID> provided = providedBy(partyId, agreements);
			List<ScorecardPolicy.Setting> weights = settingsOf(kind);
			List<ComplaintSummary> complaints = complaintsAbout(partyId);
			Set<String> people = peopleOf(partyId);
			Figures current = figures(partyId, provided, period, complaints, people);
			Outcome outcome = ScorecardPolicy.score(current.values(), weights);
			List<Scorecard.TrendPoint> trend = new ArrayList<>();
			Period earlier = period;
			for (int i = 0; i < (history ? TREND_PERIODS : 0); i++) {
				earlier = earlier.before();
				Outcome then = ScorecardPolicy.score(figures(partyId, provided, earlier, complaints, people).values(),
						weights);
				trend.add(0, new Scorecard.TrendPoint(earlier.from(), earlier.to(), then.score(), then.verdict()));
			}
			List<Scorecard.TrendPoint> months = new ArrayList<>();
			for (Period month : history ? period.months() : List.<Period>of()) {
				Outcome then = ScorecardPolicy.score(figures(partyId, provided, month, complaints, people).values(),
						weights);
				months.add(new Scorecard.TrendPoint(month.from(), month.to(), then.score(), then.verdict()));
			}
			PartyRecord record = current.record();
			return new Scorecard(party.id(), party.name(), party.internal(), kind, period.from(), period.to(),
					lines(outcome, record, current.feedback()), outcome.score(), outcome.verdict(),
					outcome.failedCritical().stream().map(ScorecardMeasure::label).toList(), List.copyOf(trend),
					List.copyOf(months),
					new Scorecard.Evidence(record.clocks(), record.requests(), record.met(), record.breached(),
							record.running(), record.customerBreaches(), record.attributedBreaches(),
							record.attributedReferences(), current.complaints(), current.feedback().csatAnswers(),
							current.feedback().actionsOwned(), current.feedback().actionsOpen(),
							current.feedback().actionsOverdue()),
					this.disputes.findTop50ByPartyIdOrderByRaisedAtDesc(partyId).stream().map(Dispute::toView).toList(),
					record.counting() + " Complaints: those received in the period naming this party as "
							+ "responsible. CSAT: " + ScorecardMeasure.CSAT.counting() + " Improvement actions: "
							+ ScorecardMeasure.IMPROVEMENT_ACTIONS.counting() + " " + ScorecardPolicy.RULE,
					ratesUs);
		});
	}

	/**
	 * The comments the party's people left with their relationship-survey answers in the
	 * period, newest first, beside its card. The card's reader must be allowed to read
	 * the card; who reads the comments is the feedback module's policy's decision (the
	 * same that shows the rating).
	 * @throws org.springframework.security.access.AccessDeniedException for a reader of
	 * the card who may not see how the party rates us
	 */
	@Transactional(readOnly = true)
	public PageResponse<RelationshipComment> ratesUsComments(UUID partyId, LocalDate from, LocalDate to, int page,
			int size) {
		this.policy.requireReadable(partyId);
		Period period = checked(from, to);
		return this.relationships.comments(partyId, period.from().atStartOfDay(ZONE).toInstant(),
				period.to().plusDays(1).atStartOfDay(ZONE).toInstant(), page, size);
	}

	/**
	 * Every partner's and team's card for a period, worst first (staff).
	 */
	@Transactional(readOnly = true)
	public PageResponse<ScorecardSummary> overview(LocalDate from, LocalDate to, int page, int size) {
		return overview(from, to, null, page, size);
	}

	/**
	 * The overview narrowed to the parties whose name contains {@code nameContains}
	 * (ignoring case); blank or null means every party.
	 */
	@Transactional(readOnly = true)
	public PageResponse<ScorecardSummary> overview(LocalDate from, LocalDate to, @Nullable String nameContains,
			int page, int size) {
		this.policy.requireStaff();
		Period period = checked(from, to);
		String wanted = (nameContains != null) ? nameContains.strip().toLowerCase(java.util.Locale.ROOT) : "";
		List<ScorecardSummary> all = SystemActor.call(() -> {
			List<AgreementView> agreements = this.agreements.agreements(null);
			Set<UUID> providers = agreements.stream().map(AgreementView::providerId).collect(Collectors.toSet());
			Map<UUID, Set<String>> peopleByParty = peopleByParty();
			Map<UUID, Long> open = new java.util.HashMap<>();
			this.disputes.countOpenByParty().forEach((row) -> open.put((UUID) row[0], (Long) row[1]));
			List<ScorecardSummary> lines = new ArrayList<>();
			for (PartyView party : this.chain.allParties()) {
				if (!providers.contains(party.id())
						|| !party.name().toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
					continue;
				}
				AgreementKind kind = kindOf(party, agreements);
				List<ScorecardPolicy.Setting> weights = settingsOf(kind);
				List<ComplaintSummary> complaints = complaintsAbout(party.id());
				Set<UUID> provided = providedBy(party.id(), agreements);
				Set<String> people = peopleByParty.getOrDefault(party.id(), Set.of());
				Figures now = figures(party.id(), provided, period, complaints, people);
				Outcome outcome = ScorecardPolicy.score(now.values(), weights);
				Outcome before = ScorecardPolicy
					.score(figures(party.id(), provided, period.before(), complaints, people).values(), weights);
				lines.add(new ScorecardSummary(party.id(), party.name(), party.internal(), kind.label(),
						outcome.score(), outcome.verdict(), before.score(), now.record().compliancePercent(),
						now.record().attributedBreaches(), now.complaints(), open.getOrDefault(party.id(), 0L)));
			}
			// Worst first: failing, then to watch, then good, then without data; by score
			// within each.
			lines.sort(java.util.Comparator.comparing((ScorecardSummary line) -> switch (line.verdict()) {
				case FAILING -> 0;
				case WATCH -> 1;
				case GOOD -> 2;
				case NO_DATA -> 3;
			})
				.thenComparing((ScorecardSummary line) -> (line.score() != null) ? line.score() : Integer.MAX_VALUE)
				.thenComparing(ScorecardSummary::partyName));
			return lines;
		});
		return Paging.slice(all, page, size);
	}

	// Settings

	@Transactional(readOnly = true)
	public List<SettingView> settings() {
		this.policy.requireStaff();
		return this.settings.findAll()
			.stream()
			.sorted(java.util.Comparator.comparing(MeasureSetting::getAgreementKind)
				.thenComparing(MeasureSetting::getMeasure))
			.map(MeasureSetting::toView)
			.toList();
	}

	/**
	 * Changes how a measure is weighed for one kind of agreement (managers).
	 */
	@Transactional
	public SettingView changeSetting(UUID id, long version, int weight, double threshold, boolean critical) {
		this.policy.requireManager();
		MeasureSetting setting = this.settings.findById(id).orElseThrow(() -> new NotFoundException("Setting", id));
		List<InvalidInputException.FieldViolation> errors = new ArrayList<>();
		if (weight < 0 || weight > 100) {
			errors.add(new InvalidInputException.FieldViolation("weight", "range", "must be from 0 to 100"));
		}
		if (threshold < 0 || Double.isNaN(threshold)) {
			errors.add(new InvalidInputException.FieldViolation("threshold", "min", "must not be negative"));
		}
		else if ((setting.getMeasure() == ScorecardMeasure.COMPLIANCE || setting.getMeasure() == ScorecardMeasure.CSAT)
				&& threshold > 100) {
			errors.add(new InvalidInputException.FieldViolation("threshold", "max",
					"a compliance or CSAT threshold is a percentage, at most 100"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.audit.checkVersion("Scorecard setting", setting, version);
		Map<String, String> before = setting.auditSnapshot();
		setting.change(weight, threshold, critical);
		this.settings.saveAndFlush(setting);
		this.audit.updated("Scorecard setting", before, setting);
		return setting.toView();
	}

	// Disputes

	/**
	 * Disputes a figure of a party's card: the party's own users and staff.
	 */
	@Transactional
	public DisputeView dispute(UUID partyId, LocalDate from, LocalDate to, @Nullable ScorecardMeasure measure,
			@Nullable String comment) {
		CurrentUser user = this.policy.requireReadable(partyId);
		Period period = checked(from, to);
		List<InvalidInputException.FieldViolation> errors = new ArrayList<>();
		if (measure == null) {
			errors.add(new InvalidInputException.FieldViolation("measure", "required", "say which figure you dispute"));
		}
		String text = (comment != null) ? comment.strip() : "";
		if (text.isEmpty()) {
			errors.add(new InvalidInputException.FieldViolation("comment", "required",
					"say why the figure is wrong, so it can be checked"));
		}
		else if (text.length() > 2000) {
			errors.add(new InvalidInputException.FieldViolation("comment", "max-length", "at most 2,000 characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		SystemActor.call(() -> provider(partyId));
		Dispute dispute = new Dispute(partyId, period.from(), period.to(), java.util.Objects.requireNonNull(measure),
				text, user.getUsername(), user.displayName(), Instant.now(this.clock));
		this.disputes.saveAndFlush(dispute);
		this.audit.created("Scorecard dispute", dispute);
		return dispute.toView();
	}

	/**
	 * Answers a dispute (managers): what was checked and what, if anything, changes.
	 */
	@Transactional
	public DisputeView answer(UUID disputeId, long version, @Nullable String answer) {
		CurrentUser user = this.policy.requireManager();
		Dispute dispute = this.disputes.findById(disputeId)
			.orElseThrow(() -> new NotFoundException("Dispute", disputeId));
		String text = (answer != null) ? answer.strip() : "";
		if (text.isEmpty()) {
			throw new InvalidInputException("answer", "required", "say what was checked and what changes");
		}
		if (text.length() > 2000) {
			throw new InvalidInputException("answer", "max-length", "at most 2,000 characters");
		}
		if (!dispute.toView().open()) {
			throw new InvalidInputException("answer", "already-answered", "this dispute has been answered");
		}
		this.audit.checkVersion("Scorecard dispute", dispute, version);
		Map<String, String> before = dispute.auditSnapshot();
		dispute.answer(text, user.displayName(), Instant.now(this.clock));
		this.disputes.saveAndFlush(dispute);
		this.audit.updated("Scorecard dispute", before, dispute);
		return dispute.toView();
	}

	/**
	 * @return disputes waiting for an answer (staff; for the dashboard)
	 */
	@Transactional(readOnly = true)
	public long openDisputes() {
		this.policy.requireStaff();
		return this.disputes.countByAnswerIsNull();
	}

	// Computing

	private record Figures(PartyRecord record, int complaints, PartyFeedback feedback,
			Map<ScorecardMeasure, @Nullable Double> values) {

	}

	/**
	 * @return the login names of the party's people (staff of a team, a partner's users):
	 * the owners whose improvement actions are the party's
	 */
	private Set<String> peopleOf(UUID partyId) {
		return peopleByParty().getOrDefault(partyId, Set.of());
	}

	private Map<UUID, Set<String>> peopleByParty() {
		Map<UUID, Set<String>> people = new java.util.HashMap<>();
		for (UserView user : this.identity.users()) {
			if (user.partyId() != null) {
				people.computeIfAbsent(user.partyId(), (id) -> new java.util.HashSet<>()).add(user.username());
			}
		}
		return people;
	}

	private static Set<UUID> providedBy(UUID partyId, List<AgreementView> agreements) {
		return agreements.stream()
			.filter((agreement) -> agreement.providerId().equals(partyId))
			.map(AgreementView::id)
			.collect(Collectors.toSet());
	}

	private Figures figures(UUID partyId, Set<UUID> provided, Period period, List<ComplaintSummary> complaints,
			Set<String> people) {
		PartyRecord record = this.sla.partyRecord(partyId, provided, period.from(), period.to(), ZONE);
		Instant start = period.from().atStartOfDay(ZONE).toInstant();
		Instant end = period.to().plusDays(1).atStartOfDay(ZONE).toInstant();
		int complained = (int) complaints.stream()
			.filter((complaint) -> !complaint.receivedAt().isBefore(start) && complaint.receivedAt().isBefore(end))
			.count();
		Map<ScorecardMeasure, @Nullable Double> values = new EnumMap<>(ScorecardMeasure.class);
		Integer compliance = record.compliancePercent();
		values.put(ScorecardMeasure.COMPLIANCE, (compliance != null) ? compliance.doubleValue() : null);
		Long response = record.medianResponseSeconds();
		Long target = record.medianResponseTargetSeconds();
		values.put(ScorecardMeasure.RESPONSIVENESS, (response != null && target != null && target > 0)
				? Math.round(100.0 * response / target) * 1.0 : null);
		boolean measured = record.clocks() > 0;
		values.put(ScorecardMeasure.ATTRIBUTED_BREACHES, measured ? (double) record.attributedBreaches() : null);
		values.put(ScorecardMeasure.COMPLAINTS, (measured || complained > 0) ? (double) complained : null);
		PartyFeedback csat = this.feedback.csatOf(partyId, start, end);
		PartyFeedback actions = this.improvement.ownedBy(people, end, period.to());
		PartyFeedback feedback = new PartyFeedback(csat.satisfiedPercent(), csat.csatAnswers(), actions.actionsOwned(),
				actions.actionsOpen(), actions.actionsOverdue());
		values.put(ScorecardMeasure.CSAT, feedback.satisfiedPercent());
		values.put(ScorecardMeasure.IMPROVEMENT_ACTIONS,
				(feedback.actionsOwned() > 0) ? (double) feedback.actionsOverdue() : null);
		return new Figures(record, complained, feedback, values);
	}

	private List<Scorecard.Line> lines(Outcome outcome, PartyRecord record, PartyFeedback feedback) {
		List<Scorecard.Line> lines = new ArrayList<>();
		for (Scored scored : outcome.measures()) {
			ScorecardMeasure measure = scored.measure();
			String shown = (scored.value() == null) ? "no data" : switch (measure) {
				case COMPLIANCE ->
					Math.round(scored.value()) + " % (" + record.met() + " met, " + record.breached() + " breached)";
				case RESPONSIVENESS -> Math.round(scored.value()) + " % of target (median "
						+ Durations.words(Duration
							.ofSeconds(java.util.Objects.requireNonNullElse(record.medianResponseSeconds(), 0L)))
						+ " against "
						+ Durations.words(Duration
							.ofSeconds(java.util.Objects.requireNonNullElse(record.medianResponseTargetSeconds(), 0L)))
						+ ")";
				case ATTRIBUTED_BREACHES ->
					Math.round(scored.value()) + " of " + record.customerBreaches() + " customer breaches";
				case COMPLAINTS -> String.valueOf(Math.round(scored.value()));
				case CSAT -> Math.round(scored.value()) + " % satisfied (" + feedback.csatAnswers()
						+ ((feedback.csatAnswers() == 1) ? " answer)" : " answers)");
				case IMPROVEMENT_ACTIONS -> Math.round(scored.value()) + " overdue (" + feedback.actionsOpen()
						+ " open of " + feedback.actionsOwned() + " owned)";
			};
			double threshold = scored.setting().threshold();
			String thresholdShown = (measure.higherIsBetter() ? "at least " : "at most ") + number(threshold) + " "
					+ measure.unit();
			lines.add(new Scorecard.Line(measure, measure.label(), scored.value(), shown, scored.setting().weight(),
					threshold, thresholdShown, scored.setting().critical(), scored.score(), scored.met(),
					measure.counting()));
		}
		return List.copyOf(lines);
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

	private PartyView provider(UUID partyId) {
		PartyView party;
		try {
			party = this.chain.party(partyId);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("Scorecard", partyId);
		}
		if (party.customer()) {
			throw new NotFoundException("Scorecard", partyId);
		}
		return party;
	}

	/**
	 * The kind of agreement a party is weighed by: the customer SLA it provides, else its
	 * OLA, else its underpinning contract; a party providing none is weighed as its kind
	 * of party would be.
	 */
	static AgreementKind kindOf(PartyView party, List<AgreementView> agreements) {
		Set<AgreementKind> kinds = agreements.stream()
			.filter((agreement) -> agreement.providerId().equals(party.id()))
			.map(AgreementView::kind)
			.collect(Collectors.toSet());
		for (AgreementKind kind : List.of(AgreementKind.CUSTOMER_SLA, AgreementKind.OLA,
				AgreementKind.UNDERPINNING_CONTRACT)) {
			if (kinds.contains(kind)) {
				return kind;
			}
		}
		return party.internal() ? AgreementKind.OLA : AgreementKind.UNDERPINNING_CONTRACT;
	}

	private List<ScorecardPolicy.Setting> settingsOf(AgreementKind kind) {
		return this.settings.findByAgreementKindOrderByMeasure(kind)
			.stream()
			.map(MeasureSetting::toSetting)
			.sorted(java.util.Comparator.comparing(ScorecardPolicy.Setting::measure))
			.toList();
	}

	private List<ComplaintSummary> complaintsAbout(UUID partyId) {
		return this.complaints
			.export(new ComplaintFilter(null, null, null, null, null, null, null, partyId, null, null));
	}

	private static Period checked(@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from == null) {
			throw new InvalidInputException("from", "required", "say when the period starts");
		}
		if (to == null) {
			throw new InvalidInputException("to", "required", "say when the period ends");
		}
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "not-before-from", "the period must not end before it starts");
		}
		if (ChronoUnit.DAYS.between(from, to) > 366) {
			throw new InvalidInputException("to", "max-period", "a scorecard covers at most a year");
		}
		return new Period(from, to);
	}

}
