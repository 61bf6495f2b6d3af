package org.servicechain.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.servicechain.feedback.ActionDetails;
import org.servicechain.feedback.ActionMetric;
import org.servicechain.feedback.FeedbackChannel;
import org.servicechain.improvement.AuditKind;
import org.servicechain.improvement.AuditManagement;
import org.servicechain.improvement.AuditSchedule;
import org.servicechain.improvement.AuditSubjectKind;
import org.servicechain.improvement.AuditTemplates;
import org.servicechain.improvement.AuditView;
import org.servicechain.improvement.ChecklistItem;
import org.servicechain.improvement.FindingDetails;
import org.servicechain.improvement.FindingSeverity;
import org.servicechain.improvement.ItemAnswer;
import org.servicechain.improvement.ItemResult;
import org.servicechain.improvement.RecurrenceUnit;
import org.servicechain.improvement.TemplateDetails;
import org.servicechain.improvement.TemplateView;

/**
 * The demo's audits (FB-7): a mystery-shop checklist for the phone line and a hand-over
 * audit of SwiftParcel Couriers. The courier audit six weeks ago was completed with a
 * finding on damaged large items, which raised an improvement action measured by the
 * complaints about home delivery; it recurs every four weeks, so its successor is
 * overdue. The next phone mystery shop is scheduled for next week.
 */
final class DemoAudits {

	private final AuditTemplates templates;

	private final AuditManagement audits;

	private final LocalDate today;

	DemoAudits(AuditTemplates templates, AuditManagement audits, LocalDate today) {
		this.templates = templates;
		this.audits = audits;
		this.today = today;
	}

	int load(Map<String, UUID> parties, Map<String, UUID> services) {
		TemplateView phone = this.templates.create(new TemplateDetails("Front-line phone mystery shop",
				AuditSubjectKind.CHANNEL, AuditKind.MYSTERY_SHOPPING,
				"A shopper calls as a customer with a late-delivery question.",
				List.of(new ChecklistItem("Answered within five rings", "Count the rings; voicemail is not met.", 2),
						new ChecklistItem("Gave their name and offered help", null, 1),
						new ChecklistItem("Found the order from the postcode and name alone",
								"Without asking for the order number first.", 3),
						new ChecklistItem("Gave a delivery date and said what happens if it slips", null, 3),
						new ChecklistItem("Summarised and checked nothing else was needed", null, 1))));
		TemplateView courier = this.templates.create(new TemplateDetails("Courier hand-over audit",
				AuditSubjectKind.PARTNER, AuditKind.SERVICE_AUDIT,
				"At the dispatch bay, as SwiftParcel's drivers collect the day's parcels.",
				List.of(new ChecklistItem("Driver scans every parcel at hand-over", "Watch ten parcels at random.", 3),
						new ChecklistItem("Large items strapped and kept upright", "Washing machines, fridges, ovens.",
								3),
						new ChecklistItem("Van leaves within the agreed 30-minute window", null, 2),
						new ChecklistItem("Signed manifest left with Warehouse & Dispatch", null, 1), new ChecklistItem(
								"Driver carries the customer's delivery notes", "Safe place, access codes.", 1))));
		UUID swiftParcel = parties.get("SwiftParcel Couriers");
		AuditView done = this.audits.schedule(new AuditSchedule(courier.id(), swiftParcel, null, "maria.manager",
				this.today.minusWeeks(6), RecurrenceUnit.WEEKS, 4));
		done = this.audits.record(done.id(), done.version(),
				List.of(new ItemAnswer(1, ItemResult.MET, null),
						new ItemAnswer(2, ItemResult.NOT_MET, "Two fridges laid flat, one on top of the other."),
						new ItemAnswer(3, ItemResult.PARTLY, "Left 45 minutes after the window opened."),
						new ItemAnswer(4, ItemResult.MET, null),
						new ItemAnswer(5, ItemResult.NOT_APPLICABLE, "No delivery notes that day.")));
		done = this.audits.addFinding(done.id(), done.version(), new FindingDetails(2, FindingSeverity.MAJOR,
				"Large appliances loaded flat and stacked: the damage customers complain about starts at the bay."));
		done = this.audits.complete(done.id(), done.version());
		this.audits.raiseAction(done.id(), done.version(), 1,
				new ActionDetails("Strap and keep upright every large appliance at hand-over", "maria.manager",
						ActionMetric.COMPLAINT_COUNT, null, services.get("Home delivery"), null, 2.0,
						this.today.plusWeeks(6), null, null));
		this.audits.schedule(new AuditSchedule(phone.id(), null, FeedbackChannel.PHONE, "alex.agent",
				this.today.plusWeeks(1), RecurrenceUnit.MONTHS, 1));
		return 3;
	}

}
