package org.servicechain.workforce;

import java.time.LocalDate;
import java.util.Map;

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
import static org.servicechain.testing.ProblemAssertions.assertProblem;
import static org.servicechain.workforce.WorkforceFixtures.absence;
import static org.servicechain.workforce.WorkforceFixtures.approvedAbsence;
import static org.servicechain.workforce.WorkforceFixtures.username;

/**
 * Absences asked for by the person and decided by a manager, with clear errors for bad
 * dates, overlaps and approvals without authority; what colleagues see; and automatic
 * assignment skipping whoever is away (WF-1; REQ-5).
 */
@IntegrationTest
class WorkforceIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	WorkforceManagement workforce;

	TestClient manager;

	TestClient agent;

	TestClient colleague;

	LocalDate monday;

	@BeforeEach
	void staff() {
		this.manager = this.clients.api(Role.MANAGER);
		this.agent = this.clients.api(Role.AGENT);
		this.colleague = this.clients.api(Role.AGENT);
		this.monday = LocalDate.now().plusWeeks(3).with(java.time.DayOfWeek.MONDAY);
	}

	@Test
	void personAsksAndAManagerApprovesWithAStandIn() {
		String standIn = username(this.colleague);
		TestClient.Response asked = this.agent.post("/api/v1/absences",
				absence("HOLIDAY", this.monday, this.monday.plusDays(4), standIn));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		JsonNode absence = asked.json();
		assertThat(absence.get("status").asString()).isEqualTo("REQUESTED");
		assertThat(absence.get("standInName").asString()).isEqualTo("Test Agent");
		String id = absence.get("id").asString();

		// The person may not approve their own, nor may a colleague without authority.
		assertProblem(
				this.agent.post("/api/v1/absences/" + id + "/approval", Map.of(), Map.of("If-Match", asked.etag())),
				422, "approver", "authority");
		assertProblem(
				this.colleague.post("/api/v1/absences/" + id + "/approval", Map.of(), Map.of("If-Match", asked.etag())),
				422, "approver", "authority");
		TestClient.Response approved = this.manager.post("/api/v1/absences/" + id + "/approval",
				Map.of("note", "Enjoy"), Map.of("If-Match", asked.etag()));
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
		// Deciding twice is a clear error, and a stale version a conflict.
		assertProblem(this.manager.post("/api/v1/absences/" + id + "/approval", Map.of(),
				Map.of("If-Match", approved.etag())), 422, "status", "transition");
		assertThat(this.manager
			.post("/api/v1/absences/" + id + "/refusal", Map.of("note", "no"), Map.of("If-Match", asked.etag()))
			.status()).isEqualTo(409);

		assertThat(this.agent.get("/api/v1/absences/mine")
			.json()
			.get("items")
			.valueStream()
			.map((a) -> a.get("id").asString())).contains(id);
		assertThat(this.workforce.isAway(username(this.agent), this.monday.plusDays(2))).isTrue();
		assertThat(this.workforce.isAway(username(this.agent), this.monday.plusDays(5))).isFalse();
	}

	@Test
	void aManagerMayNotApproveTheirOwnAbsence() {
		TestClient.Response asked = this.manager.post("/api/v1/absences",
				absence("TRAINING", this.monday, this.monday, null));
		assertThat(asked.status()).isEqualTo(201);
		assertProblem(this.manager.post("/api/v1/absences/" + asked.json().get("id").asString() + "/approval", Map.of(),
				Map.of("If-Match", asked.etag())), 422, "approver", "not-own");
	}

	@Test
	void badDatesOverlapsAndStandInsAreClearErrors() {
		assertProblem(
				this.agent.post("/api/v1/absences", absence("HOLIDAY", this.monday, this.monday.minusDays(1), null)),
				422, "endsOn", "after-start");
		assertProblem(this.agent.post("/api/v1/absences", absence(null, this.monday, this.monday, null)), 422, "kind",
				"required");
		assertProblem(this.agent.post("/api/v1/absences", absence("HOLIDAY", this.monday, this.monday, "nobody-here")),
				422, "standIn", "exists");
		assertProblem(
				this.agent.post("/api/v1/absences", absence("HOLIDAY", this.monday, this.monday, username(this.agent))),
				422, "standIn", "not-self");
		assertThat(this.agent.post("/api/v1/absences", absence("HOLIDAY", this.monday, this.monday.plusDays(2), null))
			.status()).isEqualTo(201);
		assertProblem(
				this.agent.post("/api/v1/absences",
						absence("SICKNESS", this.monday.plusDays(2), this.monday.plusDays(3), null)),
				422, "startsOn", "overlap");
		// Only managers record absences for others.
		Map<String, Object> forOther = new java.util.HashMap<>(
				absence("SICKNESS", this.monday.plusWeeks(1), this.monday.plusWeeks(1), null));
		forOther.put("person", username(this.colleague));
		assertProblem(this.agent.post("/api/v1/absences", forOther), 422, "person", "authority");
		assertThat(this.manager.post("/api/v1/absences", forOther).status()).isEqualTo(201);
		// A stand-in who is away themselves is refused.
		approvedAbsence(this.colleague, this.manager, this.monday.plusWeeks(2), this.monday.plusWeeks(2).plusDays(1),
				null);
		assertProblem(this.agent.post("/api/v1/absences",
				absence("HOLIDAY", this.monday.plusWeeks(2), this.monday.plusWeeks(2), username(this.colleague))), 422,
				"standIn", "available");
	}

	@Test
	void colleaguesSeeThatSomeoneIsAwayButNotWhy() {
		TestClient.Response asked = this.agent.post("/api/v1/absences",
				absence("SICKNESS", this.monday, this.monday.plusDays(1), null));
		String id = asked.json().get("id").asString();
		assertThat(this.colleague.get("/api/v1/absences/" + id).status()).isEqualTo(404);
		assertThat(this.manager.get("/api/v1/absences/" + id).json().get("kind").asString()).isEqualTo("SICKNESS");
		String me = username(this.agent);
		JsonNode row = this.colleague.get("/api/v1/workforce/calendar?from=" + this.monday + "&days=7")
			.json()
			.get("rows")
			.valueStream()
			.filter((r) -> r.get("username").asString().equals(me))
			.findFirst()
			.orElseThrow();
		assertThat(row.get("cells").get(0).get("mark").asString()).isEqualTo("Away");
		assertThat(row.toString()).doesNotContain("Sickness");
		JsonNode own = this.agent.get("/api/v1/workforce/calendar?from=" + this.monday + "&days=7")
			.json()
			.get("rows")
			.get(0);
		assertThat(own.get("username").asString()).isEqualTo(me);
		assertThat(own.get("cells").get(0).get("mark").asString()).isEqualTo("Sickness");
		// Outsiders see nothing of it.
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		DeliveryChain chain = fixtures.deliveryChain();
		assertThat(fixtures.customerOf(chain.customer()).get("/api/v1/workforce/calendar?from=" + this.monday).status())
			.isEqualTo(403);
	}

	@Test
	void automaticAssignmentSkipsWhoeverIsAway() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		DeliveryChain chain = fixtures.deliveryChain();
		TestClient first = fixtures.memberOf(chain.frontLine());
		TestClient second = fixtures.memberOf(chain.frontLine());
		String away = username(first);
		String atWork = username(second);
		approvedAbsence(first, this.manager, LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), atWork);
		TestClient customer = fixtures.customerOf(chain.customer());
		for (int i = 0; i < 2; i++) {
			TestClient.Response raised = customer.post("/api/v1/requests",
					RequestFixtures.request(chain, chain.customer(), "Fridge " + i));
			assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
			TestClient.Response assigned = this.manager.put(
					"/api/v1/requests/" + raised.json().get("id").asString() + "/assignee", Map.of("auto", true),
					raised.etag());
			assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
			// Without the absence the second would go to the other, less loaded member.
			assertThat(assigned.json().get("assignee").asString()).isEqualTo(atWork).isNotEqualTo(away);
		}
	}

}
