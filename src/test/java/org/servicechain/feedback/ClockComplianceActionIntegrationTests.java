package org.servicechain.feedback;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * An improvement action measured by an agreement's clock compliance (FB-6: "a clock
 * compliance"): the baseline is the share of the agreement's customer clocks met before
 * the action started, the current value moves as new clocks are met.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class ClockComplianceActionIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	MutableClock clock;

	@Autowired
	SlaManagement sla;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theActionMeasuresTheShareOfTheAgreementsClocksMet() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		DeliveryChain chain = fixtures.deliveryChain();
		UUID agreementId = this.jdbc.queryForObject("select id from agreement where reference_number = ?", UUID.class,
				Integer.valueOf(chain.customerSla().substring("AGR-".length())));
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient manager = this.clients.api(Role.MANAGER);
		String owner = manager.get("/api/v1/me").json().get("username").asString();

		// A request left alone past its 2 h first response and 8 h resolution: both
		// breach.
		Instant opened = this.clock.instant();
		raise(agent, chain, "Cooker not delivered");
		this.clock.set(opened.plus(Duration.ofHours(8)).plusSeconds(60));
		SystemActor.call(this.sla::sweep);

		Map<String, Object> action = new HashMap<>(Map.of("title", "Answer every delivery query within two hours",
				"owner", owner, "metric", "CLOCK_COMPLIANCE", "target", 90, "deadline", "2027-03-31"));
		TestClient.Response missing = manager.post("/api/v1/feedback/actions", action);
		assertThat(missing.status()).as(missing.toString()).isEqualTo(422);
		assertThat(missing.body()).contains("agreementId").contains("required");
		action.put("agreementId", UUID.randomUUID().toString());
		TestClient.Response unknown = manager.post("/api/v1/feedback/actions", action);
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
		assertThat(unknown.body()).contains("agreementId").contains("exists");

		action.put("agreementId", agreementId.toString());
		TestClient.Response started = manager.post("/api/v1/feedback/actions", action);
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String id = started.json().get("id").asString();
		assertThat(started.json().get("baseline").asDouble()).as("both clocks breached").isZero();
		assertThat(started.json().get("lowerIsBetter").asBoolean()).isFalse();
		assertThat(started.json().get("measure").asString()).contains(chain.customerSla());

		// A second request answered within the hour: its first response is met, its
		// resolution still runs within its target and is not counted yet.
		String second = raise(agent, chain, "Fridge door dented");
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(30)));
		assertThat(agent.post("/api/v1/requests/" + second + "/replies", Map.of("body", "A new door is on its way."))
			.status()).isBetween(200, 201);
		JsonNode now = manager.get("/api/v1/feedback/actions/" + id).json();
		// The current value counts since the start: the one clock finished since was met.
		assertThat(now.get("current").asDouble()).as(now.toString()).isEqualTo(100.0);
		assertThat(now.get("improved").asBoolean()).isTrue();
		assertThat(now.get("achieved").asBoolean()).isTrue();
		// The week's value counts all three: one met of three finished.
		JsonNode weeks = now.get("weeks");
		assertThat(weeks.get(weeks.size() - 1).get("score").asDouble()).as(now.toString()).isEqualTo(33.3);
	}

	private static String raise(TestClient agent, DeliveryChain chain, String summary) {
		TestClient.Response raised = agent.post("/api/v1/requests",
				RequestFixtures.request(chain, chain.customer(), summary));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		return raised.json().get("id").asString();
	}

}
