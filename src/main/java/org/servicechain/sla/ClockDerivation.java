package org.servicechain.sla;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementManagement.AgreementInForce;
import org.servicechain.agreements.AgreementTerms;
import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.requests.ClockSubject;
import org.servicechain.sla.BreachAttributionPolicy.Attribution;
import org.servicechain.sla.BreachAttributionPolicy.Risk;
import org.servicechain.sla.BreachAttributionPolicy.TaskClock;
import org.servicechain.sla.HoldingLedger.Holder;
import org.servicechain.sla.HoldingLedger.HolderKind;
import org.servicechain.sla.RequestClockPolicy.PlannedClock;
import org.servicechain.shared.NotFoundException;

/**
 * Derives every clock of a request, its ledger, the attribution of a breach and the
 * upstream risks, as the system, from the request's history and the agreement and
 * calendar versions that apply. Nothing is stored here; the index and the pages both ask.
 */
@Component
class ClockDerivation {

	private static final BusinessCalendar WALL_CLOCK = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);

	private final AgreementManagement agreements;

	private final BusinessCalendarManagement calendars;

	ClockDerivation(AgreementManagement agreements, BusinessCalendarManagement calendars) {
		this.agreements = agreements;
		this.calendars = calendars;
	}

	RequestClocks derive(ClockSubject subject, Instant now) {
		return derive(subject, now, null);
	}

	/**
	 * Derives as if one agreement's terms were other terms (what-if): every clock under
	 * {@code override}'s agreement uses its terms instead of the version it started
	 * under.
	 */
	RequestClocks derive(ClockSubject subject, Instant now, @Nullable AgreementInForce override) {
		return deriveNow(subject, now, override);
	}

	private RequestClocks deriveNow(ClockSubject subject, Instant now, @Nullable AgreementInForce override) {
		Instant opened = subject.events().isEmpty() ? now : subject.events().get(0).at();
		Terms customer = terms(subject.agreementId(), subject.agreementTermsNumber(), override, opened);
		Map<UUID, Terms> taskTerms = new HashMap<>();
		Map<UUID, ClockTerms> taskClockTerms = new HashMap<>();
		Map<UUID, Holder> holders = new HashMap<>();
		for (ClockSubject.Task task : subject.tasks()) {
			holders.put(task.id(), new Holder(task.partyId(), task.partyName(),
					task.partyInternal() ? HolderKind.INTERNAL_TEAM : HolderKind.SUPPLIER));
			Instant handedOver = subject.events()
				.stream()
				.filter((event) -> task.id().equals(event.taskId()))
				.map(org.servicechain.requests.RequestEventView::at)
				.findFirst()
				.orElse(opened);
			Terms terms = terms(task.agreementId(), task.agreementTermsNumber(), override, handedOver);
			if (terms != null) {
				taskTerms.put(task.id(), terms);
				taskClockTerms.put(task.id(), terms.clockTerms());
			}
		}
		// Clocks start under the version in force at opening; a manager's re-base moves
		// them onto a later one from that instant.
		ClockTerms initial = (customer != null) ? customer.clockTerms() : null;
		Map<Integer, ClockTerms> versions = new HashMap<>();
		boolean first = true;
		for (org.servicechain.requests.RequestEventView event : subject.events()) {
			if (customer == null || event.kind() != org.servicechain.requests.RequestEventKind.AGREEMENT_APPLIED
					|| event.from() == null || event.to() == null) {
				continue;
			}
			try {
				if (first) {
					Terms opening = terms(subject.agreementId(), Integer.valueOf(event.from()), override, opened);
					initial = (opening != null) ? opening.clockTerms() : initial;
					first = false;
				}
				Terms later = terms(subject.agreementId(), Integer.valueOf(event.to()), override, opened);
				if (later != null) {
					versions.put(Integer.valueOf(event.to()), later.clockTerms());
				}
			}
			catch (NumberFormatException ex) {
				// not a re-base
			}
		}
		List<PlannedClock> planned = RequestClockPolicy.plan(
				RequestClockPolicy.initialPriority(subject.priority(), subject.events()), initial, versions,
				taskClockTerms, subject.events());
		List<DerivedClock> clocks = new ArrayList<>();
		for (PlannedClock plan : planned) {
			Terms terms = (plan.taskId() == null) ? customer : taskTerms.get(plan.taskId());
			if (terms == null) {
				continue;
			}
			ClockState state = Clock.derivedFrom(plan.target(), terms.calendar(), plan.facts(), now);
			Holder holder = (plan.taskId() != null) ? holders.get(plan.taskId()) : null;
			String label = (plan.taskId() == null) ? plan.kind().label()
					: taskReference(subject, plan.taskId()) + " " + plan.kind().label().toLowerCase();
			clocks.add(new DerivedClock(plan, state, terms, holder, label));
		}
		Holder team = new Holder(subject.teamId(), subject.teamName(), HolderKind.OUR_TEAM);
		Holder requester = new Holder(subject.requesterId(), subject.requesterName(), HolderKind.CUSTOMER);
		BusinessCalendar ledgerCalendar = (customer != null) ? customer.calendar() : WALL_CLOCK;
		HoldingLedger.Ledger ledger = HoldingLedger.of(team, requester, holders, subject.events(), ledgerCalendar, now);
		List<TaskClock> taskClocks = clocks.stream()
			.filter((clock) -> clock.plan().kind() == ClockKind.TASK_RESOLUTION && clock.holder() != null)
			.map((clock) -> new TaskClock(clock.holder(), clock.label(), clock.state()))
			.toList();
		Optional<DerivedClock> resolution = clocks.stream()
			.filter((clock) -> clock.plan().kind() == ClockKind.RESOLUTION)
			.findFirst();
		Optional<Attribution> attribution = resolution
			.flatMap((clock) -> BreachAttributionPolicy.attribute(clock.state(), taskClocks, ledger,
					clock.terms().rules().pauseWhileWaitingOnCustomer(), ledgerCalendar));
		List<Risk> risks = resolution.map((clock) -> BreachAttributionPolicy.upstreamRisks(clock.state(), taskClocks))
			.orElse(List.of());
		return new RequestClocks(subject, now, customer, List.copyOf(clocks), ledger, ledgerCalendar,
				attribution.orElse(null), risks);
	}

	private static String taskReference(ClockSubject subject, UUID taskId) {
		return subject.tasks()
			.stream()
			.filter((task) -> task.id().equals(taskId))
			.map(ClockSubject.Task::reference)
			.findFirst()
			.orElse("Task");
	}

	/**
	 * The terms of one agreement version with its calendar, or {@literal null} when the
	 * work has no agreement (or it cannot be read any more).
	 */
	@Nullable Terms terms(@Nullable UUID agreementId, @Nullable Integer number, @Nullable AgreementInForce override,
			Instant startedAt) {
		if (agreementId == null || number == null) {
			return null;
		}
		Optional<AgreementInForce> version = (override != null && override.id().equals(agreementId))
				? Optional.of(override) : termsVersion(agreementId, number);
		if (version.isEmpty()) {
			return null;
		}
		return terms(version.get(), startedAt);
	}

	/**
	 * The terms with the calendar version in force when the clock started: a later edit
	 * of the calendar applies to new clocks only (REQ-3).
	 */
	@Nullable Terms terms(AgreementInForce version, Instant startedAt) {
		BusinessCalendar calendar;
		long calendarVersion;
		try {
			UUID calendarId = version.calendarId();
			calendarVersion = calendarVersionAt(calendarId, startedAt);
			calendar = this.calendars.calendar(calendarId, calendarVersion);
		}
		catch (NotFoundException ex) {
			return null;
		}
		return new Terms(version, rulesOf(version.terms()), calendar, calendarVersion);
	}

	private final ThreadLocal<@Nullable Memo> memo = new ThreadLocal<>();

	/**
	 * Runs work that derives many requests' clocks (a sweep's batch) with the agreement
	 * versions and calendar versions it reads remembered for its duration.
	 */
	<T> T remembering(java.util.function.Supplier<T> work) {
		if (this.memo.get() != null) {
			return work.get();
		}
		this.memo.set(new Memo());
		try {
			return work.get();
		}
		finally {
			this.memo.remove();
		}
	}

	private Optional<AgreementInForce> termsVersion(UUID agreementId, int number) {
		Memo memo = this.memo.get();
		if (memo == null) {
			return this.agreements.termsVersion(agreementId, number);
		}
		return memo.terms.computeIfAbsent(agreementId + ":" + number,
				(key) -> this.agreements.termsVersion(agreementId, number));
	}

	/**
	 * The calendar version in force at an instant. Within a batch, once an instant is
	 * known to fall under the calendar's current version, every later instant does too.
	 */
	private long calendarVersionAt(UUID calendarId, Instant at) {
		Memo memo = this.memo.get();
		if (memo != null) {
			Instant currentSince = memo.currentSince.get(calendarId);
			if (currentSince != null && !at.isBefore(currentSince)) {
				return memo.current.get(calendarId);
			}
		}
		long current = (memo != null) ? memo.current.computeIfAbsent(calendarId, this.calendars::currentVersion)
				: this.calendars.currentVersion(calendarId);
		long version = this.calendars.versionAt(calendarId, at).orElse(current);
		if (memo != null && version == current) {
			memo.currentSince.merge(calendarId, at, (a, b) -> a.isBefore(b) ? a : b);
		}
		return version;
	}

	private static final class Memo {

		final Map<String, Optional<AgreementInForce>> terms = new HashMap<>();

		final Map<UUID, Long> current = new HashMap<>();

		final Map<UUID, Instant> currentSince = new HashMap<>();

	}

	static ClockRules rulesOf(AgreementTerms terms) {
		AgreementTerms.ClockRules rules = terms.clockRules();
		if (rules == null) {
			return ClockRules.DEFAULT;
		}
		java.time.Duration every = rules.keepInformedEvery();
		return new ClockRules(rules.warningPercentOrDefault(), rules.pausesWhileWaitingOnCustomer(),
				rules.restartsOnReopen(), (every != null && !every.isNegative() && !every.isZero()) ? every : null);
	}

	/**
	 * One agreement version as the clocks use it.
	 */
	record Terms(AgreementInForce agreement, ClockRules rules, BusinessCalendar calendar, long calendarVersion) {

		ClockTerms clockTerms() {
			return ClockTerms.of(this.agreement.terms(), this.rules);
		}

		String describe() {
			return this.agreement.reference() + " version " + this.agreement.termsNumber();
		}

	}

	/**
	 * A derived clock with what it was derived under.
	 */
	record DerivedClock(PlannedClock plan, ClockState state, Terms terms, @Nullable Holder holder, String label) {

	}

	/**
	 * Everything derived for one request at one instant.
	 */
	record RequestClocks(ClockSubject subject, Instant now, @Nullable Terms customerTerms, List<DerivedClock> clocks,
			HoldingLedger.Ledger ledger, BusinessCalendar ledgerCalendar, @Nullable Attribution attribution,
			List<Risk> risks) {

		Optional<DerivedClock> clock(String key) {
			return this.clocks.stream().filter((clock) -> clock.plan().key().equals(key)).findFirst();
		}

	}

}
