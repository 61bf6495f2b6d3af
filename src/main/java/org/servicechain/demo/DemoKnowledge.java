package org.servicechain.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.servicechain.knowledge.ArticleAudience;
import org.servicechain.knowledge.ArticleDraft;
import org.servicechain.knowledge.ArticleKind;
import org.servicechain.knowledge.ArticleView;
import org.servicechain.knowledge.KnowledgeBase;

/**
 * The demo's knowledge base (REC-3): known solutions for the questions customers ask
 * most, a procedure, and SwiftParcel's contingency procedure; some published to the
 * portals, one with its review overdue, one edited into a second version.
 */
class DemoKnowledge {

	private final KnowledgeBase knowledge;

	private final Clock clock;

	DemoKnowledge(KnowledgeBase knowledge, Clock clock) {
		this.knowledge = knowledge;
		this.clock = clock;
	}

	int load(Map<String, UUID> services) {
		LocalDate today = LocalDate.now(this.clock);
		UUID delivery = services.get("Home delivery");
		UUID payments = services.get("Payments and refunds");
		UUID repair = services.get("Appliance repair");
		ArticleView parcel = this.knowledge.create(new ArticleDraft("Parcel marked delivered but not received", """
				The tracking says **delivered** but the customer has nothing.

				1. Ask the customer to check with neighbours, outbuildings and any safe place they named.
				2. Open the courier's proof of delivery (photo and GPS point) from the SwiftParcel portal.
				3. If the GPS point is not the customer's address, raise a task to SwiftParcel Couriers:
				   *"Delivery investigation"*, with the tracking number.
				4. If nothing turns up within **48 hours**, send a replacement or refund: do not make the
				   customer wait for the courier's claim.
				""", ArticleKind.KNOWN_SOLUTION, ArticleAudience.STAFF, "alex.agent", today.plusMonths(4), delivery));
		this.knowledge.update(parcel.id(), parcel.version(), new ArticleDraft(parcel.title(), parcel.body()
				+ "\nA washing machine or larger item is never left in a safe place: treat it as *not delivered*.\n",
				parcel.kind(), parcel.audience(), "alex.agent", parcel.reviewOn(), delivery));
		this.knowledge.create(new ArticleDraft("Refund to card takes 5–10 working days", """
				When we refund you, the money leaves us **the same working day**. Your card issuer then takes
				**5 to 10 working days** to show it on your statement.

				- A refund shows as a credit from *Hearthside Home Appliances*.
				- If you paid with a card you no longer have, the issuer still credits your account.
				- After 10 working days with nothing, reply to your request and we will send the payment
				  reference to give your bank.
				""", ArticleKind.KNOWN_SOLUTION, ArticleAudience.PUBLISHED, "maria.manager", today.plusMonths(6),
				payments));
		this.knowledge.create(new ArticleDraft("Rearranging a delivery slot", """
				You can move your delivery up to **6 pm the day before**.

				1. Open your request in the portal and reply with two days that suit you.
				2. We confirm a morning (7–12) or afternoon (12–6) slot by the next working day.

				Two-person deliveries (large appliances) have fewer slots on Saturdays.
				""", ArticleKind.PROCEDURE, ArticleAudience.PUBLISHED, "maria.manager", today.plusMonths(3), delivery));
		this.knowledge.create(new ArticleDraft("SwiftParcel contingency: depot closed or vans off the road", """
				Use when SwiftParcel tells us a depot is closed, or more than 20% of today's deliveries will fail.

				1. The duty manager declares a **service notice** on SwiftParcel Couriers (Chain → Service notices).
				2. Move the next two days' large-item deliveries to **FastLane Logistics** (standby contract;
				   call their planning desk, number in the contract).
				3. Warehouse & Dispatch re-labels the parcels still in the building.
				4. Agents reply to affected customers with the new date; offer the £10 goodwill voucher
				   when the new date is more than 2 days later.
				5. Give the all-clear on the notice when SwiftParcel confirms normal running.
				""", ArticleKind.CONTINGENCY_PROCEDURE, ArticleAudience.STAFF, "maria.manager", today.plusMonths(2),
				delivery));
		this.knowledge.create(new ArticleDraft("Engineer did not arrive for a repair visit", """
				1. Check the engineer's day in the repair schedule: was the visit moved or cancelled?
				2. If the engineer is running late, tell the customer the new time window.
				3. If the visit was missed, book the **first available slot** and mark the request
				   *priority high*; a second missed visit goes to the team leader.
				""", ArticleKind.KNOWN_SOLUTION, ArticleAudience.STAFF, "ben.agent", today.minusWeeks(3), repair));
		this.knowledge.create(new ArticleDraft("Payment taken twice", """
				Sometimes a card payment shows twice: one is usually a **pending authorisation** that your bank
				releases within 3 working days.

				If both are still there after 3 working days, tell us in your request and we will check with
				PayBridge and refund the duplicate the same day.
				""", ArticleKind.KNOWN_SOLUTION, ArticleAudience.PUBLISHED, "maria.manager", today.plusMonths(6),
				payments));
		return 6;
	}

}
