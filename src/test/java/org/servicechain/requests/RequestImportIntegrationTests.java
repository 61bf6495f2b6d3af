package org.servicechain.requests;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * Bringing a request in from another desk with its past (REQ-1, REQ-2): the history
 * carries the instants it happened at, the agreement and due times are found as for a
 * live request, the input is checked like any command, a batch is all or nothing, only
 * administrators import, and a retried import never duplicates.
 */
@IntegrationTest
class RequestImportIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	DeliveryChain chain;

	RequestFixtures fixtures;

	TestClient admin;

	String agent;

	String courierUser;

	String customerUser;

	Instant raisedAt;

	@BeforeEach
	void aDeliveryChainAndPeopleOnEachSide() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.admin = this.clients.api(Role.ADMIN);
		this.agent = user(Role.AGENT, null);
		this.courierUser = user(Role.PARTNER, this.chain.courier().id());
		this.customerUser = user(Role.CUSTOMER, this.chain.customer().id());
		this.raisedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3));
	}

	@Test
	void replaysTheStepsAtTheInstantsTheyHappened() {
		List<Map<String, Object>> steps = List.of(
				step("assign", 10, this.agent, Map.of("assignee", this.agent, "reason", "Front line on duty")),
				step("reply", 20, this.agent, Map.of("body", "Sorry, **Amelia**; I am chasing the courier.")),
				step("note", 25, this.agent, Map.of("body", "Second missed delivery this week.")),
				step("task-handed-over", 30, this.agent,
						Map.of("party", this.chain.courier().id(), "summary", "Redeliver tomorrow", "needed",
								"Book a two-person slot.", "sharePersonalData", false)),
				step("status", 31, this.agent, Map.of("to", "WAITING_ON_PARTNER", "reason", "T1 with the courier")),
				step("task-accepted", 60, this.courierUser, Map.of("task", 1)),
				step("task-message", 70, this.courierUser,
						Map.of("task", 1, "fromParty", true, "body", "Booked for 08:00-12:00.")),
				step("task-completed", 24 * 60, this.courierUser,
						Map.of("task", 1, "outcome", "Delivered and the old machine taken away.")),
				step("status", 24 * 60 + 5, this.agent, Map.of("to", "OPEN", "reason", "T1 completed")),
				step("status", 24 * 60 + 10, this.agent, Map.of("to", "RESOLVED", "reason", "Delivered")),
				step("customer-reply", 24 * 60 + 30, this.customerUser, Map.of("body", "All working, thank you.")),
				step("status", 24 * 60 + 31, this.customerUser, Map.of("to", "CLOSED", "reason", "Confirmed")));

		TestClient.Response imported = this.admin.post("/api/v1/requests/imports",
				Map.of("requests", List.of(request("Washing machine not delivered", this.customerUser, steps))));

		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		JsonNode result = imported.json().get("imported").get(0);
		assertThat(result.get("reference").asString()).matches("REQ-\\d+");
		String id = result.get("id").asString();
		JsonNode request = this.admin.get("/api/v1/requests/" + id).json();
		assertThat(request.get("status").asString()).isEqualTo("CLOSED");
		assertThat(request.get("channel").asString()).isEqualTo("PORTAL");
		assertThat(Instant.parse(request.get("openedAt").asString())).isEqualTo(this.raisedAt);
		// The customer SLA of the fixture: 2 h first response, 8 h resolution, around
		// the clock, counted from when it was raised.
		assertThat(request.get("agreement").get("reference").asString()).isEqualTo(this.chain.customerSla());
		assertThat(Instant.parse(request.get("firstResponseDueAt").asString()))
			.isEqualTo(this.raisedAt.plus(Duration.ofHours(2)));
		assertThat(Instant.parse(request.get("resolutionDueAt").asString()))
			.isEqualTo(this.raisedAt.plus(Duration.ofHours(8)));
		assertThat(Instant.parse(request.get("firstRespondedAt").asString())).isEqualTo(at(20));
		assertThat(Instant.parse(request.get("closedAt").asString())).isEqualTo(at(24 * 60 + 31));
		JsonNode task = request.get("tasks").get(0);
		assertThat(task.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(task.get("agreementReference").isNull()).isFalse();
		assertThat(Instant.parse(task.get("handedOverAt").asString())).isEqualTo(at(30));
		assertThat(Instant.parse(task.get("acceptedAt").asString())).isEqualTo(at(60));
		assertThat(Instant.parse(task.get("finishedAt").asString())).isEqualTo(at(24 * 60));

		List<JsonNode> events = this.admin.get("/api/v1/requests/" + id + "/events").json().valueStream().toList();
		assertThat(events).extracting((event) -> event.get("kind").asString())
			.containsExactly("OPENED", "AGREEMENT_APPLIED", "ASSIGNED", "PUBLIC_REPLY", "INTERNAL_NOTE",
					"TASK_HANDED_OVER", "STATUS_CHANGED", "TASK_ACCEPTED", "TASK_MESSAGE", "TASK_COMPLETED",
					"STATUS_CHANGED", "STATUS_CHANGED", "CUSTOMER_REPLY", "STATUS_CHANGED");
		assertThat(events).extracting((event) -> Instant.parse(event.get("at").asString()))
			.containsExactly(this.raisedAt, this.raisedAt, at(10), at(20), at(25), at(30), at(31), at(60), at(70),
					at(24 * 60), at(24 * 60 + 5), at(24 * 60 + 10), at(24 * 60 + 30), at(24 * 60 + 31));
		assertThat(events).extracting((event) -> event.get("actor").asString())
			.containsExactly(this.customerUser, this.customerUser, this.agent, this.agent, this.agent, this.agent,
					this.agent, this.courierUser, this.courierUser, this.courierUser, this.agent, this.agent,
					this.customerUser, this.customerUser);

		List<JsonNode> audit = this.admin.get("/api/v1/requests/" + id + "/audit").json().valueStream().toList();
		assertThat(audit).anySatisfy((entry) -> assertThat(entry.get("operation").asString()).isEqualTo("created"));
	}

	@Test
	void refusesStepsOutOfOrderOrInTheFuture() {
		TestClient.Response backwards = importOne(List.of(step("reply", 20, this.agent, Map.of("body", "First")),
				step("reply", 10, this.agent, Map.of("body", "Before the first"))));
		assertProblem(backwards, 422, "requests[0].steps[1].at", "in-order");

		TestClient.Response beforeRaised = importOne(
				List.of(step("reply", -5, this.agent, Map.of("body", "Before it was raised"))));
		assertProblem(beforeRaised, 422, "requests[0].steps[0].at", "in-order");

		Map<String, Object> future = new HashMap<>(step("reply", 0, this.agent, Map.of("body", "Tomorrow")));
		future.put("at", Instant.now().plus(Duration.ofDays(1)).toString());
		assertProblem(importOne(List.of(future)), 422, "requests[0].steps[0].at", "not-future");
	}

	@Test
	void refusesArrowsThatDoNotExistAndPeopleWhoCouldNotHaveTakenTheStep() {
		assertProblem(importOne(List.of(step("status", 10, this.agent, Map.of("to", "CLOSED", "reason", "Done")))), 422,
				"requests[0].steps[0].to", "transition");
		assertProblem(
				importOne(List
					.of(step("status", 10, this.agent, Map.of("to", "WAITING_ON_PARTNER", "reason", "Courier")))),
				422, "requests[0].steps[0].to", "needs-open-task");
		assertProblem(
				importOne(List.of(
						step("task-handed-over", 10, this.agent,
								Map.of("party", this.chain.courier().id(), "summary", "Redeliver", "needed", "A slot.",
										"sharePersonalData", false)),
						step("status", 20, this.agent, Map.of("to", "RESOLVED", "reason", "Done")))),
				422, "requests[0].steps[1].to", "open-tasks");
		assertProblem(importOne(List.of(step("task-accepted", 10, this.courierUser, Map.of("task", 1)))), 422,
				"requests[0].steps[0].task", "exists");
		assertProblem(importOne(List.of(step("reply", 10, this.courierUser, Map.of("body", "Not ours to answer")))),
				422, "requests[0].steps[0].by", "works-request");
		assertProblem(importOne(List.of(step("customer-reply", 10, this.agent, Map.of("body", "Not the customer")))),
				422, "requests[0].steps[0].by", "customer");
		assertProblem(importOne(List.of(step("reply", 10, "nobody-" + UUID.randomUUID(), Map.of("body", "Who?")))), 422,
				"requests[0].steps[0].by", "exists");
	}

	@Test
	void importsAllOfABatchOrNone() {
		String summary = "Batch " + UUID.randomUUID();
		TestClient.Response refused = this.admin.post("/api/v1/requests/imports",
				Map.of("requests", List.of(request(summary, null, List.of()), request(summary, null,
						List.of(step("status", 10, this.agent, Map.of("to", "CLOSED", "reason", "Done")))))));

		assertProblem(refused, 422, "requests[1].steps[0].to", "transition");
		assertThat(this.admin.get("/api/v1/requests?q=" + summary.replace(" ", "+")).json().get("totalItems").asLong())
			.isZero();
	}

	@Test
	void onlyAdministratorsImport() {
		TestClient manager = this.clients.api(Role.MANAGER);
		TestClient.Response refused = manager.post("/api/v1/requests/imports",
				Map.of("requests", List.of(request("Not allowed", null, List.of()))));
		assertProblem(refused, 403);
	}

	@Test
	void aRetriedImportWithTheSameIdempotencyKeyDoesNotDuplicate() {
		String summary = "Retried " + UUID.randomUUID();
		Map<String, Object> body = Map.of("requests", List.of(request(summary, null, List.of())));
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

		TestClient.Response first = this.admin.post("/api/v1/requests/imports", body, key);
		TestClient.Response retried = this.admin.post("/api/v1/requests/imports", body, key);

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(retried.status()).isEqualTo(201);
		assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retried.json()).isEqualTo(first.json());
		assertThat(this.admin.get("/api/v1/requests?q=" + summary.replace(" ", "+")).json().get("totalItems").asLong())
			.isEqualTo(1);
	}

	private TestClient.Response importOne(List<Map<String, Object>> steps) {
		return this.admin.post("/api/v1/requests/imports",
				Map.of("requests", List.of(request("Imported " + UUID.randomUUID(), null, steps))));
	}

	private Map<String, Object> request(String summary, String raisedBy, List<Map<String, Object>> steps) {
		Map<String, Object> request = new HashMap<>(
				RequestFixtures.request(this.chain, this.chain.customer(), summary));
		request.put("channel", raisedBy != null ? "PORTAL" : "EMAIL");
		request.put("raisedAt", this.raisedAt.toString());
		if (raisedBy != null) {
			request.put("raisedBy", raisedBy);
		}
		request.put("steps", new ArrayList<>(steps));
		return request;
	}

	private Map<String, Object> step(String type, int minutesAfterRaised, String by, Map<String, Object> fields) {
		Map<String, Object> step = new HashMap<>(fields);
		step.put("type", type);
		step.put("at", at(minutesAfterRaised).toString());
		step.put("by", by);
		return step;
	}

	private Instant at(int minutesAfterRaised) {
		return this.raisedAt.plus(Duration.ofMinutes(minutesAfterRaised));
	}

	private String user(Role role, UUID partyId) {
		String username = role.name().toLowerCase(java.util.Locale.ROOT) + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		this.identity.createUserAsSystem(
				new NewUser(username, "Imported " + role.label(), null, TestClient.Clients.PASSWORD, role, partyId));
		return username;
	}

}
