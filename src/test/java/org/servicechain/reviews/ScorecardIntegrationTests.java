package org.servicechain.reviews;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.sla.SlaManagement;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.MutableClock;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scorecards computed from real clocks (PM-2): a courier whose own clocks breached and to
 * whom the customer's breach is attributed fails its card; who may read which card;
 * disputes raised by the partner and answered by a manager, never overwriting a newer
 * answer; clear errors for a bad period or an empty dispute.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class ScorecardIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	MutableClock clock;

	@Autowired
	SlaManagement sla;

	DeliveryChain chain;

	RequestFixtures fixtures;

	TestClient manager;

	String period;

	@BeforeEach
	void aCourierThatBreached() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.manager = this.fixtures.manager();
		TestClient agent = this.clients.api(Role.AGENT);
		Instant opened = this.clock.instant();
		TestClient.Response raised = agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), "Washing machine not delivered"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		String id = raised.json().get("id").asString();
		this.clock.advance(Duration.ofMinutes(10));
		TestClient.Response handed = agent.post("/api/v1/requests/" + id + "/tasks",
				Map.of("party", this.chain.courier().id(), "summary", "Deliver tomorrow", "needed", "A two-person slot",
						"sharePersonalData", false));
		assertThat(handed.status()).as(handed.toString()).isEqualTo(201);
		// Past the courier's 6 h and the customer's 8 h: both breach, the courier first.
		this.clock.set(opened.plus(Duration.ofHours(8)).plusSeconds(60));
		SystemActor.call(this.sla::sweep);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Scorecards.ZONE);
		this.period = "from=" + today.minusDays(6) + "&to=" + today.plusDays(1);
	}

	@Test
	void theCourierFailsItsCardOnItsOwnBreachedClocksAndTheBreachAttributedToIt() {
		TestClient.Response response = this.manager
			.get("/api/v1/scorecards/" + this.chain.courier().id() + "?" + this.period);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode card = response.json();
		assertThat(card.get("kind").asString()).isEqualTo("UNDERPINNING_CONTRACT");
		assertThat(card.get("verdict").asString()).isEqualTo("FAILING");
		JsonNode evidence = card.get("evidence");
		assertThat(evidence.get("breached").asInt()).as(card.toString()).isEqualTo(2);
		assertThat(evidence.get("met").asInt()).isZero();
		assertThat(evidence.get("attributedBreaches").asInt()).isEqualTo(1);
		assertThat(card.get("failedCritical").valueStream().map(JsonNode::asString))
			.containsExactly("Compliance with its own agreement");
		assertThat(card.get("trend").size()).isEqualTo(3);
		assertThat(card.get("counting").asString()).contains("attributed");

		// The front line kept no promise either, but the breach is not its own.
		JsonNode frontLine = this.manager.get("/api/v1/scorecards/" + this.chain.frontLine().id() + "?" + this.period)
			.json();
		assertThat(frontLine.get("kind").asString()).isEqualTo("CUSTOMER_SLA");
		assertThat(frontLine.get("evidence").get("attributedBreaches").asInt()).isZero();
		assertThat(frontLine.get("evidence").get("customerBreaches").asInt()).isEqualTo(1);

		// The overview lists both, worst first, for staff only.
		JsonNode overview = this.manager.get("/api/v1/scorecards?" + this.period + "&size=200").json();
		assertThat(overview.get("items").valueStream().map((line) -> line.get("partyName").asString()))
			.contains(this.chain.courier().name(), this.chain.frontLine().name());
		assertThat(this.fixtures.partnerOf(this.chain.courier()).get("/api/v1/scorecards?" + this.period).status())
			.isEqualTo(403);
	}

	@Test
	void aPartnerReadsOnlyItsOwnCardAndCustomersNone() {
		TestClient courier = this.fixtures.partnerOf(this.chain.courier());
		assertThat(courier.get("/api/v1/scorecards/" + this.chain.courier().id() + "?" + this.period).status())
			.isEqualTo(200);
		TestClient.Response other = courier
			.get("/api/v1/scorecards/" + this.chain.warehouse().id() + "?" + this.period);
		assertThat(other.status()).isEqualTo(404);
		assertThat(this.fixtures.customerOf(this.chain.customer())
			.get("/api/v1/scorecards/" + this.chain.courier().id() + "?" + this.period)
			.status()).isEqualTo(404);
		assertThat(this.manager.get("/api/v1/scorecards/" + this.chain.customer().id() + "?" + this.period).status())
			.as("a customer party has no card")
			.isEqualTo(404);
	}

	@Test
	void aDisputedFigureIsAnsweredOnceAndAStaleAnswerIsRefused() {
		TestClient courier = this.fixtures.partnerOf(this.chain.courier());
		String path = "/api/v1/scorecards/" + this.chain.courier().id() + "/disputes";
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Scorecards.ZONE);
		TestClient.Response empty = courier.post(path,
				Map.of("from", today.minusDays(6).toString(), "to", today.toString(), "measure", "COMPLIANCE"));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.body()).contains("comment").contains("required");

		TestClient.Response raised = courier.post(path, Map.of("from", today.minusDays(6).toString(), "to",
				today.toString(), "measure", "COMPLIANCE", "comment", "The slot was moved by the customer."));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		String id = raised.json().get("id").asString();
		assertThat(this.fixtures.partnerOf(this.chain.warehouse())
			.post("/api/v1/scorecards/" + this.chain.courier().id() + "/disputes",
					Map.of("measure", "COMPLIANCE", "comment", "Not ours to say"))
			.status()).as("another party may not dispute the courier's card").isEqualTo(404);

		assertThat(courier
			.post("/api/v1/scorecards/disputes/" + id + "/answer", Map.of("answer", "No"),
					Map.of("If-Match", raised.etag()))
			.status()).as("partners do not answer disputes").isEqualTo(403);
		TestClient.Response answered = this.manager.post("/api/v1/scorecards/disputes/" + id + "/answer",
				Map.of("answer", "Checked the history: the move was ours to record; the figure stands."),
				Map.of("If-Match", raised.etag()));
		assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
		TestClient.Response again = this.manager.post("/api/v1/scorecards/disputes/" + id + "/answer",
				Map.of("answer", "A second answer"), Map.of("If-Match", raised.etag()));
		assertThat(again.status()).isIn(409, 412, 422);

		JsonNode card = courier.get("/api/v1/scorecards/" + this.chain.courier().id() + "?" + this.period).json();
		assertThat(card.get("disputes").get(0).get("answer").asString()).contains("the figure stands");
		assertThat(card.get("disputes").get(0).get("raisedBy").asString()).doesNotContain("@");
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefusedNamingTheField() {
		TestClient.Response response = this.manager
			.get("/api/v1/scorecards/" + this.chain.courier().id() + "?from=2026-03-01&to=2026-02-01");
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).contains("\"to\"").contains("not-before-from");
	}

}
