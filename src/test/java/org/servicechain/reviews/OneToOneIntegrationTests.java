package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1:1s and SMART objectives (PM-1, PM-3): a person's objectives measured by live figures
 * (the requests they hold and have resolved), shown with their progress in the person's
 * 1:1, whose agenda names their open work; only the two people and managers see a 1:1,
 * and an objective whose figure does not fit its subject is refused naming the field.
 */
@IntegrationTest
class OneToOneIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient manager;

	String person;

	TestClient agent;

	LocalDate today;

	@BeforeEach
	void anAgentHoldingTwoRequestsOneResolved() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.manager = this.fixtures.manager();
		this.person = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createUserAsSystem(
				new NewUser(this.person, "Alex Tester", null, TestClient.Clients.PASSWORD, Role.AGENT, null));
		this.agent = this.clients.anonymous().login(this.person, TestClient.Clients.PASSWORD).useNewToken();
		this.today = LocalDate.now(Scorecards.ZONE);
		assertThat(this.manager
			.put("/api/v1/desk/profiles/" + this.person, Map.of("team", this.chain.frontLine().id(), "services",
					List.of(this.chain.delivery().id()), "autoAssign", false), null)
			.status()).isEqualTo(200);
		String open = raise("Washing machine not delivered");
		String resolved = raise("Where is my parcel");
		for (String id : List.of(open, resolved)) {
			TestClient.Response assigned = this.agent.put("/api/v1/requests/" + id + "/assignee",
					Map.of("assignee", this.person, "reason", "Mine"), etag(id));
			assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
		}
		assertThat(this.agent
			.post("/api/v1/requests/" + resolved + "/transitions",
					Map.of("to", "RESOLVED", "reason", "Answered on the phone"), Map.of("If-Match", etag(resolved)))
			.status()).isEqualTo(200);
	}

	@Test
	void objectivesProgressFromTheDataAndShowInThePersonsOneToOne() {
		JsonNode resolvedObjective = created(this.manager.post("/api/v1/objectives",
				objective("RESOLVED_REQUESTS", 0, 4, "Resolve four delivery requests a fortnight")));
		assertThat(resolvedObjective.get("progress").get("current").asDouble()).isEqualTo(1.0);
		assertThat(resolvedObjective.get("progress").get("percent").asInt()).isEqualTo(25);
		JsonNode openObjective = created(this.manager.post("/api/v1/objectives",
				objective("OPEN_REQUESTS", 5, 0, "Bring the open backlog down to nothing")));
		assertThat(openObjective.get("progress").get("current").asDouble()).isEqualTo(1.0);
		assertThat(openObjective.get("progress").get("percent").asInt()).isEqualTo(80);
		assertThat(openObjective.get("progress").get("status").asString()).isEqualTo("ON_TRACK");
		assertThat(openObjective.get("serviceName").asString()).isEqualTo(this.chain.delivery().name());

		JsonNode series = created(this.manager.post("/api/v1/meetings/series", Map.of("kind", "ONE_TO_ONE", "title",
				"1:1 " + this.person, "cadence", "FORTNIGHTLY", "person", this.person)));
		JsonNode meeting = created(this.manager.post("/api/v1/meetings",
				Map.of("series", series.get("id").asString(), "heldOn", this.today.toString())));
		String agenda = meeting.get("agenda").asString();
		assertThat(agenda).startsWith("1. Open work: 1 request(s) held by Alex Tester (REQ-")
			.contains("Resolved " + this.today.minusWeeks(2).plusDays(1) + " to " + this.today + ": 1 request(s)")
			.contains("Resolve four delivery requests a fortnight: On track, 25 % of the way")
			.contains("Bring the open backlog down to nothing: On track, 80 % of the way");
		assertThat(meeting.get("objectives").size()).isEqualTo(2);
		assertThat(meeting.get("personName").asString()).isEqualTo("Alex Tester");

		// The person sees and records their own 1:1; another agent does not know it
		// exists.
		String id = meeting.get("id").asString();
		assertThat(this.agent.get("/api/v1/meetings/" + id).status()).isEqualTo(200);
		assertThat(this.agent
			.post("/api/v1/meetings/" + id + "/actions", Map.of("description", "Book the complaints course", "owner",
					"Alex Tester", "dueOn", this.today.plusDays(14).toString()))
			.status()).isEqualTo(201);
		TestClient other = this.clients.api(Role.AGENT);
		assertThat(other.get("/api/v1/meetings/" + id).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/meetings?size=200")
			.json()
			.get("items")
			.valueStream()
			.map((item) -> item.get("id").asString())).doesNotContain(id);
		assertThat(other.get("/api/v1/objectives/" + openObjective.get("id").asString()).status()).isEqualTo(404);
		assertThat(this.agent.get("/api/v1/objectives?person=" + this.person).json().get("totalItems").asLong())
			.isEqualTo(2);
		assertThat(this.agent
			.post("/api/v1/meetings/series",
					Map.of("kind", "ONE_TO_ONE", "title", "Self", "cadence", "WEEKLY", "person", this.person))
			.status()).as("agents do not start 1:1s").isEqualTo(403);
	}

	@Test
	void anObjectiveThatIsNotSmartIsRefusedNamingTheField() {
		Map<String, Object> wrongMetric = new java.util.HashMap<>(
				objective("SCORECARD_COMPLIANCE", 80, 95, "Keep our promises"));
		TestClient.Response refused = this.manager.post("/api/v1/objectives", wrongMetric);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("\"metric\"");
		Map<String, Object> noDeadline = new java.util.HashMap<>(objective("RESOLVED_REQUESTS", 0, 4, "Resolve"));
		noDeadline.remove("deadline");
		TestClient.Response undated = this.manager.post("/api/v1/objectives", noDeadline);
		assertThat(undated.status()).isEqualTo(422);
		assertThat(undated.body()).contains("\"deadline\"").contains("required");
		assertThat(this.agent.post("/api/v1/objectives", objective("RESOLVED_REQUESTS", 0, 4, "Mine")).status())
			.as("managers set objectives")
			.isEqualTo(403);
	}

	private Map<String, Object> objective(String metric, double baseline, double target, String specific) {
		return Map.of("subject", "PERSON", "person", this.person, "specific", specific, "metric", metric, "baseline",
				baseline, "target", target, "startsOn", this.today.minusDays(1).toString(), "deadline",
				this.today.plusDays(13).toString(), "serviceId", this.chain.delivery().id(), "achievableBy",
				"Maria, from last quarter's volumes");
	}

	private static JsonNode created(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	private String raise(String summary) {
		TestClient.Response raised = this.agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), summary));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		return raised.json().get("id").asString();
	}

	private String etag(String id) {
		return this.agent.get("/api/v1/requests/" + id).etag();
	}

}
