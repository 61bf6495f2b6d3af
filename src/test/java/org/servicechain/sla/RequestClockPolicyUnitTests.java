package org.servicechain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.servicechain.agreements.AgreementTerms;
import org.servicechain.agreements.Priority;
import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.requests.RequestEventKind;
import org.servicechain.requests.RequestEventView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a request's history to its clocks: which facts pause, stop, resume or re-target
 * which clock. Runs in a 24/7 calendar so only the rules show.
 */
class RequestClockPolicyUnitTests {

	static final BusinessCalendar ALWAYS = BusinessCalendar.twentyFourSeven(java.time.ZoneOffset.UTC);

	static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

	static final UUID TASK = UUID.randomUUID();

	final List<RequestEventView> history = new ArrayList<>();

	static ClockTerms terms(String firstResponse, String resolution, ClockRules rules) {
		Map<Priority, AgreementTerms.Target> targets = new java.util.EnumMap<>(Priority.class);
		for (Priority priority : Priority.values()) {
			targets.put(priority,
					new AgreementTerms.Target(priority, Duration.parse(firstResponse), Duration.parse(resolution)));
		}
		return new ClockTerms(targets, rules);
	}

	RequestClockPolicyUnitTests at(int minutes, RequestEventKind kind, @Nullable String from, @Nullable String to) {
		this.history.add(new RequestEventView(this.history.size() + 1, UUID.randomUUID(), kind,
				T0.plus(Duration.ofMinutes(minutes)), "alex", "Alex Agent", null, from, to, "because", null));
		return this;
	}

	RequestClockPolicyUnitTests task(int minutes, RequestEventKind kind) {
		this.history.add(new RequestEventView(this.history.size() + 1, UUID.randomUUID(), kind,
				T0.plus(Duration.ofMinutes(minutes)), "paula", "Paula Partner", TASK, null, null, null, null));
		return this;
	}

	ClockState clock(String key, int nowMinutes, ClockTerms customer, Map<Integer, ClockTerms> versions) {
		return RequestClockPolicy
			.plan(Priority.P3, customer, versions, Map.of(TASK, terms("PT1H", "PT6H", ClockRules.DEFAULT)),
					this.history)
			.stream()
			.filter((plan) -> plan.key().equals(key))
			.findFirst()
			.map((plan) -> Clock.derivedFrom(plan.target(), ALWAYS, plan.facts(),
					T0.plus(Duration.ofMinutes(nowMinutes))))
			.orElseThrow();
	}

	ClockState clock(String key, int nowMinutes, ClockTerms customer) {
		return clock(key, nowMinutes, customer, Map.of());
	}

	@Test
	void waitingOnTheCustomerPausesTheCustomersClocksWhereTheAgreementSaysSo() {
		at(0, RequestEventKind.OPENED, null, null)
			.at(60, RequestEventKind.STATUS_CHANGED, "OPEN", "WAITING_ON_CUSTOMER")
			.at(180, RequestEventKind.STATUS_CHANGED, "WAITING_ON_CUSTOMER", "OPEN");
		ClockTerms pausing = terms("PT2H", "PT8H", ClockRules.DEFAULT);
		assertThat(clock("resolution", 240, pausing).elapsed()).isEqualTo(Duration.ofHours(2));
		ClockTerms notPausing = terms("PT2H", "PT8H", new ClockRules(75, false, false, null));
		assertThat(clock("resolution", 240, notPausing).elapsed()).isEqualTo(Duration.ofHours(4));
	}

	@Test
	void waitingOnAPartnerNeverPausesTheCustomersClockButRunsTheTasksOwn() {
		at(0, RequestEventKind.OPENED, null, null).at(10, RequestEventKind.STATUS_CHANGED, "NEW", "WAITING_ON_PARTNER");
		task(10, RequestEventKind.TASK_HANDED_OVER).task(40, RequestEventKind.TASK_ACCEPTED);
		ClockTerms customer = terms("PT2H", "PT8H", ClockRules.DEFAULT);
		assertThat(clock("resolution", 130, customer).elapsed()).isEqualTo(Duration.ofMinutes(130));
		assertThat(clock(RequestClockPolicy.taskKey(TASK, ClockKind.TASK_RESPONSE), 130, customer).label())
			.isEqualTo("Met");
		assertThat(clock(RequestClockPolicy.taskKey(TASK, ClockKind.TASK_RESOLUTION), 130, customer).elapsed())
			.isEqualTo(Duration.ofMinutes(120));
	}

	@Test
	void aQuestionFromThePartyPausesTheTaskUntilWeAnswer() {
		at(0, RequestEventKind.OPENED, null, null);
		task(0, RequestEventKind.TASK_HANDED_OVER).task(30, RequestEventKind.TASK_QUERIED)
			.task(90, RequestEventKind.TASK_ANSWERED);
		ClockState task = clock(RequestClockPolicy.taskKey(TASK, ClockKind.TASK_RESOLUTION), 120,
				terms("PT2H", "PT8H", ClockRules.DEFAULT));
		assertThat(task.elapsed()).isEqualTo(Duration.ofMinutes(60));
		assertThat(task.pauses()).singleElement()
			.satisfies((pause) -> assertThat(pause.reason()).contains("waiting on us"));
	}

	@Test
	void reopenResumesOrRestartsAsTheAgreementSays() {
		at(0, RequestEventKind.OPENED, null, null).at(60, RequestEventKind.STATUS_CHANGED, "OPEN", "RESOLVED")
			.at(120, RequestEventKind.STATUS_CHANGED, "RESOLVED", "OPEN");
		assertThat(clock("resolution", 150, terms("PT2H", "PT8H", ClockRules.DEFAULT)).elapsed())
			.isEqualTo(Duration.ofMinutes(90));
		ClockState restarted = clock("resolution", 150, terms("PT2H", "PT8H", new ClockRules(75, true, true, null)));
		assertThat(restarted.elapsed()).isEqualTo(Duration.ofMinutes(30));
		assertThat(restarted.cycle()).isEqualTo(1);
	}

	@Test
	void firstResponseStopsAtTheFirstPublicReplyAndKeepInformedRestartsAtEachUpdate() {
		at(0, RequestEventKind.OPENED, null, null).at(30, RequestEventKind.PUBLIC_REPLY, null, null)
			.at(200, RequestEventKind.PUBLIC_REPLY, null, null);
		ClockTerms informed = terms("PT2H", "PT8H", new ClockRules(75, true, false, Duration.ofHours(4)));
		assertThat(clock("first-response", 300, informed).stoppedAt()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
		ClockState keep = clock("keep-informed", 300, informed);
		assertThat(keep.elapsed()).isEqualTo(Duration.ofMinutes(100));
		assertThat(keep.cycle()).isEqualTo(2);
	}

	@Test
	void priorityChangeRetargetsKeepingTheElapsedTime() {
		at(0, RequestEventKind.OPENED, null, null).at(60, RequestEventKind.PRIORITY_CHANGED, "P3", "P1");
		Map<Priority, AgreementTerms.Target> targets = new java.util.EnumMap<>(Priority.class);
		targets.put(Priority.P3, new AgreementTerms.Target(Priority.P3, Duration.ofHours(2), Duration.ofHours(8)));
		targets.put(Priority.P1, new AgreementTerms.Target(Priority.P1, Duration.ofMinutes(30), Duration.ofHours(4)));
		ClockState resolution = clock("resolution", 90, new ClockTerms(targets, ClockRules.DEFAULT));
		assertThat(resolution.target()).isEqualTo(Duration.ofHours(4));
		assertThat(resolution.elapsed()).isEqualTo(Duration.ofMinutes(90));
		assertThat(resolution.dueAt()).isEqualTo(T0.plus(Duration.ofHours(4)));
		ClockState first = clock("first-response", 90, new ClockTerms(targets, ClockRules.DEFAULT));
		assertThat(first.breachedAt()).as("already past the new 30 min at the change").isEqualTo(T0.plusSeconds(3600));
	}

	@Test
	void aRebaseMovesOpenClocksOntoTheNewVersionKeepingTheElapsedTime() {
		at(0, RequestEventKind.OPENED, null, null).at(120, RequestEventKind.AGREEMENT_APPLIED, "1", "2");
		ClockTerms version1 = terms("PT2H", "PT8H", ClockRules.DEFAULT);
		ClockTerms version2 = terms("PT1H", "PT4H", ClockRules.DEFAULT);
		ClockState resolution = clock("resolution", 150, version1, Map.of(2, version2));
		assertThat(resolution.target()).isEqualTo(Duration.ofHours(4));
		assertThat(resolution.elapsed()).isEqualTo(Duration.ofMinutes(150));
		assertThat(resolution.dueAt()).isEqualTo(T0.plus(Duration.ofHours(4)));
	}

}
