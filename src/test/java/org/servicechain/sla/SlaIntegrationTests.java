package org.servicechain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.MutableClock;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clocks on real requests, with a moved clock: the index kept with each event, the sweep
 * acting once on what is due, breaches attributed along the chain, upstream risk, and the
 * API's shapes.
 */
@IntegrationTest
@Import({ MutableClock.Config.class, SlaIntegrationTests.Alerts.class })
class SlaIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	MutableClock clock;

	@Autowired
	SweepingClocks sweeping;

	@Autowired
	ClockIndex index;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	Alerts alerts;

	/**
	 * The alerts the sweep published, as another module would hear them.
	 */
	@org.springframework.boot.test.context.TestConfiguration
	static class Alerts extends java.util.concurrent.CopyOnWriteArrayList<ClockAlert> {

		@org.springframework.context.event.EventListener
		void on(ClockAlert alert) {
			add(alert);
		}

	}

	DeliveryChain chain;

	RequestFixtures fixtures;

	TestClient agent;

	@BeforeEach
	void aDeliveryChain() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.agent = this.clients.api(Role.AGENT);
	}

	String raise(String summary) {
		TestClient.Response raised = this.agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), summary));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		return raised.json().get("id").asString();
	}

	String handToCourier(String requestId) {
		TestClient.Response handed = this.agent.post("/api/v1/requests/" + requestId + "/tasks",
				Map.of("party", this.chain.courier().id(), "summary", "Deliver tomorrow", "needed", "A two-person slot",
						"sharePersonalData", false));
		assertThat(handed.status()).as(handed.toString()).isEqualTo(201);
		return handed.json().get("id").asString();
	}

	JsonNode clocks(String requestId) {
		TestClient.Response response = this.agent.get("/api/v1/requests/" + requestId + "/clocks");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	static JsonNode clock(JsonNode clocks, String key) {
		return clocks.valueStream()
			.filter((clock) -> clock.get("key").asString().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no clock " + key + " in " + clocks));
	}

	int sweep() {
		return SystemActor.call(() -> this.sweeping.sweep(this.clock.instant()));
	}

	/**
	 * What the sweep has given notify to tell about the request (its happenings, written
	 * in the sweep's transaction; notify tells each recipient in-app and by mail).
	 */
	List<String> notices(String requestId) {
		return this.jdbc.queryForList(
				"select title from notify_happening where source = 'sla' and subject_id = ? order by occurred_at, title",
				String.class, UUID.fromString(requestId));
	}

	@Test
	void customerAndTaskClocksRunAtOnceAndABreachIsAttributedToTheLinkWhoseClockBreachedFirst() {
		Instant opened = this.clock.instant();
		String id = raise("Washing machine not delivered");
		this.clock.advance(Duration.ofMinutes(10));
		String taskId = handToCourier(id);

		JsonNode clocks = clocks(id);
		// The customer SLA: 2 h / 8 h in a 24/7 calendar; the courier's contract 1 h / 6
		// h.
		assertThat(clock(clocks, "resolution").get("dueAt").asString())
			.isEqualTo(opened.plus(Duration.ofHours(8)).toString());
		assertThat(clock(clocks, "task/" + taskId + "/resolution").get("dueAt").asString())
			.isEqualTo(opened.plus(Duration.ofMinutes(6 * 60 + 10)).toString());
		assertThat(clock(clocks, "first-response").get("state").asString()).isEqualTo("running");

		// Nothing is due yet: the sweep does not read this request and does nothing to
		// it.
		assertThat(this.index.due(this.clock.instant(), 100)).doesNotContain(UUID.fromString(id));
		sweep();
		assertThat(notices(id)).isEmpty();

		// 6 h 11 min after the handover the courier's own clock has breached.
		this.clock.set(opened.plus(Duration.ofMinutes(6 * 60 + 11)));
		assertThat(this.index.due(this.clock.instant(), 100)).contains(UUID.fromString(id));
		sweep();
		assertThat(notices(id)).anySatisfy((notice) -> assertThat(notice).contains("breached").contains("Courier"));
		int noticesAfterFirstSweep = notices(id).size();
		sweep();
		assertThat(notices(id)).as("a second sweep does nothing twice").hasSize(noticesAfterFirstSweep);
		assertThat(this.index.due(this.clock.instant(), 100)).as("nothing of it is due any more")
			.doesNotContain(UUID.fromString(id));

		// After 8 h the customer's resolution breaches: attributed to the courier, whose
		// own clock breached first.
		this.clock.set(opened.plus(Duration.ofHours(8)).plusSeconds(30));
		sweep();
		JsonNode sla = this.agent.get("/api/v1/requests/" + id + "/sla").json();
		assertThat(sla.get("attribution").asString()).contains("Courier").contains("breached first");
		assertThat(clock(sla.get("clocks"), "resolution").get("breachedAt").asString())
			.isEqualTo(opened.plus(Duration.ofHours(8)).toString());
		assertThat(notices(id)).anySatisfy((notice) -> assertThat(notice).contains("Resolution breached")
			.contains("Attributed to " + this.chain.courier().name()));
		// The ledger: the front line held it 10 minutes, the courier since.
		assertThat(sla.get("totals").valueStream().map((total) -> total.get("holder").asString()))
			.startsWith(this.chain.courier().name());
	}

	@Test
	void escalationStepsRaiseThePriorityAndGiveTheRequestToTheContactOnce() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String email = "duty-" + unique + "@example.com";
		String duty = "duty-" + unique;
		this.identity.createUserAsSystem(
				new NewUser(duty, "Dana Duty " + unique, email, "a long enough password 1", Role.MANAGER, null));
		this.chain = this.fixtures.deliveryChain((frontLine) -> {
			UUID dana = this.fixtures.chain().contact(frontLine, "Dana Duty " + unique, Map.of("email", email));
			UUID nobody = this.fixtures.chain().contact(frontLine, "Olga Offline " + unique, Map.of());
			return List.of(Map.of("level", 1, "contactId", dana, "after", "PT1H", "effect", "RAISE_PRIORITY"),
					Map.of("level", 2, "contactId", dana, "after", "PT3H", "effect", "REASSIGN"),
					Map.of("level", 3, "contactId", nobody, "after", "PT4H", "effect", "REASSIGN"));
		});
		Instant opened = this.clock.instant();
		String id = raise("Cooker not delivered");
		JsonNode raised = this.agent.get("/api/v1/requests/" + id).json();
		assertThat(raised.get("priority").asString()).isEqualTo("P2");

		// Level 1 after 1 h: the priority goes up one level, as an audited history event.
		this.clock.set(opened.plus(Duration.ofHours(1)).plusSeconds(5));
		sweep();
		sweep();
		JsonNode after1 = this.agent.get("/api/v1/requests/" + id).json();
		assertThat(after1.get("priority").asString()).isEqualTo("P1");
		assertThat(after1.get("priorityReason").asString()).startsWith("Escalation level 1 under");
		assertThat(notices(id)).filteredOn((notice) -> notice.contains("escalation level 1"))
			.isNotEmpty()
			.allSatisfy((notice) -> assertThat(notice).contains("priority raised from P2 to P1"));
		assertThat(noticesTo(duty, id)).as("the step's contact has an account and is told").isNotEmpty();

		// Level 2 after 3 h: the request is given to the contact's account, once.
		this.clock.set(opened.plus(Duration.ofHours(3)).plusSeconds(5));
		sweep();
		sweep();
		JsonNode after2 = this.agent.get("/api/v1/requests/" + id).json();
		assertThat(after2.get("assignee").asString()).isEqualTo(duty);
		assertThat(after2.get("priority").asString()).as("level 1 is not taken again").isEqualTo("P1");
		assertThat(notices(id)).filteredOn((notice) -> notice.contains("escalation level 2"))
			.isNotEmpty()
			.allSatisfy((notice) -> assertThat(notice).contains("given to Dana Duty " + unique));

		// Level 3 names a contact with no account: the request stays where it is and
		// the notice says why.
		this.clock.set(opened.plus(Duration.ofHours(4)).plusSeconds(5));
		sweep();
		assertThat(this.agent.get("/api/v1/requests/" + id).json().get("assignee").asString()).isEqualTo(duty);
		assertThat(notices(id)).filteredOn((notice) -> notice.contains("escalation level 3"))
			.isNotEmpty()
			.allSatisfy((notice) -> assertThat(notice)
				.contains("not reassigned: Olga Offline " + unique + " has no staff account"));
		assertThat(this.alerts.stream().filter((alert) -> alert.requestId().toString().equals(id)))
			.as("each step published once for other modules")
			.filteredOn((alert) -> alert.kind() == ClockAlert.Kind.ESCALATION)
			.hasSize(3);
	}

	List<String> noticesTo(String username, String requestId) {
		return this.jdbc
			.queryForList("select title, detail from notify_happening where source = 'sla' and subject_id = ?",
					UUID.fromString(requestId))
			.stream()
			.filter((row) -> List.of(String.valueOf(row.get("detail")).split(" ")).contains(username))
			.map((row) -> String.valueOf(row.get("title")))
			.toList();
	}

	@Test
	void aTaskDueAfterTheCustomersClockRunsOutIsAnUpstreamRiskBeforeAnythingBreaches() {
		Instant opened = this.clock.instant();
		String id = raise("Fridge not delivered");
		// Handed over 3 h in: the courier's 6 h end after the customer's 8 h.
		this.clock.advance(Duration.ofHours(3));
		handToCourier(id);
		sweep();
		assertThat(notices(id))
			.anySatisfy((notice) -> assertThat(notice).contains("at risk because of " + this.chain.courier().name()));
		JsonNode sla = this.agent.get("/api/v1/requests/" + id + "/sla").json();
		assertThat(sla.get("risks").get(0).asString()).contains(this.chain.courier().name());
		assertThat(sla.get("attribution").isNull()).isTrue();
		assertThat(clock(sla.get("clocks"), "resolution").get("dueAt").asString())
			.isEqualTo(opened.plus(Duration.ofHours(8)).toString());
	}

	@Test
	void waitingOnTheCustomerPausesTheirClocksAndTheQueueDueTimeFollows() {
		Instant opened = this.clock.instant();
		String id = raise("Which day suits you?");
		this.clock.advance(Duration.ofHours(1));
		JsonNode request = this.agent.get("/api/v1/requests/" + id).json();
		TestClient.Response waiting = this.agent.post("/api/v1/requests/" + id + "/transitions",
				Map.of("to", "WAITING_ON_CUSTOMER", "reason", "Asked for a delivery day"),
				Map.of("If-Match", "\"" + request.get("version").asLong() + "\""));
		assertThat(waiting.status()).as(waiting.toString()).isEqualTo(200);
		assertThat(clock(clocks(id), "resolution").get("state").asString()).isEqualTo("paused");

		// Two hours later the customer answers; the resolution is now due 2 h later.
		this.clock.advance(Duration.ofHours(2));
		TestClient customer = this.fixtures.customerOf(this.chain.customer());
		TestClient.Response answered = customer.post("/api/v1/requests/" + id + "/replies",
				Map.of("body", "Thursday please"));
		assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
		JsonNode resolution = clock(clocks(id), "resolution");
		assertThat(resolution.get("state").asString()).isEqualTo("running");
		assertThat(resolution.get("dueAt").asString()).isEqualTo(opened.plus(Duration.ofHours(10)).toString());
		assertThat(resolution.get("explanation").toString()).contains("Paused").contains("Asked for a delivery day");
		// The request's own due time (queues, lists) follows the derived clock.
		assertThat(this.agent.get("/api/v1/requests/" + id).json().get("resolutionDueAt").asString())
			.isEqualTo(opened.plus(Duration.ofHours(10)).toString());
	}

	@Test
	void portalUsersNeverSeeClocksOrLedger() {
		String id = raise("Late delivery");
		TestClient customer = this.fixtures.customerOf(this.chain.customer());
		assertThat(customer.get("/api/v1/requests/" + id + "/clocks").status()).isEqualTo(404);
		assertThat(this.fixtures.partnerOf(this.chain.courier()).get("/api/v1/requests/" + id + "/sla").status())
			.isEqualTo(404);
	}

	@Test
	void simulationAnswersEachClockAndNamesBadEvents() {
		String calendarId = this.jdbc.queryForObject(
				"select agreement.calendar_id from agreement where reference_number = ?", String.class,
				Integer.parseInt(this.chain.customerSla().substring(4)));
		TestClient.Response simulated = this.agent.post("/api/v1/clocks/simulate",
				Map.of("calendarId", calendarId, "firstResponse", "PT2H", "resolution", "PT8H", "events",
						List.of(Map.of("at", "2026-12-01T09:00:00Z", "type", "opened"),
								Map.of("at", "2026-12-01T10:00:00Z", "type", "waiting-on-customer"),
								Map.of("at", "2026-12-01T12:00:00Z", "type", "open"),
								Map.of("at", "2026-12-01T12:30:00Z", "type", "public-reply")),
						"now", "2026-12-01T13:00:00Z"));
		assertThat(simulated.status()).as(simulated.toString()).isEqualTo(200);
		JsonNode resolution = clock(simulated.json(), "resolution");
		assertThat(resolution.get("dueAt").asString()).isEqualTo("2026-12-01T19:00:00Z");
		assertThat(resolution.get("elapsed").asString()).isEqualTo("PT2H");
		JsonNode first = clock(simulated.json(), "first-response");
		assertThat(first.get("state").asString()).isEqualTo("met");

		TestClient.Response bad = this.agent.post("/api/v1/clocks/simulate",
				Map.of("calendarId", calendarId, "firstResponse", "PT2H", "resolution", "PT8H", "events",
						List.of(Map.of("at", "2026-12-01T09:00:00Z", "type", "opened"),
								Map.of("at", "2026-12-01T10:00:00Z", "type", "lunch"))));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.body()).contains("events[1].type").contains("known");
	}

	@Test
	void aSweepSharesManyDueRequestsAmongItsThreadsAndActsOnEachOnce() {
		Instant opened = this.clock.instant();
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 3 * SweepingClocks.SMALLEST_SHARE; i++) {
			ids.add(raise("Parcel " + i + " not delivered"));
		}
		// The customer's first response (2 h) has breached on all of them at once.
		this.clock.set(opened.plus(Duration.ofHours(2)).plusSeconds(30));
		sweep();
		for (String id : ids) {
			assertThat(notices(id)).as(id)
				.filteredOn((notice) -> notice.contains("First response breached"))
				.hasSize(1);
		}
		sweep();
		for (String id : ids) {
			assertThat(notices(id)).as("a second sweep does nothing twice")
				.filteredOn((notice) -> notice.contains("First response breached"))
				.hasSize(1);
			assertThat(this.index.acted(UUID.fromString(id))).as(id).isNotEmpty();
		}
	}

}
