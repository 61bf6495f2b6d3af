package org.servicechain.demo;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.servicechain.requests.Level;

/**
 * What Hearthside's customers write about, and what its people and partners answer: the
 * stories the demo month is made of, per service, in the words a front-line team would
 * use. Placeholders in braces are filled per request: {@code {hello}} (greeting),
 * {@code {order}}, {@code {model}}, {@code {day}}, {@code {slot}}, {@code {amount}},
 * {@code {store}}, {@code {flat}}, {@code {consignment}}, {@code {agent}} (the agent's
 * first name), {@code {courier}} (the courier's name).
 */
final class DemoStories {

	static final String DELIVERY = "Home delivery";

	static final String REPAIR = "Appliance repair";

	static final String PAYMENTS = "Payments and refunds";

	static final String STOCK = "Stock replenishment";

	static final String LAPTOPS = "Laptop support";

	/** Stands for whichever courier the request's order went with. */
	static final String COURIER = "{courier}";

	private DemoStories() {
	}

	/**
	 * One kind of request and how its work goes.
	 *
	 * @param appliance which models {@code {model}} is drawn from
	 * @param question what the agent must ask before the work can go on, and the
	 * customer's answer
	 * @param tasks work handed upstream, in order
	 */
	record Story(String service, String category, Level impact, Level urgency, String appliance, List<String> summaries,
			String description, String acknowledgement, @Nullable String note, @Nullable Exchange question,
			List<Work> tasks, String resolution, String resolvedBecause, @Nullable String thanks,
			@Nullable String only) {

		Story(String service, String category, Level impact, Level urgency, String appliance, List<String> summaries,
				String description, String acknowledgement, @Nullable String note, @Nullable Exchange question,
				List<Work> tasks, String resolution, String resolvedBecause, @Nullable String thanks) {
			this(service, category, impact, urgency, appliance, summaries, description, acknowledgement, note, question,
					tasks, resolution, resolvedBecause, thanks, null);
		}

		/**
		 * @return the story told only by one requester (a care home's kitchen, a letting
		 * agent's tenant).
		 */
		Story only(String requester) {
			return new Story(this.service, this.category, this.impact, this.urgency, this.appliance, this.summaries,
					this.description, this.acknowledgement, this.note, this.question, this.tasks, this.resolution,
					this.resolvedBecause, this.thanks, requester);
		}

	}

	/** A question to the customer and the answer that comes back. */
	record Exchange(String question, String answer) {

	}

	/**
	 * Work handed to a party upstream: what is needed, what the party says while on it,
	 * and what it did.
	 */
	record Work(String party, String summary, String needed, @Nullable String partyMessage, String outcome,
			@Nullable String shareReason, @Nullable String offChainReason, @Nullable String link) {

		Work(String party, String summary, String needed, @Nullable String partyMessage, String outcome,
				@Nullable String shareReason) {
			this(party, summary, needed, partyMessage, outcome, shareReason, null, null);
		}

	}

	/**
	 * The customer's word when a resolution did not hold, for the services where that
	 * happens: a fault that comes back, a refund that does not arrive.
	 */
	static final Map<String, List<String>> REOPENED = Map.of(REPAIR, List.of(
			"I'm sorry to come back to you, but it has started doing exactly the same thing again this morning.",
			"This isn't sorted, I'm afraid. It worked for a day and now the same fault is back.",
			"Unfortunately the problem has come back. Could someone look at it again, please?"), LAPTOPS,
			List.of("It's happening again since this morning's restart, I'm afraid.",
					"Same problem again today. Could you have another look?"),
			PAYMENTS, List.of("I've checked my statement again and the money still isn't there.",
					"My bank says nothing has been sent back to the card yet. Can you check again?"));

	/** The customer chasing a late request, firmly. */
	static final List<String> ESCALATIONS = List.of(
			"This is the third day without a working appliance and nobody can give me a time. Please escalate.",
			"I was promised a call back yesterday and have heard nothing. I'd like a manager to look at this.",
			"We have residents relying on this and the date keeps moving. Please escalate to a manager.");

	static final List<Story> ALL = List.of(
			// Home delivery
			new Story(DELIVERY, "Delivery problem", Level.MEDIUM, Level.HIGH, "washer",
					List.of("Washing machine not delivered on {day}", "Order {order}: delivery missed, nobody came"),
					"{hi},\n\nMy new washing machine ({model}, order {order}) was booked for delivery on {day} "
							+ "between {slot}. I stayed in all day and nobody came, and there was no card through the "
							+ "door. The tracking page still says \"out for delivery\". Can you tell me what has "
							+ "happened and when it will come?",
					"{hello},\n\nI'm sorry you waited in for nothing. I've asked {courier} what happened to the "
							+ "van on {day} and for the first free slot. I'll come back to you as soon as I hear.\n\n{agent}",
					"Tracking shows the van turned back at 16:40 with the item still on board.", null,
					List.of(new Work(COURIER, "Redeliver order {order} and explain the missed slot",
							"The delivery of order {order} ({model}) was missed on {day}; the customer waited in. "
									+ "Please give the reason and book the earliest two-person slot.",
							"Driver ran out of time on the route. Rebooked for tomorrow {slot}.",
							"Delivered and installed; old machine taken away. Consignment {consignment}.", null)),
					"{hello},\n\nThe courier has confirmed your washing machine was delivered and installed this "
							+ "morning, and the old one taken away. I've also added a £15 goodwill credit to your "
							+ "account for the wasted day. Sorry again.\n\n{agent}",
					"Delivered and installed; goodwill credit given",
					"Thank you, it's all working and the engineers were very tidy."),
			new Story(DELIVERY, "Delivery problem", Level.MEDIUM, Level.MEDIUM, "fridge",
					List.of("Fridge freezer arrived with a dented door", "Damaged on delivery: order {order}"),
					"{hi},\n\nThe {model} arrived yesterday but the left-hand door has a large dent at "
							+ "handle height. I signed for it as \"unchecked\" because the driver was in a hurry. "
							+ "Photos attached to my email. I'd like a replacement please.",
					"{hello},\n\nI'm sorry it arrived like that. I've asked our warehouse to send a replacement "
							+ "and the courier to collect the damaged one at the same time, so you're not left "
							+ "without a fridge.\n\n{agent}",
					null, null,
					List.of(new Work("Warehouse & Dispatch", "Send a replacement {model} for order {order}",
							"Replacement for a fridge freezer damaged in transit (dented left door). Please pick "
									+ "and pack a replacement and book it with a swap collection of the damaged one.",
							null,
							"Replacement picked, checked and handed to the courier with a swap collection " + "booked.",
							null)),
					"{hello},\n\nYour replacement fridge freezer went out today and the damaged one was collected "
							+ "at the same time. Please let us know if anything isn't right.\n\n{agent}",
					"Replacement delivered, damaged unit collected", "Lovely, thanks for sorting it so quickly."),
			new Story(DELIVERY, "Change request", Level.LOW, Level.MEDIUM, "cooker",
					List.of("Can I move my delivery to Saturday?", "Change delivery date for order {order}"),
					"{hi},\n\nI've got a cooker ({model}) coming on {day} but I'm now working that day. "
							+ "Is it possible to move it to Saturday morning instead?",
					"{hello},\n\nThat shouldn't be a problem. I'm checking Saturday slots with the warehouse now "
							+ "and will confirm shortly.\n\n{agent}",
					null, null, List.of(),
					"{hello},\n\nDone: your cooker is now booked for Saturday, 07:00–12:00. You'll get a text "
							+ "with a one-hour window the evening before.\n\n{agent}",
					"Rebooked for Saturday", "Perfect, thank you."),
			new Story(DELIVERY, "Delivery problem", Level.MEDIUM, Level.MEDIUM, "washer",
					List.of("Old appliance not taken away", "Removal of old machine missed on order {order}"),
					"{hi},\n\nThe new {model} was fitted on {day}, which is great, but I paid for removal of "
							+ "the old one and the driver said the van was full. It's still in my hallway.",
					"{hello},\n\nApologies for that; removal was part of your order. I've asked {courier} to come "
							+ "back for it and will let you know the day.\n\n{agent}",
					null, null,
					List.of(new Work(COURIER, "Collect the old appliance left behind on order {order}",
							"Removal was booked and paid for but not done on {day}; the old washing machine is in "
									+ "the customer's hallway. Please collect and recycle it.",
							null, "Old machine collected and taken to the recycling centre.",
							"The driver needs the customer's address and phone number to arrange access")),
					"{hello},\n\nThe courier collected your old machine today. I've refunded the £20 removal "
							+ "charge as well, for the trouble.\n\n{agent}",
					"Old appliance collected; removal charge refunded", null),
			new Story(DELIVERY, "Delivery problem", Level.MEDIUM, Level.HIGH, "fridge",
					List.of("Tracking says delivered but nothing has arrived",
							"Order {order} marked delivered, not received"),
					"{hi},\n\nI had an email this afternoon saying my {model} was delivered and signed for, "
							+ "but it hasn't been. Nobody here signed for anything. Where is it?",
					"{hello},\n\nThat's worrying, and I'm sorry. I've asked the courier for the proof of "
							+ "delivery (photo and GPS) and will get straight back to you.\n\n{agent}",
					"Possible wrong address: the POD photo shows a red door, customer's is green.", null,
					List.of(new Work(COURIER, "Proof of delivery for order {order}",
							"Customer says order {order} was not delivered though tracking shows it signed for. "
									+ "Please send the POD photo and GPS, and recover the item if it went to the wrong "
									+ "address.",
							"The driver left it at number 18 by mistake. Recovering it this afternoon.",
							"Recovered from the neighbour and delivered to the right address; driver briefed.", null)),
					"{hello},\n\nGood news: the fridge had been left with a neighbour by mistake. It has now been "
							+ "recovered and delivered to you. The courier has apologised and briefed the driver.\n\n{agent}",
					"Recovered and delivered", "Got it now, thank you for chasing."),
			new Story(DELIVERY, "Delivery problem", Level.LOW, Level.MEDIUM, "dishwasher",
					List.of("Wrong model delivered", "Order {order}: wrong dishwasher delivered"),
					"{hi},\n\nWe ordered the {model} in white and received a slimline silver one instead. "
							+ "It's still boxed. Can you swap it?",
					"{hello},\n\nSorry about the mix-up. I'm arranging a swap now: the right one out and the "
							+ "wrong one back in the same visit.\n\n{agent}",
					null, null,
					List.of(new Work("Warehouse & Dispatch", "Swap the wrong dishwasher sent on order {order}",
							"A slimline silver dishwasher went out instead of the {model} in white. Please pick "
									+ "the right one and book a swap.",
							null, "Correct model picked and sent; picking error logged against bay 14.", null)),
					"{hello},\n\nThe right dishwasher is on its way and the courier will take the wrong one "
							+ "back. The picking error has been logged so it doesn't happen again.\n\n{agent}",
					"Correct model sent", null),
			new Story(DELIVERY, "Delivery problem", Level.MEDIUM, Level.HIGH, "washer",
					List.of("Order stuck on \"processing\" for a week", "Order {order} not dispatched"),
					"{hi},\n\nI ordered a {model} eight days ago (order {order}) and it still says "
							+ "\"processing\". Nobody has been in touch about a delivery date.",
					"{hello},\n\nSorry for the silence. The order looks stuck in our system, so I've asked our "
							+ "IT team to release it and will book your delivery as soon as it's free.\n\n{agent}",
					"Order shows a payment hold that was cleared days ago; needs IT to release it.", null,
					List.of(new Work("IT Support", "Release order {order} stuck in processing",
							"Order {order} has stayed in \"processing\" for eight days after its payment hold "
									+ "cleared. Please release it to the warehouse.",
							null,
							"Stale payment-hold flag cleared; the order moved to picking. Fix for the "
									+ "nightly job raised as a change.",
							null)),
					"{hello},\n\nYour order is on its way through the warehouse now and booked for delivery. "
							+ "You'll have a text with the time slot.\n\n{agent}",
					"Order released and delivery booked", "Thanks, finally!"),
			new Story(DELIVERY, "Question", Level.LOW, Level.LOW, "cooker",
					List.of("Will the driver connect my gas cooker?", "Installation question about order {order}"),
					"{hi},\n\nI've ordered a {model}. Will the delivery team connect it to the gas, or do I "
							+ "need my own engineer?",
					"{hello},\n\nGood question. Our drivers can't connect gas appliances; they bring it in, "
							+ "unbox it and take the packaging. You'll need a Gas Safe registered engineer to "
							+ "connect it. We can book one for £75 if you'd like.\n\n{agent}",
					null,
					new Exchange("Would you like us to book the Gas Safe engineer for the same day?",
							"Yes please, same day if possible."),
					List.of(),
					"{hello},\n\nBooked: a Gas Safe engineer will arrive about an hour after the delivery and "
							+ "connect it. The £75 has been added to your order.\n\n{agent}",
					"Question answered; gas connection booked", null),
			new Story(DELIVERY, "Delivery problem", Level.HIGH, Level.HIGH, "fridge",
					List.of("Tenant without a fridge: delivery to {flat} failed",
							"Urgent: fridge for {flat} not delivered"),
					"{hi},\n\nThe replacement fridge for our tenant at {flat} (order {order}) was due "
							+ "on {day}. The courier says the address couldn't be found. The tenant has been "
							+ "without a fridge for four days and has a young baby.",
					"{hello},\n\nI understand the urgency. I've asked the courier for a same-day redelivery with "
							+ "your access notes and will keep you posted.\n\n{agent}",
					"Landlord customer; tenant has a baby. Treat as urgent.",
					new Exchange(
							"Could you confirm the best way in for the driver? The building has a gated " + "car park.",
							"The gate code is 4471 and the tenant is in from 10 am."),
					List.of(new Work(COURIER, "Same-day redelivery to {flat}",
							"Redeliver order {order} to {flat} today; gate code and access notes are in the "
									+ "request. Tenant has a young baby and no fridge.",
							"Van allocated; driver will call 30 minutes ahead.",
							"Delivered and installed at {flat}; tenant signed.",
							"The driver needs the tenant's name and the gate code to get in")),
					"{hello},\n\nThe fridge was delivered to {flat} this afternoon and the tenant has signed "
							+ "for it. Sorry it took so long.\n\n{agent}",
					"Delivered to the tenant", "Thank you, the tenant is very relieved.")
				.only("Riverside Lettings Ltd"),
			new Story(DELIVERY, "Complaint about service", Level.MEDIUM, Level.MEDIUM, "washer",
					List.of("Delivery team damaged my hallway", "Scuffed walls during delivery of order {order}"),
					"{hi},\n\nThe two delivery men who brought our {model} on {day} scraped the hallway "
							+ "wall and chipped the skirting board. I'm not happy about it.",
					"{hello},\n\nI'm very sorry. I've logged this with the courier and asked for their damage "
							+ "process. Could you send a couple of photos so we can settle it quickly?\n\n{agent}",
					null,
					new Exchange("Could you send two or three photos of the damage?", "Photos sent by email just now."),
					List.of(new Work(COURIER, "Damage to customer's property on order {order}",
							"The delivery crew scraped a hallway wall and chipped skirting board on {day}. Photos "
									+ "are with us. Please confirm liability and how you will settle.",
							null, "Liability accepted; £120 settlement approved to the customer via Hearthside.",
							null)),
					"{hello},\n\nThe courier has accepted responsibility and we've paid £120 to your card for "
							+ "the repair. I've also passed your feedback on about the crew.\n\n{agent}",
					"Settlement paid", null),
			// Appliance repair
			new Story(REPAIR, "Fault", Level.MEDIUM, Level.MEDIUM, "washer",
					List.of("Washing machine not draining", "{model} stops with water in the drum"),
					"{hi},\n\nOur {model} stopped mid-cycle with water still in the drum. It shows error "
							+ "E18. It's 14 months old and covered by the extended warranty.",
					"{hello},\n\nSorry to hear that. E18 is usually the drain pump or a blockage. I'm booking an "
							+ "engineer visit under your warranty.\n\n{agent}",
					null, null,
					List.of(new Work("Field Engineering", "Engineer visit: {model} not draining (E18)",
							"Washing machine stops with water in the drum, error E18. Under extended warranty. "
									+ "Please visit, diagnose and repair.",
							"Booked for {day} AM; engineer will bring a drain pump.",
							"Coin and hair grip blocking the pump filter; cleared, tested on a full cycle.",
							"The engineer needs the customer's address and phone number to visit")),
					"{hello},\n\nThe engineer found a coin and a hair grip blocking the pump and cleared it. "
							+ "The machine completed a full test cycle.\n\n{agent}",
					"Repaired at the first visit", "Working perfectly now, thank you."),
			new Story(REPAIR, "Fault", Level.HIGH, Level.MEDIUM, "fridge",
					List.of("Fridge not cooling", "{model} warm inside, freezer fine"),
					"{hi},\n\nThe fridge section of our {model} is at 12 degrees although the freezer still "
							+ "works. We've lost a shop's worth of food already.",
					"{hello},\n\nThat sounds like the fan or the defrost system. I've booked an engineer and "
							+ "will confirm the time.\n\n{agent}",
					"Likely a failed evaporator fan; Field Engineering may need the part from Northern Spares.", null,
					List.of(new Work("Northern Spares Ltd", "Evaporator fan for {model}",
							"Please supply an evaporator fan motor for a {model} to Field Engineering, next-day "
									+ "delivery.",
							"Part in stock in Wakefield; dispatching on tonight's van.",
							"Fan motor delivered to Field Engineering, signed by the stores.", null),
							new Work("Field Engineering", "Fit the evaporator fan on {model}",
									"Fridge section not cooling; fan motor on its way from Northern Spares. "
											+ "Please fit and test.",
									null, "Fan motor replaced; fridge down to 4 degrees after two hours.",
									"The engineer needs the customer's address and phone number to visit")),
					"{hello},\n\nThe engineer fitted a new fan motor and the fridge is back down to 4 degrees. "
							+ "Please keep an eye on it over the next day or so.\n\n{agent}",
					"Fan replaced", "All good now, thanks."),
			new Story(REPAIR, "Fault", Level.MEDIUM, Level.LOW, "cooker",
					List.of("Oven door won't close properly", "{model}: oven door hinge broken"),
					"{hi},\n\nThe oven door on our {model} has dropped on one side and doesn't close "
							+ "properly, so heat escapes. It still works otherwise.",
					"{hello},\n\nThanks for letting us know. That's a hinge, and we'll need the part before the "
							+ "engineer can fit it. I'll keep you posted.\n\n{agent}",
					null, null,
					List.of(new Work("Northern Spares Ltd", "Oven door hinges for {model}",
							"Pair of door hinges for a {model}, please, to Field Engineering.",
							"Hinges on back order from the manufacturer; expected within five working days.",
							"Hinges delivered to Field Engineering.", null)),
					"{hello},\n\nThe hinges arrived and the engineer fitted them today; the door closes flush "
							+ "again.\n\n{agent}",
					"Hinges replaced", null),
			new Story(REPAIR, "Fault", Level.MEDIUM, Level.MEDIUM, "dishwasher",
					List.of("Dishwasher leaking onto the floor", "{model} leaks from the door"),
					"{hi},\n\nOur {model} has started leaking from the bottom of the door halfway through "
							+ "every wash. We've put towels down but it's getting worse.",
					"{hello},\n\nPlease turn off the water to it until the engineer has been. I'm booking the "
							+ "visit now.\n\n{agent}",
					null,
					new Exchange("Is it under the door seal or from underneath the machine?",
							"From under the door, at the left-hand corner."),
					List.of(new Work("Field Engineering", "Engineer visit: {model} leaking",
							"Dishwasher leaking from the left-hand corner of the door. Please visit and repair; "
									+ "door seal is likely.",
							null, "Door seal split at the corner; replaced from van stock, no further leak.",
							"The engineer needs the customer's address and phone number to visit")),
					"{hello},\n\nThe engineer replaced the door seal and ran a full wash with no leak. You can "
							+ "use it as normal.\n\n{agent}",
					"Door seal replaced", "Thanks, dry floor again!"),
			new Story(REPAIR, "Fault", Level.HIGH, Level.HIGH, "fridge",
					List.of("Kitchen fridge failed: residents' food and medication at risk",
							"Urgent: main kitchen fridge not cooling"),
					"{hi},\n\nThe main kitchen fridge ({model}) stopped cooling overnight. We store "
							+ "residents' food and some medication there. We've moved what we can to the staff "
							+ "fridge but need someone today.",
					"{hello},\n\nUnderstood: this is our top priority today. An engineer is being booked and "
							+ "I'll call you with the time.\n\n{agent}",
					"Care home, medication stored. P1 under the St Anne's SLA; keep the manager informed.", null,
					List.of(new Work("Field Engineering", "Emergency visit: care home kitchen fridge",
							"Main kitchen fridge at a care home not cooling; food and medication at risk. "
									+ "Please visit today.",
							"Engineer diverted; ETA 14:30.",
							"Compressor relay failed; replaced, fridge at 5 degrees within the hour.",
							"The engineer needs the home's address and the manager's number to get in")),
					"{hello},\n\nThe engineer replaced a failed relay and the fridge was back to 5 degrees "
							+ "within the hour. Sorry for the worry.\n\n{agent}",
					"Repaired the same day", "Thank you all, that was quick.")
				.only("St Anne's Care Home"),
			new Story(REPAIR, "Fault", Level.MEDIUM, Level.MEDIUM, "dryer",
					List.of("Tumble dryer very noisy", "{model} making a loud grinding noise"),
					"{hi},\n\nOur {model} has started making a grinding noise whenever the drum turns. "
							+ "It still dries, but it's very loud.",
					"{hello},\n\nThat sounds like a drum bearing or the belt. I'm booking an engineer, and "
							+ "please don't use it in the meantime.\n\n{agent}",
					null, null,
					List.of(new Work("HomeFix Installers", "Engineer visit: noisy tumble dryer",
							"Tumble dryer grinding when the drum turns. Our engineers are fully booked in the "
									+ "customer's area this week; please visit and repair under our contract.",
							null, "Drum support roller worn; replaced and tested.",
							"HomeFix needs the customer's address and phone number to visit")),
					"{hello},\n\nHomeFix, our partner engineers, replaced a worn drum roller and the dryer is "
							+ "quiet again.\n\n{agent}",
					"Repaired by partner engineers", null),
			new Story(REPAIR, "Question", Level.LOW, Level.LOW, "washer",
					List.of("Is my washing machine still under warranty?", "Warranty question for {model}"),
					"{hi},\n\nWe bought a {model} from you about two years ago. The door lock is playing "
							+ "up. Is it still under warranty?",
					"{hello},\n\nLet me check your purchase record for you.\n\n{agent}", null,
					new Exchange("Could you send the order number or the postcode it was delivered to?",
							"It was order {order}."),
					List.of(),
					"{hello},\n\nYour machine has a three-year manufacturer warranty, so the door lock is "
							+ "covered until next spring. I've booked the manufacturer's engineer; they'll call "
							+ "you to arrange a time.\n\n{agent}",
					"Under warranty; manufacturer's engineer booked", "Great, thanks for checking."),
			new Story(REPAIR, "Fault", Level.MEDIUM, Level.MEDIUM, "dishwasher",
					List.of("Staff kitchen dishwasher not drying", "Dishwasher on floor 2 leaves everything wet"),
					"{hi},\n\nThe dishwasher in the second-floor staff kitchen ({model}) finishes with "
							+ "everything soaking wet and the rinse-aid light stays on although it's full.",
					"{hello},\n\nThanks, we'll get an engineer to look at it.\n\n{agent}", null, null,
					List.of(new Work("Field Engineering", "Staff kitchen dishwasher at head office",
							"Dishwasher in the second-floor staff kitchen not drying; rinse-aid sensor suspected.",
							null, "Rinse-aid sensor replaced; drying normally.", null)),
					"{hello},\n\nThe engineer replaced the rinse-aid sensor and ran a test cycle; it's drying "
							+ "properly again.\n\n{agent}",
					"Sensor replaced", null)
				.only("Head Office Facilities"),
			// Payments and refunds
			new Story(PAYMENTS, "Billing", Level.MEDIUM, Level.HIGH, "cooker",
					List.of("Charged twice for my order", "Double payment taken for order {order}"),
					"{hi},\n\nMy bank shows two payments of {amount} for order {order} on the same day. "
							+ "I only placed one order. Please refund the second.",
					"{hello},\n\nSorry about that. I can see both payments and have asked our finance team to "
							+ "refund the duplicate.\n\n{agent}",
					"Duplicate card capture; second auth looks like a gateway retry.", null,
					List.of(new Work("Finance", "Refund duplicate payment on order {order}",
							"Two captures of {amount} for order {order}. Please refund the second and confirm "
									+ "the refund reference.",
							null, "Duplicate refunded; reference RF-{order}. Gateway retry reported to PayBridge.",
							null)),
					"{hello},\n\nThe duplicate payment of {amount} has been refunded to your card. It normally "
							+ "shows in 3–5 working days.\n\n{agent}",
					"Duplicate refunded", "Thank you."),
			new Story(PAYMENTS, "Billing", Level.MEDIUM, Level.MEDIUM, "washer",
					List.of("Refund not received after return", "Where is my refund for order {order}?"),
					"{hi},\n\nI returned the {model} on {day} and was told the refund of {amount} would "
							+ "take five days. It's been ten and nothing has come through.",
					"{hello},\n\nI'm sorry for the wait. I'm checking with finance where your refund is and "
							+ "will let you know today.\n\n{agent}",
					null, null,
					List.of(new Work("Finance", "Chase refund for returned order {order}",
							"Customer returned order {order} on {day}; refund of {amount} not received after ten "
									+ "days. Please check and release.",
							"The return was booked in but the refund wasn't triggered; releasing now.",
							"Refund of {amount} released today.", null)),
					"{hello},\n\nYour refund of {amount} was released today. I'm sorry it was held up.\n\n{agent}",
					"Refund released", null),
			new Story(PAYMENTS, "Billing", Level.LOW, Level.LOW, "fridge",
					List.of("VAT invoice needed", "Please send a VAT receipt for order {order}"),
					"{hi},\n\nCould you email me a VAT invoice for order {order}? I need it for my "
							+ "landlord's records.",
					"{hello},\n\nOf course; I'll send it over.\n\n{agent}", null, null, List.of(),
					"{hello},\n\nYour VAT invoice for order {order} is attached to the email we've just sent. "
							+ "\n\n{agent}",
					"Invoice sent", "Received, thanks."),
			new Story(PAYMENTS, "Billing", Level.MEDIUM, Level.HIGH, "dishwasher",
					List.of("Card declined but money taken", "Payment failed yet my account was debited"),
					"{hi},\n\nThe website said my card was declined when I tried to pay for a {model}, "
							+ "but {amount} has gone from my account and I have no order confirmation.",
					"{hello},\n\nSorry for the confusion. That's usually a pending authorisation which drops "
							+ "off, but I'm checking with the payment provider.\n\n{agent}",
					null, null,
					List.of(new Work("PayBridge Payments", "Authorisation without an order, {amount}",
							"A customer was shown \"declined\" but an authorisation of {amount} was taken. "
									+ "Please confirm its status and release it.",
							null, "Authorisation voided; funds released back to the card.", null)),
					"{hello},\n\nThe payment provider has released the {amount}; your bank should show it back "
							+ "within two days. Your order didn't go through, so you won't be charged.\n\n{agent}",
					"Authorisation released", null),
			new Story(PAYMENTS, "Question", Level.LOW, Level.MEDIUM, "washer",
					List.of("Price dropped after I bought", "Price match on {model}?"),
					"{hi},\n\nI bought a {model} last week for {amount} and it's now £40 cheaper on your "
							+ "website. Can you refund the difference?",
					"{hello},\n\nWe do price-match within 14 days of purchase. Let me check the order.\n\n{agent}",
					null, null, List.of(),
					"{hello},\n\nI've refunded the £40 difference to your card; it'll show in a few working "
							+ "days.\n\n{agent}",
					"Price difference refunded", "That's great, thank you!"),
			new Story(PAYMENTS, "Billing", Level.LOW, Level.MEDIUM, "dryer",
					List.of("Finance agreement paperwork not received", "Where is my 0% finance agreement?"),
					"{hi},\n\nI bought a {model} on 0% finance but never received a copy of the agreement "
							+ "or the first payment date.",
					"{hello},\n\nI'll find out for you.\n\n{agent}", null,
					new Exchange("Could you confirm the email address you used when you applied?",
							"It's the same one I'm writing from."),
					List.of(),
					"{hello},\n\nThe agreement went to an old address; I've resent it. Your first payment is on "
							+ "the 1st of next month.\n\n{agent}",
					"Agreement resent", null),
			// Stock replenishment (the stores, an internal customer, to the warehouse)
			new Story(STOCK, "Delivery problem", Level.MEDIUM, Level.HIGH, "fridge",
					List.of("{store}: short of 60 cm fridge freezers", "{store} weekly delivery short"),
					"Hi team,\n\n{store} received 4 of the 12 {model} on this week's delivery. We have 7 "
							+ "customer collections booked this weekend.",
					"Thanks; checking what left the warehouse against the manifest.\n\n{agent}",
					"Manifest shows 12 picked; 8 still in the dispatch bay.", null,
					List.of(new Work(COURIER, "Deliver the 8 missing fridge freezers to {store}",
							"8 x {model} missed this week's trunk to {store}. Please add them to tomorrow's run.", null,
							"8 units delivered to {store}, signed by the store manager.", null)),
					"All 12 are now in {store}; the other 8 went on this morning's run.\n\n{agent}",
					"Shortfall delivered", "Received, thanks, just in time for the weekend."),
			new Story(STOCK, "Change request", Level.LOW, Level.MEDIUM, "washer",
					List.of("{store}: extra washing machines for the promotion", "Promotion stock for {store}"),
					"Hi team,\n\nMarketing's bank holiday promotion starts next week. {store} needs 20 extra "
							+ "{model} on top of the usual order.",
					"Noted; checking stock and the buying plan.\n\n{agent}", null, null,
					List.of(new Work("Procurement", "Extra {model} for the promotion",
							"We need 20 extra {model} for the promotion at {store}. Please raise a top-up "
									+ "order with the supplier.",
							null, "PO raised for 40 units; due in on Tuesday.", null)),
					"The extra stock arrives Tuesday and goes out to {store} on Wednesday's trunk.\n\n{agent}",
					"Extra stock scheduled", null),
			new Story(STOCK, "Delivery problem", Level.MEDIUM, Level.MEDIUM, "cooker",
					List.of("{store}: damaged cookers on the trunk delivery", "Damaged stock received at {store}"),
					"Hi team,\n\nTwo of the {model} on today's delivery to {store} have crushed corners. "
							+ "Photos on the shared drive.",
					"Thanks; we'll send replacements and arrange collection.\n\n{agent}", null, null,
					List.of(new Work(COURIER, "Collect damaged cookers from {store}",
							"Two {model} damaged in transit to {store}. Please collect them on the next run.", null,
							"Collected and returned to the warehouse for inspection.", null)),
					"Replacements went out today and the damaged ones are back with us.\n\n{agent}", "Replaced", null),
			new Story(STOCK, "Question", Level.LOW, Level.LOW, "dishwasher",
					List.of("{store}: when is the next delivery?", "Delivery day change for {store}"),
					"Hi team,\n\nWith the car park works at {store}, can our deliveries come before 8 am for "
							+ "the next fortnight?",
					"Should be possible; checking the trunk schedule.\n\n{agent}", null, null, List.of(),
					"Done: {store}'s deliveries arrive 06:30–07:30 for the next two weeks.\n\n{agent}",
					"Schedule changed", "Brilliant, thanks."),
			new Story(STOCK, "Delivery problem", Level.HIGH, Level.HIGH, "washer",
					List.of("{store}: no delivery today", "Trunk delivery to {store} did not arrive"),
					"Hi team,\n\nToday's delivery to {store} hasn't arrived and we have customers collecting "
							+ "this afternoon. Nobody has called.",
					"On it: finding out where the trunk is.\n\n{agent}",
					"Order system showed the run as " + "dispatched but the manifest didn't print.", null,
					List.of(new Work("IT Support", "Dispatch manifest failed to print for {store}",
							"The trunk manifest for {store} didn't print this morning, so the run didn't go. "
									+ "Please find out why.",
							null, "Print queue stuck after the overnight update; cleared and reprinted.", null,
							"The order system is not upstream of stock replenishment on the chain, but the "
									+ "trunk manifests print from it",
							DemoMonth.linkKey("Order system", "IT Support", "Warehouse & Dispatch"))),
					"The run left at 11:20 and is due at {store} by 14:00.\n\n{agent}", "Delivered late the same day",
					null),
			// Laptop support (internal teams to IT Support)
			new Story(LAPTOPS, "Fault", Level.MEDIUM, Level.HIGH, "laptop",
					List.of("Can't connect to the VPN from home", "VPN keeps dropping"),
					"Hi IT,\n\nSince yesterday's update I can't connect to the VPN from home. It says "
							+ "\"authentication failed\" although my password works in the office.",
					"Thanks. There's a known issue with the VPN client after the update; sending you the fix "
							+ "now.\n\n{agent}",
					null,
					new Exchange("Could you tell us the version shown under Help → About in the VPN client?",
							"It says 5.2.1."),
					List.of(),
					"Version 5.2.1 has the bug. I've pushed 5.2.3 to your laptop; restart and it will connect.\n\n{agent}",
					"Client updated", "Working now, thank you."),
			new Story(LAPTOPS, "Change request", Level.LOW, Level.MEDIUM, "laptop",
					List.of("New starter needs a laptop on Monday", "Laptop and accounts for a new starter"),
					"Hi IT,\n\nWe have a new campaign executive starting on Monday. Could you set up a laptop, "
							+ "email and access to the shared drive?",
					"Will do; we'll have it ready for 9 am Monday.\n\n{agent}", null, null, List.of(),
					"All set: laptop imaged, accounts created, welcome pack on the desk.\n\n{agent}",
					"Starter kit ready", null),
			new Story(LAPTOPS, "Fault", Level.MEDIUM, Level.MEDIUM, "laptop",
					List.of("Teams crashes when sharing my screen", "Screen sharing freezes my laptop"),
					"Hi IT,\n\nEvery time I share my screen in a Teams call the whole laptop freezes and I "
							+ "have to restart. It's embarrassing with customers.",
					"Sorry about that; we'll take a look remotely.\n\n{agent}", null, null, List.of(),
					"Updated the graphics driver, which fixed it on my test call with you.\n\n{agent}",
					"Driver updated", null),
			new Story(LAPTOPS, "Fault", Level.HIGH, Level.HIGH, "laptop",
					List.of("Laptop won't start before a client presentation",
							"Urgent: laptop dead, presentation this afternoon"),
					"Hi IT,\n\nMy laptop won't switch on at all and I'm presenting to a supplier at 3 pm. "
							+ "Can someone help?",
					"Bring it to the IT desk now; we'll have a loan laptop ready with your files.\n\n{agent}", null,
					null, List.of(),
					"The battery had failed. You have a loan laptop with your OneDrive synced; yours is back "
							+ "from repair on Thursday.\n\n{agent}",
					"Loan laptop issued", "Lifesaver, thanks!"),
			new Story(LAPTOPS, "Question", Level.LOW, Level.LOW, "laptop",
					List.of("Can I install Canva on my laptop?", "Software request: design tool"),
					"Hi IT,\n\nCould I have Canva installed? I'm doing the social media posts for the sale.",
					"We'll check the licence with you.\n\n{agent}", null,
					new Exchange("Do you need the paid team version or is the free one enough?",
							"The free one is fine for now."),
					List.of(), "Installed from the company portal; sign in with your work email.\n\n{agent}",
					"Installed", null));

	/** The models customers write about, per kind of appliance. */
	static List<String> models(String appliance) {
		return switch (appliance) {
			case "washer" ->
				List.of("Bosch Serie 6 WAU28PH9GB", "Hotpoint NSWM 1045C", "Samsung WW90T534DAW", "Beko WTK94151W");
			case "fridge" ->
				List.of("Beko CFG4686VW", "Samsung RB38T602CSA", "Hisense RB390N4WW1", "Hotpoint H5X 82O SK");
			case "dishwasher" -> List.of("Bosch SMS2HVI66G", "Hotpoint HFC 3C26 W", "Beko DVN05C20W");
			case "cooker" -> List.of("Neff B6ACH7HH0B", "Belling Cookcentre 90DF", "Zanussi ZCV46250WA");
			case "dryer" -> List.of("Beko DTLP91151W", "Hoover HLE H9A2TE", "Bosch Serie 4 WTN83202GB");
			default -> List.of("Dell Latitude 5440", "Lenovo ThinkPad T14");
		};
	}

	static final List<String> STORES = List.of("Leeds Kirkstall", "Manchester Trafford", "Sheffield Meadowhall",
			"York Monks Cross", "Bradford Forster Square", "Preston Deepdale");

	static final List<String> FLATS = List.of("Flat 4, 27 Wharf Street", "Flat 12, Canal View", "2 Mill Yard",
			"Flat 7, Albion House", "11 Bridge End");

}
