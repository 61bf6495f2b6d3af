package org.servicechain.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
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
import static org.awaitility.Awaitility.await;

/**
 * What happens to a complaint reaches the right people as notifications (CMP-2, CMP-3;
 * REQ-6), through the notify module, each read as that person so the complaints access
 * policy decides: the desk hears of a complaint received, the customer of its
 * acknowledgement and the proposed resolution, the owner of a step due or breached (for a
 * complaint about no request too), the partner it is referred to; nobody else.
 */
@IntegrationTest
@Import({ MutableClock.Config.class, ComplaintIntegrationTests.Heard.class })
class ComplaintNotificationIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	MutableClock clock;

	@Autowired
	SweepingComplaints sweeping;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient agent;

	TestClient customer;

	TestClient frontLine;

	TestClient courier;

	TestClient strangerCustomer;

	TestClient elsewhere;

	@BeforeEach
	void thePeopleOfAChain() {
		this.clock.set(ComplaintIntegrationTests.MONDAY_TEN);
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		ComplaintFixtures.usePolicy(this.fixtures.manager(), ComplaintFixtures.officeHours(this.fixtures.manager()));
		this.agent = this.clients.api(Role.AGENT);
		this.customer = this.fixtures.customerOf(this.chain.customer());
		this.frontLine = this.fixtures.memberOf(this.chain.frontLine());
		this.courier = this.fixtures.partnerOf(this.chain.courier());
		Named stranger = this.fixtures.chain().externalCustomer("Someone Else");
		this.strangerCustomer = this.fixtures.customerOf(stranger);
		this.elsewhere = this.fixtures.memberOf(this.fixtures.chain().internalTeam("Elsewhere"));
	}

	@Test
	void eachStepReachesThePeopleItConcernsAndNobodyElse() {
		// The customer complains about no request: nobody owns it and no team is
		// responsible yet, so the agents hear of it.
		Map<String, Object> details = new HashMap<>(
				ComplaintFixtures.complaint(this.chain.customer(), null, "Driver was rude at the door"));
		TestClient.Response received = this.customer.post("/api/v1/complaints", details);
		assertThat(received.status()).as(received.toString()).isEqualTo(201);
		String id = received.json().get("id").asString();
		String reference = received.json().get("reference").asString();

		JsonNode toAgent = awaitEvent(this.agent, "complaint.received", reference);
		assertThat(toAgent.get("link").asString()).isEqualTo("/complaints/" + id);
		assertThat(toAgent.get("title").asString()).contains("Driver was rude");

		// The agent acknowledges (and so owns it): the customer is told, with the
		// message.
		TestClient.Response current = this.agent.get("/api/v1/complaints/" + id);
		TestClient.Response acknowledged = this.agent.post("/api/v1/complaints/" + id + "/acknowledge",
				Map.of("message", "Thank you, we are looking into it."), Map.of("If-Match", current.etag()));
		assertThat(acknowledged.status()).as(acknowledged.toString()).isBetween(200, 201);
		JsonNode toCustomer = awaitEvent(this.customer, "complaint.acknowledged", reference);
		assertThat(toCustomer.get("body").asString()).isEqualTo("Thank you, we are looking into it.");
		assertThat(toCustomer.get("link").asString()).isEqualTo("/portal/complaints/" + id);
		// The agent acted: not told of their own acknowledgement.
		assertThat(events(this.agent, reference)).doesNotContain("complaint.acknowledged");

		// The apology is not done in time: the owner hears it is due, then breached;
		// this complaint has no request, so this is the only place they hear it.
		this.clock.set(Instant.parse("2026-11-03T15:00:00Z"));
		SystemActor.call(() -> this.sweeping.sweep(this.clock.instant()));
		this.clock.set(Instant.parse("2026-11-04T10:01:00Z"));
		assertThat(SystemActor.call(() -> this.sweeping.sweep(this.clock.instant()))).isPositive();
		JsonNode breached = awaitEvent(this.agent, "complaint.breached", reference);
		assertThat(breached.get("title").asString()).contains("apologise").contains("not done in time");
		assertThat(events(this.agent, reference)).contains("complaint.step-due");

		// Referred to the courier: its partner users hear of it; a team it was not
		// referred to does not.
		current = this.agent.get("/api/v1/complaints/" + id);
		TestClient.Response referred = this.agent.post(
				"/api/v1/complaints/" + id + "/referrals", Map.of("target", "PARTNER", "partyId",
						this.chain.courier().id(), "reason", "Their driver", "sharePersonalData", false),
				Map.of("If-Match", current.etag()));
		assertThat(referred.status()).as(referred.toString()).isBetween(200, 201);
		JsonNode toPartner = awaitEvent(this.courier, "complaint.referred", reference);
		assertThat(toPartner.get("link").asString()).isEqualTo("/portal/complaints/" + id);

		// Nobody else heard anything of it: not another customer, not a team, and the
		// customer heard nothing internal.
		assertThat(events(this.strangerCustomer, reference)).isEmpty();
		assertThat(events(this.elsewhere, reference)).isEmpty();
		assertThat(events(this.customer, reference)).containsOnly("complaint.acknowledged");
		assertThat(events(this.frontLine, reference)).isEmpty();
	}

	static JsonNode awaitEvent(TestClient client, String event, String reference) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(events(client, reference)).contains(event));
		return notifications(client).stream()
			.filter((n) -> n.get("event").asString().equals(event) && n.get("reference").asString().equals(reference))
			.findFirst()
			.orElseThrow();
	}

	static List<String> events(TestClient client, String reference) {
		return notifications(client).stream()
			.filter((n) -> n.get("reference").asString().equals(reference))
			.map((n) -> n.get("event").asString())
			.toList();
	}

	static List<JsonNode> notifications(TestClient client) {
		TestClient.Response response = client.get("/api/v1/notifications?size=100");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("items").valueStream().toList();
	}

}
