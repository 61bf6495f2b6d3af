package org.servicechain.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementManagement.AgreementInForce;
import org.servicechain.agreements.AgreementTerms;
import org.servicechain.agreements.AgreementView;
import org.servicechain.agreements.Priority;
import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.Holiday;
import org.servicechain.requests.ClockSubject;
import org.servicechain.requests.RequestEventKind;
import org.servicechain.requests.RequestEventView;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestStatus;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;
import org.servicechain.sla.ClockDerivation.DerivedClock;
import org.servicechain.sla.ClockDerivation.RequestClocks;
import org.servicechain.sla.SlaViews.ClockView;
import org.servicechain.sla.SlaViews.ComplianceRow;
import org.servicechain.sla.SlaViews.PartyRecord;
import org.servicechain.sla.SlaViews.ComplianceView;
import org.servicechain.sla.SlaViews.HolderTotal;
import org.servicechain.sla.SlaViews.LedgerEntry;
import org.servicechain.sla.SlaViews.RequestSlaView;
import org.servicechain.sla.SlaViews.SimulatedClock;
import org.servicechain.sla.SlaViews.TrendPoint;
import org.servicechain.sla.SlaViews.WhatIfView;

/**
 * The SLA module's facade (REQ-3, AGREE-5, AGREE-6): a request's clocks explained, its
 * ledger and the attribution of a breach; clock simulation for administrators and
 * importers; agreements measured against their own targets, and what a proposed version
 * would have achieved. Every read goes through {@link SlaAccessPolicy}.
 */
@Service
public class SlaManagement {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

	private final SlaAccessPolicy policy;

	private final RequestQueries requests;

	private final ClockDerivation derivation;

	private final ClockIndex index;

	private final IndexingClocks indexing;

	private final AgreementManagement agreements;

	private final BusinessCalendarManagement calendars;

	private final Clock clock;

	private final org.servicechain.requests.RequestManagement management;

	private final org.servicechain.shared.AuditTrail audit;

	private final SweepingClocks sweeping;

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	SlaManagement(SlaAccessPolicy policy, RequestQueries requests, ClockDerivation derivation, ClockIndex index,
			IndexingClocks indexing, AgreementManagement agreements, BusinessCalendarManagement calendars, Clock clock,
			org.servicechain.requests.RequestManagement management, org.servicechain.shared.AuditTrail audit,
			SweepingClocks sweeping, org.springframework.transaction.PlatformTransactionManager transactions) {
		this.sweeping = sweeping;
		this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.management = management;
		this.audit = audit;
		this.policy = policy;
		this.requests = requests;
		this.derivation = derivation;
		this.index = index;
		this.indexing = indexing;
		this.agreements = agreements;
		this.calendars = calendars;
		this.clock = clock;
	}

	// A request's clocks

	/**
	 * @return every clock of the request, derived now, with the ledger and attribution
	 */
	@Transactional(readOnly = true)
	public RequestSlaView requestSla(UUID requestId) {
		this.policy.requireRequest(requestId);
		ClockSubject subject = this.requests.clockSubject(requestId)
			.orElseThrow(() -> new org.servicechain.shared.NotFoundException("Request", requestId));
		RequestClocks clocks = this.derivation.derive(subject, Instant.now(this.clock));
		ZoneId zone = clocks.ledgerCalendar().zone();
		List<ClockView> views = clocks.clocks().stream().map((clock) -> view(clock, subject)).toList();
		List<LedgerEntry> ledger = clocks.ledger()
			.segments()
			.stream()
			.map((segment) -> new LedgerEntry(segment.holder().name(), segment.holder().kind().label(), segment.from(),
					segment.to(), segment.business(), segment.reason(), segment.ongoing()))
			.toList();
		Duration total = clocks.ledger().total();
		List<HolderTotal> totals = clocks.ledger()
			.totals()
			.entrySet()
			.stream()
			.sorted(Map.Entry.<HoldingLedger.Holder, Duration>comparingByValue().reversed())
			.map((entry) -> new HolderTotal(entry.getKey().name(), entry.getKey().kind().label(), entry.getValue(),
					total.isZero() ? 0 : (int) (entry.getValue().toSeconds() * 100 / total.toSeconds())))
			.toList();
		String basis = (clocks.customerTerms() != null)
				? "business time of " + calendarName(clocks.customerTerms()) + ", the customer agreement's calendar"
				: "wall-clock time: no agreement covers this request";
		List<String> risks = clocks.risks()
			.stream()
			.map((risk) -> "At risk because of " + risk.holder().name() + ": " + risk.taskLabel() + " is due "
					+ when(risk.taskDueAt(), zone) + ", after the customer's resolution is due "
					+ when(risk.customerDueAt(), zone) + ".")
			.toList();
		return new RequestSlaView(requestId, subject.reference(), clocks.now(), zone.getId(), views, ledger, totals,
				basis, (clocks.attribution() != null) ? clocks.attribution().sentence(zone) : null,
				BreachAttributionPolicy.RULE, risks,
				(clocks.customerTerms() != null) ? clocks.customerTerms().rules().describe() : null);
	}

	/**
	 * @return the request's clocks, as the API answers them
	 */
	@Transactional(readOnly = true)
	public List<ClockView> clocks(UUID requestId) {
		return requestSla(requestId).clocks();
	}

	private ClockView view(DerivedClock clock, ClockSubject subject) {
		ClockState state = clock.state();
		return new ClockView(clock.plan().key(), clock.plan().kind(), clock.label(), clock.plan().taskId(),
				(clock.holder() != null) ? clock.holder().name() : null, clock.terms().describe(), state.tone(),
				state.label(), state.target(), state.elapsed(), state.remaining(), state.warningPercent(),
				state.startedAt(), state.dueAt(), state.warningAt(), state.breachedAt(), state.stoppedAt(),
				state.cycle(), explain(clock.plan(), state, clock.terms().calendar(), calendarName(clock.terms()),
						clock.terms().describe(), subject.priority()));
	}

	private String calendarName(ClockDerivation.Terms terms) {
		UUID id = terms.agreement().calendarId();
		return this.calendars.nameOf(id)
			.map((name) -> "“" + name + "” version " + terms.calendarVersion())
			.orElse("the agreement's calendar, version " + terms.calendarVersion());
	}

	/**
	 * "Why is this due then?": the start, each pause with who and why, re-targets, the
	 * closed hours and holidays skipped, and the agreement and calendar used.
	 */
	static List<String> explain(RequestClockPolicy.PlannedClock plan, ClockState state, BusinessCalendar calendar,
			String calendarName, String agreement, @Nullable Priority priority) {
		ZoneId zone = calendar.zone();
		List<String> lines = new ArrayList<>();
		lines.add("Target " + Durations.words(plan.target().allowed())
				+ ((priority != null) ? " for " + priority.label() : "") + " under " + agreement + "; warning at "
				+ state.warningPercent() + " %.");
		lines.add("Counted in business hours of " + calendarName + " (" + zone.getId() + ").");
		if (state.startedAt() != null) {
			String by = plan.facts()
				.stream()
				.filter((fact) -> fact.at().equals(state.startedAt()))
				.map((fact) -> fact.who().isEmpty() ? fact.reason() : fact.reason() + " by " + fact.who())
				.findFirst()
				.orElse("");
			lines.add("Started " + when(state.startedAt(), zone) + (by.isEmpty() ? "" : " (" + by + ")")
					+ ((state.cycle() > 0) ? ", cycle " + (state.cycle() + 1) : "") + ".");
		}
		for (ClockFact fact : plan.facts()) {
			if (fact.kind() == ClockFact.Kind.RETARGET) {
				lines.add("Re-targeted " + when(fact.at(), zone) + " to " + Durations.words(fact.target()) + ": "
						+ fact.reason() + " (the elapsed time is kept).");
			}
		}
		for (ClockState.PauseSpan pause : state.pauses()) {
			lines.add("Paused " + when(pause.from(), zone) + " → "
					+ ((pause.to() != null) ? when(pause.to(), zone) : "still paused") + ": " + pause.reason()
					+ (pause.who().isEmpty() ? "" : " (" + pause.who() + ")") + ".");
		}
		Instant end = (state.stoppedAt() != null) ? state.stoppedAt() : state.dueAt();
		if (state.startedAt() != null && end != null && end.isAfter(state.startedAt())) {
			Duration wall = Duration.between(state.startedAt(), end);
			Duration paused = state.pauses()
				.stream()
				.map((pause) -> Duration.between(pause.from(), (pause.to() != null) ? pause.to() : end))
				.reduce(Duration.ZERO, Duration::plus);
			Duration counted = (state.stoppedAt() != null) ? state.elapsed() : state.target();
			Duration closed = wall.minus(paused).minus(counted);
			if (closed.isNegative()) {
				closed = Duration.ZERO;
			}
			lines.add("Skipped " + Durations.words(closed) + " of closed hours between the start and "
					+ ((state.stoppedAt() != null) ? "the stop" : "the due time") + ".");
			LocalDate first = state.startedAt().atZone(zone).toLocalDate();
			LocalDate last = end.atZone(zone).toLocalDate();
			for (Holiday holiday : calendar.holidays()) {
				if (!holiday.date().isBefore(first) && !holiday.date().isAfter(last)) {
					lines.add("Holiday skipped: "
							+ holiday.date().format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK)) + " ("
							+ holiday.name() + ").");
				}
			}
		}
		switch (state.state()) {
			case RUNNING ->
				lines.add(state.breached() ? "Breached " + when(state.breachedAt(), zone) + ", still open." : "Counted "
						+ Durations.words(state.elapsed()) + " so far; due " + when(state.dueAt(), zone) + ".");
			case PAUSED -> lines.add("Counted " + Durations.words(state.elapsed()) + "; "
					+ Durations.words(state.remaining()) + " left when it resumes.");
			case STOPPED -> lines
				.add((state.breached() ? "Breached " + when(state.breachedAt(), zone) + "; stopped " : "Met: stopped ")
						+ when(state.stoppedAt(), zone) + " after " + Durations.words(state.elapsed()) + ".");
			case CANCELLED -> lines.add("Not measured: " + when(state.stoppedAt(), zone) + ".");
			case NOT_STARTED -> lines.add("Not started.");
		}
		return lines;
	}

	static String when(@Nullable Instant instant, ZoneId zone) {
		return (instant != null) ? WHEN.format(instant.atZone(zone)) : "—";
	}

	// Simulation

	/**
	 * A history to simulate: events of these names, as another service desk would export
	 * them.
	 */
	public static final Set<String> SIMULATED_EVENTS = new LinkedHashSet<>(List.of("opened", "public-reply",
			"waiting-on-customer", "waiting-on-partner", "open", "resolved", "reopened", "closed"));

	/**
	 * @param type one of {@link #SIMULATED_EVENTS}
	 */
	public record SimulatedEvent(Instant at, String type, @Nullable String reason) {

	}

	/**
	 * What to simulate: a calendar, targets and rules, events, and the instant to look
	 * from.
	 */
	public record Simulation(UUID calendarId, Duration firstResponse, Duration resolution,
			@Nullable Boolean pauseWhileWaitingOnCustomer, @Nullable Boolean restartOnReopen,
			@Nullable Integer warningPercent, @Nullable Duration keepInformedEvery, List<SimulatedEvent> events,
			@Nullable Instant now) {

	}

	/**
	 * Runs the clocks the given terms would run over the given events (REQ-3): for
	 * testing an agreement before it goes live, and for bringing history from another
	 * service desk.
	 */
	@Transactional(readOnly = true)
	public List<SimulatedClock> simulate(Simulation simulation) {
		this.policy.requireStaff();
		List<FieldViolation> violations = new ArrayList<>();
		if (simulation.firstResponse().isNegative() || simulation.firstResponse().isZero()) {
			violations.add(new FieldViolation("firstResponse", "positive", "must be more than zero"));
		}
		if (simulation.resolution().isNegative() || simulation.resolution().isZero()) {
			violations.add(new FieldViolation("resolution", "positive", "must be more than zero"));
		}
		if (simulation.warningPercent() != null
				&& (simulation.warningPercent() < 1 || simulation.warningPercent() > 99)) {
			violations.add(new FieldViolation("warningPercent", "range", "must be from 1 to 99"));
		}
		if (simulation.keepInformedEvery() != null
				&& (simulation.keepInformedEvery().isNegative() || simulation.keepInformedEvery().isZero())) {
			violations.add(new FieldViolation("keepInformedEvery", "positive", "must be more than zero"));
		}
		if (simulation.events().size() > 1000) {
			violations.add(new FieldViolation("events", "size", "at most 1000 events"));
		}
		for (int i = 0; i < simulation.events().size(); i++) {
			SimulatedEvent event = simulation.events().get(i);
			if (event.at() == null) {
				violations.add(new FieldViolation("events[" + i + "].at", "required", "must be given"));
			}
			if (event.type() == null || !SIMULATED_EVENTS.contains(event.type())) {
				violations.add(new FieldViolation("events[" + i + "].type", "known",
						"must be one of " + String.join(", ", SIMULATED_EVENTS) + "; was " + event.type()));
			}
		}
		if (!simulation.events().isEmpty() && simulation.events().get(0).type() != null
				&& !"opened".equals(simulation.events().get(0).type())) {
			violations.add(new FieldViolation("events[0].type", "opened-first", "the first event must be opened"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		BusinessCalendar calendar = this.calendars.calendar(simulation.calendarId());
		ClockRules rules = new ClockRules(
				(simulation.warningPercent() != null) ? simulation.warningPercent()
						: ClockTarget.DEFAULT_WARNING_PERCENT,
				simulation.pauseWhileWaitingOnCustomer() == null || simulation.pauseWhileWaitingOnCustomer(),
				Boolean.TRUE.equals(simulation.restartOnReopen()), simulation.keepInformedEvery());
		Map<Priority, AgreementTerms.Target> targets = new java.util.EnumMap<>(Priority.class);
		targets.put(Priority.P3,
				new AgreementTerms.Target(Priority.P3, simulation.firstResponse(), simulation.resolution()));
		List<RequestEventView> history = simulatedHistory(simulation.events());
		Instant now = (simulation.now() != null) ? simulation.now() : Instant.now(this.clock);
		List<SimulatedClock> result = new ArrayList<>();
		for (RequestClockPolicy.PlannedClock plan : RequestClockPolicy.plan(Priority.P3, new ClockTerms(targets, rules),
				Map.of(), history)) {
			ClockState state = org.servicechain.sla.Clock.derivedFrom(plan.target(), calendar, plan.facts(), now);
			result.add(new SimulatedClock(plan.key(), state.tone(), state.dueAt(), state.breachedAt(),
					state.warningAt(), state.elapsed(), state.remaining(),
					explain(plan, state, calendar,
							this.calendars.nameOf(simulation.calendarId()).orElse("the calendar"),
							"the simulated terms", null)));
		}
		return result;
	}

	private static List<RequestEventView> simulatedHistory(List<SimulatedEvent> events) {
		List<SimulatedEvent> ordered = new ArrayList<>(events);
		ordered.sort(java.util.Comparator.comparing(SimulatedEvent::at));
		UUID id = new UUID(0, 0);
		List<RequestEventView> history = new ArrayList<>();
		RequestStatus status = RequestStatus.NEW;
		long position = 0;
		for (SimulatedEvent event : ordered) {
			RequestStatus to = switch (event.type()) {
				case "waiting-on-customer" -> RequestStatus.WAITING_ON_CUSTOMER;
				case "waiting-on-partner" -> RequestStatus.WAITING_ON_PARTNER;
				case "open", "reopened" -> RequestStatus.OPEN;
				case "resolved" -> RequestStatus.RESOLVED;
				case "closed" -> RequestStatus.CLOSED;
				default -> null;
			};
			RequestEventKind kind = switch (event.type()) {
				case "opened" -> RequestEventKind.OPENED;
				case "public-reply" -> RequestEventKind.PUBLIC_REPLY;
				default -> RequestEventKind.STATUS_CHANGED;
			};
			history.add(new RequestEventView(++position, id, kind, event.at(), "", "", null,
					(to != null) ? status.name() : null, (to != null) ? to.name() : null, event.reason(), null));
			if (to != null) {
				status = to;
			}
		}
		return history;
	}

	// Agreements measured

	/**
	 * Measured compliance of an agreement against its own targets over a period
	 * (AGREE-6): per clock and priority, met / breached / in flight, the trend by week,
	 * and first-contact resolution. Counts clocks that started in the period, each under
	 * the agreement version it started under.
	 */
	@Transactional(readOnly = true)
	public ComplianceView compliance(UUID agreementId, LocalDate from, LocalDate to) {
		this.policy.requireStaff();
		AgreementView agreement = this.agreements.agreement(agreementId);
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "not-before-from", "the period must not end before it starts");
		}
		if (ChronoUnit.DAYS.between(from, to) > 731) {
			throw new InvalidInputException("to", "max-period", "a period is at most two years");
		}
		ZoneId zone = zoneOf(agreement);
		List<ClockIndex.Row> rows = this.index.rowsOf(agreementId, from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant());
		List<ComplianceRow> table = table(rows.stream()
			.map((row) -> new Outcome(row.kind(), row.priority(), row.state(), row.startedAt()))
			.toList());
		Map<LocalDate, int[]> weeks = new TreeMap<>();
		for (ClockIndex.Row row : rows) {
			if (row.startedAt() == null || !finished(row.state())) {
				continue;
			}
			LocalDate week = row.startedAt()
				.atZone(zone)
				.toLocalDate()
				.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
			int[] counts = weeks.computeIfAbsent(week, (w) -> new int[2]);
			counts[0]++;
			if ("met".equals(row.state())) {
				counts[1]++;
			}
		}
		List<TrendPoint> trend = weeks.entrySet()
			.stream()
			.map((entry) -> new TrendPoint(entry.getKey(), entry.getValue()[0],
					percent(entry.getValue()[1], entry.getValue()[0])))
			.toList();
		Set<UUID> resolvedRequests = new LinkedHashSet<>();
		for (ClockIndex.Row row : rows) {
			if (row.kind() == ClockKind.RESOLUTION && finished(row.state()) && resolvedRequests.size() < 5000) {
				resolvedRequests.add(row.requestId());
			}
		}
		Integer fcr = null;
		if (!resolvedRequests.isEmpty()) {
			int first = 0;
			List<ClockSubject> subjects = this.requests.clockSubjects(resolvedRequests);
			for (ClockSubject subject : subjects) {
				long replies = subject.events()
					.stream()
					.filter((event) -> event.kind() == RequestEventKind.PUBLIC_REPLY)
					.count();
				boolean reopened = subject.events()
					.stream()
					.anyMatch((event) -> event.kind() == RequestEventKind.STATUS_CHANGED
							&& ("RESOLVED".equals(event.from()) || "CLOSED".equals(event.from())) && event.to() != null
							&& !"CLOSED".equals(event.to()));
				if (replies <= 1 && !reopened && subject.tasks().isEmpty()) {
					first++;
				}
			}
			fcr = percent(first, subjects.size());
		}
		long requestsCounted = rows.stream().map(ClockIndex.Row::requestId).distinct().count();
		return new ComplianceView(agreementId, agreement.reference(), from, to, table, trend, overall(table),
				(int) requestsCounted, fcr,
				"Counts every clock under " + agreement.reference() + " that started from " + from + " to " + to + " ("
						+ zone.getId() + "), each under the agreement version it started under: met means "
						+ "stopped within its target in business time, pauses excluded where the agreement says so; "
						+ "breached means the target ran out, even if later resolved; in flight means still running. "
						+ "First-contact resolution: resolved with at most one public reply, no task handed on "
						+ "and never reopened.");
	}

	/**
	 * A customer clock still counting, with when it falls due: the deadlines the team's
	 * hours must keep.
	 *
	 * @param breached whether it is already past due
	 */
	public record DueClock(UUID requestId, UUID agreementId, ClockKind kind, String priority, Instant dueAt,
			boolean breached) {

	}

	/**
	 * The customer's first-response and resolution clocks that are running and fall due
	 * before {@code until} (already breached ones too), soonest first, at most
	 * {@code limit}: what the workforce what-if sets against the hours available. Paused
	 * clocks have no due time and are left out; task clocks measure partners' hours, not
	 * ours.
	 */
	@Transactional(readOnly = true)
	public List<DueClock> customerClocksDueBefore(Instant until, int limit) {
		this.policy.requireStaff();
		return this.index.runningCustomerClocksDueBefore(until, Math.max(1, Math.min(limit, 20_000)),
				Instant.now(this.clock));
	}

	/**
	 * How one party of the chain kept its own promises over a period (PM-2): every clock
	 * that measures it (its task clocks under its OLA or contract, and the customer's
	 * clocks of agreements it provides) that started in the period, and the customer
	 * breaches the ledger attributes to it. The evidence a scorecard is computed from.
	 */
	@Transactional(readOnly = true)
	public PartyRecord partyRecord(UUID partyId, Set<UUID> provided, LocalDate from, LocalDate to, ZoneId zone) {
		this.policy.requireStaff();
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "not-before-from", "the period must not end before it starts");
		}
		if (ChronoUnit.DAYS.between(from, to) > 731) {
			throw new InvalidInputException("to", "max-period", "a period is at most two years");
		}
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<ClockIndex.Row> rows = this.index.rowsMeasuring(partyId, provided, start, end);
		int met = 0;
		int breached = 0;
		int running = 0;
		List<Long> responses = new ArrayList<>();
		List<Long> responseTargets = new ArrayList<>();
		for (ClockIndex.Row row : rows) {
			if ("met".equals(row.state())) {
				met++;
			}
			else if ("breached".equals(row.state())) {
				breached++;
			}
			else {
				running++;
			}
			boolean response = row.kind() == ClockKind.FIRST_RESPONSE || row.kind() == ClockKind.TASK_RESPONSE;
			if (response && finished(row.state())) {
				responses.add(row.elapsedSeconds());
				responseTargets.add(row.targetSeconds());
			}
		}
		// Customer breaches in the period of the requests this party worked on, each
		// attributed by the ledger's rule.
		Set<UUID> worked = new LinkedHashSet<>();
		rows.forEach((row) -> worked.add(row.requestId()));
		List<UUID> breachedRequests = this.index.customerBreaches(worked, start, end);
		int attributed = 0;
		List<String> attributedReferences = new ArrayList<>();
		Instant now = Instant.now(this.clock);
		for (List<UUID> chunk : chunks(breachedRequests, 200)) {
			for (ClockSubject subject : this.requests.clockSubjects(chunk)) {
				RequestClocks clocks = this.derivation.derive(subject, now);
				if (clocks.attribution() != null && clocks.attribution().holder().id().equals(partyId)) {
					attributed++;
					if (attributedReferences.size() < 20) {
						attributedReferences.add(subject.reference());
					}
				}
			}
		}
		return new PartyRecord(partyId, from, to, rows.size(), (int) worked.size(), met, breached, running,
				median(responses), median(responseTargets), breachedRequests.size(), attributed,
				List.copyOf(attributedReferences),
				"Counts every clock that started from " + from + " to " + to + " (" + zone.getId() + ") and measures "
						+ "this party: its own task clocks under the agreement of its link, and the customer's clocks "
						+ "of agreements it provides. Met means stopped within target in business time; breached "
						+ "means the target ran out. Attributed breaches: the customer breaches of the requests it "
						+ "worked on that the ledger's rule gives to it. " + BreachAttributionPolicy.RULE);
	}

	/**
	 * Every clock that started in the period, as it stands now, for the reports (REP-1;
	 * staff, or the system after the reporting module's own policy). Each clock counts
	 * under the agreement version it started under, in that agreement's business
	 * calendar, with the pauses that agreement allows.
	 */
	@Transactional(readOnly = true)
	public List<SlaViews.ClockRecord> clockRecords(Instant from, Instant to) {
		this.policy.requireStaff();
		return this.index.startedBetween(from, to);
	}

	/**
	 * Every clock under one agreement that started in the period, as it stands now (an
	 * improvement action measured by clock compliance; staff).
	 */
	@Transactional(readOnly = true)
	public List<SlaViews.ClockRecord> clockRecordsOf(UUID agreementId, Instant from, Instant to) {
		this.policy.requireStaff();
		return this.index.rowsOf(agreementId, from, to)
			.stream()
			.filter((row) -> row.startedAt() != null)
			.map((row) -> new SlaViews.ClockRecord(row.requestId(), row.kind(), null, agreementId, row.priority(),
					row.state(), java.util.Objects.requireNonNull(row.startedAt())))
			.toList();
	}

	private static @Nullable Long median(List<Long> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private ZoneId zoneOf(AgreementView agreement) {
		try {
			return this.calendars.calendar(agreement.calendarId()).zone();
		}
		catch (RuntimeException ex) {
			return ZoneId.of("UTC");
		}
	}

	/**
	 * What-if (AGREE-6; B9 2.3, 3.5): the compliance the requests of the last
	 * {@code days} days under this agreement would have had under version
	 * {@code termsNumber} of its terms (a draft or proposal as well as an agreed one).
	 */
	@Transactional(readOnly = true)
	public WhatIfView whatIf(UUID agreementId, int termsNumber, int days) {
		this.policy.requireStaff();
		if (days < 1 || days > 366) {
			throw new InvalidInputException("days", "range", "from 1 to 366 days");
		}
		AgreementView agreement = this.agreements.agreement(agreementId);
		AgreementTerms terms = this.agreements.terms(agreementId, termsNumber);
		AgreementInForce version = new AgreementInForce(agreementId, agreement.reference(), agreement.kind(),
				agreement.providerId(), agreement.consumerId(), new java.util.HashSet<>(agreement.serviceIds()),
				agreement.calendarId(), terms, termsNumber, agreement.title());
		Instant now = Instant.now(this.clock);
		List<ClockIndex.Row> rows = this.index.rowsOf(agreementId, now.minus(Duration.ofDays(days)), now);
		Set<UUID> ids = new LinkedHashSet<>();
		rows.forEach((row) -> ids.add(row.requestId()));
		List<Outcome> outcomes = new ArrayList<>();
		List<Outcome> actual = new ArrayList<>();
		rows.forEach((row) -> actual.add(new Outcome(row.kind(), row.priority(), row.state(), row.startedAt())));
		for (List<UUID> chunk : chunks(new ArrayList<>(ids), 200)) {
			for (ClockSubject subject : this.requests.clockSubjects(chunk)) {
				RequestClocks clocks = this.derivation.derive(subject, now, version);
				for (DerivedClock clock : clocks.clocks()) {
					if (clock.terms().agreement().id().equals(agreementId)) {
						outcomes.add(new Outcome(clock.plan().kind(), subject.priority().name(), clock.state().tone(),
								clock.state().startedAt()));
					}
				}
			}
		}
		List<ComplianceRow> table = table(outcomes);
		Integer would = overall(table);
		Integer was = overall(table(actual));
		String sentence = (would == null)
				? "No finished clocks under " + agreement.reference() + " in the last " + days
						+ " days to measure version " + termsNumber + " against."
				: "Under version " + termsNumber + ", " + would + " % of the finished clocks of the last " + days
						+ " days would have been met" + ((was != null) ? " (they actually met " + was + " %)" : "")
						+ ".";
		return new WhatIfView(agreementId, agreement.reference(), termsNumber, days, ids.size(), table, would,
				sentence);
	}

	private static <T> List<List<T>> chunks(List<T> list, int size) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < list.size(); i += size) {
			chunks.add(list.subList(i, Math.min(list.size(), i + size)));
		}
		return chunks;
	}

	private record Outcome(ClockKind kind, String priority, String state, @Nullable Instant startedAt) {

	}

	private static boolean finished(String state) {
		return "met".equals(state) || "breached".equals(state);
	}

	private static List<ComplianceRow> table(List<Outcome> outcomes) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (ClockKind kind : ClockKind.values()) {
			for (Priority priority : Priority.values()) {
				counts.put(kind.name() + "|" + priority.name(), new int[3]);
			}
		}
		for (Outcome outcome : outcomes) {
			int[] row = counts.get(outcome.kind().name() + "|" + outcome.priority());
			if (row == null) {
				continue;
			}
			switch (outcome.state()) {
				case "met" -> row[0]++;
				case "breached" -> row[1]++;
				case "running", "warning", "paused" -> row[2]++;
				default -> {
				}
			}
		}
		List<ComplianceRow> table = new ArrayList<>();
		counts.forEach((key, row) -> {
			if (row[0] + row[1] + row[2] > 0) {
				String[] parts = key.split("\\|");
				table.add(new ComplianceRow(ClockKind.valueOf(parts[0]), parts[1], row[0], row[1], row[2],
						percent(row[0], row[0] + row[1])));
			}
		});
		return table;
	}

	private static @Nullable Integer overall(List<ComplianceRow> table) {
		int met = table.stream().mapToInt(ComplianceRow::met).sum();
		int breached = table.stream().mapToInt(ComplianceRow::breached).sum();
		return percent(met, met + breached);
	}

	private static @Nullable Integer percent(int part, int whole) {
		return (whole == 0) ? null : (int) Math.round(part * 100.0 / whole);
	}

	// Re-base

	/**
	 * @return whether the current user may re-base clocks
	 */
	public boolean canRebase() {
		return this.policy.canRebase();
	}

	/**
	 * What a re-base moved: each request's resolution due time before and after.
	 */
	public record Rebased(UUID agreementId, String reference, int termsNumber, List<Moved> moved) {

	}

	/**
	 * One request moved by a re-base.
	 */
	public record Moved(UUID requestId, String reference, @Nullable Instant resolutionDueBefore,
			@Nullable Instant resolutionDueAfter) {

	}

	/**
	 * Re-bases every open clock under an agreement on its version now agreed (REQ-3): one
	 * audited action by a manager that says what moved. New clocks take the new version
	 * anyway; nothing is recomputed silently.
	 */
	@Transactional
	public Rebased rebase(UUID agreementId, String reason) {
		this.policy.requireRebase();
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "required", "say why the open clocks move to the new terms");
		}
		AgreementView agreement = this.agreements.agreement(agreementId);
		Integer number = agreement.agreedNumber();
		if (number == null) {
			throw new InvalidInputException("agreement", "agreed",
					agreement.reference() + " has no agreed version to re-base on");
		}
		Instant now = Instant.now(this.clock);
		List<Moved> moved = new ArrayList<>();
		List<org.servicechain.shared.AuditEntryView.FieldChange> changes = new ArrayList<>();
		for (UUID id : this.management.openUnderOtherVersion(agreementId, number)) {
			ClockSubject before = this.requests.clockSubject(id).orElse(null);
			if (before == null) {
				continue;
			}
			Instant dueBefore = resolutionDue(this.derivation.derive(before, now));
			this.management.rebaseAgreement(id, number, reason.strip());
			ClockSubject after = this.requests.clockSubject(id).orElse(before);
			Instant dueAfter = resolutionDue(this.derivation.derive(after, now));
			moved.add(new Moved(id, before.reference(), dueBefore, dueAfter));
			changes.add(new org.servicechain.shared.AuditEntryView.FieldChange(before.reference() + " resolution due",
					String.valueOf(dueBefore), String.valueOf(dueAfter)));
		}
		changes.add(0, new org.servicechain.shared.AuditEntryView.FieldChange("clocksRebasedOnVersion", null,
				number + ": " + reason.strip()));
		this.audit.record("Agreement", agreementId, agreement.version(), "clocks-rebased", changes);
		return new Rebased(agreementId, agreement.reference(), number, moved);
	}

	private static @Nullable Instant resolutionDue(RequestClocks clocks) {
		return clocks.clock(RequestClockPolicy.RESOLUTION).map((clock) -> clock.state().dueAt()).orElse(null);
	}

	// Index and sweep

	/**
	 * Runs one sweep now (administrators; the scheduler runs it every few seconds
	 * anyway).
	 * @return how many actions it took
	 */
	public int sweep() {
		this.policy.requireAdmin();
		return this.sweeping.sweep(Instant.now(this.clock));
	}

	/**
	 * Records every clock action already due (warnings, breaches, escalation steps,
	 * risks) as done without telling anyone (administrators): for history brought in by
	 * an import, such as the demo month or requests moved from another service desk,
	 * whose thresholds passed long ago. The clocks and lists still show every breach.
	 * @return how many actions were recorded
	 */
	public int settleImportedHistory() {
		this.policy.requireAdmin();
		return this.sweeping.settle(Instant.now(this.clock));
	}

	/**
	 * Rebuilds the clock index of every open request from its history (administrators):
	 * after an upgrade, or to prove the index is only derived state.
	 * @return how many requests were indexed
	 */
	public int rebuildIndex() {
		this.policy.requireAdmin();
		List<UUID> ids = this.requests.openRequestIds();
		int count = 0;
		for (List<UUID> chunk : chunks(ids, 200)) {
			count += this.transactions.execute((status) -> rebuildIndex(chunk));
		}
		return count;
	}

	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void indexWhenEmpty() {
		if (this.index.count() == 0 && !this.requests.openRequestIds().isEmpty()) {
			int indexed = org.servicechain.identity.SystemActor.call(this::rebuildIndex);
			org.slf4j.LoggerFactory.getLogger(SlaManagement.class)
				.info("Indexed the clocks of {} open requests (the clock index was empty)", indexed);
		}
	}

	/**
	 * Rebuilds the clock index from every request's history (after an upgrade, or if it
	 * was lost); administrators and the start-up check.
	 * @return how many requests were indexed
	 */
	private int rebuildIndex(List<UUID> requestIds) {
		Instant now = Instant.now(this.clock);
		int count = 0;
		for (UUID id : requestIds) {
			if (this.indexing.reindex(id, now) != null) {
				count++;
			}
		}
		return count;
	}

	Optional<Long> indexedClocks() {
		return Optional.of(this.index.count());
	}

}
