package org.servicechain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.servicechain.calendar.BusinessCalendar;

/**
 * Attributes a breach of the customer's clock to one link of the chain, and warns of
 * breaches to come (REQ-3, AGREE-5). Pure.
 * <p>
 * {@value #RULE}
 */
public final class BreachAttributionPolicy {

	/** The rule in words, shown beside every attribution. */
	public static final String RULE = "A breach of the customer's clock is attributed to the link whose own task clock "
			+ "breached first, at or before the customer's breach. When no task clock breached, it is attributed to "
			+ "whoever held the request longest in business time up to the breach (time waiting on the customer is "
			+ "left out where the agreement pauses for it).";

	private BreachAttributionPolicy() {
	}

	/**
	 * @param customer the customer's breached clock (resolution or first response)
	 * @param tasks the task clocks, each with the party it measures
	 * @param ledger the request's holding ledger
	 * @param customerPaused whether waiting on the customer pauses the customer's clocks
	 */
	public static Optional<Attribution> attribute(ClockState customer, List<TaskClock> tasks,
			HoldingLedger.Ledger ledger, boolean customerPaused, BusinessCalendar calendar) {
		Instant breach = customer.breachedAt();
		if (breach == null) {
			return Optional.empty();
		}
		Optional<TaskClock> first = tasks.stream()
			.filter((task) -> task.state().breachedAt() != null && !task.state().breachedAt().isAfter(breach))
			.min(Comparator.comparing((TaskClock task) -> task.state().breachedAt()));
		if (first.isPresent()) {
			TaskClock task = first.get();
			return Optional.of(new Attribution(task.holder(), breach, task.label() + " breached first",
					task.state().breachedAt(), true));
		}
		Map<HoldingLedger.Holder, Duration> totals = ledger.until(breach, calendar).totals();
		return totals.entrySet()
			.stream()
			.filter((entry) -> !customerPaused || entry.getKey().kind() != HoldingLedger.HolderKind.CUSTOMER)
			.max(Map.Entry.comparingByValue())
			.map((entry) -> new Attribution(entry.getKey(), breach, "held the request longest: "
					+ Durations.words(entry.getValue()) + " of business time up to the breach", null, false));
	}

	/**
	 * Upstream risk: a task whose clock, projected forward, would finish after the
	 * customer's clock has run out.
	 */
	public static List<Risk> upstreamRisks(ClockState customer, List<TaskClock> tasks) {
		Instant due = customer.dueAt();
		if (due == null || !customer.counting() || customer.breached()) {
			return List.of();
		}
		return tasks.stream()
			.filter((task) -> task.state().counting() || task.state().state() == ClockState.State.PAUSED)
			.filter((task) -> task.state().dueAt() != null && task.state().dueAt().isAfter(due))
			.map((task) -> new Risk(task.holder(), task.label(), task.state().dueAt(), due))
			.toList();
	}

	/**
	 * A task clock with the party it measures and its name, e.g. "REQ-1042/T1
	 * resolution".
	 */
	public record TaskClock(HoldingLedger.Holder holder, String label, ClockState state) {

	}

	/**
	 * @param firstBreachAt when the party's own clock breached, if that is the reason
	 * @param byOwnClock whether the party's own clock breached first (else: largest
	 * holder)
	 */
	public record Attribution(HoldingLedger.Holder holder, Instant breachedAt, String because,
			@Nullable Instant firstBreachAt, boolean byOwnClock) {

		/**
		 * @return the attribution in words, times in the given zone
		 */
		public String sentence(java.time.ZoneId zone) {
			String at = (this.firstBreachAt != null)
					? ", at " + java.time.format.DateTimeFormatter.ofPattern("EEE d MMM HH:mm", java.util.Locale.UK)
						.format(this.firstBreachAt.atZone(zone))
					: "";
			return "Attributed to " + this.holder.name() + " (" + this.holder.kind().label() + "): " + this.because + at
					+ ".";
		}

	}

	/**
	 * "At risk because of <party>": the party's task is due after the customer's clock
	 * runs out.
	 */
	public record Risk(HoldingLedger.Holder holder, String taskLabel, Instant taskDueAt,
			@Nullable Instant customerDueAt) {

		public String sentence() {
			return "At risk because of " + this.holder.name() + ": " + this.taskLabel + " is due " + this.taskDueAt
					+ ", after the customer's resolution is due " + this.customerDueAt;
		}

	}

}
