package org.servicechain.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

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
 * A quarter of reviews (issue 16): SwiftParcel's review series with two meetings held,
 * their minutes, decisions and actions (most done, one still open and carried forward to
 * the meeting planned next week), Alex's monthly 1:1 with Maria, and SMART objectives for
 * Alex, the warehouse team and SwiftParcel, measured from the demo's data. Loaded through
 * the reviews module's facades.
 */
@Component
class DemoReviews {

	private final MeetingManagement meetings;

	private final ObjectiveManagement objectives;

	private final Clock clock;

	DemoReviews(MeetingManagement meetings, ObjectiveManagement objectives, Clock clock) {
		this.meetings = meetings;
		this.objectives = objectives;
		this.clock = clock;
	}

	/**
	 * @param parties the demo's parties by name
	 * @param services the demo's services by name
	 * @return how many meetings were loaded
	 */
	int load(Map<String, UUID> parties, Map<String, UUID> services) {
		LocalDate today = LocalDate.now(this.clock.withZone(Scorecards.ZONE));
		SeriesView swift = this.meetings.createSeries(new NewSeries(MeetingKind.PARTNER_REVIEW,
				"SwiftParcel quarterly review", Cadence.QUARTERLY, parties.get("SwiftParcel Couriers"), null, null));

		MeetingView first = this.meetings.plan(swift.id(), today.minusDays(84));
		ActionView rootCause = action(first, "Send the root cause of the missed Saturday collections",
				"Dave Collins (SwiftParcel)", true, today.minusDays(63));
		ActionView rota = action(first, "Add a Saturday collection slot to the warehouse rota", "Maria Manager", false,
				today.minusDays(56));
		action(first, "Agree a recovery plan for first responses on damaged-parcel claims",
				"Dave Collins (SwiftParcel)", true, today.minusDays(20));
		this.meetings.record(first.id(), first.version(), first.agenda(),
				"Saturday collections were missed four times in the period, each breaching the carriage contract. "
						+ "Dave explained a depot rota gap; Maria asked for the root cause in writing.",
				"Saturday collections move to 10:00. SwiftParcel keeps a standby van for Saturdays.", true);

		// Planned while every action was open: its agenda carries all three forward.
		MeetingView second = this.meetings.plan(swift.id(), today.minusDays(42));
		this.meetings.updateAction(rootCause.id(), rootCause.version(), ActionStatus.DONE,
				"Root cause sent: one driver covered two depots on Saturdays.");
		this.meetings.updateAction(rota.id(), rota.version(), ActionStatus.DONE, "In the rota from this month.");
		this.meetings.record(second.id(), second.version(), second.agenda(),
				"Saturday collections back on time since the rota change. The recovery plan for damaged-parcel "
						+ "claims is late: SwiftParcel's claims lead is new.",
				"Recovery plan carried forward; review the carriage contract's first-response target at the next "
						+ "meeting.",
				true);
		action(second, "Share the winter peak volume forecast", "Maria Manager", false, today.plusDays(14));
		this.meetings.comment(second.id(), "SwiftParcel will send the recovery plan before the next review.");

		// Next week's review: its agenda carries forward what is still open.
		this.meetings.plan(swift.id(), today.plusDays(7));

		SeriesView alex = this.meetings.createSeries(new NewSeries(MeetingKind.ONE_TO_ONE, "Alex and Maria 1:1",
				Cadence.MONTHLY, null, "alex.agent", "maria.manager"));
		this.objectives.create(new NewObjective(ObjectiveSubject.PERSON, "alex.agent", null,
				"Resolve 40 customer requests this quarter, mostly home delivery", ObjectiveMetric.RESOLVED_REQUESTS,
				0.0, 40.0, today.minusDays(60), today.plusDays(30), services.get("Home delivery"),
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
		return 6;
	}

	private ActionView action(MeetingView meeting, String description, String owner, boolean partnerOwned,
			LocalDate dueOn) {
		return this.meetings.addAction(meeting.id(), new NewAction(description, owner, partnerOwned, dueOn));
	}

}
