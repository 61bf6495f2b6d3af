package org.servicechain.notify;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In-app notifications (REQ-6) as the people of a delivery chain get them: each hears of
 * what concerns them, as the requests module's access rules allow, and nobody else does.
 */
@IntegrationTest
class NotificationIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	RequestFixtures fixtures;

	DeliveryChain chain;

	@BeforeEach
	void aDeliveryChain() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
	}

	@Test
	void customerHearsOfReceiptAndReplyButNeverOfNotesOrOtherPartiesRequests() {
		TestClient customer = this.fixtures.customerOf(this.chain.customer());
		TestClient otherCustomer = this.fixtures.customerOf(this.chain.internalCustomer());
		TestClient agent = this.clients.api(Role.AGENT);

		String id = raise(customer, "Washing machine not delivered");
		String reference = agent.get("/api/v1/requests/" + id).json().get("reference").asString();
		assertThat(
				agent.post("/api/v1/requests/" + id + "/replies", Map.of("body", "Chasing the courier now.")).status())
			.isEqualTo(201);
		assertThat(agent.post("/api/v1/requests/" + id + "/notes", Map.of("body", "Courier missed twice.")).status())
			.isEqualTo(201);

		List<JsonNode> told = awaitNotifications(customer, 2);
		assertThat(told).extracting((n) -> n.get("event").asString())
			.containsExactlyInAnyOrder("request.received", "request.reply");
		JsonNode reply = told.stream()
			.filter((n) -> n.get("event").asString().equals("request.reply"))
			.findFirst()
			.orElseThrow();
		assertThat(reply.get("reference").asString()).isEqualTo(reference);
		assertThat(reply.get("body").asString()).contains("Chasing the courier");
		assertThat(reply.get("link").asString()).isEqualTo("/portal/requests/" + id);
		assertThat(customer.get("/api/v1/notifications").body()).doesNotContain("missed twice");
		assertThat(customer.get("/api/v1/notifications/unread-count").json().get("count").asLong()).isEqualTo(2);
		// A customer of another party hears nothing of it.
		assertThat(otherCustomer.get("/api/v1/notifications").json().get("totalItems").asLong()).isZero();
	}

	@Test
	void mentionedColleagueHearsOfTheNoteAndNobodyElseDoes() {
		TestClient customer = this.fixtures.customerOf(this.chain.customer());
		TestClient writer = this.clients.api(Role.AGENT);
		TestClient named = this.clients.api(Role.MANAGER);
		TestClient bystander = this.clients.api(Role.MANAGER);
		String id = raise(customer, "Door scratched on delivery");
		String name = named.get("/api/v1/me").json().get("username").asString();

		assertThat(writer
			.post("/api/v1/requests/" + id + "/notes",
					Map.of("body", "@" + name + " can you approve a goodwill refund?"))
			.status()).isEqualTo(201);

		List<JsonNode> told = awaitNotifications(named, 1);
		assertThat(told).extracting((n) -> n.get("event").asString()).containsExactly("request.mention");
		assertThat(told.get(0).get("body").asString()).contains("goodwill refund");
		assertThat(told.get(0).get("link").asString()).isEqualTo("/requests/" + id);
		assertThat(bystander.get("/api/v1/notifications").body()).doesNotContain("request.mention");
		assertThat(customer.get("/api/v1/notifications").body()).doesNotContain("goodwill");
	}

	@Test
	void partyTheTaskWentToHearsOfItAndTheHolderHearsItCameBack() {
		TestClient customer = this.fixtures.customerOf(this.chain.customer());
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient courier = this.fixtures.partnerOf(this.chain.courier());
		TestClient otherPartner = this.fixtures.partnerOf(this.chain.customer());
		String id = raise(customer, "Parcel lost");
		String me = agent.get("/api/v1/me").json().get("username").asString();
		JsonNode request = agent.get("/api/v1/requests/" + id).json();
		assertThat(agent
			.put("/api/v1/requests/" + id + "/assignee", Map.of("assignee", me, "reason", "mine"),
					"\"" + request.get("version").asLong() + "\"")
			.status()).isEqualTo(200);
		JsonNode task = agent
			.post("/api/v1/requests/" + id + "/tasks", Map.of("party", this.chain.courier().id(), "summary",
					"Trace the parcel", "needed", "Find where the parcel is.", "sharePersonalData", false))
			.json();
		String taskId = task.get("id").asString();

		List<JsonNode> told = awaitNotifications(courier, 1);
		assertThat(told.get(0).get("event").asString()).isEqualTo("task.handed-over");
		assertThat(told.get(0).get("link").asString()).isEqualTo("/portal/tasks/" + taskId);
		assertThat(told.get(0).get("title").asString()).contains("Trace the parcel");
		assertThat(otherPartner.get("/api/v1/notifications").json().get("totalItems").asLong()).isZero();

		JsonNode seen = courier.get("/api/v1/tasks/" + taskId).json();
		JsonNode accepted = courier
			.post("/api/v1/tasks/" + taskId + "/transitions", Map.of("to", "ACCEPTED"),
					Map.of("If-Match", "\"" + seen.get("version").asLong() + "\""))
			.json();
		assertThat(courier
			.post("/api/v1/tasks/" + taskId + "/transitions", Map.of("to", "COMPLETED", "text", "Found it"),
					Map.of("If-Match", "\"" + accepted.get("version").asLong() + "\""))
			.status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(agent.get("/api/v1/notifications").body()).contains("task.completed"));
	}

	@Test
	void peopleMarkTheirOwnNotificationsReadAndNobodyElses() {
		TestClient customer = this.fixtures.customerOf(this.chain.customer());
		TestClient agent = this.clients.api(Role.AGENT);
		String first = raise(customer, "First");
		agent.post("/api/v1/requests/" + first + "/replies", Map.of("body", "On it."));
		List<JsonNode> told = awaitNotifications(customer, 2);
		String one = told.get(0).get("id").asString();

		// Someone else's notification is "not found".
		assertThat(agent.post("/api/v1/notifications/" + one + "/read", Map.of()).status()).isEqualTo(404);
		JsonNode read = customer.post("/api/v1/notifications/" + one + "/read", Map.of()).json();
		assertThat(read.get("readAt").isNull()).isFalse();
		assertThat(customer.get("/api/v1/notifications/unread-count").json().get("count").asLong()).isEqualTo(1);
		assertThat(customer.get("/api/v1/notifications?unread=true").json().get("totalItems").asLong()).isEqualTo(1);
		assertThat(customer.post("/api/v1/notifications/read-all", Map.of()).json().get("marked").asInt()).isEqualTo(1);
		assertThat(customer.get("/api/v1/notifications/unread-count").json().get("count").asLong()).isZero();
		assertThat(customer.get("/api/v1/notifications").json().get("totalItems").asLong()).isEqualTo(2);
	}

	@Test
	void preferencesChooseTheChannelAndUnknownEventsAreRefused() {
		TestClient customer = this.fixtures.customerOf(this.chain.customer());
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient.Response chosen = customer.put("/api/v1/notifications/preferences",
				Map.of("request.received", "NONE"), null);
		assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
		assertThat(chosen.json()
			.valueStream()
			.filter((p) -> p.get("event").asString().equals("request.received"))
			.findFirst()
			.orElseThrow()
			.get("channel")
			.asString()).isEqualTo("NONE");

		String id = raise(customer, "Quiet please");
		agent.post("/api/v1/requests/" + id + "/replies", Map.of("body", "Understood."));
		List<JsonNode> told = awaitNotifications(customer, 1);
		assertThat(told).extracting((n) -> n.get("event").asString()).containsExactly("request.reply");

		TestClient.Response unknown = customer.put("/api/v1/notifications/preferences",
				Map.of("request.exploded", "MAIL"), null);
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.body()).contains("request.exploded").contains("known-event");
	}

	@Test
	void theHeaderBadgeAndTheListArePagesForPortalUsersToo() {
		TestClient customer = this.clients.session(Role.CUSTOMER, this.chain.customer().id());
		TestClient agent = this.clients.api(Role.AGENT);
		String id = raise(customer, "Badge please");
		agent.post("/api/v1/requests/" + id + "/replies", Map.of("body", "Hello."));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(customer.get("/notifications/badge", Map.of("HX-Request", "true")).body())
				.contains("notify-count")
				.contains(">2<"));
		TestClient.Response badge = customer.get("/notifications/badge", Map.of("HX-Request", "true"));
		assertThat(badge.body()).contains("hx-trigger=\"every 30s\"").doesNotContain("<html");
		TestClient.Response page = customer.get("/notifications");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Badge please").contains("Mark all read");
		assertThat(customer.get("/portal").body()).contains("id=\"notify-badge\"");
		assertThat(customer.postForm("/notifications/read-all", Map.of()).status()).isEqualTo(302);
		assertThat(customer.get("/notifications/badge").body()).doesNotContain("notify-count");
	}

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void clockAlertsTellTheStaffTheSweepNamedWhoMayReadTheRequest() {
		TestClient customer = this.fixtures.customerOf(this.chain.customer());
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient outsider = this.fixtures.memberOf(this.chain.courier());
		String id = raise(customer, "Clock me");
		String reference = agent.get("/api/v1/requests/" + id).json().get("reference").asString();
		String agentName = agent.get("/api/v1/me").json().get("username").asString();
		String outsiderName = outsider.get("/api/v1/me").json().get("username").asString();

		new org.springframework.transaction.support.TransactionTemplate(this.transactions).executeWithoutResult(
				(status) -> this.events.publishEvent(new org.servicechain.sla.ClockAlert(java.util.UUID.fromString(id),
						reference, org.servicechain.sla.ClockAlert.Kind.BREACH, "resolution", "Resolution",
						reference + " breached its resolution target", List.of(agentName, outsiderName),
						java.time.Instant.now())));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(agent.get("/api/v1/notifications").body()).contains("clock.breach"));
		JsonNode breach = agent.get("/api/v1/notifications")
			.json()
			.get("items")
			.valueStream()
			.filter((n) -> n.get("event").asString().equals("clock.breach"))
			.findFirst()
			.orElseThrow();
		assertThat(breach.get("title").asString()).isEqualTo(reference + " breached its resolution target");
		assertThat(breach.get("link").asString()).isEqualTo("/requests/" + id);
		// A team member of another party, though named, may not read the request.
		assertThat(outsider.get("/api/v1/notifications").body()).doesNotContain("clock.breach");
	}

	String raise(TestClient customer, String summary) {
		TestClient.Response raised = customer.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), summary));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		return raised.json().get("id").asString();
	}

	List<JsonNode> awaitNotifications(TestClient client, int count) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(client.get("/api/v1/notifications").json().get("totalItems").asLong())
				.isGreaterThanOrEqualTo(count));
		// Nothing more arrives for what was done.
		return client.get("/api/v1/notifications").json().get("items").valueStream().toList();
	}

}
