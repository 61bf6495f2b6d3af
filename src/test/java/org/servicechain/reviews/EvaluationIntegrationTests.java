package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import org.servicechain.feedback.ActionDetails;
import org.servicechain.feedback.ActionMetric;
import org.servicechain.feedback.ImprovementManagement;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.shared.AuditTrail;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviews on evidence, the rest of issue 16: the CSAT and improvement-action measures on
 * a card, counted and explained; a person's and a team's evaluation report and
 * development plan (JSON and PDF) for the person, the team's members and managers only;
 * editing and closing a meeting series and an objective with If-Match (428 without, 409
 * when stale), audited, a closed series keeping its history and taking no new meeting.
 */
@IntegrationTest
class EvaluationIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Autowired
	ImprovementManagement improvement;

	@Autowired
	AuditTrail audit;

	@Autowired
	java.time.Clock clock;

	DeliveryChain chain;

	TestClient manager;

	String person;

	TestClient agent;

	LocalDate today;

	@BeforeEach
	void anAgentWithA1to1AndAnObjective() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		this.chain = fixtures.deliveryChain();
		this.manager = fixtures.manager();
		this.person = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createUserAsSystem(
				new NewUser(this.person, "Eva Luation", null, TestClient.Clients.PASSWORD, Role.AGENT, null));
		this.agent = this.clients.anonymous().login(this.person, TestClient.Clients.PASSWORD).useNewToken();
		this.today = LocalDate.now(this.clock.withZone(Scorecards.ZONE));
	}

	@Test
	void aCardCountsTheCsatOfItsRequestsAndTheImprovementActionsItsPeopleOwn() {
		String member = "member-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createUserAsSystem(new NewUser(member, "Wendy Warehouse", null, TestClient.Clients.PASSWORD,
				Role.TEAM_MEMBER, this.chain.warehouse().id()));
		SystemActor.call(() -> this.improvement
			.start(new ActionDetails("Corner guards on fragile parcels", member, ActionMetric.COMPLAINT_COUNT, null,
					this.chain.delivery().id(), null, 1.0, this.today.plusDays(20), null, null)));
		JsonNode card = this.manager
			.get("/api/v1/scorecards/" + this.chain.warehouse().id() + "?from=" + this.today.minusDays(29) + "&to="
					+ this.today)
			.json();
		JsonNode actions = measure(card, "IMPROVEMENT_ACTIONS");
		assertThat(actions.get("shown").asString()).isEqualTo("0 overdue (1 open of 1 owned)");
		assertThat(actions.get("score").asInt()).isEqualTo(100);
		assertThat(actions.get("counting").asString()).contains("owned by this party's people");
		assertThat(card.get("evidence").get("actionsOwned").asInt()).isEqualTo(1);
		JsonNode csat = measure(card, "CSAT");
		assertThat(csat.get("shown").asString()).as("no CSAT answer yet").isEqualTo("no data");
		assertThat(csat.get("counting").asString()).contains("scored 4 or 5");
		assertThat(csat.get("thresholdShown").asString()).isEqualTo("at least 80 % satisfied");
		assertThat(card.get("counting").asString()).contains("CSAT:").contains("Improvement actions:");
		// The courier's people own none: the measure is left out, not scored as zero.
		JsonNode courier = this.manager
			.get("/api/v1/scorecards/" + this.chain.courier().id() + "?from=" + this.today.minusDays(29) + "&to="
					+ this.today)
			.json();
		assertThat(measure(courier, "IMPROVEMENT_ACTIONS").get("score").isNull()).isTrue();
		// A period over two months shows each month; a stub of a few days goes with its
		// neighbour.
		LocalDate first = this.today.withDayOfMonth(1).minusMonths(2);
		JsonNode months = this.manager
			.get("/api/v1/scorecards/" + this.chain.warehouse().id() + "?from=" + first + "&to="
					+ first.plusMonths(2).plusDays(2))
			.json()
			.get("months");
		assertThat(months.size()).isEqualTo(2);
		assertThat(months.get(0).get("from").asString()).isEqualTo(first.toString());
		assertThat(months.get(1).get("to").asString()).isEqualTo(first.plusMonths(2).plusDays(2).toString());
	}

	@Test
	void aPersonsEvaluationIsForThemAndManagersOnlyAndExportsAsPdf() {
		JsonNode series = created(this.manager.post("/api/v1/meetings/series", Map.of("kind", "ONE_TO_ONE", "title",
				"1:1 " + this.person, "cadence", "MONTHLY", "person", this.person)));
		JsonNode meeting = created(this.manager.post("/api/v1/meetings",
				Map.of("series", series.get("id").asString(), "heldOn", this.today.minusDays(3).toString())));
		String id = meeting.get("id").asString();
		created(this.manager.post("/api/v1/meetings/" + id + "/actions", Map.of("description",
				"Shadow the complaints desk", "owner", "Eva Luation", "dueOn", this.today.plusDays(10).toString())));
		TestClient.Response recorded = this.manager.put("/api/v1/meetings/" + id,
				Map.of("agenda", "1. Objectives", "minutes", "Eva is ahead on delivery requests.", "decisions",
						"Eva learns complaint handling.", "held", true),
				this.manager.get("/api/v1/meetings/" + id).etag());
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
		created(this.manager.post("/api/v1/objectives",
				Map.of("subject", "PERSON", "person", this.person, "specific", "Resolve twenty delivery requests",
						"metric", "RESOLVED_REQUESTS", "baseline", 0, "target", 20, "startsOn",
						this.today.minusDays(1).toString(), "deadline", this.today.plusDays(60).toString(),
						"achievableBy", "Maria")));

		String path = "/api/v1/evaluations/people/" + this.person;
		TestClient.Response own = this.agent.get(path);
		assertThat(own.status()).as(own.toString()).isEqualTo(200);
		JsonNode evaluation = own.json();
		assertThat(evaluation.get("subject").asString()).isEqualTo("Eva Luation");
		assertThat(evaluation.get("objectives").get(0).get("specific").asString())
			.isEqualTo("Resolve twenty delivery requests");
		assertThat(evaluation.get("meetings").get(0).get("minutes").asString()).contains("ahead on delivery");
		assertThat(evaluation.get("agreedActions").get(0).get("description").asString())
			.isEqualTo("Shadow the complaints desk");
		assertThat(evaluation.get("work").get(0).get("label").asString()).isEqualTo("Requests resolved");
		assertThat(this.manager.get(path).status()).isEqualTo(200);

		TestClient.BytesResponse report = this.agent.getBytes(path + "/report.pdf");
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.contentType()).startsWith("application/pdf");
		assertThat(new String(report.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		TestClient.BytesResponse plan = this.manager.getBytes(path + "/plan.pdf");
		assertThat(plan.status()).isEqualTo(200);
		assertThat(plan.body().length).isGreaterThan(1000);

		// Another agent, a team member and a partner find nothing.
		assertThat(this.clients.api(Role.AGENT).get(path).status()).isEqualTo(404);
		assertThat(this.clients.api(Role.AGENT).getBytes(path + "/report.pdf").status()).isEqualTo(404);
		assertThat(this.clients.api(Role.PARTNER, this.chain.courier().id()).get(path).status()).isIn(403, 404);
		assertThat(this.agent.get("/api/v1/evaluations/people/nobody-" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void aTeamsEvaluationIsForItsMembersAndManagers() {
		String path = "/api/v1/evaluations/teams/" + this.chain.warehouse().id();
		TestClient member = this.clients.api(Role.TEAM_MEMBER, this.chain.warehouse().id());
		TestClient.Response own = member.get(path);
		assertThat(own.status()).as(own.toString()).isEqualTo(200);
		assertThat(own.json().get("about").asString()).isEqualTo("Team");
		assertThat(own.json().get("scorecard").get("partyName").asString()).isEqualTo(this.chain.warehouse().name());
		assertThat(this.manager.getBytes(path + "/report.pdf").status()).isEqualTo(200);
		assertThat(this.clients.api(Role.TEAM_MEMBER, this.chain.frontLine().id()).get(path).status()).isEqualTo(404);
		assertThat(this.agent.get(path).status()).isEqualTo(404);
		assertThat(this.manager.get("/api/v1/evaluations/teams/" + this.chain.courier().id()).status())
			.as("a supplier is not a team")
			.isEqualTo(404);
	}

	@Test
	void aSeriesIsChangedWithIfMatchAndClosedKeepingItsHistory() {
		JsonNode series = created(this.manager.post("/api/v1/meetings/series", Map.of("kind", "PARTNER_REVIEW", "title",
				"Courier review " + UUID.randomUUID(), "cadence", "QUARTERLY", "partyId", this.chain.courier().id())));
		String path = "/api/v1/meetings/series/" + series.get("id").asString();
		created(this.manager.post("/api/v1/meetings",
				Map.of("series", series.get("id").asString(), "heldOn", this.today.toString())));
		String etag = this.manager.get(path).etag();
		Map<String, Object> change = Map.of("title", "Courier monthly review", "cadence", "MONTHLY");
		assertThat(this.manager.put(path, change, null).status()).isEqualTo(428);
		TestClient.Response changed = this.manager.put(path, change, etag);
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().get("cadence").asString()).isEqualTo("MONTHLY");
		assertThat(this.manager.put(path, Map.of("title", "Stale", "cadence", "WEEKLY"), etag).status()).isEqualTo(409);
		assertThat(this.manager.put(path, Map.of("title", " ", "cadence", "WEEKLY"), changed.etag()).status())
			.isEqualTo(422);
		assertThat(this.clients.api(Role.PARTNER, this.chain.courier().id()).put(path, change, changed.etag()).status())
			.as("the partner reads its reviews but does not run them")
			.isIn(403, 404);

		assertThat(this.manager.post(path + "/close", Map.of()).status()).isEqualTo(428);
		TestClient.Response closed = this.manager.post(path + "/close", Map.of(), Map.of("If-Match", changed.etag()));
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		assertThat(closed.json().get("closedOn").asString()).isEqualTo(this.today.toString());
		assertThat(this.manager.get("/api/v1/meetings?series=" + series.get("id").asString())
			.json()
			.get("totalItems")
			.asLong()).as("its history stays").isEqualTo(1);
		TestClient.Response planned = this.manager.post("/api/v1/meetings",
				Map.of("series", series.get("id").asString(), "heldOn", this.today.plusDays(30).toString()));
		assertThat(planned.status()).isEqualTo(422);
		assertThat(planned.body()).contains("closed");
		assertThat(this.audit.history(UUID.fromString(series.get("id").asString())))
			.extracting((entry) -> entry.operation())
			.hasSize(3);
	}

	@Test
	void anObjectiveIsChangedWithIfMatchAndClosedWithANote() {
		JsonNode objective = created(this.manager.post("/api/v1/objectives",
				Map.of("subject", "PERSON", "person", this.person, "specific", "Resolve ten requests", "metric",
						"RESOLVED_REQUESTS", "baseline", 0, "target", 10, "startsOn",
						this.today.minusDays(1).toString(), "deadline", this.today.plusDays(30).toString(),
						"achievableBy", "Maria")));
		String path = "/api/v1/objectives/" + objective.get("id").asString();
		String etag = this.manager.get(path).etag();
		Map<String, Object> change = Map.of("target", 12, "deadline", this.today.plusDays(45).toString());
		assertThat(this.manager.put(path, change, null).status()).isEqualTo(428);
		assertThat(this.agent.put(path, change, etag).status()).as("managers change objectives").isEqualTo(403);
		TestClient.Response changed = this.manager.put(path, change, etag);
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().get("target").asDouble()).isEqualTo(12.0);
		assertThat(this.manager.put(path, change, etag).status()).isEqualTo(409);
		TestClient.Response early = this.manager.put(path,
				Map.of("target", 12, "deadline", this.today.minusDays(5).toString()), changed.etag());
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.body()).contains("\"deadline\"");

		TestClient.Response noNote = this.manager.post(path + "/close", Map.of("outcome", "ACHIEVED"),
				Map.of("If-Match", changed.etag()));
		assertThat(noNote.status()).isEqualTo(422);
		assertThat(noNote.body()).contains("\"note\"");
		TestClient.Response closed = this.manager.post(path + "/close",
				Map.of("outcome", "NOT_ACHIEVED", "note", "Moved to the complaints desk half way"),
				Map.of("If-Match", changed.etag()));
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		assertThat(closed.json().get("outcome").asString()).isEqualTo("NOT_ACHIEVED");
		assertThat(closed.json().get("outcomeNote").asString()).contains("complaints desk");
		assertThat(this.manager.put(path, change, closed.etag()).status()).as("closed").isEqualTo(422);
		assertThat(this.agent.get(path).json().get("outcome").asString()).isEqualTo("NOT_ACHIEVED");
		assertThat(this.audit.history(UUID.fromString(objective.get("id").asString()))).hasSize(3);
	}

	private static JsonNode measure(JsonNode card, String measure) {
		return card.get("measures")
			.valueStream()
			.filter((line) -> line.get("measure").asString().equals(measure))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode created(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

}
