package org.servicechain.workforce;

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
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * Contingency (WF-4): a manager writes a procedure for the courier failing, an agent puts
 * it to work when it happens, the customers affected are found through the chain, the
 * checklist is ticked and logged without overwriting a colleague's tick, and a manager
 * closes the incident with its review; bad input gets clear errors.
 */
@IntegrationTest
class ContingencyIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	DeliveryChain chain;

	TestClient manager;

	TestClient agent;

	@BeforeEach
	void aChain() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		this.chain = fixtures.deliveryChain();
		this.manager = fixtures.manager();
		this.agent = this.clients.api(Role.AGENT);
		TestClient.Response raised = this.agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), "Cooker stuck at the depot"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
	}

	Map<String, Object> procedure(String title) {
		return Map.of("title", title, "situation", "SUPPLIER_FAILURE", "partyId", this.chain.courier().id(), "steps",
				List.of(Map.of("role", "Team lead", "text", "Ring the courier's duty manager"),
						Map.of("role", "Agent", "text", "Tell customers with deliveries this week"),
						Map.of("text", "Book the reserve carrier")),
				"contacts", "Duty manager 0161 000 0000");
	}

	@Test
	void aProcedureIsPutToWorkTickedAndClosedWithItsReview() {
		TestClient.Response written = this.manager.post("/api/v1/contingency/procedures",
				procedure("Courier fails " + UUID.randomUUID()));
		assertThat(written.status()).as(written.toString()).isEqualTo(201);
		String procedureId = written.json().get("id").asString();
		assertThat(written.json().get("steps").get(0).get("role").asString()).isEqualTo("Team lead");

		// Anyone on staff puts it to work.
		TestClient.Response opened = this.agent.post("/api/v1/contingency/procedures/" + procedureId + "/activation",
				Map.of("note", "Depot flooded"));
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		JsonNode incident = opened.json();
		String id = incident.get("id").asString();
		assertThat(incident.get("steps")).hasSize(3);
		assertThat(incident.get("partyName").asString()).isEqualTo(this.chain.courier().name());
		// Through the chain: the courier carries parcels for the warehouse, which fulfils
		// for the front line, which delivers to the customer.
		assertThat(incident.get("affectedCustomers").valueStream().map((party) -> party.get("name").asString()))
			.contains(this.chain.customer().name());
		assertThat(incident.get("affectedServices").valueStream().map((service) -> service.get("name").asString()))
			.contains(this.chain.delivery().name());
		assertThat(incident.get("openRequests").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(this.agent.get("/api/v1/incidents?open=true&size=200")
			.json()
			.get("items")
			.valueStream()
			.map((item) -> item.get("id").asString())).contains(id);

		TestClient.Response ticked = this.agent.post("/api/v1/incidents/" + id + "/steps/1",
				Map.of("note", "Rang at 08:10; back tomorrow"), Map.of("If-Match", opened.etag()));
		assertThat(ticked.status()).as(ticked.toString()).isEqualTo(200);
		assertThat(ticked.json().get("steps").get(0).get("doneByName").asString()).isNotBlank();
		assertThat(ticked.json().get("steps").get(0).get("note").asString()).isEqualTo("Rang at 08:10; back tomorrow");
		// A colleague's tick from the older copy does not overwrite it.
		assertThat(this.agent.post("/api/v1/incidents/" + id + "/steps/2", Map.of(), Map.of("If-Match", opened.etag()))
			.status()).isEqualTo(409);
		assertProblem(
				this.agent.post("/api/v1/incidents/" + id + "/steps/1", Map.of(), Map.of("If-Match", ticked.etag())),
				422, "step", "done");
		assertProblem(
				this.agent.post("/api/v1/incidents/" + id + "/steps/9", Map.of(), Map.of("If-Match", ticked.etag())),
				422, "step", "range");

		// A manager tells the affected through a service notice and defers low-priority
		// work, over the API as on the page; an agent may not.
		assertProblem(this.agent.post("/api/v1/incidents/" + id + "/notice", Map.of("note", "x")), 422, "message",
				"authority");
		TestClient.Response told = this.manager.post("/api/v1/incidents/" + id + "/notice",
				Map.of("note", "No deliveries today; we will tell you when they restart."));
		assertThat(told.status()).as(told.toString()).isEqualTo(201);
		assertThat(told.json().get("reference").asString()).startsWith("SN-");
		// The chain's only open request is a P2: there is nothing low-priority to defer.
		assertProblem(this.manager.post("/api/v1/incidents/" + id + "/deferrals", Map.of()), 422, "defer", "nothing");

		// Only a manager closes it, and only with a review.
		assertProblem(this.agent.post("/api/v1/incidents/" + id + "/closure",
				Map.of("whatHappened", "x", "whatChanges", "y"), Map.of("If-Match", ticked.etag())), 422,
				"whatHappened", "authority");
		assertProblem(
				this.manager.post("/api/v1/incidents/" + id + "/closure",
						Map.of("whatHappened", " ", "whatChanges", "y"), Map.of("If-Match", ticked.etag())),
				422, "whatHappened", "required");
		TestClient.Response closed = this.manager.post("/api/v1/incidents/" + id + "/closure",
				Map.of("whatHappened", "The depot flooded; the reserve carrier was not needed", "whatChanges",
						"Add the reserve carrier's number to the contacts"),
				Map.of("If-Match", ticked.etag()));
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		assertThat(closed.json().get("closedAt").isNull()).isFalse();
		assertProblem(
				this.agent.post("/api/v1/incidents/" + id + "/steps/2", Map.of(), Map.of("If-Match", closed.etag())),
				422, "step", "closed");
	}

	@Test
	void badProceduresGetClearErrorsAndOnlyManagersWriteThem() {
		Map<String, Object> noSteps = new java.util.HashMap<>(procedure("No steps"));
		noSteps.put("steps", List.of());
		assertProblem(this.manager.post("/api/v1/contingency/procedures", noSteps), 422, "steps", "required");
		Map<String, Object> noTitle = new java.util.HashMap<>(procedure(" "));
		assertProblem(this.manager.post("/api/v1/contingency/procedures", noTitle), 422, "title", "required");
		Map<String, Object> unknownParty = new java.util.HashMap<>(procedure("Unknown party"));
		unknownParty.put("partyId", UUID.randomUUID());
		assertProblem(this.manager.post("/api/v1/contingency/procedures", unknownParty), 422, "partyId", "unknown");
		assertProblem(this.agent.post("/api/v1/contingency/procedures", procedure("By an agent")), 422, "title",
				"authority");
		assertThat(this.clients.api(Role.CUSTOMER, this.chain.customer().id())
			.get("/api/v1/contingency/procedures")
			.status()).isEqualTo(403);

		TestClient.Response written = this.manager.post("/api/v1/contingency/procedures",
				procedure("Courier fails " + UUID.randomUUID()));
		String path = "/api/v1/contingency/procedures/" + written.json().get("id").asString();
		TestClient.Response changed = this.manager.put(path, procedure("Courier fails, v2"), written.etag());
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(this.manager.put(path, procedure("Courier fails, stale"), written.etag()).status()).isEqualTo(409);
		assertThat(this.manager.get(path).json().get("title").asString()).isEqualTo("Courier fails, v2");
	}

	@Test
	void thePagesLetStaffWorkTheChecklistAndManagersWriteAndClose() {
		TestClient browserManager = this.clients.session(Role.MANAGER, null);
		TestClient browserAgent = this.clients.session(Role.AGENT, null);
		String title = "Tills down " + UUID.randomUUID().toString().substring(0, 6);
		TestClient.Response bad = browserManager.postForm("/team/contingency/procedures",
				Map.of("title", title, "situation", "SYSTEM_DOWN", "steps", " "));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("The procedure was not saved.", "write at least one step");
		TestClient.Response saved = browserManager.postForm("/team/contingency/procedures", Map.of("title", title,
				"situation", "SYSTEM_DOWN", "steps", "Team lead: ring IT\nAgent: take orders on paper"));
		assertThat(saved.status()).isEqualTo(302);
		String procedurePage = saved.header("Location");
		assertThat(browserAgent.get("/team/contingency").body()).contains(title).doesNotContain("Write a procedure");
		assertThat(browserAgent.get(procedurePage).body()).contains("ring IT", "Put this procedure to work")
			.doesNotContain("Change the procedure");
		TestClient.Response opened = browserAgent.postForm(procedurePage + "/activate", Map.of("note", "Tills frozen"));
		assertThat(opened.status()).isEqualTo(302);
		String incidentPage = opened.header("Location");
		String page = browserAgent.get(incidentPage).body();
		assertThat(page).contains("Checklist: 0 of 2 done", "Tills frozen", "A manager closes the incident");
		assertThat(browserAgent.get("/team/contingency").body()).contains("Open incidents", title);
		// Where people look: the dashboard's team panel shows it to everyone on staff.
		assertThat(browserAgent.get("/team/hint").body()).contains("Incident open", title);
		assertThat(
				browserAgent.postForm(incidentPage + "/steps/0", Map.of("version", "0", "note", "IT on it")).status())
			.isEqualTo(302);
		assertThat(browserAgent.get(incidentPage).body()).contains("Checklist: 1 of 2 done", "IT on it");
		// The same stale form again: told, not applied.
		browserAgent.postForm(incidentPage + "/steps/1", Map.of("version", "0"));
		assertThat(browserAgent.get(incidentPage).body()).contains("Someone updated this incident meanwhile")
			.contains("Checklist: 1 of 2 done");
		TestClient.Response notClosed = browserManager.postForm(incidentPage + "/close",
				Map.of("version", "1", "whatHappened", "Tills froze for an hour", "whatChanges", " "));
		assertThat(notClosed.body()).contains("The incident was not closed.", "say what changes");
	}

}
