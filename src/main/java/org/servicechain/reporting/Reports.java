package org.servicechain.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementView;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.PartyView;
import org.servicechain.complaints.ComplaintFilter;
import org.servicechain.complaints.ComplaintQueries;
import org.servicechain.complaints.ComplaintSummary;
import org.servicechain.feedback.FeedbackAnalysis;
import org.servicechain.feedback.SurveyAnswerFact;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.SystemActor;
import org.servicechain.reporting.ReportCounting.Counted;
import org.servicechain.reporting.ReportCounting.Group;
import org.servicechain.requests.RequestFact;
import org.servicechain.requests.RequestQueries;
import org.servicechain.workforce.DemandForecasting;
import org.servicechain.workforce.DemandView;
import org.servicechain.reviews.Scorecards;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;
import org.servicechain.sla.SlaManagement;
import org.servicechain.sla.SlaViews.ClockRecord;

/**
 * The reports (REP-1): each counted afresh from the other modules' records, read through
 * their facades as the system once {@link ReportingAccessPolicy} has narrowed the filter
 * to what the caller may see; so a partner's report can only ever hold its own link's
 * figures, whichever path asks (page, API, export, pin or scheduled mail).
 */
@Service
public class Reports {

	/** The zone a report's days are counted in: the organisation's. */
	public static final ZoneId ZONE = ZoneId.of("Europe/London");

	/** The most themes one report shows. */
	static final int THEMES = 15;

	/** The longest period one report covers. */
	static final int MAX_DAYS = 366;

	private final ReportingAccessPolicy policy;

	private final SlaManagement sla;

	private final RequestQueries requests;

	private final ComplaintQueries complaints;

	private final FeedbackAnalysis feedback;

	private final AgreementManagement agreements;

	private final ChainManagement chain;

	private final DemandForecasting demand;

	private final Scorecards scorecards;

	private final Clock clock;

	Reports(ReportingAccessPolicy policy, SlaManagement sla, RequestQueries requests, ComplaintQueries complaints,
			FeedbackAnalysis feedback, AgreementManagement agreements, ChainManagement chain, DemandForecasting demand,
			Scorecards scorecards, Clock clock) {
		this.demand = demand;
		this.scorecards = scorecards;
		this.policy = policy;
		this.sla = sla;
		this.requests = requests;
		this.complaints = complaints;
		this.feedback = feedback;
		this.agreements = agreements;
		this.chain = chain;
		this.clock = clock;
	}

	/**
	 * @return the default period: the 30 days up to today
	 */
	public LocalDate[] defaultPeriod() {
		LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
		return new LocalDate[] { today.minusDays(29), today };
	}

	/**
	 * @return the reports the caller may choose from: staffing figures for managers only
	 */
	public List<ReportKind> myKinds() {
		CurrentUser user = this.policy.requireReader();
		boolean manager = user.hasRole(org.servicechain.identity.Role.ADMIN, org.servicechain.identity.Role.MANAGER);
		return java.util.Arrays.stream(ReportKind.values()).filter((kind) -> manager || !kind.managersOnly()).toList();
	}

	/**
	 * @return the reports the caller's dashboard shows, for their role
	 */
	public List<ReportKind> myDashboard() {
		CurrentUser user = this.policy.requireReader();
		return this.policy.dashboardOf(user.role());
	}

	/**
	 * Counts one report for the caller.
	 * @throws InvalidInputException when the period is malformed
	 * @throws NotFoundException when a partner or team member names another party
	 */
	@Transactional(readOnly = true)
	public Report report(ReportKind kind, ReportFilter asked) {
		this.policy.requireMayCount(kind);
		ReportFilter filter = this.policy.scoped(checked(asked));
		Instant now = Instant.now(this.clock);
		Counted counted = SystemActor.call(() -> count(kind, filter, now));
		return new Report(kind, filter, SystemActor.call(() -> scope(filter)), counted.bars(),
				counting(kind, filter, now), ZONE.getId(), now);
	}

	/**
	 * The records behind one bar of a report, paged, by reference.
	 * @throws NotFoundException when the report has no such bar
	 */
	@Transactional(readOnly = true)
	public PageResponse<DrillRow> behind(ReportKind kind, ReportFilter asked, String bar, int page, int size) {
		this.policy.requireMayCount(kind);
		ReportFilter filter = this.policy.scoped(checked(asked));
		Instant now = Instant.now(this.clock);
		Counted counted = SystemActor.call(() -> count(kind, filter, now));
		if (counted.bars().stream().noneMatch((shown) -> shown.key().equals(bar))) {
			throw new NotFoundException("Bar", bar);
		}
		return Paging.slice(counted.behind().getOrDefault(bar, List.of()), page, size);
	}

	/**
	 * What the filter offers the caller: services, teams and parties by name. A partner
	 * or team member is offered only their own party.
	 */
	@Transactional(readOnly = true)
	public FilterOptions options() {
		CurrentUser user = this.policy.requireReader();
		boolean full = this.policy.fullView(user);
		return SystemActor.call(() -> {
			Map<UUID, String> services = new LinkedHashMap<>();
			this.chain.services()
				.stream()
				.sorted(Comparator.comparing((org.servicechain.chain.ServiceView service) -> service.name()))
				.forEach((service) -> services.put(service.id(), service.name()));
			Map<UUID, String> teams = new LinkedHashMap<>();
			Map<UUID, String> partners = new LinkedHashMap<>();
			this.chain.allParties()
				.stream()
				.filter((party) -> !party.customer())
				.filter((party) -> full || party.id().equals(user.partyId()))
				.sorted(Comparator.comparing(PartyView::name))
				.forEach((party) -> {
					if (party.internal()) {
						teams.put(party.id(), party.name());
					}
					partners.put(party.id(), party.name());
				});
			return new FilterOptions(services, teams, partners, full);
		});
	}

	/**
	 * The choices of the filter form.
	 *
	 * @param partners parties of the chain a report may be narrowed to
	 * @param anyParty whether the caller may choose any party (staff)
	 */
	public record FilterOptions(Map<UUID, String> services, Map<UUID, String> teams, Map<UUID, String> partners,
			boolean anyParty) {

	}

	// Counting, as the system

	private Counted count(ReportKind kind, ReportFilter filter, Instant now) {
		Instant start = filter.from().atStartOfDay(ZONE).toInstant();
		Instant end = filter.to().plusDays(1).atStartOfDay(ZONE).toInstant();
		return switch (kind) {
			case SLA_BY_AGREEMENT, SLA_BY_PRIORITY, SLA_BY_LINK -> compliance(kind, filter, start, end);
			case BACKLOG_AGE -> {
				List<RequestFact> open = this.requests.facts(this.requests.openRequestIds())
					.stream()
					.filter((request) -> request.status().active())
					.filter((request) -> ReportCounting.selects(filter, request))
					.toList();
				yield ReportCounting.backlog(open, now);
			}
			case COMPLAINTS_BY_CAUSE -> ReportCounting.complaintsByCause(complaints(filter, start, end));
			case COMPLAINT_RESOLUTION -> ReportCounting.resolution(complaints(filter, start, end));
			case FEEDBACK_SCORES -> {
				List<SurveyAnswerFact> answers = this.feedback.answers(start, end)
					.stream()
					.filter((answer) -> ReportCounting.selects(filter, answer))
					.toList();
				yield ReportCounting.feedback(answers);
			}
			case FEEDBACK_THEMES -> themes(filter);
			case DEMAND_CAPACITY -> capacity(filter);
			case SCORECARDS -> scorecards(filter);
		};
	}

	private Counted themes(ReportFilter filter) {
		int days = (int) ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1;
		String party = (filter.partner() != null) ? this.chain.party(filter.partner()).name() : null;
		List<Report.Bar> bars = this.feedback.themes(days)
			.stream()
			.filter((theme) -> party == null || party.equals(theme.partyName()))
			.limit(THEMES)
			.map((theme) -> new Report.Bar(theme.key(), theme.label(), (double) theme.mentions(), theme.customers(),
					theme.mentions() + " mentions from " + theme.customers() + " customers; "
							+ theme.tone().name().toLowerCase(java.util.Locale.ROOT) + ", " + theme.trend()
							+ ((theme.decision() != null) ? "; decided" : "; no decision yet")))
			.toList();
		return new Counted(bars, Map.of());
	}

	private Counted capacity(ReportFilter filter) {
		// No complete week of history for the service: nothing to forecast from.
		DemandView view = this.demand.demandIfForecastable(filter.service()).orElse(null);
		if (view == null) {
			return new Counted(List.of(), Map.of());
		}
		List<Report.Bar> bars = view.weeks().stream().map((week) -> {
			Double percent = (week.capacityHours() > 0) ? 100.0 * week.workloadHours() / week.capacityHours() : null;
			return new Report.Bar(week.start().toString(), "w/c " + week.start(), percent, Math.round(week.forecast()),
					Math.round(week.forecast()) + " requests forecast, " + Math.round(week.workloadHours())
							+ " h of work against " + Math.round(week.capacityHours()) + " productive hours"
							+ (week.flag().equals("NORMAL") ? ""
									: "; " + week.flag().toLowerCase(java.util.Locale.ROOT) + ": " + week.why()));
		}).toList();
		return new Counted(bars, Map.of());
	}

	private Counted scorecards(ReportFilter filter) {
		List<Report.Bar> bars = this.scorecards
			.overview(filter.from(), filter.to(), null, 0, org.servicechain.shared.Paging.MAX_SIZE)
			.items()
			.stream()
			.filter((card) -> filter.partner() == null || card.partyId().equals(filter.partner()))
			.filter((card) -> filter.team() == null || card.partyId().equals(filter.team()))
			.map((card) -> new Report.Bar(card.partyId().toString(), card.partyName(),
					(card.score() != null) ? card.score().doubleValue() : null, card.attributedBreaches(),
					card.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
							+ ((card.compliancePercent() != null) ? ", " + card.compliancePercent() + " % compliant"
									: "")
							+ ", " + card.attributedBreaches() + " breaches attributed, " + card.complaints()
							+ " complaints"))
			.toList();
		return new Counted(bars, Map.of());
	}

	private Counted compliance(ReportKind kind, ReportFilter filter, Instant start, Instant end) {
		List<ClockRecord> started = this.sla.clockRecords(start, end);
		Map<UUID, RequestFact> requests = this.requests
			.facts(started.stream().map(ClockRecord::requestId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(RequestFact::id, Function.identity()));
		// The partner narrows to the clocks that measure it; every other field to the
		// requests they run on.
		ReportFilter byRequest = filter.withPartner(null);
		List<ClockRecord> clocks = started.stream().filter((clock) -> {
			RequestFact request = requests.get(clock.requestId());
			return request != null && ReportCounting.selects(byRequest, request)
					&& (filter.partner() == null || ReportCounting.measures(filter.partner(), clock, request));
		}).toList();
		Map<UUID, AgreementView> agreements = this.agreements.agreements(null)
			.stream()
			.collect(Collectors.toMap(AgreementView::id, Function.identity()));
		Function<ClockRecord, Group> groupOf = switch (kind) {
			case SLA_BY_PRIORITY ->
				(clock) -> new Group(clock.priority().toLowerCase(java.util.Locale.ROOT), clock.priority());
			case SLA_BY_LINK -> (clock) -> {
				AgreementView agreement = agreements.get(clock.agreementId());
				return (agreement == null) ? new Group("unknown", "Unknown link")
						: new Group(agreement.providerId() + "-" + agreement.consumerId(),
								agreement.providerName() + " → " + agreement.consumerName());
			};
			default -> (clock) -> {
				AgreementView agreement = agreements.get(clock.agreementId());
				return new Group(clock.agreementId().toString(),
						(agreement == null) ? "Unknown agreement" : agreement.reference() + " " + agreement.title());
			};
		};
		return ReportCounting.compliance(clocks, requests, groupOf);
	}

	private List<ComplaintSummary> complaints(ReportFilter filter, Instant start, Instant end) {
		return this.complaints
			.export(new ComplaintFilter(null, null, null, null, null, null, filter.service(), filter.partner(),
					filter.internal(), null))
			.stream()
			.filter((complaint) -> !complaint.receivedAt().isBefore(start) && complaint.receivedAt().isBefore(end))
			.toList();
	}

	// What the report says of itself

	private String scope(ReportFilter filter) {
		List<String> parts = new ArrayList<>();
		parts.add(filter.from() + " to " + filter.to());
		if (filter.service() != null) {
			parts.add("service " + name(() -> this.chain.services()
				.stream()
				.filter((service) -> service.id().equals(filter.service()))
				.map(org.servicechain.chain.ServiceView::name)
				.findFirst()
				.orElse("unknown")));
		}
		if (filter.team() != null) {
			parts.add("team " + name(() -> this.chain.party(filter.team()).name()));
		}
		if (filter.partner() != null) {
			parts.add("party " + name(() -> this.chain.party(filter.partner()).name()));
		}
		if (filter.internal() != null) {
			parts.add(filter.internal() ? "internal customers" : "external customers");
		}
		return String.join(", ", parts);
	}

	private static String name(java.util.function.Supplier<String> read) {
		try {
			return read.get();
		}
		catch (NotFoundException ex) {
			return "unknown";
		}
	}

	/**
	 * How a report counts, in words: which records, which calendar, which pauses, what is
	 * a breach, which period and zone.
	 */
	static String counting(ReportKind kind, ReportFilter filter, Instant now) {
		String period = "Period: " + filter.from() + " to " + filter.to() + " inclusive, whole days in " + ZONE.getId()
				+ ". Counted at " + now + " (UTC). ";
		String party = (filter.partner() != null)
				? "Narrowed to one party: the clocks that measure it (its own task clocks under the agreement of its link, "
						+ "and for our own teams the customer's clocks of the requests they own). "
				: "";
		return switch (kind) {
			case SLA_BY_AGREEMENT, SLA_BY_PRIORITY, SLA_BY_LINK -> period
					+ "Records: every SLA clock (first response and resolution of the customer's request, response and "
					+ "resolution of each chain task) that started in the period, as it stands now. " + party
					+ "Calendar: each clock runs in the business calendar of the agreement it started under (its working "
					+ "hours, zone and holidays), under the agreement version in force when it started. "
					+ "Pauses: where that agreement says so, time waiting on the customer pauses the customer's clocks; "
					+ "time held by a partner never pauses them. "
					+ "Breach: a clock whose target ran out in business time, even if the request was resolved later. "
					+ "Met: stopped within its target. In flight (running, warning or paused) counts in the total, not in "
					+ "the percentage; cancelled clocks are left out. Percentage met = met ÷ (met + breached), rounded."
					+ switch (kind) {
						case SLA_BY_PRIORITY -> " Grouped by the request's priority when the clock was indexed.";
						case SLA_BY_LINK ->
							" Grouped by link: the provider and consumer of the agreement the clock runs under.";
						default -> " Grouped by the agreement the clock runs under.";
					};
			case BACKLOG_AGE -> "Records: every request open now (new, open, waiting on the customer or a partner; "
					+ "not resolved or closed), whatever the period: a backlog is counted at one moment, " + now
					+ " (UTC). "
					+ ((filter.partner() != null)
							? "Narrowed to the requests owned by the party or with a chain task handed to it. " : "")
					+ "Age: calendar time since the request was opened, not business time, without pauses; bands "
					+ "under 1 day, 1 to 3 days, 3 to 7 days, 1 to 4 weeks, over 4 weeks.";
			case COMPLAINTS_BY_CAUSE -> period + "Records: every complaint received in the period"
					+ ((filter.partner() != null) ? " that names the party as responsible" : "")
					+ ", by the cause category its analysis found (\"" + ReportCounting.NOT_ANALYSED
					+ "\" until then). The team filter does not apply: complaints are tied to a service "
					+ "and a responsible party, not a team. No calendar or pauses: complaints are counted, not timed.";
			case COMPLAINT_RESOLUTION -> period + "Records: every complaint received in the period"
					+ ((filter.partner() != null) ? " that names the party as responsible" : "")
					+ ". Time to resolve: calendar days from receipt to resolution (the customer's assurance, or closing), "
					+ "no business calendar and no pauses; the bar is the median of those resolved, in days to one decimal. "
					+ "Complaints not yet resolved are counted beside it, not in it. The team filter does not apply.";
			case FEEDBACK_THEMES -> "Records: the comments, complaints and survey answers of the last "
					+ (ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1)
					+ " days up to now (the period's length, counted back from today), grouped into themes by the "
					+ "feedback module's analysis (Lucene's English analyzer and shared terms); a theme needs at least "
					+ "two mentions. Bar: mentions; customers: distinct customers who raised it. Sentiment and trend as "
					+ "the feedback page shows them. "
					+ ((filter.partner() != null) ? "Narrowed to the themes held against the party. " : "") + "At most "
					+ THEMES + " themes, most mentioned first.";
			case DEMAND_CAPACITY -> "Records: the forecast of the coming four weeks, whatever the period: the seasonal "
					+ "average of requests per hour of the week over the last four complete weeks (adjusted by managers' "
					+ "percentages), times the average handling time (measured from the minutes staff record, or the "
					+ "setting when too few requests have time recorded), against the productive hours left by working "
					+ "patterns, approved absences and shrinkage, in each person's business calendar. Bar: workload as a "
					+ "percentage of productive hours; above 85 % is busy, below 40 % quiet. "
					+ ((filter.service() != null) ? "One service's forecast. " : "All services. ")
					+ "The team, party and customer filters do not apply.";
			case SCORECARDS -> period + "Records: each provider's scorecard for the period, as the scorecards page "
					+ "computes it from live data: compliance with its own agreements' task clocks (our teams: the "
					+ "customer's clocks of the requests they own), breaches the SLA ledger attributes to it, complaints "
					+ "naming it as responsible, with the weights, thresholds and critical measures managers set. Bar: "
					+ "the weighted score out of 100; no bar without data. "
					+ ((filter.partner() != null) ? "Narrowed to the party. "
							: "At most " + Paging.MAX_SIZE + " parties. ")
					+ "The service and customer filters do not apply.";
			case FEEDBACK_SCORES -> period + "Records: every survey answer given in the period"
					+ ((filter.partner() != null) ? " about a request the party worked on" : "")
					+ ". Scores as the feedback module scores them: CSAT is the share of answers of 4 or 5 in percent, "
					+ "NPS is promoters (9-10) minus detractors (0-6) in percent, CES is the mean effort (1-7, lower "
					+ "is better). Comments are not counted here.";
		};
	}

	static ReportFilter checked(ReportFilter filter) {
		if (filter.to().isBefore(filter.from())) {
			throw new InvalidInputException("to", "not-before-from", "the period must not end before it starts");
		}
		if (ChronoUnit.DAYS.between(filter.from(), filter.to()) >= MAX_DAYS) {
			throw new InvalidInputException("to", "max-period", "a report covers at most a year");
		}
		return filter;
	}

	/**
	 * @return the filter with the period's ends defaulting to the 30 days up to today
	 */
	public ReportFilter filter(@Nullable String service, @Nullable String team, @Nullable String partner,
			@Nullable String customers, @Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate[] fallback = defaultPeriod();
		return ReportFilter.of(service, team, partner, customers, (from != null) ? from : fallback[0],
				(to != null) ? to : fallback[1]);
	}

}
