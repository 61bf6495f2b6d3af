package org.servicechain.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.servicechain.feedback.RelationshipSurveys;
import org.servicechain.feedback.RequesterScope;
import org.servicechain.feedback.SurveyDetails;
import org.servicechain.feedback.SurveyKind;
import org.servicechain.feedback.SurveyManagement;
import org.servicechain.feedback.SurveyView;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.reviews.ActionStatus;
import org.servicechain.reviews.ActionView;
import org.servicechain.reviews.Cadence;
import org.servicechain.reviews.MeetingKind;
import org.servicechain.reviews.MeetingManagement;
import org.servicechain.reviews.MeetingView;
import org.servicechain.reviews.NewAction;
import org.servicechain.reviews.NewObjective;
import org.servicechain.reviews.NewSeries;
import org.servicechain.reviews.ObjectiveManagement;
import org.servicechain.reviews.ObjectiveMetric;
import org.servicechain.reviews.ObjectiveSubject;
import org.servicechain.reviews.Scorecards;
import org.servicechain.reviews.SeriesView;

/**
 * A quarter of reviews (issue 16): SwiftParcel's monthly review series with three
 * meetings held (a steady month; the month its card failed, slowed by a depot rota gap;
 * the recovery), their minutes, decisions and actions (most done, one still open and
 * carried forward to the meeting planned next week), Alex's monthly 1:1 with Maria, and
 * SMART objectives for Alex, the warehouse team and SwiftParcel, measured from the demo's
 * data; and the other side of the partnership: a monthly relationship pulse in which
 * SwiftParcel and PayBridge rate us, with their comments, and PayBridge's latest pulse
 * waiting for Irene. Loaded through the reviews and feedback modules' facades.
 */
@Component
class DemoReviews {

	private final MeetingManagement meetings;

	private final ObjectiveManagement objectives;

	private final SurveyManagement surveys;

	private final RelationshipSurveys relationships;

	private final IdentityManagement identity;

	private final Clock clock;

	DemoReviews(MeetingManagement meetings, ObjectiveManagement objectives, SurveyManagement surveys,
			RelationshipSurveys relationships, IdentityManagement identity, Clock clock) {
		this.meetings = meetings;
		this.objectives = objectives;
		this.surveys = surveys;
		this.relationships = relationships;
		this.identity = identity;
		this.clock = clock;
	}

	/**
	 * @param parties the demo's parties by name
	 * @param services the demo's services by name
	 * @return how many meetings were loaded
	 */
	int load(Map<String, UUID> parties, Map<String, UUID> services) {
		LocalDate today = LocalDate.now(this.clock.withZone(Scorecards.ZONE));
		// SwiftParcel's quarter: a steady month, then a month when a depot rota gap made
		// it
		// slow (its card fails), then the recovery. One review a month tells the story.
		LocalDate slow = DemoMonth.slowMonth(this.clock.instant());
		LocalDate recovered = slow.plusMonths(1);
		LocalDate thisMonth = slow.plusMonths(2);
		SeriesView swift = this.meetings
			.createSeries(new NewSeries(MeetingKind.PARTNER_REVIEW, "SwiftParcel monthly service review",
					Cadence.MONTHLY, parties.get("SwiftParcel Couriers"), null, null));

		MeetingView steady = this.meetings.plan(swift.id(), slow.plusDays(2));
		ActionView rotaWarning = action(steady, "Warn us before a depot rota change affects collections",
				"Dave Collins (SwiftParcel)", true, slow.plusDays(16));
		this.meetings.record(steady.id(), steady.version(), steady.agenda(),
				"A steady month: carriage promises kept well above the contract's 95 %. Dave mentioned that the "
						+ "Saturday depot rota is being reorganised this month.",
				"No change to the contract. SwiftParcel tells us before the rota change affects collections.", true);

		MeetingView fall = this.meetings.plan(swift.id(), recovered.plusDays(2));
		this.meetings.updateAction(rotaWarning.id(), rotaWarning.version(), ActionStatus.DONE,
				"Warned, but only after the first missed Saturday.");
		ActionView rootCause = action(fall, "Send the root cause of the missed Saturday collections",
				"Dave Collins (SwiftParcel)", true, recovered.plusDays(9));
		ActionView rota = action(fall, "Add a Saturday collection slot to the warehouse rota", "Maria Manager", false,
				recovered.plusDays(14));
		action(fall, "Agree a recovery plan for first responses on damaged-parcel claims", "Dave Collins (SwiftParcel)",
				true, recovered.plusDays(21));
		this.meetings.record(fall.id(), fall.version(), fall.agenda(),
				"SwiftParcel's card failed last month: compliance with the carriage contract fell well under 95 % "
						+ "as collections and deliveries ran late for weeks. Dave explained a depot rota gap: one "
						+ "driver covered two depots. Customers' delivery CSAT fell with it.",
				"Saturday collections move to 10:00 and SwiftParcel keeps a standby van. FastLane, contracted six "
						+ "weeks ago as a second courier, takes a third of the parcels until SwiftParcel's card is "
						+ "back to Good.",
				true);

		// Planned while the recovery plan was still open: its agenda carries it forward.
		MeetingView recovery = this.meetings.plan(swift.id(),
				thisMonth.isBefore(today) ? thisMonth : today.minusDays(1));
		this.meetings.updateAction(rootCause.id(), rootCause.version(), ActionStatus.DONE,
				"Root cause sent: one driver covered two depots on Saturdays.");
		this.meetings.updateAction(rota.id(), rota.version(), ActionStatus.DONE, "In the rota from this month.");
		this.meetings.record(recovery.id(), recovery.version(), recovery.agenda(),
				"Recovered: compliance back above 95 % last month and Saturday collections on time since the rota "
						+ "change. The recovery plan for damaged-parcel claims is late: SwiftParcel's claims lead "
						+ "is new.",
				"Recovery plan carried forward; review the carriage contract's first-response target at the next "
						+ "meeting. FastLane keeps its share until the next review.",
				true);
		action(recovery, "Share the winter peak volume forecast", "Maria Manager", false, today.plusDays(14));
		this.meetings.comment(recovery.id(), "SwiftParcel will send the recovery plan before the next review.");

		// Next month's review: its agenda carries forward what is still open.
		this.meetings.plan(swift.id(), today.plusDays(7));

		SeriesView alex = this.meetings.createSeries(new NewSeries(MeetingKind.ONE_TO_ONE, "Alex and Maria 1:1",
				Cadence.MONTHLY, null, "alex.agent", "maria.manager"));
		this.objectives.create(new NewObjective(ObjectiveSubject.PERSON, "alex.agent", null,
				"Resolve 260 home delivery requests this quarter", ObjectiveMetric.RESOLVED_REQUESTS, 0.0, 260.0,
				today.minusDays(60), today.plusDays(30), services.get("Home delivery"),
				"Maria, from last quarter's volumes"));
		this.objectives.create(new NewObjective(ObjectiveSubject.PARTNER, null, parties.get("SwiftParcel Couriers"),
				"Keep at least 95 % of parcel carriage promises", ObjectiveMetric.SCORECARD_COMPLIANCE, 80.0, 95.0,
				today.minusDays(90), today.plusDays(90), services.get("Parcel carriage"),
				"Maria and Dave Collins, agreed at the quarterly review"));
		this.objectives.create(new NewObjective(ObjectiveSubject.TEAM, null, parties.get("Warehouse & Dispatch"),
				"Lift the warehouse scorecard to 85", ObjectiveMetric.SCORECARD_SCORE, 70.0, 85.0, today.minusDays(30),
				today.plusDays(150), services.get("Order fulfilment"), "Maria, with the warehouse lead"));
		MeetingView lastMonth = this.meetings.plan(alex.id(), today.minusDays(28));
		action(lastMonth, "Shadow the complaints desk for a day", "Alex Agent", false, today.plusDays(10));
		this.meetings.record(lastMonth.id(), lastMonth.version(), lastMonth.agenda(),
				"Alex is ahead on delivery requests; wants to learn complaint handling.",
				"Alex shadows the complaints desk before the next 1:1.", true);
		this.meetings.plan(alex.id(), today.plusDays(2));
		ratesUs(parties, slow, today);
		return 6;
	}

	/**
	 * How SwiftParcel and PayBridge rate us as their customer: a pulse at the start of
	 * each month of the quarter. SwiftParcel was content, less so when FastLane took a
	 * third of its parcels, and content again once the Saturday slot worked; PayBridge
	 * was put off by three people asking for the same file, and warmed to one named
	 * contact. PayBridge's third pulse went out today and waits for Irene.
	 */
	private void ratesUs(Map<String, UUID> parties, LocalDate slow, LocalDate today) {
		UUID swift = parties.get("SwiftParcel Couriers");
		UUID payBridge = parties.get("PayBridge Payments");
		SurveyView pulse = this.surveys.create(new SurveyDetails("Partnership pulse", SurveyKind.CSAT,
				"How satisfied are you with working with Hearthside?",
				"What should we start, stop or keep doing as your partner?", null, RequesterScope.ANY, 100, 30, 14,
				false));
		LocalDate second = slow.plusMonths(1);
		LocalDate third = today.minusDays(10);
		past(pulse, swift, "paula.partner", slow.plusDays(1), 2, 4,
				"Clear collection briefs, and the weekly volume call helps us plan drivers.");
		past(pulse, swift, "paula.partner", second.plusDays(1), 4, 3,
				"Moving a third of our parcels to FastLane felt abrupt: we would have liked a warning before "
						+ "the review, not in it.");
		past(pulse, swift, "paula.partner", third, 2, 4,
				"The new Saturday collection slot works well. Please share the winter peak forecast early.");
		past(pulse, payBridge, "irene.partner", slow.plusDays(1), 5, 2,
				"Three of your people asked us for the same refund reconciliation file in one week.");
		past(pulse, payBridge, "irene.partner", second.plusDays(1), 3, 3,
				"Better since you named one contact for refunds; we are still waiting on the fee proposal.");
		this.identity.callAs("maria.manager", () -> this.relationships.send(pulse.id(), payBridge));
	}

	private void past(SurveyView pulse, UUID party, String person, LocalDate sentOn, int answeredAfterDays, int score,
			String comment) {
		Instant sent = sentOn.atTime(9, 30).atZone(Scorecards.ZONE).toInstant();
		this.relationships.recordPastAnswer(pulse.id(), party, person, sent,
				sent.plus(Duration.ofDays(answeredAfterDays)).plus(Duration.ofHours(5)), score, comment);
	}

	private ActionView action(MeetingView meeting, String description, String owner, boolean partnerOwned,
			LocalDate dueOn) {
		return this.meetings.addAction(meeting.id(), new NewAction(description, owner, partnerOwned, dueOn));
	}

}
