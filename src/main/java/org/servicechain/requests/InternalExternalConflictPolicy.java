package org.servicechain.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.AgreementKind;
import org.servicechain.agreements.ConflictRule;
import org.servicechain.agreements.Priority;

/**
 * How a queue is ordered when internal and external customers' demands compete (REQ-4; B9
 * 2.6, 3.3; B10 2.4), as the agreements involved agreed it (AGREE-2).
 *
 * <p>
 * Overdue work always comes first, the longest overdue first: a broken promise does not
 * wait behind one that can still be kept. After that the rule decides:
 * <ul>
 * <li>external customers first: external before internal, then what is due first, then
 * priority;</li>
 * <li>by priority, then external first: priority, then external before internal, then
 * due;</li>
 * <li>internal first for safety-critical work: internal P1 work first, then due, then
 * priority;</li>
 * <li>by priority only: priority, then due;</li>
 * <li>no rule agreed (or "other"): what is due first, then priority.</li>
 * </ul>
 * Work without a due time (no agreement covers it) comes after work with one at the same
 * rank, oldest first.
 *
 * <p>
 * The rule of a team's queue comes from the agreements in force in which the team is the
 * provider. When they disagree, a customer SLA's rule wins over an OLA's (the promise to
 * an outside customer is the one the organisation is held to), and the queue says so.
 */
public final class InternalExternalConflictPolicy {

	private InternalExternalConflictPolicy() {
	}

	/**
	 * A key a queue is sorted by, in order; the database sorts by the same keys.
	 */
	public enum Key {

		OVERDUE_FIRST, EXTERNAL_FIRST, SAFETY_CRITICAL_INTERNAL_FIRST, PRIORITY, DUE, OPENED

	}

	/**
	 * Where a rule was agreed.
	 */
	public record RuleSource(ConflictRule rule, AgreementKind kind, String agreementReference) {

	}

	/**
	 * The rule a queue follows, with where it comes from and any disagreement.
	 */
	public record Decision(@Nullable ConflictRule rule, String source, @Nullable String disagreement) {

		public String label() {
			return this.rule != null && this.rule != ConflictRule.OTHER ? this.rule.label()
					: "Due first, then priority";
		}

		public List<Key> keys() {
			return InternalExternalConflictPolicy.keys(this.rule);
		}

	}

	/**
	 * What a queue item is ordered by.
	 */
	public record Item(boolean internal, Priority priority, @Nullable Instant dueAt, Instant openedAt) {

		boolean overdue(Instant now) {
			return this.dueAt != null && !this.dueAt.isAfter(now);
		}

	}

	public static Decision decide(List<RuleSource> sources) {
		Set<ConflictRule> distinct = new LinkedHashSet<>();
		sources.forEach((source) -> distinct.add(source.rule()));
		if (distinct.isEmpty()) {
			return new Decision(null, "no agreement of this team sets a rule", null);
		}
		RuleSource chosen = sources.stream()
			.sorted(Comparator.comparing((RuleSource source) -> source.kind() != AgreementKind.CUSTOMER_SLA)
				.thenComparing(RuleSource::agreementReference))
			.findFirst()
			.orElseThrow();
		String disagreement = null;
		if (distinct.size() > 1) {
			List<String> others = new ArrayList<>();
			sources.stream()
				.filter((source) -> source.rule() != chosen.rule())
				.forEach((source) -> others
					.add(source.agreementReference() + " says \"" + source.rule().label() + "\""));
			disagreement = "The team's agreements disagree: " + String.join("; ", others) + ". "
					+ chosen.agreementReference() + "'s rule is followed because "
					+ (chosen.kind() == AgreementKind.CUSTOMER_SLA ? "a customer SLA's promise comes first"
							: "it comes first by reference");
		}
		return new Decision(chosen.rule(), chosen.agreementReference(), disagreement);
	}

	public static List<Key> keys(@Nullable ConflictRule rule) {
		if (rule == null) {
			return List.of(Key.OVERDUE_FIRST, Key.DUE, Key.PRIORITY, Key.OPENED);
		}
		return switch (rule) {
			case EXTERNAL_FIRST -> List.of(Key.OVERDUE_FIRST, Key.EXTERNAL_FIRST, Key.DUE, Key.PRIORITY, Key.OPENED);
			case PRIORITY_THEN_EXTERNAL ->
				List.of(Key.OVERDUE_FIRST, Key.PRIORITY, Key.EXTERNAL_FIRST, Key.DUE, Key.OPENED);
			case INTERNAL_FIRST_SAFETY_CRITICAL ->
				List.of(Key.OVERDUE_FIRST, Key.SAFETY_CRITICAL_INTERNAL_FIRST, Key.DUE, Key.PRIORITY, Key.OPENED);
			case PRIORITY_ONLY -> List.of(Key.OVERDUE_FIRST, Key.PRIORITY, Key.DUE, Key.OPENED);
			case OTHER -> List.of(Key.OVERDUE_FIRST, Key.DUE, Key.PRIORITY, Key.OPENED);
		};
	}

	/**
	 * @return the order of a queue under a rule at an instant.
	 */
	public static Comparator<Item> order(@Nullable ConflictRule rule, Instant now) {
		Comparator<Item> order = (a, b) -> 0;
		for (Key key : keys(rule)) {
			order = order.thenComparing(comparator(key, now));
		}
		return order;
	}

	private static Comparator<Item> comparator(Key key, Instant now) {
		return switch (key) {
			case OVERDUE_FIRST -> Comparator.comparing((Item item) -> !item.overdue(now))
				.thenComparing((Item item) -> item.overdue(now) ? item.dueAt() : Instant.MIN);
			case EXTERNAL_FIRST -> Comparator.comparing(Item::internal);
			case SAFETY_CRITICAL_INTERNAL_FIRST ->
				Comparator.comparing((Item item) -> !(item.internal() && item.priority() == Priority.P1));
			case PRIORITY -> Comparator.comparing(Item::priority);
			case DUE -> Comparator.comparing(Item::dueAt, Comparator.nullsLast(Comparator.naturalOrder()));
			case OPENED -> Comparator.comparing(Item::openedAt);
		};
	}

	/**
	 * @return why an item stands where it does, in words for the person working the
	 * queue.
	 */
	public static String why(Item item, Decision decision, Instant now) {
		if (item.overdue(now)) {
			return "Overdue by " + human(Duration.between(item.dueAt(), now)) + ": overdue work comes first";
		}
		String who = item.internal() ? "internal customer" : "external customer";
		String due = item.dueAt() != null ? "due in " + human(Duration.between(now, item.dueAt())) : "no due time";
		ConflictRule rule = decision.rule();
		if (rule == null || rule == ConflictRule.OTHER) {
			return capitalise(due) + ", " + item.priority() + ": due first, then priority";
		}
		return switch (rule) {
			case EXTERNAL_FIRST ->
				capitalise(who) + ", " + due + ": external customers first (" + decision.source() + ")";
			case PRIORITY_THEN_EXTERNAL -> item.priority() + ", " + who + ", " + due
					+ ": by priority, then external first (" + decision.source() + ")";
			case INTERNAL_FIRST_SAFETY_CRITICAL -> (item.internal() && item.priority() == Priority.P1)
					? "Internal P1, " + due + ": safety-critical internal work first (" + decision.source() + ")"
					: capitalise(due) + ", " + item.priority() + ": after safety-critical internal work ("
							+ decision.source() + ")";
			case PRIORITY_ONLY -> item.priority() + ", " + due + ": by priority only (" + decision.source() + ")";
			case OTHER -> capitalise(due);
		};
	}

	static String human(Duration duration) {
		long minutes = Math.max(0, duration.toMinutes());
		if (minutes < 60) {
			return minutes + " min";
		}
		if (minutes < 48 * 60) {
			return (minutes / 60) + " h" + ((minutes % 60) != 0 ? " " + (minutes % 60) + " min" : "");
		}
		return (minutes / (24 * 60)) + " days";
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
