package org.servicechain.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.complaints.ComplaintChannel;
import org.servicechain.complaints.ComplaintCommands;
import org.servicechain.complaints.ComplaintImport;
import org.servicechain.complaints.ComplaintImport.ImportedComplaint;
import org.servicechain.complaints.ComplaintImport.ImportedStep;
import org.servicechain.complaints.ComplaintPolicyManagement;
import org.servicechain.complaints.CustomerWants;
import org.servicechain.complaints.NewComplaint;
import org.servicechain.complaints.PolicyDetails;
import org.servicechain.complaints.ReferralTarget;
import org.servicechain.complaints.Remedy;
import org.servicechain.complaints.Severity;
import org.servicechain.requests.RequestFilter;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestSummary;

/**
 * Hearthside's complaints (CMP-1 … CMP-4): the policy (acknowledge within one working
 * day, final response within eight weeks, in office hours) and a realistic set, told
 * through the complaints import so each step happened when and by whom the story says.
 * Some are internal (the stores about the warehouse, sales about IT), some about
 * suppliers (SwiftParcel, Northern Spares, PayBridge, FastLane), some referred to a
 * partner, a manager or the ombudsman; some closed, some waiting on the customer, one
 * breached.
 */
final class DemoComplaints {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final ComplaintPolicyManagement policy;

	private final ComplaintImport imports;

	private final RequestQueries requests;

	private final Map<String, UUID> parties;

	private final Map<String, UUID> services;

	private final Map<String, UUID> contacts;

	private final LocalDate today;

	private final Instant now;

	DemoComplaints(ComplaintPolicyManagement policy, ComplaintImport imports, RequestQueries requests,
			Map<String, UUID> parties, Map<String, UUID> services, Map<String, UUID> contacts, Instant now) {
		this.policy = policy;
		this.imports = imports;
		this.requests = requests;
		this.parties = parties;
		this.services = services;
		this.contacts = contacts;
		this.today = LocalDate.ofInstant(now, LONDON);
		this.now = now;
	}

	int load(UUID officeCalendar, BusinessCalendar office) {
		Duration day = office.standardWeeklyWorkingTime().dividedBy(5);
		this.policy.save(0, new PolicyDetails(officeCalendar, day, day.multipliedBy(2), day.multipliedBy(20),
				day.multipliedBy(40), day.multipliedBy(5), 75, 28, new BigDecimal("50"), new BigDecimal("1000"), 3,
				"The Retail Ombudsman", 6,
				"Dear {customer},\n\nThank you for telling us about {summary}. We are sorry it happened. Your complaint's reference is {reference}; "
						+ "Ruth Adeyemi's team will look into it and you will have our final response by {finalDue} at the latest.\n\nHearthside Customer Service"));
		List<ImportedComplaint> all = new ArrayList<>();

		// Carol's washing machine: SwiftParcel missed three slots. Referred to the
		// courier
		// with a new due time, personal data not shared. Open, being analysed.
		all.add(complaint("Carol Hughes", "Home delivery", null, "Late delivery", Severity.HIGH, CustomerWants.REMEDY,
				Remedy.PRICE_REDUCTION, null, "Washing machine: three missed delivery slots",
				"I took three days off work for a delivery that never came. Nobody called to say the van would not come.",
				"Carol Hughes", "Prefers text messages; works shifts", ComplaintChannel.PORTAL, "carol.customer",
				at(6, 19),
				steps(step(at(5, 10), "alex.agent", new ComplaintCommands.Acknowledgement(null)),
						step(at(5, 10), "alex.agent",
								new ComplaintCommands.Apology(
										"We are very sorry: we let you down three times and did not tell you why.")),
						step(at(4, 11), "alex.agent", referral(ReferralTarget.PARTNER, "SwiftParcel Couriers", null,
								"SwiftParcel must explain the three missed slots and the missing calls", 3, false)))));

		// St Anne's fridge repair, waiting on Northern Spares; acknowledged late (a
		// breach);
		// a goodwill payment above discretion approved by Hannah Price. Waiting on the
		// customer's answer.
		all.add(complaint("St Anne's Care Home", "Appliance repair", "Northern Spares Ltd", "Repair", Severity.CRITICAL,
				CustomerWants.REMEDY, Remedy.REPAIR, null, "Kitchen fridge out of action for nine days",
				"Our residents' food has to be stored at a neighbour's. The engineer keeps saying the part is coming.",
				"Margaret Doyle", "Call the care home landline; Margaret reads email rarely", ComplaintChannel.STAFF,
				"alex.agent", at(15, 9),
				steps(step(at(13, 15), "alex.agent", new ComplaintCommands.Acknowledgement(null)),
						step(at(13, 15), "alex.agent",
								new ComplaintCommands.Apology("We are sorry for the disruption to your residents.")),
						step(at(9, 12), "maria.manager", new ComplaintCommands.Analysis(
								"The compressor part was back-ordered at Northern Spares and nobody chased it or told the care home.",
								"Supplier failure", this.parties.get("Northern Spares Ltd"))),
						step(at(8, 16), "maria.manager", new ComplaintCommands.Action(Remedy.GOODWILL,
								new BigDecimal("150"),
								"A loan fridge delivered tomorrow, the repair at no charge, and £150 towards the food lost.",
								"Weekly chase of back-ordered parts; parts delays told to the customer within a day",
								this.contacts.get("Hannah Price"))))));

		// The stores about the warehouse: an internal complaint, resolved and closed.
		all.add(complaint("Retail Stores Division", "Stock replenishment", "Warehouse & Dispatch", "Late delivery",
				Severity.MEDIUM, CustomerWants.EXPLANATION, null, null,
				"Black Friday stock arrived after the stores opened",
				"Three stores opened on Friday without the promoted washing machines on the floor.", "Gareth Holt",
				null, ComplaintChannel.STAFF, "maria.manager", at(28, 10),
				steps(step(at(28, 14), "tom.team", new ComplaintCommands.Acknowledgement(
						"Gareth, thank you: we are looking at the Thursday night run and will come back to you.")),
						step(at(27, 10), "tom.team",
								new ComplaintCommands.Apology("Sorry: the stores should have had the stock by 07:00.")),
						step(at(22, 10), "tom.team",
								new ComplaintCommands.Analysis(
										"The night shift was two pickers short and the trunk left 3 hours late.",
										"Process gap", this.parties.get("Warehouse & Dispatch"))),
						step(at(21, 10), "tom.team",
								new ComplaintCommands.Action(Remedy.NONE, BigDecimal.ZERO,
										"Peak nights are now staffed from the agency list a week ahead.",
										"Agency cover booked for every peak night until January", null)),
						step(at(20, 10), "maria.manager", new ComplaintCommands.Answer(true, "Fine by the stores.")),
						step(at(20, 11), "maria.manager",
								new ComplaintCommands.Assurance("Gareth confirmed the next two runs arrived on time.",
										this.today.minusDays(2))),
						step(at(1, 10), "maria.manager", new ComplaintCommands.FollowUp("Still on time; closed.")))));

		// Sales & Marketing about IT: internal, just received.
		all.add(complaint("Sales & Marketing", "Laptop support", "IT Support", "Communication", Severity.LOW,
				CustomerWants.EXPLANATION, null, null, "Laptop rebuilds without warning before a campaign launch",
				"Two of the team lost a morning to forced updates on launch day.", "Sales & Marketing", null,
				ComplaintChannel.STAFF, "alex.agent", at(0, 9), steps()));

		// A refund held up at PayBridge: the customer rejected our offer and was told of
		// the ombudsman.
		all.add(complaint("Oliver Bennett", "Payments and refunds", "PayBridge Payments", "Billing", Severity.HIGH,
				CustomerWants.REMEDY, Remedy.REFUND, null, "Refund for a returned cooker still not received",
				"It has been five weeks since you collected the cooker. I have phoned four times.", "Oliver Bennett",
				null, ComplaintChannel.STAFF, "alex.agent", at(35, 11),
				steps(step(at(35, 15), "alex.agent", new ComplaintCommands.Acknowledgement(null)),
						step(at(34, 10), "alex.agent",
								new ComplaintCommands.Apology("We are sorry you have had to chase us for your money.")),
						step(at(30, 10), "maria.manager",
								new ComplaintCommands.Analysis(
										"PayBridge's refund batch failed during their outage and was not re-run.",
										"Supplier failure", this.parties.get("PayBridge Payments"))),
						step(at(29, 10), "maria.manager",
								new ComplaintCommands.Action(Remedy.GOODWILL, new BigDecimal("25"),
										"The refund re-sent today and a £25 voucher.", null, null)),
						step(at(26, 10), "maria.manager",
								new ComplaintCommands.Answer(false,
										"A voucher is no use to me; I want interest on my money.")),
						step(at(25, 10), "maria.manager", referral(ReferralTarget.OMBUDSMAN, null, null,
								"Mr Bennett does not accept our final offer", 0, false)))));

		// Rude FastLane driver: an apology, closed.
		all.add(complaint("Priya Sharma", "Home delivery", "FastLane Logistics", "Staff attitude", Severity.MEDIUM,
				CustomerWants.APOLOGY, null, null, "Delivery driver was rude and left the fridge in the hall",
				"The driver swore at my son and refused to take the fridge to the kitchen as booked.", "Priya Sharma",
				"Speaks Punjabi at home; English by email is fine", ComplaintChannel.STAFF, "alex.agent", at(40, 12),
				steps(step(at(40, 16), "alex.agent", new ComplaintCommands.Acknowledgement(null)),
						step(at(39, 10), "alex.agent",
								new ComplaintCommands.Apology("We are sorry for how you and your son were spoken to.")),
						step(at(35, 10), "alex.agent", new ComplaintCommands.Analysis(
								"FastLane's new driver was not briefed on our two-person room-of-choice standard.",
								"Supplier failure", this.parties.get("FastLane Logistics"))),
						step(at(35, 12), "alex.agent",
								new ComplaintCommands.Action(Remedy.REPEAT_PERFORMANCE, BigDecimal.ZERO,
										"Two of our own crew moved the fridge to the kitchen.",
										"FastLane to brief all new drivers on our standards", null)),
						step(at(34, 10), "alex.agent", new ComplaintCommands.Answer(true, null)),
						step(at(34, 11), "alex.agent",
								new ComplaintCommands.Assurance("Mrs Sharma is satisfied.", this.today.minusDays(6))),
						step(at(5, 10), "alex.agent", new ComplaintCommands.FollowUp("No further problems.")))));

		// HomeFix engineer no-show, escalated to the manager.
		all.add(complaint("George Clarke", "Appliance repair", "HomeFix Installers", "Repair", Severity.HIGH,
				CustomerWants.EXPLANATION, null, null, "Engineer did not turn up twice",
				"I waited in all day on Tuesday and again on Thursday.", "George Clarke", null, ComplaintChannel.STAFF,
				"alex.agent", at(3, 10),
				steps(step(at(3, 12), "alex.agent", new ComplaintCommands.Acknowledgement(null)),
						step(at(2, 10), "alex.agent", referral(ReferralTarget.MANAGER, null, "maria.manager",
								"Second no-show from HomeFix; needs a decision on the partner", 0, false)))));

		// Goods damaged on delivery, within the 30-day short-term right to reject: refund
		// approved, accepted, resolved, follow-up due.
		all.add(complaint("Fatima Ali", "Home delivery", "Warehouse & Dispatch", "Quality of goods", Severity.HIGH,
				CustomerWants.REMEDY, Remedy.SHORT_TERM_REJECT, this.today.minusDays(12),
				"Dishwasher door dented on delivery", "The door was dented when it arrived and does not close.",
				"Fatima Ali", null, ComplaintChannel.PORTAL, "alex.agent", at(10, 9),
				steps(step(at(10, 11), "alex.agent", new ComplaintCommands.Acknowledgement(null)),
						step(at(10, 11), "alex.agent",
								new ComplaintCommands.Apology("We are sorry your dishwasher arrived damaged.")),
						step(at(8, 10), "alex.agent",
								new ComplaintCommands.Analysis("Packed without corner protection at the warehouse.",
										"Packing", this.parties.get("Warehouse & Dispatch"))),
						step(at(8, 11), "alex.agent",
								new ComplaintCommands.Action(Remedy.SHORT_TERM_REJECT, new BigDecimal("449"),
										"Collection of the dishwasher and a full refund of £449.",
										"Corner protection checked at dispatch", this.contacts.get("Hannah Price"))),
						step(at(7, 10), "alex.agent", new ComplaintCommands.Answer(true, null)),
						step(at(6, 10), "alex.agent",
								new ComplaintCommands.Assurance("Refund received; Ms Ali is content.", null)))));

		// Riverside Lettings: a tenant's fridge declined by FastLane; acknowledged only.
		all.add(complaint("Riverside Lettings Ltd", "Home delivery", "FastLane Logistics", "Late delivery",
				Severity.MEDIUM, CustomerWants.EXPLANATION, null, null, "Tenant's fridge delivery cancelled twice",
				"Our tenant has been without a fridge for a week.", "Priya Nair", null, ComplaintChannel.STAFF,
				"alex.agent", at(2, 14),
				steps(step(at(1, 9), "alex.agent", new ComplaintCommands.Acknowledgement(null)))));

		// An older repair complaint about our own engineers, closed.
		all.add(complaint("Daniel Okafor", "Appliance repair", "Field Engineering", "Repair", Severity.LOW,
				CustomerWants.APOLOGY, null, null, "Engineer left mud on the carpet",
				"The repair was fine but the engineer did not use covers.", "Daniel Okafor", null,
				ComplaintChannel.STAFF, "alex.agent", at(50, 10),
				steps(step(at(50, 12), "alex.agent", new ComplaintCommands.Acknowledgement(null)),
						step(at(50, 12), "alex.agent", new ComplaintCommands.Apology("Sorry about the carpet.")),
						step(at(49, 10), "alex.agent",
								new ComplaintCommands.Analysis("Overshoe covers ran out.", "Staff error",
										this.parties.get("Field Engineering"))),
						step(at(49, 11), "alex.agent",
								new ComplaintCommands.Action(Remedy.GOODWILL, new BigDecimal("40"),
										"A carpet clean at our cost.", null, null)),
						step(at(48, 10), "alex.agent", new ComplaintCommands.Answer(true, null)),
						step(at(47, 10), "alex.agent",
								new ComplaintCommands.Assurance("Carpet cleaned.", this.today.minusDays(20))),
						step(at(19, 10), "alex.agent", new ComplaintCommands.FollowUp("No further contact.")))));

		// Head Office Facilities, just in: nothing done yet, acknowledgement overdue.
		all.add(complaint("Head Office Facilities", "Appliance repair", null, "Repair", Severity.MEDIUM,
				CustomerWants.EXPLANATION, null, null, "Staff kitchen dishwasher still broken",
				"Reported three weeks ago; the repair request was closed without a visit.", "Head Office Facilities",
				null, ComplaintChannel.STAFF, "maria.manager", at(3, 9), steps()));
		return this.imports.importAll(all).size();
	}

	private ImportedComplaint complaint(String complainant, String service, @Nullable String responsible,
			String category, Severity severity, CustomerWants wants, @Nullable Remedy remedy,
			@Nullable LocalDate delivered, String summary, String description, String contactName,
			@Nullable String needs, ComplaintChannel channel, String raisedBy, Instant received,
			List<ImportedStep> steps) {
		UUID party = this.parties.get(complainant);
		UUID serviceId = this.services.get(service);
		@Nullable UUID requestId = requestOf(party, serviceId, received);
		String owner = raisedBy.endsWith(".customer") ? "alex.agent" : raisedBy;
		NewComplaint details = new NewComplaint(party, requestId, serviceId,
				(responsible != null) ? this.parties.get(responsible) : null, category, severity, wants, remedy,
				delivered, summary, description, contactName, null, null, needs, owner);
		// Weekends moved to Friday can put a step before the one it follows: keep the
		// story in order, a minute apart at least.
		List<ImportedStep> ordered = new ArrayList<>();
		Instant last = received;
		for (ImportedStep step : steps) {
			Instant at = step.at().isAfter(last) ? step.at() : last.plusSeconds(60);
			ordered.add(new ImportedStep(at, step.actor(), step.command()));
			last = at;
		}
		return new ImportedComplaint(details, channel, received, raisedBy, ordered);
	}

	/**
	 * @return the complainant's latest request for the service opened before the
	 * complaint, if any
	 */
	private @Nullable UUID requestOf(UUID party, UUID service, Instant before) {
		return this.requests
			.list(new RequestFilter(null, null, null, service, party, null, null, null, null, null, null, null,
					"-opened"), 0, 20)
			.items()
			.stream()
			.filter((request) -> request.openedAt().isBefore(before))
			.map(RequestSummary::id)
			.findFirst()
			.orElse(null);
	}

	private ComplaintCommands.Referral referral(ReferralTarget target, @Nullable String party, @Nullable String manager,
			String reason, int dueInDays, boolean share) {
		return new ComplaintCommands.Referral(target, (party != null) ? this.parties.get(party) : null, manager, reason,
				(dueInDays > 0) ? at(-dueInDays, 12) : null, share);
	}

	private static List<ImportedStep> steps(ImportedStep... steps) {
		return List.of(steps);
	}

	private static ImportedStep step(Instant at, String actor, Record command) {
		return new ImportedStep(at, actor, command);
	}

	/**
	 * @return the working day {@code daysAgo} days back (negative: ahead) at the hour,
	 * moved back to Friday from a weekend, and never later than now
	 */
	private Instant at(int daysAgo, int hour) {
		LocalDate date = this.today.minusDays(daysAgo);
		while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			date = (daysAgo >= 0) ? date.minusDays(1) : date.plusDays(1);
		}
		Instant instant = date.atTime(LocalTime.of(hour, 0)).atZone(LONDON).toInstant();
		return (daysAgo >= 0 && instant.isAfter(this.now)) ? this.now.minusSeconds(60) : instant;
	}

}
