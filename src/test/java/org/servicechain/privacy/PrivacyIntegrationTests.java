package org.servicechain.privacy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UK GDPR and Equality Act records of a person (REC-5, REC-6): lawful basis, consent and
 * needs; the subject access export gathers every module's data; erasure pseudonymises
 * everywhere (also in the search index) and keeps the service history; retention
 * anonymises closed requests; each is audited and kept to administrators.
 */
@IntegrationTest
class PrivacyIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	AuditTrail audit;

	@Autowired
	Privacy privacy;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient admin;

	TestClient agent;

	TestClient customer;

	UUID person;

	String name;

	String requestId;

	@BeforeEach
	void aCustomerWhoIsAPersonWithARequest() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.admin = this.clients.api(Role.ADMIN);
		this.agent = this.clients.api(Role.AGENT);
		this.customer = this.fixtures.customerOf(this.chain.customer());
		this.person = this.chain.customer().id();
		this.name = this.chain.customer().name();
		this.requestId = ok(this.customer.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), "Oven door for " + this.name)))
			.get("id")
			.asString();
		ok(this.agent.post("/api/v1/requests/" + this.requestId + "/replies",
				Map.of("body", "Dear " + this.name + ", the engineer comes on Tuesday.")));
	}

	@Test
	void lawfulBasisConsentAndNeedsAreRecordedByManagersAndShownToStaff() {
		TestClient manager = this.fixtures.manager();
		String path = "/api/v1/privacy/person/" + this.person;
		assertThat(ok(this.agent.get(path)).get("version").asLong()).isZero();
		TestClient.Response consentWithoutDate = manager.put(path, Map.of("lawfulBasis", "CONSENT"), "\"0\"");
		assertThat(consentWithoutDate.status()).isEqualTo(422);
		assertThat(this.agent.put(path, Map.of("lawfulBasis", "CONTRACT"), "\"0\"").status()).isEqualTo(403);
		JsonNode saved = ok(manager.put(path,
				Map.of("lawfulBasis", "CONSENT", "consentGivenOn", "2026-11-02", "consentSource", "portal sign-up",
						"communicationNeeds", "Large print; British Sign Language interpreter", "contactTimes",
						"Mornings"),
				"\"0\""));
		assertThat(saved.get("hasNeeds").asBoolean()).isTrue();
		assertThat(saved.get("details").get("consentSource").asString()).isEqualTo("portal sign-up");
		JsonNode withdrawn = ok(manager.put(
				path, Map.of("lawfulBasis", "CONSENT", "consentGivenOn", "2026-11-02", "consentWithdrawnOn",
						"2026-11-20", "communicationNeeds", "Large print"),
				"\"" + saved.get("version").asLong() + "\""));
		assertThat(withdrawn.get("details").get("consentWithdrawnOn").asString()).isEqualTo("2026-11-20");
		assertThat(manager.put(path, Map.of("lawfulBasis", "CONTRACT"), "\"0\"").status()).isEqualTo(409);
		assertThat(this.audit.history(this.person)).extracting(AuditEntryView::operation)
			.contains("created", "updated");
		// Whoever handles the person's requests sees the needs on the request page.
		TestClient agentBrowser = this.clients.session(Role.AGENT, null);
		assertThat(agentBrowser.get("/privacy/person/" + this.person + "/needs").body()).contains("Large print");
		assertThat(agentBrowser.get("/requests/" + this.requestId).body())
			.contains("/privacy/person/" + this.person + "/needs");
		assertThat(this.customer.get(path).status()).isEqualTo(403);
		assertThat(this.agent.get("/api/v1/privacy/person/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void theSubjectAccessExportHoldsWhatEveryModuleKeepsAndIsAudited() throws Exception {
		TestClient.Response response = this.admin.get("/api/v1/privacy/person/" + this.person + "/export");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.header("Content-Disposition")).contains("subject-access-" + this.person + ".json");
		JsonNode export = JsonMapper.builder().build().readTree(response.body());
		assertThat(export.get("chain").get("customer").get("name").asString()).isEqualTo(this.name);
		assertThat(export.get("requests").get("requests").toString()).contains("Oven door for " + this.name);
		assertThat(export.get("requests").get("messages").toString()).contains("the engineer comes on Tuesday");
		assertThat(export.get("privacy")).isNotNull();
		assertThat(this.audit.history(this.person)).extracting(AuditEntryView::operation).contains("exported");
		assertThat(this.agent.get("/api/v1/privacy/person/" + this.person + "/export").status()).isEqualTo(403);
		assertThat(this.fixtures.manager().get("/api/v1/privacy/person/" + this.person + "/export").status())
			.isEqualTo(403);
	}

	@Test
	void erasurePseudonymisesEverywhereAndKeepsTheServiceHistory() {
		JsonNode before = ok(this.agent.get("/api/v1/requests/" + this.requestId));
		assertThat(ids(ok(this.agent.get("/api/v1/search?kind=request&size=200&q=" + suffix()))))
			.contains(this.requestId);
		assertThat(this.admin.post("/api/v1/privacy/person/" + this.person + "/erasure", Map.of()).status())
			.isEqualTo(422);
		JsonNode erased = ok(this.admin.post("/api/v1/privacy/person/" + this.person + "/erasure",
				Map.of("reason", "Erasure request by email, 1 December 2026")));
		String pseudonym = erased.get("pseudonym").asString();
		assertThat(pseudonym).startsWith("Person ")
			.isEqualTo(Privacy.pseudonym(new DataSubject(DataSubject.Kind.PERSON, this.person)));

		assertThat(ok(this.agent.get("/api/v1/parties/" + this.person)).get("name").asString()).isEqualTo(pseudonym);
		JsonNode after = ok(this.agent.get("/api/v1/requests/" + this.requestId));
		assertThat(after.get("summary").asString()).isEqualTo("Oven door for " + pseudonym);
		assertThat(after.get("status").asString()).isEqualTo(before.get("status").asString());
		assertThat(after.get("openedAt").asString()).isEqualTo(before.get("openedAt").asString());
		assertThat(after.get("reference").asString()).isEqualTo(before.get("reference").asString());
		assertThat(after.get("messages").toString()).doesNotContain(this.name).contains("Dear " + pseudonym);
		assertThat(after.get("requesterName").asString()).isEqualTo(pseudonym);
		// The search index follows: the old name is found nowhere.
		assertThat(ids(ok(this.agent.get("/api/v1/search?kind=request&size=200&q=" + suffix()))))
			.doesNotContain(this.requestId);

		List<AuditEntryView> trail = this.audit.history(this.person);
		assertThat(trail).extracting(AuditEntryView::operation).contains("erased");
		// Erasing again gives the same pseudonym: the service history stays joined up.
		assertThat(
				ok(this.admin.post("/api/v1/privacy/person/" + this.person + "/erasure", Map.of("reason", "Repeated")))
					.get("pseudonym")
					.asString())
			.isEqualTo(pseudonym);
		assertThat(
				this.agent.post("/api/v1/privacy/person/" + this.person + "/erasure", Map.of("reason", "x")).status())
			.isEqualTo(403);
	}

	@Test
	void retentionAnonymisesClosedRequestsAndKeepsTheirFacts() {
		JsonNode request = ok(this.agent.get("/api/v1/requests/" + this.requestId));
		JsonNode resolved = ok(this.agent.post("/api/v1/requests/" + this.requestId + "/transitions",
				Map.of("to", "RESOLVED", "reason", "Door fitted"),
				Map.of("If-Match", "\"" + request.get("version").asLong() + "\"")));
		JsonNode closed = ok(this.customer.post("/api/v1/requests/" + this.requestId + "/transitions",
				Map.of("to", "CLOSED", "reason", "Thanks"),
				Map.of("If-Match", "\"" + resolved.get("version").asLong() + "\"")));
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");

		JsonNode rules = ok(this.admin.get("/api/v1/privacy/retention"));
		assertThat(rules.toString()).contains("closed-requests").contains("\"months\":72");
		// Six years keeps a request closed today.
		assertThat(ok(this.admin.post("/api/v1/privacy/retention/purge", Map.of())).toString())
			.doesNotContain(this.requestId);
		assertThat(ok(this.agent.get("/api/v1/requests/" + this.requestId)).get("summary").asString())
			.contains(this.name);

		assertThat(
				this.agent.put("/api/v1/privacy/retention/closed-requests", Map.of("months", 0, "enabled", true), null)
					.status())
			.isEqualTo(403);
		ok(this.admin.put("/api/v1/privacy/retention/closed-requests", Map.of("months", 0, "enabled", true), null));
		JsonNode purged = ok(this.admin.post("/api/v1/privacy/retention/purge", Map.of()));
		assertThat(purged.get("closed-requests").asInt()).isPositive();
		JsonNode anonymised = ok(this.agent.get("/api/v1/requests/" + this.requestId));
		assertThat(anonymised.get("summary").asString()).doesNotContain(this.name);
		assertThat(anonymised.get("description").asString()).doesNotContain("washing machine");
		assertThat(anonymised.get("status").asString()).isEqualTo("CLOSED");
		assertThat(anonymised.get("reference").asString()).isEqualTo(request.get("reference").asString());
		assertThat(anonymised.get("openedAt").asString()).isEqualTo(request.get("openedAt").asString());
		assertThat(anonymised.get("messages").toString()).doesNotContain("engineer");
		// A second run has nothing left to do.
		assertThat(SystemActor.call(this.privacy::purge).get("closed-requests")).isZero();
		ok(this.admin.put("/api/v1/privacy/retention/closed-requests", Map.of("months", 72, "enabled", true), null));
	}

	@Test
	void theAdministratorsPagesWork() {
		TestClient browser = this.clients.session(Role.ADMIN, null);
		assertThat(browser.get("/admin/privacy").body()).contains("closed-requests").contains("Apply the rules now");
		assertThat(browser.get("/admin/privacy/person/" + this.person).body()).contains("Lawful basis")
			.contains("Download the export")
			.contains("Erase personal data");
		assertThat(this.clients.session(Role.AGENT, null).get("/admin/privacy").status()).isEqualTo(403);
	}

	private String suffix() {
		return this.name.substring(this.name.lastIndexOf(' ') + 1);
	}

	private static List<String> ids(JsonNode page) {
		return page.get("items").valueStream().map((item) -> item.get("id").asString()).toList();
	}

	private static JsonNode ok(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
		return response.json();
	}

}
