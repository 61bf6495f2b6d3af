package org.servicechain.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static org.assertj.core.api.Assertions.within;
import static org.servicechain.testing.ProblemAssertions.assertProblem;
import static org.servicechain.workforce.WorkforceFixtures.username;

/**
 * The what-if over HTTP (WF-2): a person with a known pattern taken off for the whole
 * week takes exactly their productive hours away, a change of demand scales the new work,
 * the agreement behind a fresh request shows with its two deadlines and whom it covers,
 * no scenario keeps more deadlines than the plan, and bad scenarios get clear errors. The
 * model itself is tested by hand in {@link DeadlinePlanUnitTests}.
 */
@IntegrationTest
class WhatIfIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	java.time.Clock clock;

	DeliveryChain chain;

	TestClient manager;

	String person;

	LocalDate today;

	@BeforeEach
	void aPersonWithAPatternAndARequestDueSoon() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		this.chain = fixtures.deliveryChain();
		this.manager = fixtures.manager();
		TestClient agent = this.clients.api(Role.AGENT);
		this.person = username(agent);
		this.today = LocalDate.ofInstant(this.clock.instant(), WorkforceManagement.DEFAULT_ZONE);
		Map<String, Object> hours = new java.util.LinkedHashMap<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			hours.put(day, List.of("00:00-24:00"));
		}
		TestClient.Response calendar = this.manager.post("/api/v1/calendars",
				Map.of("name", "Round the clock " + UUID.randomUUID().toString().substring(0, 8), "zone",
						"Europe/London", "hours", hours));
		assertThat(calendar.status()).as(calendar.toString()).isEqualTo(201);
		TestClient.Response pattern = this.manager.put("/api/v1/workforce/patterns/" + this.person,
				Map.of("calendar", calendar.json().get("id").asString(), "shrinkagePercent", 50), "\"0\"");
		assertThat(pattern.status()).as(pattern.toString()).isEqualTo(200);
		TestClient.Response raised = agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), "Fridge not delivered"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
	}

	Map<String, Object> scenario(String username, LocalDate from, LocalDate to, int demand) {
		return Map.of("peopleOff", List.of(Map.of("username", username, "from", from.toString(), "to", to.toString())),
				"demandChangePercent", demand);
	}

	@Test
	void takingSomeoneOffRemovesTheirHoursAndTheAgreementShowsWithWhomItCovers() {
		TestClient.Response response = this.manager.post("/api/v1/workforce/what-if",
				scenario(this.person, this.today.minusDays(1), this.today.plusDays(9), 100));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode result = response.json();
		// Round the clock at 50 % shrinkage: 168 hours × 0.5 gone from the week.
		assertThat(result.get("scenarioCapacityHours").asDouble())
			.isCloseTo(result.get("capacityHours").asDouble() - 84, within(0.01));
		assertThat(result.get("scenarioArrivalHours").asDouble()).isCloseTo(2 * result.get("arrivalHours").asDouble(),
				within(0.001));
		assertThat(result.get("method").asString()).contains("earliest deadline first");
		JsonNode ours = null;
		for (JsonNode agreement : result.get("agreements")) {
			// Less capacity and more work never keep more deadlines than the plan.
			assertThat(agreement.get("missed").asInt()).as(agreement.toString())
				.isGreaterThanOrEqualTo(agreement.get("missedAsPlanned").asInt());
			if (agreement.get("reference").asString().equals(this.chain.customerSla())) {
				ours = agreement;
			}
		}
		assertThat(ours).as(result.toString()).isNotNull();
		// The first response (2 h) and the resolution (8 h) both fall in the week.
		assertThat(ours.get("deadlines").asInt()).isEqualTo(2);
		assertThat(ours.get("covers").asString()).isEqualTo(this.chain.customer().name());

		// Nothing taken off and no change: the what-if is the plan.
		JsonNode same = this.manager
			.post("/api/v1/workforce/what-if", Map.of("peopleOff", List.of(), "demandChangePercent", 0))
			.json();
		assertThat(same.get("scenarioCapacityHours").asDouble()).isCloseTo(same.get("capacityHours").asDouble(),
				within(0.001));
		for (JsonNode agreement : same.get("agreements")) {
			assertThat(agreement.get("missed").asInt()).isEqualTo(agreement.get("missedAsPlanned").asInt());
		}
	}

	@Test
	void badScenariosGetClearErrorsAndOnlyManagersRunThem() {
		assertProblem(
				this.manager.post("/api/v1/workforce/what-if",
						scenario("nobody-" + UUID.randomUUID(), this.today, this.today, 0)),
				422, "peopleOff[0].username", "unknown");
		assertProblem(
				this.manager.post("/api/v1/workforce/what-if",
						scenario(this.person, this.today, this.today.minusDays(1), 0)),
				422, "peopleOff[0].to", "not-before-from");
		assertProblem(
				this.manager.post("/api/v1/workforce/what-if", scenario(this.person, this.today, this.today, 900)), 422,
				"demandChangePercent", "range");
		assertProblem(
				this.clients.api(Role.AGENT)
					.post("/api/v1/workforce/what-if", scenario(this.person, this.today, this.today, 0)),
				422, "peopleOff", "authority");
		assertThat(this.clients.api(Role.CUSTOMER, this.chain.customer().id())
			.post("/api/v1/workforce/what-if", scenario(this.person, this.today, this.today, 0))
			.status()).isEqualTo(403);
	}

	@Test
	void theWhatIfPageShowsTheAgreementsAndExplainsBadDates() {
		TestClient browser = this.clients.session(Role.MANAGER, null);
		TestClient.Response page = browser.get("/team/demand/what-if?run=true&off=" + this.person + "&from="
				+ this.today + "&to=" + this.today.plusDays(2) + "&demand=20");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("What if", "How this is counted", this.chain.customerSla(),
				this.chain.customer().name());
		TestClient.Response bad = browser.get("/team/demand/what-if?run=true&off=" + this.person + "&from=" + this.today
				+ "&to=" + this.today.minusDays(3));
		assertThat(bad.body()).contains("the last day off must not come before the first")
			.doesNotContain("How this is counted");
		assertThat(this.clients.session(Role.AGENT, null).get("/team/demand/what-if?run=true").body())
			.contains("only a manager or an administrator may run a what-if");
	}

}
