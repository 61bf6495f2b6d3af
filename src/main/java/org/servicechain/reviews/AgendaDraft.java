package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Drafts a meeting's agenda from the evidence (PM-3): a pure function, so what goes on an
 * agenda and in which order can be tested without Spring or a database. The draft is one
 * item a line; people edit it afterwards.
 * <p>
 * A partner review opens with the party's scorecard for the period, then the breaches
 * attributed to it (for joint problem-solving), the actions carried forward, and the
 * agreements due for review. A 1:1 opens with the person's open work, then their
 * objectives, then the actions carried forward.
 */
public final class AgendaDraft {

	/** How many request references an item names before "and n more". */
	static final int MAX_REFERENCES = 5;

	private AgendaDraft() {
	}

	/**
	 * An action still open, as the agenda names it.
	 */
	public record OpenAction(String description, String owner, LocalDate dueOn, LocalDate raisedOn) {

	}

	/**
	 * The party's card in brief; null score when nothing could be measured.
	 */
	public record Card(@Nullable Integer score, String verdict, @Nullable Integer previousScore,
			List<String> failedCritical, List<String> missedMeasures, int attributedBreaches,
			List<String> attributedReferences, int complaints) {

	}

	/**
	 * An agreement due for review before the next meeting.
	 */
	public record DueAgreement(String reference, String title, @Nullable LocalDate reviewOn, boolean underReview) {

	}

	/**
	 * An objective and how it stands.
	 */
	public record ObjectiveLine(String specific, String status, @Nullable Integer percent, LocalDate deadline) {

	}

	public static List<String> partnerReview(String partyName, LocalDate from, LocalDate to, @Nullable Card card,
			List<OpenAction> actions, List<DueAgreement> agreements, LocalDate heldOn) {
		List<String> items = new ArrayList<>();
		if (card == null || card.score() == null) {
			items.add("Scorecard " + from + " to " + to + ": nothing measured for " + partyName
					+ " in the period; agree what to measure");
		}
		else {
			String trend = (card.previousScore() == null) ? ""
					: (card.score() > card.previousScore()) ? ", up from " + card.previousScore()
							: (card.score() < card.previousScore()) ? ", down from " + card.previousScore()
									: ", level with the period before";
			items.add("Scorecard " + from + " to " + to + ": " + card.score() + " (" + card.verdict() + ")" + trend);
			for (String failed : card.failedCritical()) {
				items.add("  - Critical measure missed: " + failed);
			}
			for (String missed : card.missedMeasures()) {
				if (!card.failedCritical().contains(missed)) {
					items.add("  - Below threshold: " + missed);
				}
			}
		}
		if (card != null && card.attributedBreaches() > 0) {
			items.add("Breaches attributed to " + partyName + ": " + card.attributedBreaches() + " ("
					+ references(card.attributedReferences(), card.attributedBreaches()) + "); causes and joint fixes");
		}
		if (card != null && card.complaints() > 0) {
			items.add("Complaints naming " + partyName + " as responsible: " + card.complaints());
		}
		actionItems(items, actions, heldOn);
		if (!agreements.isEmpty()) {
			items.add("Agreements due for review:");
			for (DueAgreement agreement : agreements) {
				items.add("  - " + agreement.reference() + " " + agreement.title()
						+ (agreement.underReview() ? " (under review now)"
								: (agreement.reviewOn() != null) ? " (review on " + agreement.reviewOn() + ")" : ""));
			}
		}
		items.add("Any other business");
		return number(items);
	}

	public static List<String> oneToOne(String personName, long openWork, long overdueWork, List<String> openReferences,
			long resolvedInPeriod, LocalDate from, LocalDate to, List<ObjectiveLine> objectives,
			List<OpenAction> actions, LocalDate heldOn) {
		List<String> items = new ArrayList<>();
		items.add("Open work: " + openWork + " request(s) held by " + personName
				+ ((overdueWork > 0) ? ", " + overdueWork + " overdue" : "")
				+ (openReferences.isEmpty() ? "" : " (" + references(openReferences, (int) openWork) + ")"));
		items.add("Resolved " + from + " to " + to + ": " + resolvedInPeriod + " request(s)");
		if (objectives.isEmpty()) {
			items.add("Objectives: none set yet; agree one");
		}
		else {
			items.add("Objectives:");
			for (ObjectiveLine objective : objectives) {
				items.add("  - " + objective.specific() + ": " + objective.status()
						+ ((objective.percent() != null) ? ", " + objective.percent() + " % of the way" : "")
						+ " (deadline " + objective.deadline() + ")");
			}
		}
		actionItems(items, actions, heldOn);
		items.add("Development and wellbeing");
		return number(items);
	}

	private static void actionItems(List<String> items, List<OpenAction> actions, LocalDate heldOn) {
		if (actions.isEmpty()) {
			return;
		}
		items.add("Actions carried forward:");
		for (OpenAction action : actions) {
			items.add("  - " + (action.dueOn().isBefore(heldOn) ? "OVERDUE " : "") + action.description() + " ("
					+ action.owner() + ", due " + action.dueOn() + ", agreed " + action.raisedOn() + ")");
		}
	}

	private static String references(List<String> references, int total) {
		List<String> shown = references.stream().limit(MAX_REFERENCES).toList();
		String text = String.join(", ", shown);
		return (total > shown.size()) ? text + " and " + (total - shown.size()) + " more" : text;
	}

	/**
	 * Numbers the top-level items; indented lines belong to the item above.
	 */
	private static List<String> number(List<String> items) {
		List<String> numbered = new ArrayList<>();
		int n = 0;
		for (String item : items) {
			numbered.add(item.startsWith("  ") ? item : (++n) + ". " + item);
		}
		return List.copyOf(numbered);
	}

}
