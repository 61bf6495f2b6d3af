package org.servicechain.workforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementView;
import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.requests.RequestFilter;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestSummary;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.PageResponse;
import org.servicechain.sla.SlaManagement;

/**
 * Demand against capacity (WF-2; B10 2.1): forecasts arrivals per hour of the week and
 * per service from the request history ({@link SeasonalForecast}), applies the managers'
 * adjustments, and sets the workload (forecast × average handling time) against the
 * productive hours the working patterns leave after absences and shrinkage. Weeks and
 * hours are flagged busy or quiet ahead of time; the open work falling due each coming
 * day is set against that day's hours.
 */
@Service
public class DemandForecasting {

	static final String ADJUSTMENT = "forecast-adjustment";

	/** How many complete weeks the seasonal average uses at most. */
	static final int AVERAGED_WEEKS = 4;

	/** How many weeks of history are read at most. */
	static final int HISTORY_WEEKS = 12;

	static final int WEEKS_AHEAD = 4;

	/**
	 * Resolved requests with time recorded that the measured handling time needs; with
	 * fewer, the configured one is used.
	 */
	static final int MIN_MEASURED = 20;

	static final List<String> QUIET_WORK = List.of("Follow up resolved requests and ask for feedback",
			"Write or review knowledge articles for the month's most frequent requests",
			"Audit a sample of closed requests against the agreements' targets",
			"Catch up on training and on the improvement actions due");

	private final RequestQueries requests;

	private final WorkPatterns patterns;

	private final Absences absences;

	private final ForecastAdjustments adjustments;

	private final BusinessCalendarManagement calendars;

	private final WorkforceAccessPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration handlingTime;

	private final SlaManagement sla;

	private final AgreementManagement agreements;

	DemandForecasting(RequestQueries requests, WorkPatterns patterns, Absences absences,
			ForecastAdjustments adjustments, BusinessCalendarManagement calendars, WorkforceAccessPolicy policy,
			AuditTrail audit, Clock clock,
			@Value("${servicechain.workforce.handling-time:PT30M}") Duration handlingTime, SlaManagement sla,
			AgreementManagement agreements) {
		this.requests = requests;
		this.patterns = patterns;
		this.absences = absences;
		this.adjustments = adjustments;
		this.calendars = calendars;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
		this.handlingTime = handlingTime;
		this.sla = sla;
		this.agreements = agreements;
	}

	/**
	 * @param service one service, or {@literal null} for all
	 * @param week the week shown hour by hour (any day of it); {@literal null} for this
	 * week
	 * @throws InvalidInputException (field {@code service}, rule {@code history}) when
	 * there is no complete week of history to forecast from
	 */
	@Transactional(readOnly = true)
	public DemandView demand(@Nullable UUID service, @Nullable LocalDate week) {
		this.policy.requireManager("service", "see demand and capacity");
		ZoneId zone = WorkforceManagement.DEFAULT_ZONE;
		Instant now = Instant.now(this.clock);
		LocalDate thisWeek = SeasonalForecast.weekOf(LocalDate.ofInstant(now, zone));
		LocalDate shown = (week != null) ? SeasonalForecast.weekOf(week) : thisWeek;
		History past = history(thisWeek, zone);
		List<RequestSummary> history = past.requests();
		Map<UUID, String> names = past.names();
		List<DemandView.ServiceOption> options = names.entrySet()
			.stream()
			.map((entry) -> new DemandView.ServiceOption(entry.getKey(), entry.getValue()))
			.toList();
		int weeks = past.weeks();
		String serviceName = (service != null) ? names.getOrDefault(service, "this service") : "all services";
		List<Instant> arrivals = history.stream()
			.filter((request) -> service == null || service.equals(request.serviceId()))
			.map(RequestSummary::openedAt)
			.toList();
		int[][] counts = SeasonalForecast.countsByWeek(arrivals, thisWeek, Math.max(weeks, 0), zone);
		int seen = java.util.Arrays.stream(counts).mapToInt((row) -> java.util.Arrays.stream(row).sum()).sum();
		if (weeks < 1 || seen == 0) {
			throw new InvalidInputException("service", "history", "there is no request for " + serviceName
					+ " in the complete weeks on record; a forecast needs at least one complete week of history");
		}
		// Per service, so each service's adjustment applies to its own share.
		Map<UUID, double[]> byService = forecasts(past, service, thisWeek, zone);
		Map<String, ForecastAdjustment> adjusted = new HashMap<>();
		this.adjustments.findByWeekStartBetween(thisWeek, shown.plusWeeks(WEEKS_AHEAD))
			.forEach((adjustment) -> adjusted.put(adjustment.getServiceId() + "@" + adjustment.getWeekStart(),
					adjustment));
		Staffing staffing = new Staffing(zone, Set.of());
		Handling handling = handling(now);
		double hoursEach = handling.minutes() / 60.0;
		double[] baseline = sum(byService.values());
		double weeklyBaseline = java.util.Arrays.stream(baseline).sum();
		List<DemandView.Week> coming = new ArrayList<>();
		LocalDate from = (shown.isBefore(thisWeek)) ? shown : thisWeek;
		for (int i = 0; i < WEEKS_AHEAD; i++) {
			LocalDate start = from.plusWeeks(i);
			double[] forecast = adjustedForecast(byService, adjusted, start);
			double total = java.util.Arrays.stream(forecast).sum();
			double[] capacity = staffing.capacity(start);
			double capacityHours = java.util.Arrays.stream(capacity).sum();
			double workload = total * hoursEach;
			ForecastAdjustment own = (service != null) ? adjusted.get(service + "@" + start) : null;
			String flag = "NORMAL";
			String why = "";
			if (capacityHours > 0 && workload / capacityHours > 0.85 || capacityHours == 0 && workload > 0) {
				flag = "BUSY";
				why = "the workload takes " + percent(workload, capacityHours) + " of the productive hours";
			}
			else if (total >= weeklyBaseline * 1.1 && total > 0) {
				flag = "BUSY";
				why = "demand is " + Math.round(100 * (total / weeklyBaseline - 1)) + " % above the usual week";
			}
			else if (capacityHours > 0 && workload / capacityHours < 0.4) {
				flag = "QUIET";
				why = "the workload takes only " + percent(workload, capacityHours) + " of the productive hours";
			}
			coming.add(new DemandView.Week(start, weeklyBaseline, total, (own != null) ? own.getPercent() : 0,
					(own != null) ? own.getReason() : null, workload, capacityHours, staffing.away(start), flag, why));
		}
		double[] forecast = adjustedForecast(byService, adjusted, shown);
		double[] capacity = staffing.capacity(shown);
		List<DemandView.Hour> hours = new ArrayList<>();
		for (int h = 0; h < SeasonalForecast.HOURS; h++) {
			double workload = forecast[h] * hoursEach;
			hours.add(new DemandView.Hour(h, forecast[h], workload, capacity[h], staffing(workload, capacity[h])));
		}
		return new DemandView(service, serviceName, options,
				"Seasonal average: each hour of the week is forecast as the mean number of requests raised in that hour"
						+ " over the last " + Math.min(weeks, AVERAGED_WEEKS)
						+ " complete weeks, then adjusted by the managers' percentages. Its error is measured by"
						+ " back-testing: each of the last weeks is forecast from the weeks before it only.",
				Math.min(weeks, AVERAGED_WEEKS), SeasonalForecast.backTest(counts, AVERAGED_WEEKS, 3),
				(int) Math.round(handling.minutes()), shown, coming, hours, deadlines(now, zone, staffing, hoursEach),
				QUIET_WORK, handling.basis());
	}

	/**
	 * The average handling time: measured from the time staff recorded on the requests
	 * resolved over the history weeks when there are enough of them, else the configured
	 * one; either way the basis is said in words.
	 */
	private Handling handling(Instant now) {
		RequestQueries.HandlingTime measured = this.requests
			.handlingTime(now.minus(Duration.ofDays(7L * HISTORY_WEEKS)), now);
		if (measured.requests() >= MIN_MEASURED) {
			return new Handling(measured.meanMinutes(),
					"measured: the mean time staff recorded on the " + measured.requests()
							+ " resolved requests with time recorded in the last " + HISTORY_WEEKS + " weeks");
		}
		return new Handling(this.handlingTime.toMinutes(),
				"the setting servicechain.workforce.handling-time: only " + measured.requests()
						+ " resolved requests in the last " + HISTORY_WEEKS + " weeks have time recorded, and "
						+ MIN_MEASURED + " are needed to measure it");
	}

	record Handling(double minutes, String basis) {

	}

	/**
	 * Raises or lowers one service's forecast for one week, with a reason (a launch week:
	 * +10).
	 */
	@Transactional
	public void adjust(@Nullable UUID service, @Nullable LocalDate week, int percent, @Nullable String reason) {
		this.policy.requireManager("service", "adjust forecasts");
		if (service == null) {
			throw new InvalidInputException("service", "required", "choose the service whose forecast to adjust");
		}
		if (week == null) {
			throw new InvalidInputException("week", "required", "choose the week to adjust");
		}
		if (percent < -90 || percent > 500) {
			throw new InvalidInputException("percent", "range", "an adjustment is between -90 % and +500 %");
		}
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (why == null) {
			throw new InvalidInputException("reason", "required", "say why the forecast is adjusted");
		}
		LocalDate start = SeasonalForecast.weekOf(week);
		Optional<ForecastAdjustment> existing = this.adjustments.findByServiceIdAndWeekStart(service, start);
		if (existing.isPresent()) {
			ForecastAdjustment adjustment = existing.get();
			Map<String, String> before = adjustment.auditSnapshot();
			adjustment.change(percent, why);
			this.adjustments.saveAndFlush(adjustment);
			this.audit.updated(ADJUSTMENT, before, adjustment);
		}
		else {
			this.audit.created(ADJUSTMENT,
					this.adjustments.saveAndFlush(new ForecastAdjustment(service, start, percent, why)));
		}
	}

	/** How far ahead a what-if looks. */
	static final int WHAT_IF_DAYS = 7;

	/** The most customer deadlines a what-if reads. */
	static final int WHAT_IF_DEADLINES = 5_000;

	/**
	 * What-if (WF-2): if these people were off on these days, or demand rose by this
	 * much, which agreements' customer deadlines in the coming week would be missed, by
	 * how much, and whom they cover. Both the plan as it stands and the scenario are run
	 * through {@link DeadlinePlan} with the same open work, so the difference is the
	 * scenario's alone.
	 */
	@Transactional(readOnly = true)
	public WhatIfView whatIf(WhatIfScenario scenario) {
		this.policy.requireManager("peopleOff", "run a what-if");
		ZoneId zone = WorkforceManagement.DEFAULT_ZONE;
		Set<String> off = daysOff(scenario);
		if (scenario.demandChangePercent() < -90 || scenario.demandChangePercent() > 500) {
			throw new InvalidInputException("demandChangePercent", "range",
					"a change of demand is between -90 % and +500 %");
		}
		Instant now = Instant.now(this.clock);
		Instant start = now.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		int hours = WHAT_IF_DAYS * 24;
		Instant until = start.plus(Duration.ofHours(hours));
		Handling handling = handling(now);
		double hoursEach = handling.minutes() / 60.0;

		double[] capacity = new Staffing(zone, Set.of()).hourly(start, hours);
		double[] scenarioCapacity = (off.isEmpty()) ? capacity : new Staffing(zone, off).hourly(start, hours);
		double[] arrivals = arrivals(start, hours, zone, hoursEach);
		double factor = 1 + scenario.demandChangePercent() / 100.0;
		double[] scenarioArrivals = java.util.Arrays.stream(arrivals).map((value) -> value * factor).toArray();

		List<SlaManagement.DueClock> clocks = this.sla.customerClocksDueBefore(until, WHAT_IF_DEADLINES + 1);
		boolean truncated = clocks.size() > WHAT_IF_DEADLINES;
		clocks = clocks.subList(0, Math.min(clocks.size(), WHAT_IF_DEADLINES));
		Map<UUID, Instant> earliest = new LinkedHashMap<>();
		clocks.forEach((due) -> earliest.merge(due.requestId(), due.dueAt(),
				(one, other) -> one.isBefore(other) ? one : other));
		List<DeadlinePlan.Work> work = earliest.entrySet()
			.stream()
			.map((entry) -> new DeadlinePlan.Work(entry.getKey().toString(), entry.getValue(), hoursEach))
			.toList();
		Map<String, DeadlinePlan.Outcome> asPlanned = byKey(DeadlinePlan.plan(start, capacity, arrivals, work));
		Map<String, DeadlinePlan.Outcome> inScenario = byKey(
				DeadlinePlan.plan(start, scenarioCapacity, scenarioArrivals, work));

		Map<UUID, RequestSummary> requests = new HashMap<>();
		all(new RequestFilter(null, true, null, null, null, null, null, null, until, null, null, null, "due"))
			.forEach((request) -> requests.put(request.id(), request));
		Map<UUID, AgreementView> agreementsById = new HashMap<>();
		this.agreements.agreements(null).forEach((agreement) -> agreementsById.put(agreement.id(), agreement));

		Map<UUID, List<SlaManagement.DueClock>> byAgreement = new LinkedHashMap<>();
		clocks.forEach((due) -> byAgreement.computeIfAbsent(due.agreementId(), (id) -> new ArrayList<>()).add(due));
		List<WhatIfView.AgreementOutcome> outcomes = new ArrayList<>();
		byAgreement.forEach((agreementId, due) -> {
			int missedAsPlanned = 0;
			int missed = 0;
			Duration worst = Duration.ZERO;
			java.util.Set<String> newlyMissed = new java.util.LinkedHashSet<>();
			java.util.Set<String> customers = new java.util.LinkedHashSet<>();
			for (SlaManagement.DueClock clock : due) {
				String key = clock.requestId().toString();
				RequestSummary request = requests.get(clock.requestId());
				if (asPlanned.get(key).misses(clock.dueAt())) {
					missedAsPlanned++;
				}
				DeadlinePlan.Outcome outcome = inScenario.get(key);
				if (outcome.misses(clock.dueAt())) {
					missed++;
					Duration late = outcome.lateFor(clock.dueAt(), until);
					worst = (late.compareTo(worst) > 0) ? late : worst;
					if (request != null) {
						customers.add(request.requesterName());
						if (!asPlanned.get(key).misses(clock.dueAt())) {
							newlyMissed.add(request.reference());
						}
					}
				}
			}
			AgreementView agreement = agreementsById.get(agreementId);
			outcomes.add(new WhatIfView.AgreementOutcome(agreementId, (agreement != null) ? agreement.reference() : "?",
					(agreement != null) ? agreement.title() : "An agreement no longer on record",
					(agreement != null) ? agreement.consumerName() : "?", due.size(), missedAsPlanned, missed, worst,
					newlyMissed.stream().limit(10).toList(), customers.stream().limit(10).toList()));
		});
		outcomes.sort(Comparator.comparingInt(WhatIfView.AgreementOutcome::extraMissed)
			.thenComparingInt(WhatIfView.AgreementOutcome::missed)
			.reversed()
			.thenComparing(WhatIfView.AgreementOutcome::reference));
		return new WhatIfView(start, until, WHAT_IF_METHOD, (int) Math.round(handling.minutes()), sum(capacity),
				sum(scenarioCapacity), sum(arrivals), sum(scenarioArrivals), clocks.size(), outcomes, truncated);
	}

	static final String WHAT_IF_METHOD = "The coming seven days, hour by hour. Productive hours come from the working"
			+ " patterns, less approved absences, shrinkage and the people the what-if takes off. In each hour the"
			+ " requests forecast to arrive (the seasonal forecast, changed by the what-if's percentage) are"
			+ " answered first; what is left works the open requests earliest deadline first, each needing the"
			+ " average handling time once. A customer deadline (first response or resolution, running clocks"
			+ " only: paused clocks have no deadline yet) is missed when its request is finished after it. Both"
			+ " the plan as it stands and the what-if use the same open work, so the difference is the what-if's.";

	private Set<String> daysOff(WhatIfScenario scenario) {
		List<WhatIfScenario.PersonOff> people = scenario.peopleOff();
		if (people.size() > 50) {
			throw new InvalidInputException("peopleOff", "max-size", "a what-if takes at most 50 people off");
		}
		Set<String> withPattern = new java.util.HashSet<>();
		this.patterns.findAll().forEach((pattern) -> withPattern.add(pattern.getUsername()));
		Set<String> off = new java.util.HashSet<>();
		for (int i = 0; i < people.size(); i++) {
			WhatIfScenario.PersonOff person = people.get(i);
			String field = "peopleOff[" + i + "]";
			if (person.username() == null || person.username().isBlank()) {
				throw new InvalidInputException(field + ".username", "required", "say who would be off");
			}
			if (!withPattern.contains(person.username())) {
				throw new InvalidInputException(field + ".username", "unknown", person.username()
						+ " has no working pattern, so taking them off changes nothing: only people with a pattern"
						+ " count towards capacity");
			}
			if (person.from() == null) {
				throw new InvalidInputException(field + ".from", "required", "say from which day");
			}
			if (person.to() == null) {
				throw new InvalidInputException(field + ".to", "required", "say until which day");
			}
			if (person.to().isBefore(person.from())) {
				throw new InvalidInputException(field + ".to", "not-before-from",
						"the last day off must not come before the first");
			}
			if (java.time.temporal.ChronoUnit.DAYS.between(person.from(), person.to()) > 366) {
				throw new InvalidInputException(field + ".to", "max-period", "at most a year off");
			}
			for (LocalDate day = person.from(); !day.isAfter(person.to()); day = day.plusDays(1)) {
				off.add(person.username() + "@" + day);
			}
		}
		return off;
	}

	/**
	 * @return the handling hours of the requests forecast to arrive in each hour from
	 * {@code start}; none without a complete week of history
	 */
	private double[] arrivals(Instant start, int hours, ZoneId zone, double hoursEach) {
		LocalDate thisWeek = SeasonalForecast.weekOf(LocalDate.ofInstant(start, zone));
		History past = history(thisWeek, zone);
		double[] found = new double[hours];
		if (past.weeks() < 1) {
			return found;
		}
		Map<UUID, double[]> byService = forecasts(past, null, thisWeek, zone);
		Map<String, ForecastAdjustment> adjusted = new HashMap<>();
		this.adjustments.findByWeekStartBetween(thisWeek, thisWeek.plusWeeks(2))
			.forEach((adjustment) -> adjusted.put(adjustment.getServiceId() + "@" + adjustment.getWeekStart(),
					adjustment));
		Map<LocalDate, double[]> weeks = new HashMap<>();
		for (int h = 0; h < hours; h++) {
			ZonedDateTime at = start.plus(Duration.ofHours(h)).atZone(zone);
			double[] week = weeks.computeIfAbsent(SeasonalForecast.weekOf(at.toLocalDate()),
					(monday) -> adjustedForecast(byService, adjusted, monday));
			found[h] = week[SeasonalForecast.hourOfWeek(at)] * hoursEach;
		}
		return found;
	}

	private static Map<String, DeadlinePlan.Outcome> byKey(List<DeadlinePlan.Outcome> outcomes) {
		Map<String, DeadlinePlan.Outcome> found = new HashMap<>();
		outcomes.forEach((outcome) -> found.put(outcome.work().key(), outcome));
		return found;
	}

	private static double sum(double[] values) {
		return java.util.Arrays.stream(values).sum();
	}

	private List<DemandView.Deadline> deadlines(Instant now, ZoneId zone, Staffing staffing, double hoursEach) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		Instant until = today.plusDays(7).atStartOfDay(zone).toInstant();
		Map<LocalDate, Map<String, Long>> byDay = new LinkedHashMap<>();
		Map<LocalDate, Map<String, Long>> byAgreementAndDay = new LinkedHashMap<>();
		for (int d = 0; d < 7; d++) {
			byDay.put(today.plusDays(d), new LinkedHashMap<>());
			byAgreementAndDay.put(today.plusDays(d), new java.util.TreeMap<>());
		}
		// Which agreement each request's next deadline is kept under: its earliest
		// running
		// customer clock.
		Map<UUID, SlaManagement.DueClock> earliest = new HashMap<>();
		this.sla.customerClocksDueBefore(until, WHAT_IF_DEADLINES)
			.forEach((due) -> earliest.merge(due.requestId(), due,
					(one, other) -> one.dueAt().isAfter(other.dueAt()) ? other : one));
		Map<UUID, String> references = new HashMap<>();
		if (!earliest.isEmpty()) {
			this.agreements.agreements(null)
				.forEach((agreement) -> references.put(agreement.id(), agreement.reference()));
		}
		RequestFilter open = new RequestFilter(null, true, null, null, null, null, null, null, until, null, null, null,
				"due");
		for (RequestSummary request : all(open)) {
			if (request.nextDueAt() == null) {
				continue;
			}
			LocalDate day = LocalDate.ofInstant(request.nextDueAt(), zone);
			// Already overdue work must be finished today.
			LocalDate bucket = day.isBefore(today) ? today : day;
			Map<String, Long> counts = byDay.get(bucket);
			if (counts != null) {
				counts.merge(request.priority().name(), 1L, Long::sum);
				SlaManagement.DueClock due = earliest.get(request.id());
				String agreement = (due != null) ? references.getOrDefault(due.agreementId(), "?") : "no running clock";
				byAgreementAndDay.get(bucket).merge(agreement, 1L, Long::sum);
			}
		}
		List<DemandView.Deadline> deadlines = new ArrayList<>();
		byDay.forEach((day, counts) -> {
			long total = counts.values().stream().mapToLong(Long::longValue).sum();
			deadlines.add(new DemandView.Deadline(day, counts, byAgreementAndDay.get(day), total, total * hoursEach,
					staffing.capacityOn(day)));
		});
		return deadlines;
	}

	/**
	 * The requests of the weeks on record, newest first, the services they were for, and
	 * how many complete weeks they cover (at most {@link #HISTORY_WEEKS}).
	 */
	private record History(List<RequestSummary> requests, Map<UUID, String> names, int weeks) {

	}

	private History history(LocalDate thisWeek, ZoneId zone) {
		Instant from = thisWeek.minusWeeks(HISTORY_WEEKS + 1).atStartOfDay(zone).toInstant();
		List<RequestSummary> found = new ArrayList<>();
		for (RequestSummary request : all(
				new RequestFilter(null, null, null, null, null, null, null, null, null, null, null, null, "-opened"))) {
			if (request.openedAt().isBefore(from)) {
				break;
			}
			found.add(request);
		}
		Map<UUID, String> names = new LinkedHashMap<>();
		found.stream()
			.sorted(Comparator.comparing(RequestSummary::serviceName))
			.forEach((request) -> names.putIfAbsent(request.serviceId(), request.serviceName()));
		// Only complete weeks: the week of the first request is partly empty and would
		// pull the average down.
		Optional<Instant> first = found.stream().map(RequestSummary::openedAt).min(Comparator.naturalOrder());
		int weeks = first
			.map((instant) -> (int) java.time.temporal.ChronoUnit.WEEKS
				.between(SeasonalForecast.weekOf(LocalDate.ofInstant(instant, zone)).plusWeeks(1), thisWeek))
			.orElse(0);
		return new History(found, names, Math.max(0, Math.min(weeks, HISTORY_WEEKS)));
	}

	/**
	 * @return each service's forecast arrivals per hour of the week, before adjustments
	 */
	private static Map<UUID, double[]> forecasts(History past, @Nullable UUID service, LocalDate thisWeek,
			ZoneId zone) {
		Map<UUID, double[]> byService = new HashMap<>();
		for (UUID id : (service != null) ? List.of(service) : past.names().keySet()) {
			List<Instant> own = past.requests()
				.stream()
				.filter((request) -> id.equals(request.serviceId()))
				.map(RequestSummary::openedAt)
				.toList();
			byService.put(id, SeasonalForecast
				.forecast(SeasonalForecast.countsByWeek(own, thisWeek, past.weeks(), zone), AVERAGED_WEEKS));
		}
		return byService;
	}

	private List<RequestSummary> all(RequestFilter filter) {
		List<RequestSummary> all = new ArrayList<>();
		int page = 0;
		PageResponse<RequestSummary> found;
		do {
			found = this.requests.list(filter, page++, 200);
			all.addAll(found.items());
		}
		while (page < found.totalPages() && page < 100);
		return all;
	}

	private static double[] adjustedForecast(Map<UUID, double[]> byService, Map<String, ForecastAdjustment> adjusted,
			LocalDate week) {
		double[] total = new double[SeasonalForecast.HOURS];
		byService.forEach((service, forecast) -> {
			ForecastAdjustment adjustment = adjusted.get(service + "@" + week);
			double factor = 1 + ((adjustment != null) ? adjustment.getPercent() : 0) / 100.0;
			for (int h = 0; h < SeasonalForecast.HOURS; h++) {
				total[h] += forecast[h] * factor;
			}
		});
		return total;
	}

	private static double[] sum(java.util.Collection<double[]> forecasts) {
		double[] total = new double[SeasonalForecast.HOURS];
		for (double[] forecast : forecasts) {
			for (int h = 0; h < SeasonalForecast.HOURS; h++) {
				total[h] += forecast[h];
			}
		}
		return total;
	}

	/**
	 * Colours an hour: under-staffed above 85 % of the productive hours, over-staffed
	 * below 40 %.
	 */
	static String staffing(double workload, double capacity) {
		if (capacity <= 0) {
			return (workload > 0.05) ? "UNDER" : "CLOSED";
		}
		double load = workload / capacity;
		return (load > 0.85) ? "UNDER" : (load < 0.4) ? "OVER" : "WELL";
	}

	private static String percent(double part, double whole) {
		return (whole <= 0) ? "all" : Math.round(100 * part / whole) + " %";
	}

	/**
	 * The productive hours of everyone with a working pattern, per hour of a week, after
	 * approved absences and shrinkage.
	 */
	private final class Staffing {

		private final ZoneId zone;

		private final List<WorkPattern> all;

		private final Map<UUID, BusinessCalendar> calendars = new HashMap<>();

		private final Map<LocalDate, double[]> weeks = new HashMap<>();

		private final Map<LocalDate, List<Absence>> away = new HashMap<>();

		/** Days off a what-if adds, as {@code username@date}. */
		private final Set<String> alsoOff;

		Staffing(ZoneId zone, Set<String> alsoOff) {
			this.zone = zone;
			this.all = DemandForecasting.this.patterns.findAll();
			this.alsoOff = alsoOff;
		}

		/**
		 * @return the productive hours in each of {@code hours} hours from {@code start}
		 */
		double[] hourly(Instant start, int hours) {
			double[] found = new double[hours];
			for (int h = 0; h < hours; h++) {
				ZonedDateTime at = start.plus(Duration.ofHours(h)).atZone(this.zone);
				found[h] = capacity(SeasonalForecast.weekOf(at.toLocalDate()))[SeasonalForecast.hourOfWeek(at)];
			}
			return found;
		}

		double[] capacity(LocalDate week) {
			return this.weeks.computeIfAbsent(week, this::compute);
		}

		double capacityOn(LocalDate day) {
			double[] week = capacity(SeasonalForecast.weekOf(day));
			int offset = (day.getDayOfWeek().getValue() - 1) * 24;
			double total = 0;
			for (int h = 0; h < 24; h++) {
				total += week[offset + h];
			}
			return total;
		}

		int away(LocalDate week) {
			return (int) absences(week).stream().map(Absence::getUsername).distinct().count();
		}

		private List<Absence> absences(LocalDate week) {
			return this.away.computeIfAbsent(week, (start) -> DemandForecasting.this.absences
				.within(List.of(AbsenceStatus.APPROVED), start, start.plusDays(6)));
		}

		private double[] compute(LocalDate week) {
			double[] hours = new double[SeasonalForecast.HOURS];
			List<Absence> absent = absences(week);
			for (WorkPattern pattern : this.all) {
				BusinessCalendar calendar = this.calendars.computeIfAbsent(pattern.getCalendarId(),
						DemandForecasting.this.calendars::calendar);
				double productive = 1 - pattern.getShrinkagePercent() / 100.0;
				ZonedDateTime start = week.atStartOfDay(this.zone);
				for (int h = 0; h < SeasonalForecast.HOURS; h++) {
					ZonedDateTime from = start.plusHours(h);
					LocalDate day = from.toLocalDate();
					boolean off = this.alsoOff.contains(pattern.getUsername() + "@" + day) || absent.stream()
						.anyMatch((absence) -> absence.getUsername().equals(pattern.getUsername())
								&& absence.covers(day));
					if (off) {
						continue;
					}
					Duration working = calendar.workingTimeBetween(from.toInstant(), from.plusHours(1).toInstant());
					hours[SeasonalForecast.hourOfWeek(from)] += working.toMinutes() / 60.0 * productive;
				}
			}
			return hours;
		}

	}

}
