package org.servicechain.complaints;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.MutableClock;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * Complaints on a real chain with a moved clock, in office hours (Monday to Friday 09:00
 * to 17:00, London): the five steps and who did each when, a breached step swept once,
 * remedies above an approver's authority refused, referral within the timescale and
 * outside, and what each role may see.
 */
@IntegrationTest
@Import({ MutableClock.Config.class, ComplaintIntegrationTests.Heard.class })
class ComplaintIntegrationTests {

	/** Monday 2 November 2026, 10:00 in London (GMT). */
	static final Instant MONDAY_TEN = Instant.parse("2026-11-02T10:00:00Z");

	@Autowired
	TestClient.Clients clients;

	@Autowired
	MutableClock clock;

	@Autowired
	SweepingComplaints sweeping;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Heard heard;

	/**
	 * The events published, as the notifications module would hear them.
	 */
	@TestConfiguration
	static class Heard extends CopyOnWriteArrayList<Object> {

		@EventListener
		void on(ComplaintBreached event) {
			add(event);
		}

		@EventListener
		void on(ComplaintStepDue event) {
			add(event);
		}

		@EventListener
		void on(ComplaintReferred event) {
			add(event);
		}

	}

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient agent;

	TestClient manager;

	@BeforeEach
	void aChainAndThePolicy() {
		this.clock.set(MONDAY_TEN);
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.agent = this.clients.api(Role.AGENT);
		this.manager = this.fixtures.manager();
		ComplaintFixtures.usePolicy(this.manager, ComplaintFixtures.officeHours(this.manager));
	}

	String raiseRequest() {
		TestClient.Response raised = this.agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), "Washing machine not delivered"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		return raised.json().get("id").asString();
	}

	TestClient.Response complain(TestClient client, String summary) {
		return client.post("/api/v1/complaints",
				ComplaintFixtures.complaint(this.chain.customer(), raiseRequest(), summary));
	}

	static JsonNode step(JsonNode complaint, String step) {
		return complaint.get("steps")
			.valueStream()
			.filter((candidate) -> candidate.get("step").asString().equals(step))
			.findFirst()
			.orElseThrow();
	}

	static TestClient.Response take(TestClient client, TestClient.Response current, String action,
			Map<String, Object> body) {
		return client.post("/api/v1/complaints/" + current.json().get("id").asString() + "/" + action, body,
				Map.of("If-Match", current.etag()));
	}

	static TestClient.Response ok(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
		return response;
	}

	@Test
	void theFiveStepsEachHaveTheirOwnDueTimeAndRecordWhoDidThemWhen() {
		TestClient.Response received = ok(complain(this.agent, "Three missed deliveries"));
		JsonNode complaint = received.json();
		assertThat(complaint.get("reference").asString()).startsWith("CMP-");
		assertThat(complaint.get("status").asString()).isEqualTo("RECEIVED");
		// One working day of office hours from Monday 10:00 is Tuesday 10:00; eight weeks
		// of working days (40 × 8 h) is Monday 28 December 10:00.
		assertThat(step(complaint, "ACKNOWLEDGE").get("dueAt").asString()).isEqualTo("2026-11-03T10:00:00Z");
		assertThat(complaint.get("finalResponseDueAt").asString()).isEqualTo("2026-12-28T10:00:00Z");
		assertThat(step(complaint, "ASSURE").get("tone").asString()).isEqualTo("not-started");
		// The evidence of what the customer asked for and their needs is kept.
		assertThat(complaint.get("communicationNeeds").asString()).contains("phone");

		this.clock.advance(Duration.ofHours(2));
		TestClient.Response acknowledged = ok(take(this.agent, received, "acknowledge", Map.of()));
		JsonNode ack = step(acknowledged.json(), "ACKNOWLEDGE");
		assertThat(ack.get("tone").asString()).isEqualTo("met");
		assertThat(ack.get("doneAt").asString()).isEqualTo("2026-11-02T12:00:00Z");
		assertThat(ack.get("doneBy").asString()).isEqualTo("Test Agent");
		assertThat(acknowledged.json().get("acknowledgement").asString())
			.contains(complaint.get("reference").asString())
			.contains("Dear Amelia Hughes")
			.contains("Monday 28 December 2026");

		// A stale copy and a missing If-Match are refused.
		assertProblem(take(this.agent, received, "apologise", Map.of("wording", "Sorry")), 409);
		assertProblem(this.agent.post("/api/v1/complaints/" + complaint.get("id").asString() + "/apologise",
				Map.of("wording", "Sorry")), 428);
		// Steps are taken in order.
		assertProblem(
				take(this.agent, acknowledged, "act",
						Map.of("remedy", "GOODWILL", "value", 10, "description", "Voucher")),
				422, "step", "step-order");

		TestClient.Response apologised = ok(take(this.agent, acknowledged, "apologise",
				Map.of("wording", "We are sorry we let you down three times.")));
		this.clock.advance(Duration.ofDays(1));
		TestClient.Response analysed = ok(take(this.agent, apologised, "analyse",
				Map.of("rootCause", "The courier's van was off the road and nobody told the customer.", "causeCategory",
						"Supplier failure", "responsiblePartyId", this.chain.courier().id())));
		JsonNode analysis = step(analysed.json(), "ANALYSE");
		assertThat(analysis.get("details").get("Responsible link").asString()).isEqualTo(this.chain.courier().name());
		assertThat(analysis.get("details").get("Evidence: the request's clock ledger").asString()).startsWith("REQ-");

		TestClient.Response acted = ok(take(this.agent, analysed, "act", Map.of("remedy", "GOODWILL", "value", 25,
				"description", "A £25 voucher and a guaranteed slot", "actionsRaised", "Review courier contract")));
		assertThat(acted.json().get("status").asString()).isEqualTo("RESOLUTION_PROPOSED");

		// The customer accepts in the portal.
		TestClient customer = this.fixtures.customerOf(this.chain.customer());
		TestClient.Response seen = ok(customer.get("/api/v1/complaints/" + complaint.get("id").asString()));
		assertThat(seen.json().get("canAnswer").asBoolean()).isTrue();
		TestClient.Response accepted = ok(take(customer, seen, "answer", Map.of("accepted", true)));
		assertThat(accepted.json().get("status").asString()).isEqualTo("RESOLUTION_ACCEPTED");
		assertThat(step(accepted.json(), "ASSURE").get("tone").asString()).isEqualTo("running");

		TestClient.Response staffCopy = ok(this.agent.get("/api/v1/complaints/" + complaint.get("id").asString()));
		TestClient.Response assured = ok(take(this.agent, staffCopy, "assure",
				Map.of("note", "Called Amelia: delivered and happy with the voucher.")));
		assertThat(assured.json().get("status").asString()).isEqualTo("RESOLVED");
		assertThat(assured.json().get("followUpOn").asString()).isEqualTo("2026-12-01");
		TestClient.Response closed = ok(take(this.agent, assured, "follow-up", Map.of("note", "Still fine.")));
		assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.json().get("steps").valueStream().map((s) -> s.get("tone").asString()).toList())
			.containsOnly("met");

		// Every change is audited.
		List<String> operations = ok(this.agent.get("/api/v1/complaints/" + complaint.get("id").asString() + "/audit"))
			.json()
			.valueStream()
			.map((entry) -> entry.get("operation").asString())
			.toList();
		assertThat(operations).contains("created", "updated");
	}

	@Test
	void aStepNotDoneInTimeBreachesAndTheSweepActsOnceWithANoticeForTheOwner() {
		TestClient.Response received = ok(complain(this.agent, "Nobody acknowledged me"));
		String id = received.json().get("id").asString();
		String requestId = received.json().get("requestId").asString();
		assertThat(sweep()).isZero();

		// 75 % of a working day: Monday 16:00. Tuesday 10:00 the working day is over.
		this.clock.set(Instant.parse("2026-11-02T16:00:00Z"));
		assertThat(sweep()).isEqualTo(1);
		assertThat(this.heard).anySatisfy((event) -> assertThat(event).isInstanceOfSatisfying(ComplaintStepDue.class,
				(due) -> assertThat(due.step()).isEqualTo(ComplaintStep.ACKNOWLEDGE)));

		this.clock.set(Instant.parse("2026-11-03T10:01:00Z"));
		JsonNode late = ok(this.agent.get("/api/v1/complaints/" + id)).json();
		assertThat(step(late, "ACKNOWLEDGE").get("tone").asString()).isEqualTo("breached");
		assertThat(step(late, "ACKNOWLEDGE").get("dueAt").asString()).isEqualTo("2026-11-03T10:00:00Z");
		assertThat(sweep()).isEqualTo(1);
		assertThat(sweep()).isZero();
		assertThat(this.heard).anySatisfy((event) -> assertThat(event).isInstanceOfSatisfying(ComplaintBreached.class,
				(breach) -> assertThat(breach.complaintId()).isEqualTo(UUID.fromString(id))));
		List<String> notices = this.jdbc.queryForList(
				"select message from request_notice where request_id = ? order by created_at", String.class,
				UUID.fromString(requestId));
		assertThat(notices).hasSize(2);
		assertThat(notices.get(1)).contains("acknowledge was due").contains("not done");

		// Done late, it stays breached.
		TestClient.Response acknowledged = ok(take(this.agent, ok(this.agent.get("/api/v1/complaints/" + id)),
				"acknowledge", Map.of("message", "Sorry for the wait: we are on it.")));
		assertThat(step(acknowledged.json(), "ACKNOWLEDGE").get("tone").asString()).isEqualTo("breached");
		assertThat(acknowledged.json().get("acknowledgement").asString())
			.isEqualTo("Sorry for the wait: we are on it.");
	}

	int sweep() {
		return SystemActor.call(() -> this.sweeping.sweep(this.clock.instant()));
	}

	TestClient.Response analysedComplaint() {
		TestClient.Response current = ok(complain(this.agent, "Broken on arrival"));
		current = ok(take(this.agent, current, "acknowledge", Map.of()));
		current = ok(take(this.agent, current, "apologise", Map.of("wording", "We are sorry.")));
		return ok(take(this.agent, current, "analyse", Map.of("rootCause", "Packed badly", "causeCategory", "Packing",
				"responsiblePartyId", this.chain.warehouse().id())));
	}

	@Test
	void remediesAboveTheApproversAuthorityAreRefused() {
		TestClient.Response analysed = analysedComplaint();
		String id = analysed.json().get("id").asString();
		UUID supervisor = contact("Sam Supervisor",
				Map.of("canApproveSpend", true, "spendLimit", 100, "escalationLevel", 1));
		UUID lead = contact("Lee Lead", Map.of("canApproveSpend", true, "spendLimit", 5000, "escalationLevel", 1));
		UUID director = contact("Dana Director",
				Map.of("canApproveSpend", true, "spendLimit", 5000, "escalationLevel", 3));
		UUID noSpend = contact("Nico Nospend", Map.of("escalationLevel", 2));

		// Above the handler's discretion (£50) an approver is needed, and their recorded
		// authority must cover the value; from £1,000 they must stand at level 2 or
		// above.
		assertProblem(act(analysed, 250, null), 422, "value", "authority");
		assertProblem(act(analysed, 250, supervisor), 422, "approverContactId", "authority");
		assertProblem(act(analysed, 250, noSpend), 422, "approverContactId", "authority");
		assertProblem(act(analysed, 1500, lead), 422, "approverContactId", "authority");
		assertProblem(act(analysed, -5, null), 422, "value", "range");
		// Nothing was half-saved.
		TestClient.Response unchanged = ok(this.agent.get("/api/v1/complaints/" + id));
		assertThat(unchanged.etag()).isEqualTo(analysed.etag());
		assertThat(unchanged.json().get("status").asString()).isEqualTo("ANALYSED");

		TestClient.Response acted = ok(act(analysed, 1500, director));
		assertThat(acted.json().get("remedyValue").asDouble()).isEqualTo(1500.0);
		assertThat(step(acted.json(), "ACT").get("details").get("Approved by").asString()).isEqualTo("Dana Director");
	}

	UUID contact(String name, Map<String, Object> authority) {
		return this.fixtures.chain().contact(this.chain.frontLine(), name, authority);
	}

	TestClient.Response act(TestClient.Response current, int value, UUID approver) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("remedy", "REFUND");
		body.put("value", value);
		body.put("description", "Refund");
		if (approver != null) {
			body.put("approverContactId", approver);
		}
		return take(this.agent, current, "act", body);
	}

	@Test
	void referralSetsANewDueTimeWithinTheTimescaleAndAnOutsideReferralTellsTheCustomersDeadline() {
		TestClient.Response received = ok(complain(this.agent, "Engineer never came"));
		String id = received.json().get("id").asString();
		// Beyond the final response (Monday 28 December 10:00): refused.
		assertProblem(
				take(this.agent, received, "referrals", Map.of("target", "PARTNER", "partyId",
						this.chain.courier().id(), "reason", "Their van", "newDueAt", "2027-01-04T10:00:00Z")),
				422, "newDueAt", "within-timescale");
		// A customer is not a partner.
		assertProblem(
				take(this.agent, received, "referrals",
						Map.of("target", "PARTNER", "partyId", this.chain.customer().id(), "reason", "?")),
				422, "partyId", "partner");

		TestClient.Response referred = ok(take(this.agent, received, "referrals",
				Map.of("target", "PARTNER", "partyId", this.chain.courier().id(), "reason",
						"The courier must explain the missed slots", "newDueAt", "2026-11-04T12:00:00Z",
						"sharePersonalData", false)));
		// The acknowledgement, the step now due, is now due Wednesday 12:00.
		assertThat(step(referred.json(), "ACKNOWLEDGE").get("dueAt").asString()).isEqualTo("2026-11-04T12:00:00Z");
		assertThat(referred.json().get("referrals").get(0).get("partyName").asString())
			.isEqualTo(this.chain.courier().name());
		assertThat(this.heard).anySatisfy((event) -> assertThat(event).isInstanceOfSatisfying(ComplaintReferred.class,
				(referral) -> assertThat(referral.partyId()).isEqualTo(this.chain.courier().id())));

		// The courier sees it in the partner portal, without the customer's personal
		// data.
		TestClient courier = this.fixtures.partnerOf(this.chain.courier());
		JsonNode seen = ok(courier.get("/api/v1/complaints/" + id)).json();
		assertThat(seen.get("personalData").asBoolean()).isFalse();
		assertThat(seen.get("complainant").asString()).doesNotContain("Amelia");
		assertThat(seen.get("description").isNull()).isTrue();
		assertThat(seen.get("contactEmail").isNull()).isTrue();
		assertThat(seen.get("referrals")).isEmpty();
		assertThat(courier.items("/api/v1/complaints").stream().map((c) -> c.get("id").asString())).containsExactly(id);

		TestClient.Response out = ok(take(this.agent, referred, "referrals",
				Map.of("target", "OMBUDSMAN", "reason", "The customer asked where else to go")));
		assertThat(out.json().get("referOutDeadline").asString()).isEqualTo("2027-05-02");
		assertThat(out.json().get("ombudsmanName").asString()).isEqualTo("The Retail Ombudsman");
	}

	@Test
	void eachRoleSeesOnlyWhatItMay() {
		TestClient.Response received = ok(complain(this.agent, "Rude driver"));
		String id = received.json().get("id").asString();
		TestClient.Response other = ok(complain(this.agent, "Wrong colour"));

		// The complainant sees their own, without the inside of the handling.
		TestClient customer = this.fixtures.customerOf(this.chain.customer());
		JsonNode own = ok(customer.get("/api/v1/complaints/" + id)).json();
		assertThat(own.get("personalData").asBoolean()).isTrue();
		assertThat(own.get("history")).isEmpty();
		assertThat(own.get("owner").isNull()).isTrue();
		assertProblem(customer.get("/api/v1/complaints/" + id + "/audit"), 404);
		assertProblem(take(customer, received, "acknowledge", Map.of()), 403);

		// Another customer, a partner nothing was referred to, and an unrelated team get
		// 404, as for a complaint that does not exist; their registers are empty.
		Named stranger = this.fixtures.chain().externalCustomer("Someone Else");
		TestClient strangerClient = this.fixtures.customerOf(stranger);
		assertProblem(strangerClient.get("/api/v1/complaints/" + id), 404);
		assertThat(strangerClient.items("/api/v1/complaints")).isEmpty();
		TestClient courier = this.fixtures.partnerOf(this.chain.courier());
		assertProblem(courier.get("/api/v1/complaints/" + id), 404);
		assertThat(courier.items("/api/v1/complaints")).isEmpty();
		Named elsewhere = this.fixtures.chain().internalTeam("Elsewhere");
		assertProblem(this.fixtures.memberOf(elsewhere).get("/api/v1/complaints/" + id), 404);

		// The responsible team (the request's team, the front line) sees it and works it.
		TestClient frontLine = this.fixtures.memberOf(this.chain.frontLine());
		ok(take(frontLine, ok(frontLine.get("/api/v1/complaints/" + id)), "acknowledge", Map.of()));

		// A customer complains for their own party only.
		assertProblem(strangerClient.post("/api/v1/complaints",
				ComplaintFixtures.complaint(this.chain.customer(), raiseRequest(), "Not mine")), 403);
		// The customer's register lists both of theirs.
		assertThat(customer.items("/api/v1/complaints").stream().map((c) -> c.get("id").asString())).contains(id,
				other.json().get("id").asString());
		// Only managers change the policy.
		assertProblem(this.agent.put("/api/v1/complaints/policy", ComplaintFixtures.policy(UUID.randomUUID()), "\"1\""),
				403);
	}

	@Autowired
	ComplaintPersonalData personalData;

	@Test
	void erasureReplacesTheComplainantsPersonalDataAndKeepsTheSteps() {
		TestClient.Response received = ok(complain(this.agent, "Amelia Hughes wants her money back"));
		String id = received.json().get("id").asString();
		ok(take(this.agent, received, "acknowledge", Map.of()));
		org.servicechain.privacy.DataSubject subject = new org.servicechain.privacy.DataSubject(
				org.servicechain.privacy.DataSubject.Kind.PERSON, this.chain.customer().id());
		Object exported = SystemActor
			.call(() -> this.personalData.export(subject, java.util.Set.of("amelia@example.org")));
		assertThat(String.valueOf(exported)).contains("amelia@example.org").contains("Prefers phone calls");
		SystemActor.call(() -> this.personalData.pseudonymise(subject,
				java.util.Set.of("Amelia Hughes", "amelia@example.org"), "Person 7f3a"));
		JsonNode after = ok(this.agent.get("/api/v1/complaints/" + id)).json();
		assertThat(after.get("contactName").asString()).isEqualTo("Person 7f3a");
		assertThat(after.get("contactEmail").isNull()).isTrue();
		assertThat(after.get("communicationNeeds").isNull()).isTrue();
		assertThat(after.get("summary").asString()).isEqualTo("Person 7f3a wants her money back");
		assertThat(after.get("acknowledgement").asString()).doesNotContain("Amelia");
		assertThat(after.get("status").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(step(after, "ACKNOWLEDGE").get("tone").asString()).isEqualTo("met");
	}

	@Autowired
	ComplaintManagement management;

	@Test
	void aCustomersMessageIsTheirsAloneIsShownAndIsErasedWithTheirPersonalData() {
		TestClient.Response received = ok(complain(this.agent, "Sofa late"));
		UUID id = UUID.fromString(received.json().get("id").asString());
		UUID amelia = this.fixtures.chain()
			.contact(this.chain.customer(), "Amelia Hughes", Map.of("email", "amelia@example.org"));
		UUID stranger = this.fixtures.chain()
			.contact(this.fixtures.chain().externalCustomer("Someone Else"), "Sam Stranger", Map.of());

		// Only a contact of the complainant writes on it.
		assertThatThrownBy(() -> SystemActor
			.call(() -> this.management.customerWrote(id, stranger, "Me too.", ComplaintChannel.MAIL)))
			.isInstanceOfSatisfying(org.servicechain.shared.InvalidInputException.class,
					(ex) -> assertThat(ex.getViolations().get(0).rule()).isEqualTo("complainant-contact"));
		SystemActor.call(() -> this.management.customerWrote(id, amelia,
				"Amelia Hughes here: any news? Call amelia@example.org.", ComplaintChannel.MAIL));

		JsonNode seen = ok(this.agent.get("/api/v1/complaints/" + id)).json();
		assertThat(seen.get("messages").get(0).get("author").asString()).isEqualTo("Amelia Hughes");
		assertThat(seen.get("history").valueStream().map((event) -> event.get("kind").asString()).toList())
			.containsExactly("RECEIVED", "CUSTOMER_MESSAGE");
		// The steps and their clocks are not touched; the complaint's version neither.
		assertThat(seen.get("version").asLong()).isEqualTo(received.json().get("version").asLong());
		assertThat(seen.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(ok(this.agent.get("/api/v1/complaints/" + id + "/audit")).body()).contains("customer-message")
			.doesNotContain("any news");

		org.servicechain.privacy.DataSubject subject = new org.servicechain.privacy.DataSubject(
				org.servicechain.privacy.DataSubject.Kind.PERSON, this.chain.customer().id());
		assertThat(String
			.valueOf(SystemActor.call(() -> this.personalData.export(subject, java.util.Set.of("amelia@example.org")))))
			.contains("any news?");
		SystemActor.call(() -> this.personalData.pseudonymise(subject,
				java.util.Set.of("Amelia Hughes", "amelia@example.org"), "Person 7f3a"));
		JsonNode message = ok(this.agent.get("/api/v1/complaints/" + id)).json().get("messages").get(0);
		assertThat(message.get("author").asString()).isEqualTo("Person 7f3a");
		assertThat(message.get("text").asString()).isEqualTo("Person 7f3a here: any news? Call Person 7f3a.");
	}

	@Test
	void badInputNamesTheFieldAndTheRule() {
		Map<String, Object> complaint = ComplaintFixtures.complaint(this.chain.customer(), raiseRequest(), "x");
		complaint.put("complainant", this.chain.courier().id());
		assertProblem(this.agent.post("/api/v1/complaints", complaint), 422, "complainant", "customer");
		complaint.put("complainant", this.chain.internalCustomer().id());
		assertProblem(this.agent.post("/api/v1/complaints", complaint), 422, "requestId", "same-customer");
		complaint.remove("summary");
		assertProblem(this.agent.post("/api/v1/complaints", complaint), 422, "summary", "required");
	}

}
