package org.servicechain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.AgreementTerms;
import org.servicechain.calendar.CalendarException;
import org.servicechain.sla.BreachAttributionPolicy.Risk;
import org.servicechain.sla.ClockDerivation.DerivedClock;
import org.servicechain.sla.ClockDerivation.RequestClocks;

/**
 * What the sweep must do for a request's clocks, and when: warn at the warning share,
 * record a breach, take each step of the clock's own agreement's escalation path, warn of
 * an upstream risk. Each action happens once per clock and cycle; {@code acted} holds
 * those already done ({@code key|cycle|action}).
 */
final class ClockActions {

	static final String WARNING = "WARNING";

	static final String BREACH = "BREACH";

	static final String ESCALATION = "ESCALATION-";

	static final String RISK = "RISK";

	private ClockActions() {
	}

	static String id(String key, int cycle, String action) {
		return key + "|" + cycle + "|" + action;
	}

	/**
	 * @return every action not yet done, past or future, with its instant
	 */
	static List<Action> pending(RequestClocks clocks, Set<String> acted) {
		List<Action> pending = new ArrayList<>();
		for (DerivedClock clock : clocks.clocks()) {
			ClockState state = clock.state();
			String key = clock.plan().key();
			boolean live = state.state() == ClockState.State.RUNNING || state.state() == ClockState.State.PAUSED;
			add(pending, acted, clocks, clock, WARNING, state.warnedAt(),
					live && state.counting() ? state.warningAt() : null, null);
			add(pending, acted, clocks, clock, BREACH, state.breachedAt(),
					live && state.counting() && state.dueAt() != null ? state.dueAt().plusSeconds(1) : null, null);
			if (clock.plan().kind() == ClockKind.RESOLUTION || clock.plan().kind() == ClockKind.TASK_RESOLUTION) {
				List<AgreementTerms.EscalationStep> path = clock.terms().agreement().terms().escalationPath();
				for (AgreementTerms.EscalationStep step : path) {
					Duration after = (step.after() != null) ? step.after() : state.target();
					Instant reached = null;
					Instant future = null;
					if (state.elapsed().compareTo(after) > 0 || (step.after() == null && state.breached())) {
						reached = clocks.now();
					}
					else if (state.counting()) {
						future = project(clock, clocks.now(), after.minus(state.elapsed()));
					}
					if (state.state() == ClockState.State.STOPPED || state.state() == ClockState.State.CANCELLED) {
						reached = null;
						future = null;
					}
					add(pending, acted, clocks, clock, ESCALATION + step.level(), reached, future, step);
				}
			}
			if (key.equals(RequestClockPolicy.RESOLUTION)) {
				for (Risk risk : clocks.risks()) {
					String action = RISK + "-" + risk.holder().id();
					if (!acted.contains(id(key, state.cycle(), action))) {
						pending.add(new Action(clocks.subject().id(), clock, action, clocks.now(), true, null, risk));
					}
				}
			}
		}
		return pending;
	}

	private static @Nullable Instant project(DerivedClock clock, Instant now, Duration left) {
		try {
			return clock.terms().calendar().addWorkingTime(now, left);
		}
		catch (CalendarException ex) {
			return null;
		}
	}

	private static void add(List<Action> pending, Set<String> acted, RequestClocks clocks, DerivedClock clock,
			String action, @Nullable Instant happened, @Nullable Instant future,
			AgreementTerms.@Nullable EscalationStep step) {
		if (acted.contains(id(clock.plan().key(), clock.state().cycle(), action))) {
			return;
		}
		if (happened != null) {
			pending.add(new Action(clocks.subject().id(), clock, action, happened, true, step, null));
		}
		else if (future != null) {
			pending.add(new Action(clocks.subject().id(), clock, action, future, false, step, null));
		}
	}

	/**
	 * An action for one clock: done when {@code happened} (its instant has passed), else
	 * due at {@code at}.
	 */
	record Action(java.util.UUID requestId, DerivedClock clock, String action, Instant at, boolean happened,
			AgreementTerms.@Nullable EscalationStep step, @Nullable Risk risk) {

		String id() {
			return ClockActions.id(this.clock.plan().key(), this.clock.state().cycle(), this.action);
		}

	}

}
