package org.servicechain.notices;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notice pages: a manager declares from the list page and reads who was told and who
 * was not reached; the dashboard panel and the portal show it; and from a contingency
 * incident a manager tells the affected and defers low-priority work, each in one step.
 */
@IntegrationTest
class ServiceNoticeWebTests {

	@Autowired
	TestClient.Clients clients;

	DeliveryChain chain;

	ChainApiFixtures parties;

	TestClient managerApi;

	@BeforeEach
	void aChain() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		this.chain = fixtures.deliveryChain();
		this.parties = fixtures.chain();
		this.managerApi = fixtures.manager();
		this.parties.contact(this.chain.customer(), "Phil Phone", Map.of("preferredChannel", "PHONE"));
	}

	@Test
	void aManagerDeclaresFromThePageAndSeesWhoWasToldAndWhoWasNot() {
		TestClient manager = this.clients.session(Role.MANAGER, null);
		assertThat(manager.get("/notices").body()).contains("Declare planned work or an incident");

		// A form with the end before the start comes back with the field marked.
		TestClient.Response refused = manager.postForm("/notices",
				Map.of("kind", "PLANNED_WORK", "where", "PARTY:" + this.chain.courier().id(), "title", "Backwards",
						"message", "x", "startsAt", "2030-01-02T10:00", "endsAt", "2030-01-01T10:00"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("The notice was not declared").contains("the end must be after the start");

		String title = "Van servicing " + UUID.randomUUID().toString().substring(0, 6);
		TestClient.Response declared = manager.postForm("/notices",
				Map.of("kind", "PLANNED_WORK", "where", "PARTY:" + this.chain.courier().id(), "title", title, "message",
						"Collections an hour later on Saturday.", "startsAt", "2030-01-05T08:00", "endsAt",
						"2030-01-05T12:00"));
		assertThat(declared.status()).as(declared.toString()).isEqualTo(302);
		String page = declared.header("Location");
		assertThat(page).contains("/notices/");
		String html = manager.get(page).body();
		assertThat(html).contains(title)
			.contains("Who was told")
			.contains("Not reached")
			.contains("Phil Phone")
			.contains("no e-mail address and no portal account")
			.contains(this.chain.customer().name())
			.contains("Give the all-clear");
		// The dashboard's panel (an htmx partial) lists it while it is current.
		assertThat(manager.get("/notices/current").body()).contains(title);

		// An agent reads but gets no form.
		TestClient agent = this.clients.session(Role.AGENT, null);
		assertThat(agent.get(page).body()).contains(title).doesNotContain("Give the all-clear");
		assertThat(agent.get("/notices").body()).doesNotContain("Declare planned work or an incident");

		// The customer sees it in the portal, without the list of people told.
		TestClient customer = this.clients.session(Role.CUSTOMER, this.chain.customer().id());
		String id = page.substring(page.lastIndexOf('/') + 1);
		assertThat(customer.get("/portal/notices").body()).contains(title);
		assertThat(customer.get("/portal/notices/" + id).body()).contains(title).doesNotContain("Phil Phone");
		assertThat(customer.get("/notices/" + id).status()).isEqualTo(403);
	}

	@Test
	void fromAnIncidentAManagerTellsTheAffectedAndDefersLowPriorityWork() {
		TestClient agentApi = this.clients.api(Role.AGENT);
		Map<String, Object> low = new HashMap<>(
				RequestFixtures.request(this.chain, this.chain.customer(), "Change my delivery address some time"));
		low.put("impact", "LOW");
		low.put("urgency", "LOW");
		TestClient.Response raised = agentApi.post("/api/v1/requests", low);
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		assertThat(raised.json().get("priority").asString()).isEqualTo("P4");
		String requestId = raised.json().get("id").asString();

		TestClient.Response procedure = this.managerApi.post("/api/v1/contingency/procedures",
				Map.of("title", "Courier fails " + UUID.randomUUID(), "situation", "SUPPLIER_FAILURE", "partyId",
						this.chain.courier().id(), "steps", List.of(Map.of("text", "Ring the courier"))));
		assertThat(procedure.status()).as(procedure.toString()).isEqualTo(201);
		TestClient.Response incident = agentApi.post(
				"/api/v1/contingency/procedures/" + procedure.json().get("id").asString() + "/activation",
				Map.of("note", "Depot flooded"));
		assertThat(incident.status()).as(incident.toString()).isEqualTo(201);
		String incidentPage = "/team/incidents/" + incident.json().get("id").asString();

		TestClient manager = this.clients.session(Role.MANAGER, null);
		// Deferring needs the affected told first.
		assertThat(manager.postForm(incidentPage + "/defer", Map.of()).status()).isEqualTo(302);
		assertThat(agentApi.get("/api/v1/requests/" + requestId).json().get("status").asString())
			.isNotEqualTo("WAITING_ON_PARTNER");

		assertThat(manager.get(incidentPage).body()).contains("Tell the affected");
		assertThat(manager.postForm(incidentPage + "/tell", Map.of("message", "No collections today.")).status())
			.isEqualTo(302);
		String told = manager.get(incidentPage).body();
		assertThat(told).contains("Told.").contains("Defer low-priority work");
		String noticeId = told.replaceAll("(?s).*href=\"/notices/([0-9a-f-]{36})\".*", "$1");
		TestClient.Response notice = this.managerApi.get("/api/v1/service-notices/" + noticeId);
		assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
		assertThat(notice.json().get("originId").asString()).isEqualTo(incident.json().get("id").asString());
		assertThat(notice.json().get("parties").valueStream().map((p) -> p.get("id").asString()))
			.contains(this.chain.customer().id().toString());

		assertThat(manager.postForm(incidentPage + "/defer", Map.of()).status()).isEqualTo(302);
		assertThat(agentApi.get("/api/v1/requests/" + requestId).json().get("status").asString())
			.isEqualTo("WAITING_ON_PARTNER");
		TestClient.Response after = this.managerApi.get("/api/v1/service-notices/" + noticeId);
		assertThat(after.json().get("rounds").valueStream().map((r) -> r.get("message").asString()))
			.anySatisfy((message) -> assertThat(message).contains("deferred"));
		assertThat(after.json()
			.get("deliveries")
			.valueStream()
			.filter((d) -> d.get("round").asInt() == 2)
			.map((d) -> d.get("personName").asString())).contains("Phil Phone");
		// Told once: a second "tell" is refused, the page says so.
		assertThat(manager.postForm(incidentPage + "/tell", Map.of()).status()).isEqualTo(302);
		assertThat(this.managerApi.get("/api/v1/service-notices?size=200")
			.json()
			.get("items")
			.valueStream()
			.filter((n) -> n.get("title").asString().equals(notice.json().get("title").asString()))
			.count()).isEqualTo(1);
	}

}
