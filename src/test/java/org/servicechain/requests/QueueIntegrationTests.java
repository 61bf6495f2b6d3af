package org.servicechain.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queues, assignment and closing (REQ-4, REQ-5): a team's queue follows the rule its
 * agreements set and says why; least-loaded assignment respects skills; bulk reassignment
 * moves all or nothing; resolved requests close after the quiet period.
 */
@IntegrationTest
class QueueIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	ClosingResolvedRequests closing;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient agent;

	@BeforeEach
	void aDeliveryChain() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.agent = this.clients.api(Role.AGENT);
	}

	@Test
	void theQueueFollowsTheCustomerSlasRuleAndSaysWhy() {
		String internalP1 = raise(this.chain.internalCustomer(), "Tills down in all stores", "HIGH", "HIGH");
		String externalP4 = raise(this.chain.customer(), "Question about a delivery slot", "LOW", "LOW");
		JsonNode queue = this.agent.get("/api/v1/queues/" + this.chain.frontLine().id()).json();
		assertThat(queue.get("rule").asString()).isEqualTo("External customers first");
		assertThat(queue.get("ruleSource").asString()).contains(this.chain.customerSla());
		assertThat(queue.get("disagreement").asString()).contains("By priority, then external first");
		List<String> order = queue.get("items").valueStream().map((item) -> item.get("id").asString()).toList();
		assertThat(order).containsExactly(externalP4, internalP1);
		assertThat(queue.get("items").get(0).get("why").asString()).startsWith("External customer, due in");
		assertThat(queue.get("totalItems").asLong()).isEqualTo(2);
		assertThat(queue.get("unassigned").asLong()).isEqualTo(2);
	}

	@Test
	void leastLoadedAssignmentGivesWorkToTheSkilledPersonWithLeast() {
		TestClient manager = this.fixtures.manager();
		String busy = username(this.clients.api(Role.AGENT));
		String idle = username(this.clients.api(Role.AGENT));
		String unskilled = username(this.clients.api(Role.AGENT));
		for (String user : List.of(busy, idle)) {
			assertThat(manager
				.put("/api/v1/desk/profiles/" + user, Map.of("team", this.chain.frontLine().id(), "services",
						List.of(this.chain.delivery().id()), "autoAssign", true), null)
				.status()).isEqualTo(200);
		}
		assertThat(manager
			.put("/api/v1/desk/profiles/" + unskilled, Map.of("team", this.chain.frontLine().id(), "services",
					List.of(this.chain.carriage().id()), "autoAssign", true), null)
			.status()).isEqualTo(200);
		String first = raise(this.chain.customer(), "One", "LOW", "LOW");
		TestClient.Response toBusy = this.agent.put("/api/v1/requests/" + first + "/assignee",
				Map.of("assignee", busy, "reason", "Knows the customer"), etag(first));
		assertThat(toBusy.status()).as(toBusy.toString()).isEqualTo(200);
		String second = raise(this.chain.customer(), "Two", "LOW", "LOW");
		JsonNode assigned = this.agent
			.put("/api/v1/requests/" + second + "/assignee", Map.of("auto", true), etag(second))
			.json();
		assertThat(assigned.get("assignee").asString()).isEqualTo(idle);
	}

	@Test
	void bulkReassignmentMovesAllOrNothing() {
		String one = raise(this.chain.customer(), "Bulk one", "LOW", "LOW");
		String two = raise(this.chain.customer(), "Bulk two", "LOW", "LOW");
		String target = username(this.clients.api(Role.AGENT));
		TestClient.Response refused = this.agent.post("/api/v1/requests/reassignments",
				Map.of("requests", List.of(one, two), "assignee", "nobody-of-that-name", "reason", "Holiday cover"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(this.agent.get("/api/v1/requests/" + one).json().get("assignee").isNull()).isTrue();
		TestClient.Response moved = this.agent.post("/api/v1/requests/reassignments",
				Map.of("requests", List.of(one, two), "assignee", target, "reason", "Holiday cover"));
		assertThat(moved.json().get("reassigned").asInt()).isEqualTo(2);
		assertThat(this.agent.get("/api/v1/requests/" + two).json().get("assignee").asString()).isEqualTo(target);
	}

	@Test
	void aResolvedRequestClosesAfterTheQuietPeriodAndNotBefore() {
		String id = raise(this.chain.customer(), "Resolved and forgotten", "LOW", "LOW");
		assertThat(this.agent
			.post("/api/v1/requests/" + id + "/transitions",
					Map.of("to", "RESOLVED", "reason", "Answered on the phone"), Map.of("If-Match", etag(id)))
			.status()).isEqualTo(200);
		Instant now = Instant.now();
		SystemActor.run(() -> this.closing.closeQuietResolved(now.plus(Duration.ofDays(1))));
		assertThat(this.agent.get("/api/v1/requests/" + id).json().get("status").asString()).isEqualTo("RESOLVED");
		SystemActor.run(() -> this.closing.closeQuietResolved(now.plus(Duration.ofDays(6))));
		JsonNode closed = this.agent.get("/api/v1/requests/" + id).json();
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		JsonNode events = this.agent.get("/api/v1/requests/" + id + "/events").json();
		assertThat(events.get(events.size() - 1).get("reason").asString()).contains("without a reply");
	}

	private String raise(Named requester, String summary, String impact, String urgency) {
		TestClient.Response raised = this.agent.post("/api/v1/requests",
				Map.of("service", this.chain.delivery().id(), "requester", requester.id(), "summary", summary,
						"description", summary, "impact", impact, "urgency", urgency));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		return raised.json().get("id").asString();
	}

	private String etag(String id) {
		return this.agent.get("/api/v1/requests/" + id).etag();
	}

	private static String username(TestClient client) {
		return client.get("/api/v1/me").json().get("username").asString();
	}

}
