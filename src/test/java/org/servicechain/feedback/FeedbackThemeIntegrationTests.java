package org.servicechain.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.Role;
import org.servicechain.notify.OutboxDrain;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.MutableClock;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Repeated comments reach the people responsible (FB-4, FB-5): a theme that recurs past
 * the threshold within the window raises one alert, told to the party it is about and the
 * managers with what was said; the party acknowledges it, a manager decides, and the
 * theme is ranked with its decision.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class FeedbackThemeIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient agent;

	/**
	 * A word no other test uses, so the theme is this test's own on a shared database.
	 */
	String word;

	@BeforeEach
	void aChain() {
		this.clock.set(Instant.parse("2026-11-16T10:00:00Z"));
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.agent = this.clients.api(Role.AGENT);
		// Six letters from a random UUID's hex digits (0-f read as a-p): a word of
		// letters
		// only, so the analyzers keep it whole.
		this.word = "zq" + UUID.randomUUID()
			.toString()
			.chars()
			.filter((c) -> c != '-')
			.limit(6)
			.mapToObj((c) -> String.valueOf((char) ('a' + Character.digit(c, 16))))
			.collect(Collectors.joining());
	}

	void comment(Named customer, String text) {
		TestClient.Response captured = this.agent.post("/api/v1/feedback/comments",
				Map.of("kind", "COMMENT", "channel", "PHONE", "customerId", customer.id(), "serviceId",
						this.chain.delivery().id(), "partyId", this.chain.courier().id(), "text", text));
		assertThat(captured.status()).as(captured.toString()).isEqualTo(201);
		this.clock.advance(Duration.ofHours(20));
	}

	JsonNode ours(List<JsonNode> alerts) {
		return alerts.stream()
			.filter((alert) -> alert.get("examples").toString().contains(this.word))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No alert on " + this.word + " in " + alerts));
	}

	@Test
	void aRecurringThemeAlertsThePartyAndManagersAndIsAnsweredByADecision() {
		// A month of its own: the window holds only this test's texts, not the other
		// tests' comments and complaints on the shared database (among them this theme's
		// words would be one cluster of many, and not always among the thirty kept).
		this.clock.set(Instant.parse("2029-03-01T10:00:00Z"));
		TestClient partner = this.fixtures.partnerOf(this.chain.courier());
		TestClient manager = this.clients.api(Role.MANAGER);
		for (int i = 0; i < 5; i++) {
			Named customer = this.fixtures.chain().externalCustomer("Customer " + i);
			comment(customer, "The " + this.word + " courier was late and rude, number " + i);
		}

		List<JsonNode> raised = manager.post("/api/v1/feedback/alerts/check", Map.of()).json().valueStream().toList();
		JsonNode alert = ours(raised);
		String id = alert.get("id").asString();
		assertThat(alert.get("mentions").asInt()).isEqualTo(5);
		assertThat(alert.get("customers").asInt()).isEqualTo(5);
		// Checking again raises nothing new while the alert is open.
		assertThat(manager.post("/api/v1/feedback/alerts/check", Map.of()).body()).doesNotContain(id);

		// The courier's people and the managers are told, with what was said.
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			OutboxDrain.once(this.context);
			assertThat(partner.get("/api/v1/notifications").body()).contains(this.word);
		});
		assertThat(partner.get("/api/v1/notifications").body()).contains("feedback.theme-alert")
			.contains("What was said");
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			OutboxDrain.once(this.context);
			assertThat(manager.get("/api/v1/notifications").body()).contains(this.word);
		});

		// The party acknowledges; an agent may not decide; a manager does.
		assertThat(partner.post("/api/v1/feedback/alerts/" + id + "/acknowledge", Map.of()).status()).isEqualTo(200);
		assertThat(this.fixtures.partnerOf(this.chain.warehouse()).get("/api/v1/feedback/alerts/" + id).status())
			.isEqualTo(404);
		Map<String, Object> decision = Map.of("theme", alert.get("theme").asString(), "decision", "ACT", "reason",
				"Agree a call-ahead rule with the courier", "alertId", id);
		assertThat(this.agent.post("/api/v1/feedback/decisions", decision).status()).isEqualTo(403);
		TestClient.Response decided = manager.post("/api/v1/feedback/decisions", decision);
		assertThat(decided.status()).as(decided.toString()).isEqualTo(201);

		JsonNode answered = manager.get("/api/v1/feedback/alerts/" + id).json();
		assertThat(answered.get("acknowledgedByName").asString()).isNotBlank();
		assertThat(answered.get("decision").get("decision").asString()).isEqualTo("ACT");
		assertThat(answered.get("decision").get("reason").asString()).contains("call-ahead");

		JsonNode theme = manager.get("/api/v1/feedback/themes?days=30")
			.json()
			.valueStream()
			.filter((candidate) -> candidate.get("key").asString().equals(alert.get("theme").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(theme.get("customers").asInt()).isEqualTo(5);
		assertThat(theme.get("tone").asString()).isEqualTo("NEGATIVE");
		assertThat(theme.get("decision").get("decision").asString()).isEqualTo("ACT");
		assertThat(theme.get("openAlert").asBoolean()).isFalse();
	}

	@Test
	void aDecisionNeedsAReason() {
		TestClient.Response refused = this.clients.api(Role.MANAGER)
			.post("/api/v1/feedback/decisions", Map.of("theme", "late delivery", "decision", "MONITOR", "reason", ""));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("reason").contains("required");
	}

	@Test
	void themesAndScoresAreForStaffWhoSeeAllFeedback() {
		assertThat(this.fixtures.memberOf(this.chain.warehouse()).get("/api/v1/feedback/themes").status())
			.isEqualTo(403);
		assertThat(
				this.fixtures.partnerOf(this.chain.courier()).post("/api/v1/feedback/alerts/check", Map.of()).status())
			.isEqualTo(403);
		JsonNode scores = this.agent.get("/api/v1/feedback/scores?kind=NPS&weeks=4").json();
		assertThat(scores.get("kind").asString()).isEqualTo("NPS");
		assertThat(scores.get("byWeek").size()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void anActionsBaselineIsTakenWhenItStartsAndItsMetricIsReadLive() {
		for (int i = 0; i < 3; i++) {
			comment(this.fixtures.chain().externalCustomer("Kettle " + i), "The " + this.word + " kettle leaks");
		}
		TestClient manager = this.clients.api(Role.MANAGER);
		String owner = manager.get("/api/v1/me").json().get("username").asString();
		Map<String, Object> action = new java.util.HashMap<>(
				Map.of("title", "Replace the leaking kettles", "owner", owner, "metric", "THEME_MENTIONS", "theme",
						this.word + " kettle", "target", 0, "deadline", "2026-12-31", "links", "CMP-101"));
		assertThat(this.agent.post("/api/v1/feedback/actions", action).status()).isEqualTo(403);
		Map<String, Object> noTarget = new java.util.HashMap<>(action);
		noTarget.remove("target");
		TestClient.Response refused = manager.post("/api/v1/feedback/actions", noTarget);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("target");

		TestClient.Response started = manager.post("/api/v1/feedback/actions", action);
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String id = started.json().get("id").asString();
		assertThat(started.json().get("baseline").asDouble()).isEqualTo(3.0);
		assertThat(started.json().get("current").asDouble()).isZero();
		assertThat(started.json().get("lowerIsBetter").asBoolean()).isTrue();

		comment(this.chain.customer(), "Another " + this.word + " kettle leaks");
		JsonNode now = manager.get("/api/v1/feedback/actions/" + id).json();
		assertThat(now.get("current").asDouble()).isEqualTo(1.0);
		assertThat(now.get("improved").asBoolean()).isTrue();
		assertThat(now.get("achieved").asBoolean()).isFalse();
		assertThat(now.get("weeks").size()).isGreaterThanOrEqualTo(4);

		TestClient.Response done = manager.post("/api/v1/feedback/actions/" + id + "/status", Map.of("status", "DONE"),
				Map.of("If-Match", "\"" + now.get("version").asLong() + "\""));
		assertThat(done.status()).as(done.toString()).isEqualTo(200);
		assertThat(done.json().get("status").asString()).isEqualTo("DONE");
		TestClient.Response stale = manager.post("/api/v1/feedback/actions/" + id + "/status", Map.of("status", "OPEN"),
				Map.of("If-Match", "\"" + now.get("version").asLong() + "\""));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(this.fixtures.partnerOf(this.chain.courier()).get("/api/v1/feedback/actions/" + id).status())
			.isIn(403, 404);
	}

}
