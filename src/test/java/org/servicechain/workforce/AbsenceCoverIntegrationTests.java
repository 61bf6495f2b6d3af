package org.servicechain.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.requests.TaskManagement;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.testing.ProblemAssertions.assertProblem;
import static org.servicechain.workforce.WorkforceFixtures.approvedAbsence;
import static org.servicechain.workforce.WorkforceFixtures.username;

/**
 * When someone is away their open requests and tasks move in one bulk action, all or
 * nothing, and nothing falls through: every open item ends with an owner who may hold it
 * and is not away (WF-3; B10 2.2, 4.2).
 */
@IntegrationTest
class AbsenceCoverIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	WorkforceManagement workforce;

	@Autowired
	IdentityManagement identity;

	@Autowired
	TaskManagement tasks;

	@Autowired
	ScheduledCover scheduledCover;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient manager;

	TestClient customer;

	@BeforeEach
	void chain() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.manager = this.fixtures.manager();
		this.customer = this.fixtures.customerOf(this.chain.customer());
	}

	@Test
	void movingAnAbsentAgentsWorkLeavesEveryOpenItemWithAnAvailableOwner() {
		TestClient absent = this.clients.api(Role.AGENT);
		TestClient alsoAway = this.clients.api(Role.AGENT);
		TestClient otherTeam = this.fixtures.memberOf(this.chain.warehouse());
		String absentName = username(absent);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(raiseAndGive(absentName, "Cooker " + i));
		}
		approvedAbsence(alsoAway, this.manager, today.minusDays(1), today.plusDays(3), null);
		// The stand-in works in the warehouse and may not hold the front line's work.
		JsonNode absence = approvedAbsence(absent, this.manager, today, today.plusDays(4), username(otherTeam));
		String cover = "/api/v1/absences/" + absence.get("id").asString() + "/cover";

		JsonNode plan = this.manager.get(cover).json();
		assertThat(plan.get("items")).hasSize(3);
		assertThat(plan.get("items").valueStream().map((item) -> item.get("proposedOwner").asString()))
			.doesNotContain(absentName, username(alsoAway), username(otherTeam));
		// Colleagues without authority neither see nor move it.
		assertThat(absent.get(cover).status()).isEqualTo(422);

		// Access is checked again for the new holder: to the stand-in, nothing moves.
		assertProblem(this.manager.post(cover, Map.of("mode", "STAND_IN")), 422, "assignee", "team");
		assertProblem(this.manager.post(cover, Map.of("mode", "PERSON", "person", username(alsoAway))), 422, "person",
				"available");
		for (String id : ids) {
			assertThat(this.manager.get("/api/v1/requests/" + id).json().get("assignee").asString())
				.isEqualTo(absentName);
		}

		TestClient.Response moved = this.manager.post(cover, Map.of("mode", "POLICY"));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		assertThat(moved.json().get("requestsMoved").asInt()).isEqualTo(3);
		for (String id : ids) {
			JsonNode request = this.manager.get("/api/v1/requests/" + id).json();
			String owner = request.get("assignee").asString();
			assertThat(owner).as("owner of %s", request.get("reference").asString())
				.isNotBlank()
				.isNotEqualTo(absentName);
			assertThat(this.workforce.isAway(owner, today)).isFalse();
			assertThat(this.workforce.isAway(owner, today.plusDays(4))).isFalse();
		}
		assertThat(this.manager.get(cover).json().get("items")).isEmpty();
		assertThat(
				this.manager.get("/api/v1/absences/" + absence.get("id").asString()).json().get("workMovedAt").isNull())
			.isFalse();
	}

	@Test
	void anAbsentTeamMembersTasksGoToTheirStandIn() {
		TestClient absent = this.fixtures.memberOf(this.chain.warehouse());
		TestClient standIn = this.fixtures.memberOf(this.chain.warehouse());
		TestClient agent = this.clients.api(Role.AGENT);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
		String requestId = raiseAndGive(null, "Washer");
		TestClient.Response handed = agent.post("/api/v1/requests/" + requestId + "/tasks",
				Map.of("party", this.chain.warehouse().id(), "summary", "Pick the washer", "needed",
						"Pick and pack the washer for tomorrow.", "sharePersonalData", false));
		assertThat(handed.status()).as(handed.toString()).isEqualTo(201);
		String taskId = handed.json().get("id").asString();
		TestClient.Response accepted = absent.post("/api/v1/tasks/" + taskId + "/transitions", Map.of("to", "ACCEPTED"),
				Map.of("If-Match", handed.etag()));
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
		JsonNode absence = approvedAbsence(absent, this.manager, today, today.plusDays(2), username(standIn));
		String cover = "/api/v1/absences/" + absence.get("id").asString() + "/cover";
		assertThat(this.manager.get(cover).json().get("items").get(0).get("kind").asString()).isEqualTo("TASK");

		TestClient.Response moved = this.manager.post(cover, Map.of("mode", "STAND_IN"));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		assertThat(moved.json().get("tasksMoved").asInt()).isEqualTo(1);
		String managerName = username(this.manager);
		List<String> held = this.identity
			.callAs(managerName,
					() -> this.tasks.openTasksHeldBy(username(standIn)).stream().map((t) -> t.id().toString()).toList())
			.orElseThrow();
		assertThat(held).containsExactly(taskId);
		assertThat(this.identity.callAs(managerName, () -> this.tasks.openTasksHeldBy(username(absent))).orElseThrow())
			.isEmpty();
		// The new holder may see what they were given.
		assertThat(standIn.get("/api/v1/tasks/" + taskId).status()).isEqualTo(200);
	}

	@Test
	void whenAnApprovedAbsenceStartsItsWorkMovesByThePolicyWithoutAManager() {
		TestClient absent = this.clients.api(Role.AGENT);
		String absentName = username(absent);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
		List<String> ids = List.of(raiseAndGive(absentName, "Dryer 1"), raiseAndGive(absentName, "Dryer 2"));
		JsonNode starting = approvedAbsence(absent, this.manager, today, today.plusDays(2), null);
		// An absence that starts later is left alone until it starts.
		TestClient later = this.clients.api(Role.AGENT);
		String laterId = raiseAndGive(username(later), "Dryer 3");
		approvedAbsence(later, this.manager, today.plusDays(5), today.plusDays(6), null);

		this.scheduledCover.coverStarted();

		for (String id : ids) {
			String owner = this.manager.get("/api/v1/requests/" + id).json().get("assignee").asString();
			assertThat(owner).isNotBlank().isNotEqualTo(absentName);
			assertThat(this.workforce.isAway(owner, today)).isFalse();
		}
		assertThat(this.manager.get("/api/v1/absences/" + starting.get("id").asString())
			.json()
			.get("workMovedAt")
			.isNull()).isFalse();
		assertThat(this.manager.get("/api/v1/requests/" + laterId).json().get("assignee").asString())
			.isEqualTo(username(later));
	}

	/**
	 * @return the id of a new request of the front line, given to the person (or nobody)
	 */
	private String raiseAndGive(String assignee, String summary) {
		TestClient.Response raised = this.customer.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), summary));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		String id = raised.json().get("id").asString();
		if (assignee != null) {
			Map<String, Object> change = new java.util.HashMap<>();
			change.put("assignee", assignee);
			TestClient.Response given = this.manager.put("/api/v1/requests/" + id + "/assignee", change, raised.etag());
			assertThat(given.status()).as(given.toString()).isEqualTo(200);
		}
		return id;
	}

}
