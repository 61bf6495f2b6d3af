package org.servicechain.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.sla.Clock;
import org.servicechain.sla.ClockFact;
import org.servicechain.sla.ClockState;
import org.servicechain.sla.ClockTarget;

/**
 * From a complaint's history to the clock of each of its steps (CMP-2), through the same
 * engine as requests' clocks ({@link Clock}), in the policy's business calendar.
 * <ul>
 * <li>Acknowledge, apologise, analyse and act each start when the complaint is received,
 * with the target the policy version gives them: they are deadlines from receipt, the
 * last of them the final response.</li>
 * <li>Assure starts when the customer accepts the resolution.</li>
 * <li>A step done stops its clock; a rejected resolution lets the act clock count on from
 * where it stopped (the final response is still owed, the time kept).</li>
 * <li>A referral with a new due time re-targets the step's clock to the business time
 * from its start to that due time, the elapsed time kept.</li>
 * </ul>
 */
public final class ComplaintClockPolicy {

	private ComplaintClockPolicy() {
	}

	/**
	 * @param targets the business time each step is allowed
	 * @param warningPercent the share of each target at which people are warned
	 * @return each step's clock at {@code now}, in step order
	 */
	public static Map<ComplaintStep, ClockState> derive(Map<ComplaintStep, Duration> targets, int warningPercent,
			BusinessCalendar calendar, List<ComplaintEventView> history, Instant now) {
		Map<ComplaintStep, List<ClockFact>> facts = new EnumMap<>(ComplaintStep.class);
		Map<ComplaintStep, Instant> starts = new EnumMap<>(ComplaintStep.class);
		for (ComplaintStep step : ComplaintStep.values()) {
			facts.put(step, new ArrayList<>());
		}
		for (ComplaintEventView event : history) {
			switch (event.kind()) {
				case RECEIVED -> {
					for (ComplaintStep step : List.of(ComplaintStep.ACKNOWLEDGE, ComplaintStep.APOLOGISE,
							ComplaintStep.ANALYSE, ComplaintStep.ACT)) {
						start(facts, starts, step, event);
					}
				}
				case RESOLUTION_ACCEPTED -> start(facts, starts, ComplaintStep.ASSURE, event);
				case STEP_DONE -> {
					if (event.step() != null) {
						facts.get(event.step()).add(ClockFact.of(event.at(), ClockFact.Kind.STOP, event.actor(), ""));
					}
				}
				case RESOLUTION_REJECTED -> facts.get(ComplaintStep.ACT)
					.add(ClockFact.of(event.at(), ClockFact.Kind.CONTINUE, event.actor(), "resolution rejected"));
				case REFERRED -> {
					ComplaintStep step = event.step();
					Instant start = (step != null) ? starts.get(step) : null;
					if (step != null && start != null && event.dueAt() != null && event.dueAt().isAfter(start)) {
						Duration target = calendar.workingTimeBetween(start, event.dueAt());
						if (!target.isZero()) {
							facts.get(step)
								.add(ClockFact.retarget(event.at(), target, event.actor(),
										"referred: " + String.valueOf(event.detail())));
						}
					}
				}
				default -> {
				}
			}
		}
		Map<ComplaintStep, ClockState> clocks = new LinkedHashMap<>();
		for (ComplaintStep step : ComplaintStep.values()) {
			ClockTarget target = new ClockTarget(targets.get(step), warningPercent);
			clocks.put(step, Clock.derivedFrom(target, calendar, facts.get(step), now));
		}
		return clocks;
	}

	private static void start(Map<ComplaintStep, List<ClockFact>> facts, Map<ComplaintStep, Instant> starts,
			ComplaintStep step, ComplaintEventView event) {
		starts.putIfAbsent(step, event.at());
		facts.get(step).add(ClockFact.of(event.at(), ClockFact.Kind.START, event.actor(), ""));
	}

	/**
	 * What the sweep acts on: a step's warning and its breach.
	 */
	public enum Action {

		WARNING, BREACH

	}

	/**
	 * One instant the sweep must act on.
	 */
	public record Due(ComplaintStep step, int cycle, Action action, Instant at) {

	}

	/**
	 * @param acted the actions already taken, as {@code STEP/cycle/ACTION}
	 * @return the instants of running clocks not yet acted on, earliest first; past ones
	 * are due now
	 */
	public static List<Due> pending(Map<ComplaintStep, ClockState> clocks, Set<String> acted) {
		List<Due> due = new ArrayList<>();
		clocks.forEach((step, state) -> {
			if (state.state() != ClockState.State.RUNNING) {
				return;
			}
			@Nullable Instant warning = state.warningAt();
			@Nullable Instant breach = state.dueAt();
			if (warning != null && !acted.contains(key(step, state.cycle(), Action.WARNING))) {
				due.add(new Due(step, state.cycle(), Action.WARNING, warning));
			}
			if (breach != null && !acted.contains(key(step, state.cycle(), Action.BREACH))) {
				due.add(new Due(step, state.cycle(), Action.BREACH, breach));
			}
		});
		due.sort(java.util.Comparator.comparing(Due::at));
		return due;
	}

	public static String key(ComplaintStep step, int cycle, Action action) {
		return step.name() + "/" + cycle + "/" + action.name();
	}

}
