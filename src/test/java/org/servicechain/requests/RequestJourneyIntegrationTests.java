package org.servicechain.requests;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * The core journey of the product, told as it happens (REQ-1, REQ-2, INT-2): a customer
 * raises a request in the portal; an agent replies and hands the dependent work to the
 * courier upstream; the courier accepts and completes it in the partner portal; the
 * request comes back to the agent, who resolves it; the customer confirms.
 */
@IntegrationTest
class RequestJourneyIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	RequestQueries queries;

	DeliveryChain chain;

	RequestFixtures fixtures;

	@BeforeEach
	void aDeliveryChainWithAgreements() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
	}

	@Test
	void customerRaisesAgentHandsToCourierCourierCompletesAgentResolvesCustomerConfirms() {
		TestClient customer = this.fixtures.customerOf(this.chain.customer());
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient courier = this.fixtures.partnerOf(this.chain.courier());

		// The customer raises a request; priority follows from impact × urgency, and the
		// customer SLA of the front line applies.
		TestClient.Response raised = customer.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), "Washing machine not delivered"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		JsonNode request = raised.json();
		String id = request.get("id").asString();
		assertThat(request.get("reference").asString()).matches("REQ-\\d+");
		assertThat(request.get("priority").asString()).isEqualTo("P2");
		assertThat(request.get("status").asString()).isEqualTo("NEW");
		assertThat(request.get("agreement").get("reference").asString()).isEqualTo(this.chain.customerSla());
		assertThat(request.get("firstResponseDueAt").isNull()).isFalse();

		// The agent replies publicly and leaves an internal note.
		assertThat(agent
			.post("/api/v1/requests/" + id + "/replies",
					Map.of("body", "Sorry about this, **Amelia**. I am chasing the courier now."))
			.status()).isEqualTo(201);
		assertThat(
				agent.post("/api/v1/requests/" + id + "/notes", Map.of("body", "Courier has missed twice this week."))
					.status())
			.isEqualTo(201);

		// The agent hands the delivery to the courier, upstream on the chain, without the
		// customer's personal data.
		JsonNode candidates = agent.get("/api/v1/requests/" + id + "/task-candidates").json();
		assertThat(candidates.valueStream().map((c) -> c.get("partyId").asString()))
			.contains(this.chain.courier().id().toString(), this.chain.warehouse().id().toString());
		TestClient.Response handed = agent.post("/api/v1/requests/" + id + "/tasks",
				Map.of("party", this.chain.courier().id(), "summary", "Deliver the washing machine tomorrow", "needed",
						"Book a two-person delivery slot for tomorrow morning.", "sharePersonalData", false));
		assertThat(handed.status()).as(handed.toString()).isEqualTo(201);
		JsonNode task = handed.json();
		assertThat(task.get("agreementReference").isNull()).isFalse();
		assertThat(agent.get("/api/v1/requests/" + id).json().get("status").asString()).isEqualTo("WAITING_ON_PARTNER");

		// The courier sees its task, but not the customer or the request itself.
		TestClient.Response seen = courier.get("/api/v1/tasks/" + task.get("id").asString());
		assertThat(seen.status()).isEqualTo(200);
		assertThat(seen.json().get("customerName").isNull()).isTrue();
		assertThat(courier.get("/api/v1/requests/" + id).status()).isEqualTo(404);
		JsonNode accepted = courier
			.post("/api/v1/tasks/" + task.get("id").asString() + "/transitions", Map.of("to", "ACCEPTED"),
					Map.of("If-Match", seen.etag()))
			.json();
		assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
		TestClient.Response completed = courier.post("/api/v1/tasks/" + task.get("id").asString() + "/transitions",
				Map.of("to", "COMPLETED", "text", "Delivered at 09:40, signed for."),
				Map.of("If-Match", "\"" + accepted.get("version").asLong() + "\""));
		assertThat(completed.status()).as(completed.toString()).isEqualTo(200);

		// The request is back with the front line.
		JsonNode back = agent.get("/api/v1/requests/" + id).json();
		assertThat(back.get("status").asString()).isEqualTo("OPEN");

		// The agent resolves it; the customer sees the public conversation only and
		// confirms.
		TestClient.Response resolved = agent.post("/api/v1/requests/" + id + "/transitions",
				Map.of("to", "RESOLVED", "reason", "Delivered and installed"),
				Map.of("If-Match", "\"" + back.get("version").asLong() + "\""));
		assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
		TestClient.Response mine = customer.get("/api/v1/requests/" + id);
		assertThat(mine.json().get("status").asString()).isEqualTo("RESOLVED");
		assertThat(mine.body()).contains("chasing the courier").doesNotContain("missed twice");
		assertThat(mine.json().get("tasks")).isEmpty();
		TestClient.Response confirmed = customer.post("/api/v1/requests/" + id + "/transitions",
				Map.of("to", "CLOSED", "reason", "Thank you, all sorted"), Map.of("If-Match", mine.etag()));
		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		assertThat(confirmed.json().get("status").asString()).isEqualTo("CLOSED");

		// The history tells the whole story in order.
		JsonNode events = agent.get("/api/v1/requests/" + id + "/events").json();
		assertThat(events.valueStream().map((event) -> event.get("kind").asString())).containsSubsequence("OPENED",
				"AGREEMENT_APPLIED", "PUBLIC_REPLY", "INTERNAL_NOTE", "TASK_HANDED_OVER", "STATUS_CHANGED",
				"TASK_ACCEPTED", "TASK_COMPLETED", "STATUS_CHANGED", "STATUS_CHANGED", "STATUS_CHANGED");
	}

	@Test
	void staffRecordTheTimeTheySpendAndTheMeanPerResolvedRequestIsTheMeasuredHandlingTime() {
		TestClient customer = this.fixtures.customerOf(this.chain.customer());
		TestClient agent = this.clients.api(Role.AGENT);
		java.time.Instant from = java.time.Instant.now().minusSeconds(60);
		RequestQueries.HandlingTime before = handlingTime(from);

		String id = customer
			.post("/api/v1/requests", RequestFixtures.request(this.chain, this.chain.customer(), "Hob not heating"))
			.json()
			.get("id")
			.asString();
		assertThat(agent.post("/api/v1/requests/" + id + "/replies", Map.of("body", "Looking now.", "minutesSpent", 20))
			.status()).isEqualTo(201);
		assertThat(agent
			.post("/api/v1/requests/" + id + "/notes", Map.of("body", "Called the supplier.", "minutesSpent", 40))
			.status()).isEqualTo(201);
		// Bad input names the field and rule; the customer does not record time.
		assertProblem(agent.post("/api/v1/requests/" + id + "/notes", Map.of("body", "Lunch.", "minutesSpent", 0)), 422,
				"minutesSpent", "range");
		assertProblem(agent.post("/api/v1/requests/" + id + "/notes", Map.of("body", "All day.", "minutesSpent", 1441)),
				422, "minutesSpent", "range");
		assertProblem(customer.post("/api/v1/requests/" + id + "/replies", Map.of("body", "Thanks", "minutesSpent", 5)),
				422, "minutesSpent", "staff-only");
		// Time on an open request is not yet counted: only resolved ones are measured.
		assertThat(handlingTime(from).requests()).isEqualTo(before.requests());

		JsonNode open = agent.get("/api/v1/requests/" + id).json();
		assertThat(agent
			.post("/api/v1/requests/" + id + "/transitions", Map.of("to", "RESOLVED", "reason", "Element replaced"),
					Map.of("If-Match", "\"" + open.get("version").asLong() + "\""))
			.status()).isEqualTo(200);
		RequestQueries.HandlingTime after = handlingTime(from);
		assertThat(after.requests()).isEqualTo(before.requests() + 1);
		assertThat(after.meanMinutes() * after.requests()).isCloseTo(before.meanMinutes() * before.requests() + 60,
				org.assertj.core.data.Offset.offset(0.001));
	}

	private RequestQueries.HandlingTime handlingTime(java.time.Instant from) {
		return org.servicechain.identity.SystemActor
			.call(() -> this.queries.handlingTime(from, java.time.Instant.now().plusSeconds(60)));
	}

}
