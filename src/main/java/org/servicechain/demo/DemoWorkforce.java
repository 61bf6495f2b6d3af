package org.servicechain.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.servicechain.requests.DeskManagement;
import org.servicechain.workforce.AbsenceKind;
import org.servicechain.workforce.AbsenceView;
import org.servicechain.workforce.DemandForecasting;
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

	DemoWorkforce(WorkforceManagement workforce, DemandForecasting demand, DeskManagement desk, Clock clock) {
		this.workforce = workforce;
		this.demand = demand;
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
	}

}
