package org.servicechain.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.servicechain.requests.DeskManagement;
import org.servicechain.workforce.AbsenceKind;
import org.servicechain.workforce.AbsenceView;
import org.servicechain.workforce.Contingency;
import org.servicechain.workforce.ContingencyViews.IncidentView;
import org.servicechain.workforce.ContingencyViews.ProcedureView;
import org.servicechain.workforce.DemandForecasting;
import org.servicechain.workforce.ProcedureDetails;
import org.servicechain.workforce.Situation;
import org.servicechain.workforce.NewAbsence;
import org.servicechain.workforce.SeasonalForecast;
import org.servicechain.workforce.WorkforceManagement;

/**
 * Who works when and who is away (issue 15): everyone's working pattern, Alex's holiday
 * next week approved with Ben standing in, Sam off sick today with work still on him (the
 * dashboard says so), Tom's training waiting for a decision, and a launch week on home
 * delivery that the forecast flags busy. Loaded through the workforce module's facades.
 */
final class DemoWorkforce {

	private final WorkforceManagement workforce;

	private final DemandForecasting demand;

	private final DeskManagement desk;

	private final Clock clock;

	private final Contingency contingency;

	DemoWorkforce(WorkforceManagement workforce, DemandForecasting demand, Contingency contingency, DeskManagement desk,
			Clock clock) {
		this.workforce = workforce;
		this.demand = demand;
		this.contingency = contingency;
		this.desk = desk;
		this.clock = clock;
	}

	/**
	 * @param calendars the demo's calendars by key ({@code office}, {@code shifts},
	 * {@code 24/7})
	 * @param parties the demo's parties by name
	 * @param services the demo's services by name
	 */
	void load(Map<String, UUID> calendars, Map<String, UUID> parties, Map<String, UUID> services) {
		this.desk.changeProfile("ben.agent", parties.get("Customer Service"), Set.of(), Set.of(), true);
		this.workforce.setPattern("maria.manager", calendars.get("office"), 40, 0);
		this.workforce.setPattern("alex.agent", calendars.get("office"), 25, 0);
		this.workforce.setPattern("ben.agent", calendars.get("office"), 25, 0);
		this.workforce.setPattern("tom.team", calendars.get("office"), 20, 0);
		this.workforce.setPattern("sam.support", calendars.get("office"), 30, 0);

		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
		LocalDate nextWeek = SeasonalForecast.weekOf(today).plusWeeks(1);
		AbsenceView holiday = this.workforce.requestAbsence(new NewAbsence("alex.agent", AbsenceKind.HOLIDAY, nextWeek,
				nextWeek.plusDays(4), "ben.agent", "Family wedding in Cardiff"));
		this.workforce.approve(holiday.id(), holiday.version(), "Ben covers; enjoy it");
		AbsenceView sick = this.workforce.requestAbsence(new NewAbsence("sam.support", AbsenceKind.SICKNESS, today,
				today.plusDays(1), "ben.agent", "Phoned in at 08:10"));
		this.workforce.approve(sick.id(), sick.version(), null);
		this.workforce.requestAbsence(new NewAbsence("tom.team", AbsenceKind.TRAINING, nextWeek.plusWeeks(1),
				nextWeek.plusWeeks(1).plusDays(1), null, "Forklift licence renewal"));
		this.demand.adjust(services.get("Home delivery"), nextWeek, 50,
				"New washing machine range launches; expect more delivery questions");

		ProcedureView courier = this.contingency.createProcedure(new ProcedureDetails(
				"SwiftParcel cannot collect or deliver", Situation.SUPPLIER_FAILURE,
				parties.get("SwiftParcel Couriers"),
				List.of(new ProcedureDetails.Step("Team lead",
						"Ring SwiftParcel's duty manager and ask when service resumes"),
						new ProcedureDetails.Step("Warehouse",
								"Hold parcels for SwiftParcel at the dock; label them by day"),
						new ProcedureDetails.Step("Agent", "Tell customers with deliveries due in the next two days"),
						new ProcedureDetails.Step("Manager",
								"Book the reserve carrier if service is not back by 14:00")),
				"SwiftParcel duty manager 0161 496 0000; reserve carrier: Northway Freight 0113 496 0000"));
		this.contingency
			.createProcedure(new ProcedureDetails("Order system down", Situation.SYSTEM_DOWN, parties.get("IT Support"),
					List.of(new ProcedureDetails.Step("Agent",
							"Take orders and refunds on the paper forms in the red folder"),
							new ProcedureDetails.Step("IT Support", "Post a status message every 30 minutes"),
							new ProcedureDetails.Step("Team lead", "Key the paper forms in once the system is back")),
					"IT Support on call: extension 4400"));
		IncidentView incident = this.contingency.activate(courier.id(),
				"Flooding at SwiftParcel's Trafford depot: no collections this morning");
		this.contingency.tick(incident.id(), incident.version(), 0,
				"Rang at 08:20: back by tomorrow noon at the latest");
		// The live service notice: everyone downstream of SwiftParcel is told.
		this.contingency.tellTheAffected(incident.id(),
				"Flooding at SwiftParcel's Trafford depot: no collections or deliveries this morning. Deliveries due "
						+ "today may arrive tomorrow; we will tell you as soon as SwiftParcel is running again.");
	}

}
