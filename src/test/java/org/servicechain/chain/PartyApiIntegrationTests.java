package org.servicechain.chain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parties through the REST API: create, read, update with optimistic locking, audit,
 * idempotent creates, and bad input named field by field (CHAIN-1, INT-1, REQ-7).
 */
@IntegrationTest
class PartyApiIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	TestClient manager;

	@BeforeEach
	void signIn() {
		this.manager = this.clients.api(Role.MANAGER);
	}

	@Test
	void createsReadsAndAuditsAParty() {
		String name = unique("Warehouse");
		TestClient.Response created = this.manager.post("/api/v1/parties",
				Map.of("name", name, "kind", "INTERNAL_TEAM"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode party = created.json();
		assertThat(party.get("internal").asBoolean()).isTrue();
		assertThat(created.header("Location")).endsWith("/api/v1/parties/" + party.get("id").asString());

		TestClient.Response read = this.manager.get("/api/v1/parties/" + party.get("id").asString());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.etag()).isEqualTo("\"0\"");

		JsonNode history = this.manager.get("/api/v1/parties/" + party.get("id").asString() + "/history").json();
		assertThat(history).hasSize(1);
		assertThat(history.get(0).get("operation").asString()).isEqualTo("created");
		assertThat(history.get(0).get("actor").asString()).startsWith("manager-");
	}

	@Test
	void refusesAStaleUpdateAndShowsWhatChanged() {
		String id = this.manager.post("/api/v1/parties", Map.of("name", unique("Courier"), "kind", "SUPPLIER"))
			.json()
			.get("id")
			.asString();
		TestClient.Response first = this.manager.put("/api/v1/parties/" + id,
				Map.of("name", unique("Courier renamed"), "kind", "SUPPLIER"), "\"0\"");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.etag()).isEqualTo("\"1\"");

		TestClient.Response stale = this.manager.put("/api/v1/parties/" + id,
				Map.of("name", unique("Courier again"), "kind", "SUPPLIER"), "\"0\"");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(stale.json().get("changesSince").get(0).get("changes").get(0).get("field").asString())
			.isEqualTo("name");

		TestClient.Response missing = this.manager.put("/api/v1/parties/" + id,
				Map.of("name", unique("Courier"), "kind", "SUPPLIER"), null);
		assertThat(missing.status()).isEqualTo(428);
	}

	@Test
	void retriedCreateWithTheSameIdempotencyKeyCreatesOnce() {
		String name = unique("Repairs");
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
		TestClient.Response first = this.manager.post("/api/v1/parties", Map.of("name", name, "kind", "INTERNAL_TEAM"),
				key);
		TestClient.Response retry = this.manager.post("/api/v1/parties", Map.of("name", name, "kind", "INTERNAL_TEAM"),
				key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(this.manager.get("/api/v1/parties?q=" + name.replace(" ", "%20")).json().get("totalItems").asLong())
			.isEqualTo(1);
	}

	@Test
	void filtersPartiesByKindScopeAndName() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.manager.post("/api/v1/parties", Map.of("name", "Filter team " + tag, "kind", "INTERNAL_TEAM"));
		this.manager.post("/api/v1/parties", Map.of("name", "Filter supplier " + tag, "kind", "SUPPLIER"));
		this.manager.post("/api/v1/parties?allowDuplicate=true", Map.of("name", "Filter customer 100%_ " + tag, "kind",
				"CUSTOMER", "internal", true, "customerType", "PERSON"));

		assertThat(names(this.manager.get("/api/v1/parties?q=" + tag))).hasSize(3);
		assertThat(names(this.manager.get("/api/v1/parties?internal=false&q=" + tag)))
			.containsExactly("Filter supplier " + tag);
		assertThat(names(this.manager.get("/api/v1/parties?kind=CUSTOMER&internal=true&q=" + tag)))
			.containsExactly("Filter customer 100%_ " + tag);
		// % and _ are matched literally, not as wildcards.
		assertThat(names(this.manager.get("/api/v1/parties?q=100%25_%20" + tag))).hasSize(1);
		assertThat(names(this.manager.get("/api/v1/parties?q=%25" + tag))).isEmpty();
		// No filter at all pages through everyone.
		JsonNode firstPage = this.manager.get("/api/v1/parties?size=2").json();
		assertThat(firstPage.get("items")).hasSize(2);
		assertThat(firstPage.get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
	}

	private static List<String> names(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("items").valueStream().map((party) -> party.get("name").asString()).toList();
	}

	@Test
	void namesEachBadFieldAndTheRuleItBroke() {
		String taken = unique("Finance");
		this.manager.post("/api/v1/parties", Map.of("name", taken, "kind", "INTERNAL_TEAM"));

		assertProblem(this.manager.post("/api/v1/parties", Map.of("name", "", "kind", "INTERNAL_TEAM")), 422, "name",
				"required");
		assertProblem(this.manager.post("/api/v1/parties", Map.of("name", "x".repeat(121), "kind", "SUPPLIER")), 422,
				"name", "size");
		assertProblem(
				this.manager.post("/api/v1/parties",
						Map.of("name", " " + taken.toUpperCase() + " ", "kind", "INTERNAL_TEAM")),
				422, "name", "unique");
		assertProblem(
				this.manager.post("/api/v1/parties",
						Map.of("name", unique("Team"), "kind", "INTERNAL_TEAM", "internal", false)),
				422, "internal", "kind");
		assertProblem(this.manager.post("/api/v1/parties", Map.of("name", unique("Customer"), "kind", "CUSTOMER")), 422,
				"internal", "required");
		assertProblem(this.manager.post("/api/v1/parties", Map.of("name", unique("Odd"), "kind", "GALAXY")), 400,
				"kind", "type");
		assertProblem(this.manager.postRaw("/api/v1/parties", "application/json", "{\"name\": "), 400, "body", "json");
		assertThat(this.manager.postRaw("/api/v1/parties", "text/plain", "name=x").status()).isEqualTo(415);
		assertProblem(this.manager.get("/api/v1/parties/not-a-uuid"), 400, "id", "type");
		assertThat(this.manager.get("/api/v1/parties/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	private static void assertProblem(TestClient.Response response, int status, String field, String rule) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		List<JsonNode> errors = response.json().get("errors").valueStream().toList();
		assertThat(errors).as(response.toString()).anySatisfy((error) -> {
			assertThat(error.get("field").asString()).isEqualTo(field);
			assertThat(error.get("rule").asString()).isEqualTo(rule);
		});
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

}
