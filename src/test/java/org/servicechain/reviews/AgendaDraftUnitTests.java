package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agendas drafted from the evidence (PM-3): the scorecard with its trend and missed
 * measures first, then breaches attributed, actions carried forward (overdue ones
 * marked), agreements due for review; for a 1:1 the open work, objectives and actions.
 */
class AgendaDraftUnitTests {

	static final LocalDate HELD = LocalDate.of(2026, 9, 30);

	@Test
	void aPartnerReviewOpensWithTheFallingScoreAndCarriesOpenActionsForward() {
		AgendaDraft.Card card = new AgendaDraft.Card(62, "Failing", 81, List.of("Compliance with its own agreement"),
				List.of("Compliance with its own agreement", "Complaints: 3, at most 1"), 7,
				List.of("REQ-1", "REQ-2", "REQ-3", "REQ-4", "REQ-5", "REQ-6", "REQ-7"), 3);
		List<String> agenda = AgendaDraft.partnerReview("SwiftParcel", LocalDate.of(2026, 7, 1), HELD, card,
				List.of(new AgendaDraft.OpenAction("Send the root cause of the missed slots", "Dave Collins",
						LocalDate.of(2026, 8, 15), LocalDate.of(2026, 6, 30)),
						new AgendaDraft.OpenAction("Share the winter schedule", "Maria", LocalDate.of(2026, 10, 15),
								LocalDate.of(2026, 6, 30))),
				List.of(new AgendaDraft.DueAgreement("UC-0003", "Parcel carriage", LocalDate.of(2026, 11, 1), false)),
				HELD);

		assertThat(agenda.get(0)).isEqualTo("1. Scorecard 2026-07-01 to 2026-09-30: 62 (Failing), down from 81");
		assertThat(agenda.get(1)).isEqualTo("  - Critical measure missed: Compliance with its own agreement");
		assertThat(agenda.get(2)).isEqualTo("  - Below threshold: Complaints: 3, at most 1");
		assertThat(agenda).contains(
				"2. Breaches attributed to SwiftParcel: 7 (REQ-1, REQ-2, REQ-3, REQ-4, REQ-5 and 2 more); causes and joint fixes",
				"3. Complaints naming SwiftParcel as responsible: 3", "4. Actions carried forward:",
				"  - OVERDUE Send the root cause of the missed slots (Dave Collins, due 2026-08-15, agreed 2026-06-30)",
				"  - Share the winter schedule (Maria, due 2026-10-15, agreed 2026-06-30)",
				"5. Agreements due for review:", "  - UC-0003 Parcel carriage (review on 2026-11-01)");
		assertThat(agenda.get(agenda.size() - 1)).isEqualTo("6. Any other business");
	}

	@Test
	void aPartnerWithNothingMeasuredIsAskedWhatToMeasureAndEmptySectionsAreLeftOut() {
		List<String> agenda = AgendaDraft.partnerReview("PayBridge", LocalDate.of(2026, 7, 1), HELD, null, List.of(),
				List.of(), HELD);
		assertThat(agenda).containsExactly(
				"1. Scorecard 2026-07-01 to 2026-09-30: nothing measured for PayBridge in the period; agree what to measure",
				"2. Any other business");
	}

	@Test
	void aRisingScoreSaysSo() {
		AgendaDraft.Card card = new AgendaDraft.Card(90, "Good", 70, List.of(), List.of(), 0, List.of(), 0);
		assertThat(AgendaDraft.partnerReview("SwiftParcel", HELD.minusDays(30), HELD, card, List.of(), List.of(), HELD)
			.get(0)).endsWith("90 (Good), up from 70");
	}

	@Test
	void aOneToOneCoversOpenWorkObjectivesAndActions() {
		List<String> agenda = AgendaDraft.oneToOne("Alex Morgan", 4, 1, List.of("REQ-10", "REQ-11"), 23,
				LocalDate.of(2026, 9, 1), HELD,
				List.of(new AgendaDraft.ObjectiveLine("Resolve 60 requests this quarter", "Behind", 38,
						LocalDate.of(2026, 12, 31))),
				List.of(new AgendaDraft.OpenAction("Book the complaints course", "Alex Morgan",
						LocalDate.of(2026, 10, 10), LocalDate.of(2026, 9, 1))),
				HELD);
		assertThat(agenda).containsExactly(
				"1. Open work: 4 request(s) held by Alex Morgan, 1 overdue (REQ-10, REQ-11 and 2 more)",
				"2. Resolved 2026-09-01 to 2026-09-30: 23 request(s)", "3. Objectives:",
				"  - Resolve 60 requests this quarter: Behind, 38 % of the way (deadline 2026-12-31)",
				"4. Actions carried forward:",
				"  - Book the complaints course (Alex Morgan, due 2026-10-10, agreed 2026-09-01)",
				"5. Development and wellbeing");
	}

}
