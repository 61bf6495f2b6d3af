package org.servicechain.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.servicechain.agreements.Priority;
import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.WorkingInterval;
import org.servicechain.demo.DemoStories.Story;
import org.servicechain.demo.DemoStories.Work;
import org.servicechain.requests.ImportedRequest;
import org.servicechain.requests.ImportedRequest.Step;
import org.servicechain.requests.Level;
import org.servicechain.requests.PriorityMatrix;
import org.servicechain.requests.RequestChannel;
import org.servicechain.requests.RequestStatus;

/**
 * The last month of Hearthside's requests, written as the lives they had: raised by
 * phone, email and the portal, taken on and answered by the front line, handed to the
 * couriers, the warehouse, the engineers, the parts supplier and IT, sometimes waiting on
 * the customer, sometimes reopened, a few escalated, most closed. Each life is told in
 * full at realistic working-time delays and cut at now, so the requests of the last days
 * stand wherever their work has got to, and a few slow ones stand overdue.
 *
 * <p>
 * Deterministic: a fixed seed, and every instant relative to now. A handful of featured
 * lives are anchored on now so that every role has something to act on whenever the demo
 * is loaded (an escalation, a declined task, work at risk and overdue, a resolution
 * waiting for the customer's word).
 */
final class DemoMonth {

	static final long SEED = 20_260_501L;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final PriorityMatrix MATRIX = PriorityMatrix.itil();

	private final SplittableRandom random = new SplittableRandom(SEED);

	/**
	 * The minutes agents record on their replies (time accounting), drawn apart from
	 * {@link #random} so the month's stories stay as they were.
	 */
	private final SplittableRandom timing = new SplittableRandom(SEED + 1);

	private final Instant now;

	private final Map<String, UUID> parties;

	private final Map<String, UUID> services;

	private final Map<String, UUID> links;

	private final BusinessCalendar office;

	private final BusinessCalendar shifts;

	private final BusinessCalendar customers;

	private final BusinessCalendar allDay;

	/**
	 * @param office the office hours Customer Service, Finance, IT and the suppliers work
	 * @param shifts the warehouse's shifts
	 */
	DemoMonth(Instant now, Map<String, UUID> parties, Map<String, UUID> services, Map<String, UUID> links,
			BusinessCalendar office, BusinessCalendar shifts) {
		this.now = now;
		this.parties = parties;
		this.services = services;
		this.links = links;
		this.office = office;
		this.shifts = shifts;
		BusinessCalendar.Builder waking = BusinessCalendar.builder(LONDON);
		for (DayOfWeek day : DayOfWeek.values()) {
			waking.hours(day, WorkingInterval.of(LocalTime.of(7, 30), LocalTime.of(22, 0)));
		}
		this.customers = waking.build();
		this.allDay = BusinessCalendar.twentyFourSeven(LONDON);
	}

	/**
	 * Where a life stops short of its end: the work nobody has done yet.
	 */
	enum Stuck {

		/** Lived to the end. */
		NONE,
		/** Raised; nobody has taken it on. */
		ASSIGN,
		/** Taken on; no reply yet. */
		ACKNOWLEDGE,
		/** Waiting for the customer's answer. */
		CUSTOMER_ANSWER,
		/** The first task is handed over; the party has not accepted it. */
		TASK_ACCEPT,
		/** The first task is accepted; not done yet. */
		TASK_COMPLETE,
		/** The work is done; the agent has not resolved it. */
		RESOLVE,
		/** Resolved; the customer has not confirmed it. */
		CONFIRM

	}

	/**
	 * How one life goes.
	 *
	 * @param customerUser the portal user who speaks for the customer, if any
	 * @param declineFirst whether the first task's party declines it (the work then goes
	 * to the other courier)
	 * @param slowness how much slower than usual partners and customers are
	 * @param anchored whether the life must reach its stopping point by now (a featured
	 * one)
	 */
	record Plan(Story story, String requester, Instant raisedAt, RequestChannel channel, @Nullable String raisedBy,
			@Nullable String customerUser, String agent, String courier, Stuck stuck, boolean escalate, boolean reopen,
			boolean declineFirst, boolean thanks, boolean raisePriority, double slowness, boolean anchored) {

	}

	/**
	 * The quieter history before the last month, reaching back over the quarter the
	 * scorecards show (the agreements started three months ago).
	 */
	static final int HISTORY_DAYS = 88;

	/**
	 * SwiftParcel's bad month: the calendar month before last, when a depot rota gap made
	 * it slow to collect and deliver; it recovered the month after (issue 16's quarter of
	 * reviews).
	 * @return the first day of that month
	 */
	static java.time.LocalDate slowMonth(Instant now) {
		return now.atZone(LONDON).toLocalDate().withDayOfMonth(1).minusMonths(2);
	}

	/**
	 * The rota gap lasted until the standby van came, ten days before the slow month
	 * ended: the work it slowed was done within that month.
	 * @return the first day SwiftParcel was quick again
	 */
	static java.time.LocalDate slowSpellEnds(Instant now) {
		return slowMonth(now).plusMonths(1).minusDays(10);
	}

	/** When FastLane's contract started: before it, SwiftParcel carried every parcel. */
	static final int FASTLANE_DAYS = 42;

	/**
	 * @return the requests of the last three months, oldest first.
	 */
	List<ImportedRequest> requests() {
		List<Plan> plans = new ArrayList<>();
		for (int daysAgo = HISTORY_DAYS; daysAgo >= 0; daysAgo--) {
			ZonedDateTime day = this.now.atZone(LONDON).minusDays(daysAgo).toLocalDate().atStartOfDay(LONDON);
			boolean lastMonth = daysAgo <= 30;
			int count = switch (day.getDayOfWeek()) {
				case SATURDAY -> lastMonth ? 5 : 2;
				case SUNDAY -> lastMonth ? 2 : 1;
				default -> lastMonth ? 11 : 5;
			};
			for (int i = 0; i < count; i++) {
				Instant raisedAt = day.plusMinutes(minuteOfDay()).toInstant();
				if (raisedAt.isBefore(this.now)) {
					plans.add(randomPlan(raisedAt));
				}
			}
		}
		plans.addAll(featured());
		plans.sort(java.util.Comparator.comparing(Plan::raisedAt));
		return plans.stream().map(this::life).toList();
	}

	// Plans

	private Plan randomPlan(Instant raisedAt) {
		String service = weighted(Map.of(DemoStories.DELIVERY, 36, DemoStories.REPAIR, 22, DemoStories.PAYMENTS, 18,
				DemoStories.STOCK, 12, DemoStories.LAPTOPS, 12));
		String requester = requesterOf(service);
		List<Story> stories = DemoStories.ALL.stream()
			.filter((story) -> story.service().equals(service))
			.filter((story) -> requester.equals(story.only())
					|| (story.only() == null && !"Head Office Facilities".equals(requester)))
			.toList();
		Story story = pick(stories);
		boolean recent = Duration.between(raisedAt, this.now).compareTo(Duration.ofDays(12)) < 0;
		double roll = this.random.nextDouble();
		Stuck stuck = !recent ? Stuck.NONE : roll < 0.05 ? Stuck.TASK_COMPLETE
				: roll < 0.08 ? Stuck.CUSTOMER_ANSWER : roll < 0.16 ? Stuck.RESOLVE : Stuck.NONE;
		if (stuck == Stuck.TASK_COMPLETE && story.tasks().isEmpty()) {
			stuck = Stuck.RESOLVE;
		}
		if (stuck == Stuck.CUSTOMER_ANSWER && story.question() == null) {
			stuck = Stuck.NONE;
		}
		String customerUser = customerUserOf(requester);
		RequestChannel channel;
		String raisedBy;
		String agent = agentFor(service);
		if (customerUser != null && this.random.nextDouble() < 0.6) {
			channel = RequestChannel.PORTAL;
			raisedBy = customerUser;
		}
		else if (this.random.nextDouble() < 0.5) {
			channel = RequestChannel.EMAIL;
			raisedBy = null;
		}
		else {
			channel = RequestChannel.STAFF;
			raisedBy = agent;
		}
		// Another contact of an organisation does not speak for requests they did not
		// raise; a person's own account does.
		if ("priya.customer".equals(customerUser) && !"priya.customer".equals(raisedBy)) {
			customerUser = null;
		}
		boolean urgent = story.urgency() == Level.HIGH;
		boolean mayReopen = DemoStories.REOPENED.containsKey(service);
		String courier = raisedAt.isBefore(this.now.minus(Duration.ofDays(FASTLANE_DAYS))) ? "SwiftParcel Couriers"
				: courier();
		return new Plan(story, requester, raisedAt, channel, raisedBy, customerUser, agent, courier, stuck,
				urgent && customerUser != null && this.random.nextDouble() < 0.5,
				mayReopen && this.random.nextDouble() < 0.1, false,
				story.thanks() != null && this.random.nextDouble() < 0.55, this.random.nextDouble() < 0.08,
				this.random.nextDouble() < 0.05 ? 3.0 : 1.0, false);
	}

	/**
	 * Lives anchored on now, so every role finds work whatever the day and hour the demo
	 * is loaded.
	 */
	private List<Plan> featured() {
		List<Plan> plans = new ArrayList<>();
		// Carol's washing machine: with SwiftParcel, and she has escalated.
		plans.add(plan("Washing machine not delivered", "Carol Hughes", officeAgo(14), RequestChannel.PORTAL,
				"carol.customer", "carol.customer", "alex.agent", "SwiftParcel Couriers", Stuck.TASK_COMPLETE, true,
				false, false));
		// Carol's price match: resolved, waiting for her to confirm or reopen.
		plans.add(plan("Price dropped after I bought", "Carol Hughes", officeAgo(6), RequestChannel.PORTAL,
				"carol.customer", "carol.customer", "alex.agent", "SwiftParcel Couriers", Stuck.CONFIRM, false, false,
				false));
		// Carol's warranty question: we asked her for the order number.
		plans.add(plan("Is my washing machine still under warranty?", "Carol Hughes", officeAgo(4),
				RequestChannel.PORTAL, "carol.customer", "carol.customer", "alex.agent", "SwiftParcel Couriers",
				Stuck.CUSTOMER_ANSWER, false, false, false));
		// A tenant without a fridge: FastLane declined the lift, SwiftParcel has not yet
		// accepted, and Priya has escalated.
		plans.add(plan("Tenant without a fridge", "Riverside Lettings Ltd", officeAgo(9), RequestChannel.PORTAL,
				"priya.customer", "priya.customer", "maria.manager", "FastLane Logistics", Stuck.TASK_ACCEPT, true,
				false, true));
		// Priya's leaking dishwasher: we asked her a question.
		plans.add(plan("Dishwasher leaking onto the floor", "Riverside Lettings Ltd", officeAgo(3),
				RequestChannel.PORTAL, "priya.customer", "priya.customer", "alex.agent", "SwiftParcel Couriers",
				Stuck.CUSTOMER_ANSWER, false, false, false));
		// St Anne's fridge: parts on back order, past its resolution target.
		plans
			.add(plan("Fridge not cooling", "St Anne's Care Home", officeAgo(30), RequestChannel.STAFF, "maria.manager",
					null, "maria.manager", "SwiftParcel Couriers", Stuck.TASK_COMPLETE, false, false, false));
		// St Anne's kitchen fridge, just now: nobody has picked it up.
		plans.add(plan("Kitchen fridge failed", "St Anne's Care Home", this.now.minus(Duration.ofMinutes(40)),
				RequestChannel.EMAIL, null, null, "alex.agent", "SwiftParcel Couriers", Stuck.ASSIGN, false, false,
				false));
		// Head office dishwasher: with our engineers, past the OLA's target.
		plans.add(plan("Staff kitchen dishwasher not drying", "Head Office Facilities", officeAgo(32),
				RequestChannel.EMAIL, null, null, "maria.manager", "SwiftParcel Couriers", Stuck.TASK_COMPLETE, false,
				false, false));
		// The stores: a trunk that did not go (IT has it) and a shortfall with
		// SwiftParcel.
		plans.add(plan("{store}: no delivery today", "Retail Stores Division", shiftsAgo(5), RequestChannel.STAFF,
				"tom.team", null, "tom.team", "SwiftParcel Couriers", Stuck.TASK_ACCEPT, false, false, false));
		plans.add(plan("{store}: short of 60 cm fridge freezers", "Retail Stores Division", shiftsAgo(26),
				RequestChannel.EMAIL, null, null, "tom.team", "SwiftParcel Couriers", Stuck.TASK_COMPLETE, false, false,
				false));
		// IT: one at risk, one overdue, on the around-the-clock OLA.
		plans.add(plan("Can't connect to the VPN from home", "Sales & Marketing", this.now.minus(Duration.ofHours(13)),
				RequestChannel.EMAIL, null, null, "sam.support", "SwiftParcel Couriers", Stuck.RESOLVE, false, false,
				false));
		plans.add(plan("Laptop won't start before a client presentation", "Sales & Marketing",
				this.now.minus(Duration.ofHours(9)), RequestChannel.STAFF, "sam.support", null, "sam.support",
				"SwiftParcel Couriers", Stuck.RESOLVE, false, false, false));
		// A repair that did not hold, reopened and resolved again.
		plans.add(plan("Tumble dryer very noisy", "Sophie Turner", officeAgo(40), RequestChannel.EMAIL, null, null,
				"alex.agent", "SwiftParcel Couriers", Stuck.CONFIRM, false, true, false));
		// PayBridge has a task, with no contract in force yet.
		plans.add(plan("Card declined but money taken", "Priya Sharma", officeAgo(5), RequestChannel.STAFF,
				"alex.agent", null, "alex.agent", "SwiftParcel Couriers", Stuck.TASK_ACCEPT, false, false, false));
		// IT holds an order; the warehouse has a replacement to send.
		plans.add(plan("Order stuck on \"processing\" for a week", "George Clarke", officeAgo(8), RequestChannel.EMAIL,
				null, null, "maria.manager", "SwiftParcel Couriers", Stuck.TASK_COMPLETE, false, false, false));
		plans.add(plan("Fridge freezer arrived with a dented door", "Fatima Ali", officeAgo(2), RequestChannel.STAFF,
				"alex.agent", null, "alex.agent", "SwiftParcel Couriers", Stuck.TASK_ACCEPT, false, false, false));
		// Two new ones in the last hour or so.
		plans.add(plan("Washing machine not draining", "Chloe Evans", this.now.minus(Duration.ofMinutes(25)),
				RequestChannel.EMAIL, null, null, "alex.agent", "SwiftParcel Couriers", Stuck.ASSIGN, false, false,
				false));
		plans.add(plan("Charged twice for my order", "Harry Wilson", this.now.minus(Duration.ofMinutes(70)),
				RequestChannel.EMAIL, null, null, "alex.agent", "SwiftParcel Couriers", Stuck.ACKNOWLEDGE, false, false,
				false));
		return plans;
	}

	private Plan plan(String summary, String requester, Instant raisedAt, RequestChannel channel,
			@Nullable String raisedBy, @Nullable String customerUser, String agent, String courier, Stuck stuck,
			boolean escalate, boolean reopen, boolean declineFirst) {
		Story story = DemoStories.ALL.stream()
			.filter((candidate) -> candidate.summaries().stream().anyMatch((each) -> each.startsWith(summary)))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo story starts with " + summary));
		return new Plan(story, requester, raisedAt, channel, raisedBy, customerUser, agent, courier, stuck, escalate,
				reopen, declineFirst, false, false, 0.3, true);
	}

	// A life

	private ImportedRequest life(Plan plan) {
		Life life = new Life(plan);
		life.live();
		// A featured life must stand where it was meant to: when its last step would
		// come after now, it is lived again from earlier.
		for (int attempt = 0; attempt < 5 && plan.anchored() && life.last().isAfter(this.now); attempt++) {
			Duration late = Duration.between(this.now, life.last()).plusMinutes(5);
			plan = new Plan(plan.story(), plan.requester(), plan.raisedAt().minus(late), plan.channel(),
					plan.raisedBy(), plan.customerUser(), plan.agent(), plan.courier(), plan.stuck(), plan.escalate(),
					plan.reopen(), plan.declineFirst(), plan.thanks(), plan.raisePriority(), plan.slowness(), true);
			life = new Life(plan);
			life.live();
		}
		Story story = plan.story();
		List<Step> steps = life.steps.stream().filter((step) -> !step.at().isAfter(this.now)).toList();
		return new ImportedRequest(this.parties.get(plan.requester()), this.services.get(story.service()),
				truncate(life.fill(life.summary), 200), life.fill(story.description()), story.impact(), story.urgency(),
				story.category(), null, null, plan.channel(), plan.raisedAt(), plan.raisedBy(), steps);
	}

	/**
	 * One request's life, told step by step on a clock that only moves forward.
	 */
	private final class Life {

		private final Plan plan;

		private final Map<String, String> words = new HashMap<>();

		private final List<Step> steps = new ArrayList<>();

		private final String summary;

		private Instant clock;

		private RequestStatus status = RequestStatus.NEW;

		private Priority priority;

		private int tasksHanded;

		Life(Plan plan) {
			this.plan = plan;
			this.clock = plan.raisedAt();
			this.priority = MATRIX.priorityOf(plan.story().impact(), plan.story().urgency());
			Story story = plan.story();
			this.words.put("{hi}", pick(List.of("Hello", "Hi", "Dear Hearthside")));
			this.words.put("{hello}", "Hello" + greetingName(plan.requester()));
			this.words.put("{order}", "HH-" + (400_000 + DemoMonth.this.random.nextInt(99_999)));
			this.words.put("{model}", pick(DemoStories.models(story.appliance())));
			DayOfWeek day = plan.raisedAt()
				.atZone(LONDON)
				.minusDays(1 + DemoMonth.this.random.nextInt(3))
				.getDayOfWeek();
			// Nobody delivers on a Sunday.
			this.words.put("{day}",
					(day == DayOfWeek.SUNDAY ? DayOfWeek.SATURDAY : day).getDisplayName(TextStyle.FULL, Locale.UK));
			this.words.put("{slot}", pick(List.of("07:00–12:00", "12:00–17:00", "08:00–13:00")));
			this.words.put("{amount}", "£" + (249 + 10 * DemoMonth.this.random.nextInt(45)) + ".00");
			this.words.put("{store}", pick(DemoStories.STORES));
			this.words.put("{flat}", pick(DemoStories.FLATS));
			this.words.put("{consignment}",
					plan.courier().startsWith("Swift")
							? "SP" + (100_000_000 + DemoMonth.this.random.nextInt(899_999_999))
							: "FL-" + (1_000_000 + DemoMonth.this.random.nextInt(8_999_999)));
			this.words.put("{agent}", firstName(plan.agent()));
			this.words.put("{courier}", plan.courier());
			this.summary = pick(story.summaries());
		}

		Instant last() {
			return this.steps.isEmpty() ? this.plan.raisedAt() : this.steps.get(this.steps.size() - 1).at();
		}

		void live() {
			Plan plan = this.plan;
			Story story = plan.story();
			if (stop(Stuck.ASSIGN)) {
				return;
			}
			staffWait(minutes(5, 50));
			if (this.random().nextDouble() < 0.2 && !plan.agent().equals("maria.manager")
					&& teamOf(story).equals("Customer Service")) {
				add(new ImportedRequest.Assign(this.clock, "maria.manager", plan.agent(),
						plan.agent().equals(plan.raisedBy())
								? "Given to " + firstName(plan.agent()) + ", who took the call"
								: pick(List.of("Spreading the morning's queue",
										firstName(plan.agent()) + " knows this customer"))));
			}
			else {
				add(new ImportedRequest.Assign(this.clock, plan.agent(), plan.agent(), "Taken from the queue"));
			}
			if (stop(Stuck.ACKNOWLEDGE)) {
				return;
			}
			staffWait(minutes(5, 40).multipliedBy(plan.slowness() > 1 ? 8 : 1));
			add(new ImportedRequest.Reply(this.clock, plan.agent(), fill(story.acknowledgement()),
					DemoMonth.this.timing.nextInt(5, 16)));
			move(RequestStatus.OPEN, plan.agent(), "First reply to the customer");
			if (story.note() != null) {
				staffWait(minutes(2, 20));
				add(new ImportedRequest.Note(this.clock, plan.agent(), fill(story.note())));
			}
			if (plan.raisePriority() && this.priority != Priority.P1) {
				staffWait(minutes(10, 90));
				Priority higher = Priority.values()[this.priority.ordinal() - 1];
				add(new ImportedRequest.PriorityChange(this.clock, "maria.manager", higher,
						pick(List.of("The customer is elderly and lives alone; moved up a priority",
								"Second time this has gone wrong for this customer",
								"The customer has a newborn at home and no working appliance"))));
				this.priority = higher;
			}
			if (story.question() != null) {
				staffWait(minutes(5, 30));
				add(new ImportedRequest.Reply(this.clock, plan.agent(), fill(story.question().question())));
				move(RequestStatus.WAITING_ON_CUSTOMER, plan.agent(), "Waiting for the customer's answer");
				if (stop(Stuck.CUSTOMER_ANSWER)) {
					return;
				}
				customerWait(hours(1, 20));
				add(new ImportedRequest.CustomerReply(this.clock, plan.customerUser(),
						fill(story.question().answer())));
				move(RequestStatus.OPEN, null, "The customer replied");
			}
			for (Work work : story.tasks()) {
				if (!task(work)) {
					return;
				}
			}
			if (stop(Stuck.RESOLVE)) {
				return;
			}
			resolve(story.resolution(), story.resolvedBecause());
			if (plan.reopen()) {
				customerWait(hours(6, 40));
				add(new ImportedRequest.CustomerReply(this.clock, plan.customerUser(),
						pick(DemoStories.REOPENED.get(story.service()))));
				move(RequestStatus.OPEN, plan.customerUser(), plan.customerUser() != null
						? "The resolution did not hold" : "The customer replied after the resolution");
				staffWait(minutes(20, 90));
				add(new ImportedRequest.Reply(this.clock, plan.agent(), fill("{hello},\n\nI'm sorry it's back. "
						+ "We'll look at it again properly this time and I'll keep you posted.\n\n{agent}")));
				if (!story.tasks().isEmpty()) {
					Work last = story.tasks().get(story.tasks().size() - 1);
					if (!task(new Work(last.party(), "Second look: " + last.summary(),
							"The fault came back after the first fix. Please look again and find the cause.", null,
							"Looked again: the first fix had not cured the cause; put right and tested for longer.",
							last.shareReason(), last.offChainReason(), last.link()))) {
						return;
					}
				}
				resolve("{hello},\n\nThis is now sorted properly; thank you for bearing with us.\n\n{agent}",
						"Resolved after a second look");
			}
			if (stop(Stuck.CONFIRM)) {
				return;
			}
			Instant resolvedAt = this.clock;
			if (plan.thanks()) {
				customerWait(hours(1, 30));
				add(new ImportedRequest.CustomerReply(this.clock, plan.customerUser(), fill(story.thanks())));
				if (plan.customerUser() != null) {
					add(new ImportedRequest.StatusChange(this.clock, plan.customerUser(), RequestStatus.CLOSED,
							"Confirmed by the customer"));
				}
				else {
					staffWait(minutes(5, 60));
					move(RequestStatus.CLOSED, plan.agent(), "The customer confirmed it is sorted");
				}
			}
			else {
				this.clock = resolvedAt.plus(Duration.ofDays(5)).plus(minutes(1, 59));
				move(RequestStatus.CLOSED, null, "Resolved 5 days ago without a reply from the customer");
			}
		}

		/**
		 * Hands one piece of work upstream and follows it through.
		 * @return whether the life goes on after it
		 */
		private boolean task(Work work) {
			Plan plan = this.plan;
			String party = work.party().equals(DemoStories.COURIER) ? plan.courier() : work.party();
			if (plan.declineFirst() && this.tasksHanded == 0) {
				int number = handOver(party, work);
				partyWait(party, minutes(30, 120));
				add(new ImportedRequest.TaskDeclined(this.clock, partyUser(party), number,
						"We can't do a two-person lift to an upper floor without a lift at that address this "
								+ "week; please use another carrier."));
				move(RequestStatus.OPEN, null, "T" + number + " declined by " + party);
				party = party.equals("FastLane Logistics") ? "SwiftParcel Couriers" : "FastLane Logistics";
				this.words.put("{courier}", party);
				staffWait(minutes(10, 40));
			}
			int number = handOver(party, work);
			if (plan.escalate() && this.tasksHanded == 1 + (plan.declineFirst() ? 1 : 0) && !recovered(party)) {
				customerWait(hours(16, 30));
				add(new ImportedRequest.Escalation(this.clock, plan.customerUser(), pick(DemoStories.ESCALATIONS)));
				staffWait(minutes(15, 60));
				add(new ImportedRequest.Note(this.clock, "maria.manager",
						"Customer escalated. Called " + party + " and asked for a firm time today."));
			}
			if (stop(Stuck.TASK_ACCEPT)) {
				return false;
			}
			// IT Support's on-call rota picks work up within minutes; the others within
			// the hour or two their contracts allow.
			boolean onCall = party.equals("IT Support");
			partyWait(party, onCall ? minutes(5, 25) : minutes(15, 100));
			add(new ImportedRequest.TaskAccepted(this.clock, partyUser(party), number));
			if (work.partyMessage() != null) {
				partyWait(party, minutes(10, 90));
				add(new ImportedRequest.TaskMessage(this.clock, partyUser(party), number, true,
						fill(work.partyMessage())));
			}
			if (stop(Stuck.TASK_COMPLETE)) {
				return false;
			}
			partyWait(party, onCall ? minutes(20, 100) : hours(1, 8));
			add(new ImportedRequest.TaskCompleted(this.clock, partyUser(party), number, fill(work.outcome())));
			move(RequestStatus.OPEN, null, "T" + number + " completed by " + party);
			return true;
		}

		private int handOver(String party, Work work) {
			staffWait(minutes(10, 50));
			String shareReason = work.shareReason();
			this.tasksHanded++;
			add(new ImportedRequest.TaskHandedOver(this.clock, this.plan.agent(), DemoMonth.this.parties.get(party),
					work.link() != null ? DemoMonth.this.links.get(work.link()) : null,
					truncate(fill(work.summary()), 200), fill(work.needed()), shareReason != null, shareReason,
					work.offChainReason()));
			move(RequestStatus.WAITING_ON_PARTNER, this.plan.agent(), "T" + this.tasksHanded + " handed to " + party);
			return this.tasksHanded;
		}

		private void resolve(String reply, String because) {
			// With nobody upstream, the agent checks or arranges it themselves first.
			staffWait(this.tasksHanded == 0 ? hours(1, 10) : minutes(10, 80));
			add(new ImportedRequest.Reply(this.clock, this.plan.agent(), fill(reply),
					DemoMonth.this.timing.nextInt(this.tasksHanded == 0 ? 20 : 10, 61)));
			move(RequestStatus.RESOLVED, this.plan.agent(), because);
		}

		private void move(RequestStatus to, @Nullable String by, String reason) {
			if (this.status == to) {
				return;
			}
			add(new ImportedRequest.StatusChange(this.clock, by, to, reason));
			this.status = to;
		}

		/**
		 * @return whether the life stops here; the first task is the one a stuck task
		 * waits on.
		 */
		private boolean stop(Stuck at) {
			boolean taskStop = (at == Stuck.TASK_ACCEPT || at == Stuck.TASK_COMPLETE)
					&& this.tasksHanded != 1 + (this.plan.declineFirst() ? 1 : 0);
			return this.plan.stuck() == at && !taskStop;
		}

		private void add(Step step) {
			this.steps.add(step);
		}

		private void staffWait(Duration working) {
			String team = teamOf(this.plan.story());
			// IT Support works an on-call rota around the clock.
			BusinessCalendar calendar = team.equals("Warehouse & Dispatch") ? DemoMonth.this.shifts
					: team.equals("IT Support") ? DemoMonth.this.allDay : DemoMonth.this.office;
			this.clock = calendar.addWorkingTime(this.clock,
					this.plan.anchored() ? scaled(working, this.plan.slowness()) : working);
		}

		private void partyWait(String party, Duration working) {
			BusinessCalendar calendar = party.equals("Warehouse & Dispatch") ? DemoMonth.this.shifts
					: party.equals("IT Support") ? DemoMonth.this.allDay : DemoMonth.this.office;
			// Partners keep to their contracts (a featured life's slowness aside), except
			// SwiftParcel in its slow month.
			double slowness = this.plan.anchored() ? this.plan.slowness() : 1.0;
			if (party.equals("SwiftParcel Couriers") && inSlowSpell(this.clock)
					&& DemoMonth.this.random.nextDouble() < 0.6) {
				slowness = Math.max(slowness, 4.0);
			}
			else if (party.equals("SwiftParcel Couriers") && !this.plan.anchored()
					&& inSlowMonth(this.clock.atZone(LONDON).minusMonths(1).toInstant())) {
				// The month after: the standby van and the new rota make it quick.
				slowness = 0.6;
			}
			this.clock = calendar.addWorkingTime(this.clock, scaled(working, slowness));
		}

		private boolean inSlowSpell(Instant at) {
			java.time.LocalDate first = slowMonth(DemoMonth.this.now);
			java.time.LocalDate day = at.atZone(LONDON).toLocalDate();
			return !day.isBefore(first) && day.isBefore(slowSpellEnds(DemoMonth.this.now));
		}

		/**
		 * @return whether the party is SwiftParcel after its rota gap, with a standby
		 * van: it accepts before anybody has to escalate (a featured life tells its own
		 * story)
		 */
		private boolean recovered(String party) {
			return party.equals("SwiftParcel Couriers") && !this.plan.anchored()
					&& !this.clock.atZone(LONDON).toLocalDate().isBefore(slowSpellEnds(DemoMonth.this.now));
		}

		private boolean inSlowMonth(Instant at) {
			java.time.LocalDate first = slowMonth(DemoMonth.this.now);
			java.time.LocalDate day = at.atZone(LONDON).toLocalDate();
			return !day.isBefore(first) && day.isBefore(first.plusMonths(1));
		}

		private void customerWait(Duration waking) {
			this.clock = DemoMonth.this.customers.addWorkingTime(this.clock, scaled(waking, this.plan.slowness()));
		}

		String fill(String text) {
			String filled = text;
			for (Map.Entry<String, String> word : this.words.entrySet()) {
				filled = filled.replace(word.getKey(), word.getValue());
			}
			return filled;
		}

		private SplittableRandom random() {
			return DemoMonth.this.random;
		}

	}

	// Who

	private String requesterOf(String service) {
		Map<String, Integer> weights = new java.util.LinkedHashMap<>();
		switch (service) {
			case DemoStories.DELIVERY -> {
				DemoOrganisation.PEOPLE.forEach((person) -> weights.put(person, 1));
				weights.put("Carol Hughes", 2);
				weights.put("Riverside Lettings Ltd", 6);
				weights.put("St Anne's Care Home", 2);
				weights.put("Greenfield Primary School", 2);
			}
			case DemoStories.REPAIR -> {
				for (int i = 0; i < DemoOrganisation.PEOPLE.size(); i += 2) {
					weights.put(DemoOrganisation.PEOPLE.get(i), 1);
				}
				weights.put("Carol Hughes", 2);
				weights.put("Riverside Lettings Ltd", 4);
				weights.put("St Anne's Care Home", 4);
				weights.put("Greenfield Primary School", 2);
				weights.put("Head Office Facilities", 2);
			}
			case DemoStories.PAYMENTS -> {
				DemoOrganisation.PEOPLE.forEach((person) -> weights.put(person, 1));
				weights.put("Carol Hughes", 2);
			}
			case DemoStories.STOCK -> weights.put("Retail Stores Division", 1);
			default -> {
				weights.put("Sales & Marketing", 3);
				weights.put("Quality & Complaints", 1);
			}
		}
		return weighted(weights);
	}

	static String linkKey(String service, String provider, String consumer) {
		return service + " | " + provider + " → " + consumer;
	}

	private static @Nullable String customerUserOf(String requester) {
		return switch (requester) {
			case "Carol Hughes" -> "carol.customer";
			case "Riverside Lettings Ltd" -> "priya.customer";
			default -> null;
		};
	}

	private String agentFor(String service) {
		return switch (service) {
			case DemoStories.STOCK -> "tom.team";
			case DemoStories.LAPTOPS -> "sam.support";
			default -> this.random.nextDouble() < 0.7 ? "alex.agent" : "maria.manager";
		};
	}

	private static String teamOf(Story story) {
		return switch (story.service()) {
			case DemoStories.STOCK -> "Warehouse & Dispatch";
			case DemoStories.LAPTOPS -> "IT Support";
			default -> "Customer Service";
		};
	}

	private static @Nullable String partyUser(String party) {
		return switch (party) {
			case "SwiftParcel Couriers" -> "paula.partner";
			case "Warehouse & Dispatch" -> "tom.team";
			case "PayBridge Payments" -> "irene.partner";
			default -> null;
		};
	}

	private String courier() {
		return this.random.nextDouble() < 0.65 ? "SwiftParcel Couriers" : "FastLane Logistics";
	}

	private static String greetingName(String requester) {
		return switch (requester) {
			case "Riverside Lettings Ltd" -> " Priya";
			case "St Anne's Care Home" -> " Margaret";
			case "Head Office Facilities" -> " Peter";
			case "Greenfield Primary School", "Retail Stores Division", "Sales & Marketing", "Quality & Complaints" ->
				"";
			default -> " " + requester.substring(0, requester.indexOf(' '));
		};
	}

	private static String firstName(String username) {
		String first = username.substring(0, username.indexOf('.'));
		return Character.toUpperCase(first.charAt(0)) + first.substring(1);
	}

	// Chance and time

	private Instant officeAgo(int workingHours) {
		return this.office.subtractWorkingTime(this.now, Duration.ofHours(workingHours));
	}

	private Instant shiftsAgo(int workingHours) {
		return this.shifts.subtractWorkingTime(this.now, Duration.ofHours(workingHours));
	}

	/**
	 * @return a minute of the day a request comes in: mostly office hours, some early and
	 * in the evening.
	 */
	private int minuteOfDay() {
		int hour = weighted(
				Map.ofEntries(Map.entry(7, 1), Map.entry(8, 3), Map.entry(9, 6), Map.entry(10, 7), Map.entry(11, 6),
						Map.entry(12, 5), Map.entry(13, 5), Map.entry(14, 6), Map.entry(15, 5), Map.entry(16, 4),
						Map.entry(17, 3), Map.entry(18, 2), Map.entry(19, 2), Map.entry(20, 2), Map.entry(21, 1)));
		return hour * 60 + this.random.nextInt(60);
	}

	private Duration minutes(int from, int to) {
		return Duration.ofMinutes(from + this.random.nextInt(to - from + 1));
	}

	private Duration hours(int from, int to) {
		return Duration.ofMinutes(60L * from + this.random.nextInt(60 * (to - from) + 1));
	}

	private <T> T pick(List<T> options) {
		return options.get(this.random.nextInt(options.size()));
	}

	/**
	 * @return one key, drawn in proportion to its weight; keys in a stable order, so the
	 * draw is the same every time.
	 */
	private <T extends Comparable<T>> T weighted(Map<T, Integer> weights) {
		List<T> keys = weights.keySet().stream().sorted().toList();
		int total = keys.stream().mapToInt(weights::get).sum();
		int draw = this.random.nextInt(total);
		for (T key : keys) {
			draw -= weights.get(key);
			if (draw < 0) {
				return key;
			}
		}
		throw new IllegalStateException("weights must be positive");
	}

	private static Duration scaled(Duration duration, double factor) {
		return Duration.ofSeconds(Math.max(60, (long) (duration.toSeconds() * factor)));
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
