package org.servicechain.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.servicechain.agreements.AgreementHeader;
import org.servicechain.agreements.AgreementKind;
import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementTerms;
import org.servicechain.agreements.AgreementView;
import org.servicechain.agreements.ConflictRule;
import org.servicechain.agreements.Formality;
import org.servicechain.agreements.Priority;
import org.servicechain.agreements.Side;
import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.businesscalendars.CalendarDay;
import org.servicechain.businesscalendars.CalendarDetails;
import org.servicechain.calendar.IcsHolidays;
import org.servicechain.calendar.WorkingInterval;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.Channel;
import org.servicechain.chain.ContactDetails;
import org.servicechain.chain.ContactView;
import org.servicechain.chain.CustomerType;
import org.servicechain.chain.Influence;
import org.servicechain.chain.InformationSource;
import org.servicechain.chain.LinkDetails;
import org.servicechain.chain.PartnerStatus;
import org.servicechain.chain.PartyDetails;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.RelationshipEntryDetails;
import org.servicechain.chain.RelationshipKind;
import org.servicechain.chain.ServiceDetails;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.DeskManagement;
import org.servicechain.requests.RequestImport;

/**
 * Hearthside Home Appliances: a retailer that sells, delivers and repairs household
 * appliances. Seven internal teams, six outside organisations (one new, several
 * long-term, one with an uncooperative episode on record), twenty customers (internal and
 * external), end-user services whose chains are three or more links deep, contacts with
 * authority, agreements along the chains, a month of requests ({@link DemoMonth}) and a
 * demo user of every role. Loaded once, into an empty database.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "servicechain.demo.enabled")
class DemoOrganisation implements ApplicationRunner {

	/** Demo users' password; documented in the README, for the demo only. */
	static final String DEMO_PASSWORD = "servicechain-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

	/** The people among the customers; every other one also gets appliance repair. */
	static final List<String> PEOPLE = List.of("Carol Hughes", "Oliver Bennett", "Priya Sharma", "George Clarke",
			"Fatima Ali", "Harry Wilson", "Chloe Evans", "Daniel Okafor", "Sophie Turner", "Mohammed Khan",
			"Emily Roberts", "Jack Thompson", "Grace Lewis", "Ethan Walker");

	private final ChainManagement chain;

	private final IdentityManagement identity;

	private final TransactionTemplate transaction;

	private final BusinessCalendarManagement calendars;

	private final AgreementManagement agreements;

	private final RequestImport imports;

	private final DeskManagement desk;

	private final Clock clock;

	private final Map<String, UUID> calendarIds = new HashMap<>();

	private final Map<String, UUID> parties = new HashMap<>();

	private final Map<String, UUID> services = new HashMap<>();

	private final Map<String, UUID> contacts = new HashMap<>();

	private final Map<String, UUID> links = new HashMap<>();

	private final org.servicechain.complaints.ComplaintPolicyManagement complaintPolicy;

	private final org.servicechain.complaints.ComplaintImport complaintImport;

	private final org.servicechain.requests.RequestQueries requestQueries;

	private final org.servicechain.sla.SlaManagement sla;

	private final org.servicechain.workforce.WorkforceManagement workforce;

	private final org.servicechain.workforce.DemandForecasting demand;

	private final org.servicechain.workforce.Contingency contingency;

	private final org.servicechain.feedback.SurveyManagement surveys;

	private final org.servicechain.feedback.FeedbackManagement feedback;

	private final org.servicechain.feedback.ThemeAlerting themeAlerting;

	private final org.servicechain.feedback.ImprovementManagement improvement;

	private final DemoReviews reviews;

	private final org.servicechain.notices.ServiceNotices notices;

	private final org.servicechain.knowledge.KnowledgeBase knowledge;

	private final org.servicechain.improvement.AuditTemplates auditTemplates;

	private final org.servicechain.improvement.AuditManagement audits;

	DemoOrganisation(ChainManagement chain, IdentityManagement identity, TransactionTemplate transaction,
			BusinessCalendarManagement calendars, AgreementManagement agreements, RequestImport imports,
			DeskManagement desk, Clock clock, org.servicechain.complaints.ComplaintPolicyManagement complaintPolicy,
			org.servicechain.complaints.ComplaintImport complaintImport,
			org.servicechain.requests.RequestQueries requestQueries, org.servicechain.sla.SlaManagement sla,
			org.servicechain.workforce.WorkforceManagement workforce,
			org.servicechain.workforce.Contingency contingency, org.servicechain.workforce.DemandForecasting demand,
			org.servicechain.feedback.SurveyManagement surveys, org.servicechain.feedback.FeedbackManagement feedback,
			org.servicechain.feedback.ThemeAlerting themeAlerting,
			org.servicechain.feedback.ImprovementManagement improvement, DemoReviews reviews,
			org.servicechain.notices.ServiceNotices notices, org.servicechain.knowledge.KnowledgeBase knowledge,
			org.servicechain.improvement.AuditTemplates auditTemplates,
			org.servicechain.improvement.AuditManagement audits) {
		this.auditTemplates = auditTemplates;
		this.audits = audits;
		this.notices = notices;
		this.knowledge = knowledge;
		this.reviews = reviews;
		this.workforce = workforce;
		this.contingency = contingency;
		this.demand = demand;
		this.improvement = improvement;
		this.sla = sla;
		this.surveys = surveys;
		this.feedback = feedback;
		this.themeAlerting = themeAlerting;
		this.complaintPolicy = complaintPolicy;
		this.complaintImport = complaintImport;
		this.requestQueries = requestQueries;
		this.chain = chain;
		this.identity = identity;
		this.transaction = transaction;
		this.calendars = calendars;
		this.agreements = agreements;
		this.imports = imports;
		this.desk = desk;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemActor.run(() -> {
			if (this.chain.parties(null, null, null, 0, 1).totalItems() > 0) {
				return;
			}
			long started = System.nanoTime();
			// CPU time as well as wall time: on a busy machine the second says little.
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long cpuStarted = threads.getCurrentThreadCpuTime();
			// One transaction: a half-loaded demo would be worse than none.
			Integer requests = this.transaction.execute((status) -> load());
			// The month's warnings and breaches passed long ago: recorded as done, so
			// nobody's first sign-in opens on hundreds of stale alerts.
			int settled = this.sla.settleImportedHistory();
			log.info("Recorded {} past clock actions of the demo month without telling anyone", settled);
			log.info(
					"Loaded the demo organisation 'Hearthside Home Appliances' with {} requests in {} ms ({} ms of CPU);"
							+ " demo users sign in with password '{}'",
					requests, (System.nanoTime() - started) / 1_000_000,
					(threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000, DEMO_PASSWORD);
		});
	}

	private int load() {
		LocalDate today = LocalDate.now();
		// Internal teams
		team("Customer Service", "Front-line team: phone, email, chat and the shop counters.");
		team("Warehouse & Dispatch", "Picks, packs and hands orders to couriers.");
		team("Field Engineering", "Our own engineers repairing appliances in customers' homes.");
		team("IT Support", "Runs the order system, telephony and staff laptops.");
		team("Finance", "Takes payments, issues refunds and credits.");
		team("Procurement", "Buys stock and spare parts from suppliers.");
		team("Quality & Complaints", "Owns the complaints procedure and service audits.");

		// Outside organisations
		external("SwiftParcel Couriers", PartyKind.SUPPLIER, PartnerStatus.LONG_TERM, LocalDate.of(2016, 4, 1),
				"National parcel and two-person delivery.", "https://swiftparcel.example");
		external("FastLane Logistics", PartyKind.SUPPLIER, PartnerStatus.NEW, today.minusWeeks(6),
				"Second courier, taken on for the busy season.", "https://fastlane.example");
		external("Northern Spares Ltd", PartyKind.SUPPLIER, PartnerStatus.LONG_TERM, LocalDate.of(2012, 9, 1),
				"Genuine spare parts for all brands we sell.", "https://northernspares.example");
		external("CloudDesk Hosting", PartyKind.SUPPLIER, PartnerStatus.REGULAR, LocalDate.of(2021, 1, 15),
				"Hosts the order system and telephony platform.", "https://clouddesk.example");
		external("PayBridge Payments", PartyKind.SUPPLIER, PartnerStatus.REGULAR, LocalDate.of(2019, 6, 1),
				"Card payment gateway and refunds.", "https://paybridge.example");
		external("HomeFix Installers", PartyKind.PARTNER, PartnerStatus.REGULAR, LocalDate.of(2020, 3, 1),
				"Partner engineers covering repairs where ours cannot reach.", "https://homefix.example");

		// Customers: people and organisations outside, and our own divisions as internal
		// customers
		List<String> people = PEOPLE;
		for (String person : people) {
			customer(person, CustomerType.PERSON, false);
		}
		customer("Riverside Lettings Ltd", CustomerType.ORGANISATION, false);
		customer("St Anne's Care Home", CustomerType.ORGANISATION, false);
		customer("Greenfield Primary School", CustomerType.ORGANISATION, false);
		customer("Retail Stores Division", CustomerType.ORGANISATION, true);
		customer("Head Office Facilities", CustomerType.ORGANISATION, true);
		customer("Sales & Marketing", CustomerType.ORGANISATION, true);

		// Services
		service("Home delivery", "Delivery of appliances to the customer's home, with removal of the old one.");
		service("Appliance repair", "Diagnosis and repair of appliances in and out of warranty.");
		service("Payments and refunds", "Taking payment and refunding customers.");
		service("Stock replenishment", "Keeping the stores stocked.");
		service("Order fulfilment", "Picking and packing customer orders.");
		service("Parcel carriage", "Collection and delivery of parcels and large items.");
		service("On-site repair", "An engineer visit to repair an appliance.");
		service("Spare parts", "Supply of genuine spare parts.");
		service("Parts purchasing", "Ordering parts from suppliers.");
		service("Order system", "The order and case management system.");
		service("Platform hosting", "Hosting of the order system and telephony.");
		service("Payment processing", "Settling payments and refunds.");
		service("Card payments", "The card payment gateway.");
		service("Stock purchasing", "Purchase of stock for the warehouse.");
		service("Goods receiving", "Checking in purchased stock.");
		service("Laptop support", "Staff laptops and accounts.");

		// What each service needs from its provider's suppliers, so that, say, the
		// payment gateway
		// is not part of home delivery. Services that name nothing need everything.
		needs("Home delivery", "Order fulfilment", "Order system");
		needs("Appliance repair", "On-site repair", "Order system");
		needs("Payments and refunds", "Payment processing", "Order system");
		needs("Stock replenishment", "Parcel carriage", "Stock purchasing");
		needs("Order fulfilment", "Parcel carriage", "Order system", "Stock purchasing");
		needs("Payment processing", "Card payments", "Order system");
		needs("On-site repair", "Spare parts", "Parts purchasing");
		needs("Order system", "Platform hosting");
		needs("Stock purchasing", "Goods receiving");
		needs("Goods receiving");
		needs("Laptop support");

		// Home delivery: couriers → warehouse → customer service → customers
		link("Parcel carriage", "SwiftParcel Couriers", "Warehouse & Dispatch");
		link("Parcel carriage", "FastLane Logistics", "Warehouse & Dispatch");
		link("Order fulfilment", "Warehouse & Dispatch", "Customer Service");
		link("Order system", "IT Support", "Warehouse & Dispatch");
		link("Order system", "IT Support", "Customer Service");
		link("Platform hosting", "CloudDesk Hosting", "IT Support");
		link("Stock purchasing", "Procurement", "Warehouse & Dispatch");
		link("Goods receiving", "Warehouse & Dispatch", "Procurement");
		// Appliance repair: two alternative repairers, ours fed by spare parts
		link("On-site repair", "Field Engineering", "Customer Service");
		link("On-site repair", "HomeFix Installers", "Customer Service");
		link("Spare parts", "Northern Spares Ltd", "Field Engineering");
		link("Parts purchasing", "Procurement", "Field Engineering");
		// Payments and refunds
		link("Payment processing", "Finance", "Customer Service");
		link("Card payments", "PayBridge Payments", "Finance");
		link("Order system", "IT Support", "Finance");
		link("Laptop support", "IT Support", "Quality & Complaints");
		for (String person : people) {
			link("Home delivery", "Customer Service", person);
			link("Payments and refunds", "Customer Service", person);
		}
		for (int i = 0; i < people.size(); i += 2) {
			link("Appliance repair", "Customer Service", people.get(i));
		}
		for (String organisation : List.of("Riverside Lettings Ltd", "St Anne's Care Home",
				"Greenfield Primary School")) {
			link("Home delivery", "Customer Service", organisation);
			link("Appliance repair", "Customer Service", organisation);
		}
		link("Appliance repair", "Customer Service", "Head Office Facilities");
		link("Stock replenishment", "Warehouse & Dispatch", "Retail Stores Division");
		link("Laptop support", "IT Support", "Sales & Marketing");

		// Contacts and authority
		contact("Customer Service", "Hannah Price", "Head of Customer Service", Channel.PHONE,
				"Direct; likes a recommendation, not a list of options", "Mon–Fri 08:00–17:00", true, "25000", true,
				true, 3, null);
		contact("Customer Service", "Leo Martin", "Team Leader", Channel.CHAT, "Informal and quick", "Shifts; see rota",
				false, null, true, false, 2, "Hannah Price");
		contact("Warehouse & Dispatch", "Ravi Patel", "Warehouse Manager", Channel.PHONE, "Wants numbers first",
				"Mon–Sat 06:00–14:00", true, "10000", true, true, 2, null);
		contact("Field Engineering", "Nia Jones", "Engineering Manager", Channel.EMAIL,
				"Thorough; prefers written detail", "Mon–Fri 07:30–16:00", true, "15000", true, true, 2, null);
		contact("IT Support", "Sam Fletcher", "IT Service Manager", Channel.PORTAL, "Raise it as a ticket first",
				"Mon–Fri 09:00–17:30", true, "20000", true, true, 3, null);
		contact("Finance", "Helen Ward", "Finance Director", Channel.EMAIL, "Formal; copy in her assistant",
				"Tue–Thu in the office", true, "250000", false, true, 4, null);
		contact("Procurement", "Mark Ellis", "Procurement Lead", Channel.EMAIL, "Commercially minded", "Mon–Fri", true,
				"50000", false, true, 2, null);
		contact("Quality & Complaints", "Ruth Adeyemi", "Quality Manager", Channel.IN_PERSON,
				"Collaborative; likes to meet", "Mon–Thu", false, null, true, false, 3, null);
		contact("SwiftParcel Couriers", "Dave Collins", "Account Manager", Channel.PHONE,
				"Friendly, relationship first", "Mon–Fri 08:00–18:00", false, null, true, false, 1, null);
		contact("SwiftParcel Couriers", "Karen Shaw", "Regional Director", Channel.EMAIL,
				"Brief; escalate only with facts", "By appointment", true, "100000", true, true, 3, null);
		this.chain.updateContact(this.contacts.get("Dave Collins"), 0,
				details("Dave Collins", "Account Manager", Channel.PHONE, "Friendly, relationship first",
						"Mon–Fri 08:00–18:00", false, null, true, false, 1, this.contacts.get("Karen Shaw"),
						List.of()));
		contact("FastLane Logistics", "Tom Reid", "Operations Manager", Channel.PHONE, "Still getting to know us",
				"Mon–Sat", true, "20000", true, true, 2, null);
		contact("Northern Spares Ltd", "Alan Brooks", "Sales Director", Channel.EMAIL, "Old-school; values loyalty",
				"Mon–Fri", true, "75000", true, true, 3, null);
		contact("CloudDesk Hosting", "Jess Morgan", "Service Delivery Manager", Channel.PORTAL,
				"Process-driven; quotes the contract", "24/7 on-call rota", false, null, true, false, 2, null);
		contact("PayBridge Payments", "Victor Lang", "Partner Manager", Channel.EMAIL,
				"Guarded; put requests in writing", "Mon–Fri 10:00–16:00", false, null, false, false, 1, null);
		contact("PayBridge Payments", "Irene Fox", "Head of Partnerships", Channel.EMAIL, "Decisive when engaged",
				"By appointment", true, "500000", true, true, 3, null);
		contact("HomeFix Installers", "Bilal Hussain", "Owner", Channel.PHONE, "Practical; answers the phone himself",
				"Mon–Sat", true, "30000", true, true, 2, null);
		// Informal influence across the chain
		this.chain.updateContact(this.contacts.get("Ruth Adeyemi"), 0,
				details("Ruth Adeyemi", "Quality Manager", Channel.IN_PERSON, "Collaborative; likes to meet", "Mon–Thu",
						false, null, true, false, 3, null,
						List.of(new Influence(this.contacts.get("Hannah Price"), "Trusted voice on service standards"),
								new Influence(this.contacts.get("Helen Ward"), "Former colleague at head office"))));

		// Relationship logs
		log("SwiftParcel Couriers", today.minusYears(2), RelationshipKind.RAPPORT,
				"Joint peak-season planning day; agreed a named contact for two-person deliveries.");
		log("SwiftParcel Couriers", today.minusMonths(3), RelationshipKind.COOPERATIVE,
				"Re-routed vans within two hours when our warehouse roof leaked.");
		log("PayBridge Payments", today.minusMonths(4), RelationshipKind.UNCOOPERATIVE,
				"Refused for three weeks to share the incident report after a 6-hour refund outage; "
						+ "would only talk through the contract.");
		log("PayBridge Payments", today.minusMonths(1), RelationshipKind.MEETING,
				"Escalated to Irene Fox; agreed a monthly service review and shared incident reports.");
		log("FastLane Logistics", today.minusWeeks(6), RelationshipKind.MEETING,
				"Kick-off meeting: introduced our delivery standards and complaints procedure.");
		log("Northern Spares Ltd", today.minusMonths(8), RelationshipKind.RAPPORT,
				"Tenth anniversary lunch; Alan offered priority allocation of scarce parts.");
		log("CloudDesk Hosting", today.minusMonths(2), RelationshipKind.COOPERATIVE,
				"Moved our maintenance window off Black Friday week at our request.");

		// Demo users of every role
		user("maria.manager", "Maria Manager", Role.MANAGER, null);
		user("alex.agent", "Alex Agent", Role.AGENT, null);
		user("tom.team", "Tom Team-member", Role.TEAM_MEMBER, this.parties.get("Warehouse & Dispatch"));
		user("paula.partner", "Paula Partner", Role.PARTNER, this.parties.get("SwiftParcel Couriers"));
		user("carol.customer", "Carol Hughes", Role.CUSTOMER, this.parties.get("Carol Hughes"));
		// A second customer, for an organisation; the other side of the PayBridge
		// negotiation; and someone to work IT's queue.
		user("priya.customer", "Priya Nair", Role.CUSTOMER, this.parties.get("Riverside Lettings Ltd"));
		user("irene.partner", "Irene Fox", Role.PARTNER, this.parties.get("PayBridge Payments"));
		user("sam.support", "Sam Fletcher", Role.TEAM_MEMBER, this.parties.get("IT Support"));
		user("ben.agent", "Ben Okoro", Role.AGENT, null);
		calendars();
		agreements();
		int requests = requests();
		int complaints = new DemoComplaints(this.complaintPolicy, this.complaintImport, this.requestQueries,
				this.parties, this.services, this.contacts, Instant.now(this.clock))
			.load(this.calendarIds.get("office"), this.calendars.calendar(this.calendarIds.get("office")));
		log.info("Loaded {} demo complaints", complaints);
		new DemoWorkforce(this.workforce, this.demand, this.contingency, this.desk, this.clock).load(this.calendarIds,
				this.parties, this.services);
		new DemoNotices(this.notices, this.clock).load(this.parties);
		log.info("Loaded {} demo knowledge articles",
				new DemoKnowledge(this.knowledge, this.clock).load(this.services));
		int feedback = new DemoFeedback(this.surveys, this.feedback, this.themeAlerting, this.improvement,
				this.requestQueries, this.identity, this.parties, this.services, Instant.now(this.clock))
			.load();
		log.info("Loaded {} pieces of demo feedback", feedback);
		log.info("Loaded {} demo audits",
				new DemoAudits(this.auditTemplates, this.audits, java.time.LocalDate.now(this.clock)).load(this.parties,
						this.services));
		log.info("Loaded {} demo review meetings", this.reviews.load(this.parties, this.services));
		return requests;
	}

	/**
	 * Who works which queue, then a month of requests (REQ-1 … REQ-5) through the import
	 * path, so their histories carry the instants the work happened at.
	 */
	private int requests() {
		UUID customerService = this.parties.get("Customer Service");
		this.desk.changeProfile(
				"alex.agent", customerService, java.util.Set.of(this.services.get("Home delivery"),
						this.services.get("Payments and refunds"), this.services.get("Appliance repair")),
				java.util.Set.of(), true);
		this.desk.changeProfile("maria.manager", customerService, java.util.Set.of(), java.util.Set.of(), false);
		this.desk.changeProfile("tom.team", this.parties.get("Warehouse & Dispatch"),
				java.util.Set.of(this.services.get("Stock replenishment")), java.util.Set.of(), true);
		this.desk.changeProfile("sam.support", this.parties.get("IT Support"),
				java.util.Set.of(this.services.get("Laptop support")), java.util.Set.of(), true);
		DemoMonth month = new DemoMonth(Instant.now(this.clock), this.parties, this.services, this.links,
				this.calendars.calendar(this.calendarIds.get("office")),
				this.calendars.calendar(this.calendarIds.get("shifts")));
		return this.imports.importAll(month.requests()).size();
	}

	/**
	 * The business calendars the organisation's service levels are measured in (AGREE-5):
	 * office hours with the England and Wales bank holidays, around the clock, and the
	 * warehouse's shifts with a Friday night shift before the Saturday rush.
	 */
	private void calendars() {
		List<String> officeDay = List.of("09:00-12:30", "13:30-17:30");
		List<String> shifts = List.of("06:00-14:00", "14:00-22:00");
		Map<DayOfWeek, List<String>> office = new EnumMap<>(DayOfWeek.class);
		Map<DayOfWeek, List<String>> allDay = new EnumMap<>(DayOfWeek.class);
		Map<DayOfWeek, List<String>> warehouse = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			allDay.put(day, List.of("00:00-24:00"));
			if (day != DayOfWeek.SUNDAY) {
				warehouse.put(day, shifts);
			}
			if (day.compareTo(DayOfWeek.FRIDAY) <= 0) {
				office.put(day, officeDay);
			}
		}
		warehouse.put(DayOfWeek.FRIDAY, List.of("06:00-14:00", "14:00-22:00", "22:00-06:00+1"));
		List<CalendarDay> bankHolidays = IcsHolidays.englandAndWales()
			.stream()
			.map((holiday) -> new CalendarDay(holiday.date(), holiday.name(),
					holiday.hours().stream().map(WorkingInterval::toString).toList()))
			.toList();
		this.calendarIds
			.put("office",
					this.calendars.create(new CalendarDetails("UK office hours",
							"Customer Service, Finance and the other office teams; England and Wales bank holidays.",
							"Europe/London", office, bankHolidays, List.of()))
						.id());
		this.calendarIds
			.put("24/7",
					this.calendars.create(new CalendarDetails("24/7 operations",
							"IT Support's on-call rota and the hosted platform: every hour of every day.",
							"Europe/London", allDay, List.of(), List.of()))
						.id());
		this.calendarIds
			.put("shifts",
					this.calendars.create(new CalendarDetails("Warehouse shifts",
							"Warehouse & Dispatch: early and late shifts Monday to Saturday, and a Friday night shift.",
							"Europe/London", warehouse, List.of(), List.of()))
						.id());
	}

	/**
	 * Agreements along two chains (AGREE-1 … AGREE-4): home delivery to Riverside
	 * Lettings is covered link by link and its promise can be kept; appliance repair for
	 * St Anne's Care Home promises a working day, which the spare parts supplier's
	 * contract cannot support. One contract is still being negotiated with the payment
	 * gateway. Our own stores, Sales & Marketing and head office each have an OLA, so
	 * their requests have due times too.
	 */
	private void agreements() {
		contact("Riverside Lettings Ltd", "Priya Nair", "Facilities Manager", Channel.EMAIL, "Organised; wants dates",
				"Mon–Fri", true, "5000", false, true, null, null);
		contact("St Anne's Care Home", "Margaret Doyle", "Care Home Manager", Channel.PHONE,
				"Residents' welfare first; call, don't email", "Daily 08:00–18:00", true, "2000", false, true, null,
				null);
		contact("CloudDesk Hosting", "Owen Price", "Account Director", Channel.EMAIL, "Commercial, precise", "Mon–Fri",
				true, "250000", true, true, 3, null);
		LocalDate start = LocalDate.now().minusMonths(3);
		agreement("Parcel carriage: SwiftParcel", AgreementKind.UNDERPINNING_CONTRACT, "SwiftParcel Couriers",
				"Warehouse & Dispatch", "Parcel carriage", "office", start, 16, "Karen Shaw", "Ravi Patel",
				LocalDate.now().plusWeeks(2));
		agreement("Parcel carriage: FastLane", AgreementKind.UNDERPINNING_CONTRACT, "FastLane Logistics",
				"Warehouse & Dispatch", "Parcel carriage", "office", LocalDate.now().minusWeeks(6), 16, "Tom Reid",
				"Ravi Patel", LocalDate.now().plusMonths(3));
		agreement("Order fulfilment", AgreementKind.OLA, "Warehouse & Dispatch", "Customer Service", "Order fulfilment",
				"shifts", start, 8, "Ravi Patel", "Hannah Price", LocalDate.now().plusMonths(6));
		agreement("Order system for the warehouse", AgreementKind.OLA, "IT Support", "Warehouse & Dispatch",
				"Order system", "24/7", start, 2, "Sam Fletcher", "Ravi Patel", LocalDate.now().plusMonths(6));
		agreement("Order system for Customer Service", AgreementKind.OLA, "IT Support", "Customer Service",
				"Order system", "24/7", start, 2, "Sam Fletcher", "Hannah Price", LocalDate.now().plusMonths(6));
		agreement("Platform hosting", AgreementKind.UNDERPINNING_CONTRACT, "CloudDesk Hosting", "IT Support",
				"Platform hosting", "24/7", start, 1, "Owen Price", "Sam Fletcher", LocalDate.now().plusMonths(9));
		agreement("Stock purchasing", AgreementKind.OLA, "Procurement", "Warehouse & Dispatch", "Stock purchasing",
				"office", start, 8, "Mark Ellis", "Ravi Patel", LocalDate.now().plusMonths(6));
		agreement("Goods receiving", AgreementKind.OLA, "Warehouse & Dispatch", "Procurement", "Goods receiving",
				"shifts", start, 4, "Ravi Patel", "Mark Ellis", LocalDate.now().plusMonths(6));
		agreement("Home delivery for Riverside Lettings", AgreementKind.CUSTOMER_SLA, "Customer Service",
				"Riverside Lettings Ltd", "Home delivery", "office", start, 40, "Hannah Price", "Priya Nair",
				LocalDate.now().plusMonths(4));
		// Repair: our engineers or HomeFix; ours need spare parts, which take two working
		// days
		agreement("On-site repair by our engineers", AgreementKind.OLA, "Field Engineering", "Customer Service",
				"On-site repair", "office", start, 8, "Nia Jones", "Hannah Price", LocalDate.now().plusMonths(6));
		agreement("On-site repair by HomeFix", AgreementKind.UNDERPINNING_CONTRACT, "HomeFix Installers",
				"Customer Service", "On-site repair", "office", start, 8, "Bilal Hussain", "Hannah Price",
				LocalDate.now().plusMonths(6));
		agreement("Spare parts", AgreementKind.UNDERPINNING_CONTRACT, "Northern Spares Ltd", "Field Engineering",
				"Spare parts", "office", start, 16, "Alan Brooks", "Nia Jones", LocalDate.now().plusMonths(6));
		agreement("Parts purchasing", AgreementKind.OLA, "Procurement", "Field Engineering", "Parts purchasing",
				"office", start, 4, "Mark Ellis", "Nia Jones", LocalDate.now().plusMonths(6));
		agreement("Appliance repair for St Anne's Care Home", AgreementKind.CUSTOMER_SLA, "Customer Service",
				"St Anne's Care Home", "Appliance repair", "office", start, 8, "Hannah Price", "Margaret Doyle",
				LocalDate.now().plusMonths(4));
		// Still on the table: the gateway countered our proposal with slower targets
		AgreementView gateway = this.agreements.create(
				header("Card payments: PayBridge", AgreementKind.UNDERPINNING_CONTRACT, "PayBridge Payments", "Finance",
						"Card payments", "24/7", LocalDate.now().plusWeeks(2), LocalDate.now().plusMonths(12)),
				terms(1));
		gateway = this.agreements.propose(gateway.id(), gateway.version(), Side.CONSUMER,
				"Our first proposal: refunds within the hour for critical incidents");
		this.agreements.counter(gateway.id(), gateway.version(), Side.PROVIDER, terms(4),
				"Four hours is the best we offer any merchant");
		// Our own divisions as internal customers, each under an OLA (after the
		// negotiation,
		// so the agreements above keep their references)
		contact("Retail Stores Division", "Gareth Holt", "Retail Operations Director", Channel.EMAIL,
				"Store-first; wants to know what to tell customers", "Mon–Sat", true, "20000", true, true, null, null);
		contact("Sales & Marketing", "Lucy Chen", "Marketing Director", Channel.CHAT, "Quick, visual, deadline-driven",
				"Mon–Fri", true, "30000", true, true, null, null);
		contact("Head Office Facilities", "Peter Osei", "Facilities Manager", Channel.PHONE,
				"Practical; likes a date and a name", "Mon–Fri 08:00–16:00", true, "5000", false, true, null, null);
		agreement("Stock replenishment for the stores", AgreementKind.OLA, "Warehouse & Dispatch",
				"Retail Stores Division", "Stock replenishment", "shifts", start, 8, "Ravi Patel", "Gareth Holt",
				LocalDate.now().plusMonths(6));
		agreement("Laptop support for Sales & Marketing", AgreementKind.OLA, "IT Support", "Sales & Marketing",
				"Laptop support", "24/7", start, 8, "Sam Fletcher", "Lucy Chen", LocalDate.now().plusMonths(6));
		agreement("Appliance repair for head office", AgreementKind.OLA, "Customer Service", "Head Office Facilities",
				"Appliance repair", "office", start, 8, "Hannah Price", "Peter Osei", LocalDate.now().plusMonths(6));
		this.agreements.sweep(java.time.Instant.now());
	}

	private void agreement(String title, AgreementKind kind, String provider, String consumer, String service,
			String calendar, LocalDate validFrom, int p1ResolutionHours, String providerSigner, String consumerSigner,
			LocalDate reviewOn) {
		AgreementView agreement = this.agreements.create(
				header(title, kind, provider, consumer, service, calendar, validFrom, reviewOn),
				terms(p1ResolutionHours));
		agreement = this.agreements.propose(agreement.id(), agreement.version(), Side.CONSUMER, null);
		this.agreements.accept(agreement.id(), Side.PROVIDER, 1, this.contacts.get(providerSigner));
		agreement = this.agreements.accept(agreement.id(), Side.CONSUMER, 1, this.contacts.get(consumerSigner));
		this.agreements.activate(agreement.id(), agreement.version());
	}

	private AgreementHeader header(String title, AgreementKind kind, String provider, String consumer, String service,
			String calendar, LocalDate validFrom, LocalDate reviewOn) {
		return new AgreementHeader(title, kind, Formality.FORMAL, this.parties.get(provider),
				this.parties.get(consumer), List.of(this.services.get(service)), this.calendarIds.get(calendar),
				validFrom, null, reviewOn, null, "maria.manager");
	}

	/**
	 * Targets that scale from the critical priority: P2 takes twice as long, P3 three
	 * times, P4 five times; first responses are an eighth of the resolution, at least 15
	 * minutes.
	 */
	private static AgreementTerms terms(int p1ResolutionHours) {
		List<AgreementTerms.Target> targets = new ArrayList<>();
		int[] factors = { 1, 2, 3, 5 };
		for (Priority priority : Priority.values()) {
			Duration resolution = Duration.ofHours((long) p1ResolutionHours * factors[priority.ordinal()]);
			Duration firstResponse = resolution.dividedBy(8).compareTo(Duration.ofMinutes(15)) < 0
					? Duration.ofMinutes(15) : resolution.dividedBy(8);
			targets.add(new AgreementTerms.Target(priority, firstResponse, resolution));
		}
		return new AgreementTerms(targets,
				List.of(new AgreementTerms.QualityMeasure("First-contact resolution", "%", new BigDecimal("70"), true)),
				List.of("To be told of demand peaks a week ahead"),
				List.of("Resolve within the targets below, counted in this agreement's business calendar"),
				List.of("Service credits when targets are missed"), List.of("Raise work through the agreed channel"),
				List.of(), List.of("Root-cause report within 5 working days of a breach"),
				"5% of the monthly charge per missed critical target", ConflictRule.PRIORITY_THEN_EXTERNAL,
				"Priority decides; between equal priorities external customers go first.",
				"Predictable service we can promise our customers", "Steady volume and early warning of peaks");
	}

	private void team(String name, String description) {
		this.parties.put(name, this.chain
			.createParty(
					new PartyDetails(name, PartyKind.INTERNAL_TEAM, true, null, description, null, null, List.of()))
			.id());
	}

	private void external(String name, PartyKind kind, PartnerStatus status, LocalDate since, String description,
			String website) {
		this.parties.put(name,
				this.chain
					.createParty(new PartyDetails(name, kind, false, null, description, status, since,
							List.of(new InformationSource("Website", website),
									new InformationSource("LinkedIn", "https://www.linkedin.com/company/"
											+ name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-")))))
					.id());
	}

	private void customer(String name, CustomerType type, boolean internal) {
		this.parties.put(name,
				this.chain
					.createParty(
							new PartyDetails(name, PartyKind.CUSTOMER, internal, type, null, null, null, List.of()))
					.id());
	}

	private void service(String name, String description) {
		this.services.put(name, this.chain.createService(new ServiceDetails(name, description)).id());
	}

	private void needs(String service, String... needed) {
		var current = this.chain.service(this.services.get(service));
		this.chain.updateService(current.id(), current.version(), new ServiceDetails(current.name(),
				current.description(), java.util.Arrays.stream(needed).map(this.services::get).toList()));
	}

	private void link(String service, String provider, String consumer) {
		this.links.put(DemoMonth.linkKey(service, provider, consumer),
				this.chain
					.createLink(new LinkDetails(this.services.get(service), this.parties.get(provider),
							this.parties.get(consumer), null))
					.id());
	}

	private void contact(String party, String name, String role, Channel channel, String style, String availability,
			boolean approvesSpend, @Nullable String spendLimit, boolean setsPriorities, boolean signs,
			@Nullable Integer escalationLevel, @Nullable String reportsTo) {
		ContactView contact = this.chain.createContact(this.parties.get(party),
				details(name, role, channel, style, availability, approvesSpend,
						spendLimit != null ? new BigDecimal(spendLimit) : null, setsPriorities, signs, escalationLevel,
						reportsTo != null ? this.contacts.get(reportsTo) : null, List.of()));
		this.contacts.put(name, contact.id());
	}

	private int phones;

	/** Postal addresses of the contacts letters go to, with their postcodes. */
	private static final Map<String, List<String>> ADDRESSES = Map.of("Priya Nair",
			List.of("Riverside Lettings Ltd\n14 Quay Street\nManchester", "M3 3HN"), "Hannah Price",
			List.of("Customer Service\n1 Piccadilly Place\nManchester", "M1 3BN"));

	private ContactDetails details(String name, String role, Channel channel, String style, String availability,
			boolean approvesSpend, @Nullable BigDecimal spendLimit, boolean setsPriorities, boolean signs,
			@Nullable Integer escalationLevel, @Nullable UUID reportsTo, List<Influence> influences) {
		String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com";
		// Ofcom's drama range, one number each: a shared number would look like a
		// duplicate.
		List<String> address = ADDRESSES.getOrDefault(name, java.util.Arrays.asList(null, null));
		return new ContactDetails(name, role, email, "+44 161 496 0" + (100 + this.phones++), channel, style,
				availability, approvesSpend, spendLimit, setsPriorities, signs, escalationLevel, reportsTo, influences,
				address.get(0), address.get(1));
	}

	private void log(String party, LocalDate on, RelationshipKind kind, String summary) {
		this.chain.logRelationship(this.parties.get(party), new RelationshipEntryDetails(on, kind, summary));
	}

	private void user(String username, String displayName, Role role, @Nullable UUID partyId) {
		if (!this.identity.existsUser(username)) {
			this.identity.createUserAsSystem(
					new NewUser(username, displayName, username + "@example.com", DEMO_PASSWORD, role, partyId));
		}
	}

}
