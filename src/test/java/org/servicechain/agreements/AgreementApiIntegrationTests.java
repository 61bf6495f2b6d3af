package org.servicechain.agreements;

import java.time.LocalDate;
import java.util.HashMap;
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
 * Negotiating an agreement through the REST API (AGREE-1 … AGREE-3): draft, propose,
 * counter, accept by authorised contacts of both sides, activate; and the rules that keep
 * it honest.
 */
@IntegrationTest
class AgreementApiIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	AgreementManagement agreements;

	TestClient manager;

	String tag;

	String warehouse;

	String courier;

	String service;

	String calendar;

	String ravi;

	String karen;

	String dave;

	@BeforeEach
	void aWarehouseAndACourier() {
		this.manager = this.clients.api(Role.MANAGER);
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.warehouse = id(
				this.manager.post("/api/v1/parties", Map.of("name", "Warehouse " + this.tag, "kind", "INTERNAL_TEAM")));
		this.courier = id(
				this.manager.post("/api/v1/parties", Map.of("name", "Courier " + this.tag, "kind", "SUPPLIER")));
		this.service = id(this.manager.post("/api/v1/services", Map.of("name", "Parcel carriage " + this.tag)));
		this.calendar = id(this.manager.post("/api/v1/calendars",
				Map.of("name", "Office " + this.tag, "zone", "Europe/London", "hours",
						Map.of("MONDAY", List.of("09:00-17:00"), "TUESDAY", List.of("09:00-17:00"), "WEDNESDAY",
								List.of("09:00-17:00"), "THURSDAY", List.of("09:00-17:00"), "FRIDAY",
								List.of("09:00-17:00")))));
		this.ravi = contact(this.warehouse, "Ravi", true);
		this.karen = contact(this.courier, "Karen", true);
		this.dave = contact(this.courier, "Dave", false);
	}

	@Test
	void negotiatesThroughTwoRoundsAndIsAgreedByBothSides() {
		JsonNode draft = this.manager.post("/api/v1/agreements", draft(terms("PT8H"))).json();
		String id = draft.get("id").asString();
		assertThat(draft.get("reference").asString()).startsWith("AGR-");
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");

		JsonNode proposed = this.manager
			.post("/api/v1/agreements/" + id + "/propose", Map.of("side", "CONSUMER"), ifMatch(draft))
			.json();
		assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");

		// The courier wants more time: version 2
		JsonNode countered = this.manager
			.post("/api/v1/agreements/" + id + "/counter",
					Map.of("side", "PROVIDER", "terms", terms("PT16H"), "note", "Rural routes need longer"),
					ifMatch(proposed))
			.json();
		assertThat(countered.get("status").asString()).isEqualTo("COUNTERED");
		assertThat(countered.get("currentNumber").asInt()).isEqualTo(2);

		// We meet in the middle: version 3
		JsonNode third = this.manager
			.post("/api/v1/agreements/" + id + "/counter", Map.of("side", "CONSUMER", "terms", terms("PT12H")),
					ifMatch(countered))
			.json();
		assertThat(third.get("currentNumber").asInt()).isEqualTo(3);

		JsonNode diff = this.manager.get("/api/v1/agreements/" + id + "/diff?from=2&to=3").json();
		assertThat(diff.get("lines")
			.valueStream()
			.filter((line) -> line.get("item").asString().equals("P1 critical resolution"))
			.findFirst()
			.orElseThrow()
			.get("after")
			.asString()).isEqualTo("12h");

		// Accepting an old version is refused; so is a contact without authority
		assertProblem(
				this.manager.post("/api/v1/agreements/" + id + "/accept",
						Map.of("side", "PROVIDER", "termsNumber", 2, "contactId", this.karen)),
				422, "termsNumber", "current-version");
		assertProblem(
				this.manager.post("/api/v1/agreements/" + id + "/accept",
						Map.of("side", "PROVIDER", "termsNumber", 3, "contactId", this.dave)),
				422, "contactId", "authority");
		assertProblem(
				this.manager.post("/api/v1/agreements/" + id + "/accept",
						Map.of("side", "PROVIDER", "termsNumber", 3, "contactId", this.ravi)),
				422, "contactId", "party-of-side");

		JsonNode half = this.manager
			.post("/api/v1/agreements/" + id + "/accept",
					Map.of("side", "PROVIDER", "termsNumber", 3, "contactId", this.karen))
			.json();
		assertThat(half.get("status").asString()).isEqualTo("COUNTERED");
		JsonNode agreed = this.manager
			.post("/api/v1/agreements/" + id + "/accept",
					Map.of("side", "CONSUMER", "termsNumber", 3, "contactId", this.ravi))
			.json();
		assertThat(agreed.get("status").asString()).isEqualTo("AGREED");
		assertThat(agreed.get("agreedNumber").asInt()).isEqualTo(3);
		assertThat(agreed.get("versions")).hasSize(3);

		JsonNode active = this.manager.post("/api/v1/agreements/" + id + "/activate", Map.of(), ifMatch(agreed)).json();
		assertThat(active.get("status").asString()).isEqualTo("ACTIVE");

		// Agreed terms are never edited: a change is a new version, through a review
		TestClient.Response edit = this.manager.put("/api/v1/agreements/" + id, draft(terms("PT4H")),
				active.get("version").asString());
		assertThat(edit.status()).isEqualTo(422);

		JsonNode history = this.manager.get("/api/v1/agreements/" + id + "/history").json();
		assertThat(history.valueStream().map((entry) -> entry.get("operation").asString())).contains("created",
				"negotiation", "updated");
	}

	@Test
	void refusesProposalsWithMissingOrInconsistentTargets() {
		Map<String, Object> incomplete = terms("PT8H");
		incomplete.put("targets", List.of(Map.of("priority", "P1", "firstResponse", "PT1H", "resolution", "PT8H")));
		JsonNode draft = this.manager.post("/api/v1/agreements", draft(incomplete)).json();
		assertProblem(this.manager.post("/api/v1/agreements/" + draft.get("id").asString() + "/propose",
				Map.of("side", "CONSUMER"), ifMatch(draft)), 422, "targets", "every-priority");

		Map<String, Object> backwards = terms("PT8H");
		backwards.put("targets", List.of(Map.of("priority", "P1", "firstResponse", "PT4H", "resolution", "PT2H")));
		assertProblem(this.manager.post("/api/v1/agreements", draft(backwards)), 422, "targets[0].resolution",
				"not-before-first-response");
	}

	@Test
	void refusesAnOverlappingActiveAgreementForTheSamePartiesAndService() {
		String first = agreedAndActive();
		assertThat(first).isNotNull();
		JsonNode second = this.manager.post("/api/v1/agreements", draft(terms("PT8H"))).json();
		String id = second.get("id").asString();
		JsonNode proposed = this.manager
			.post("/api/v1/agreements/" + id + "/propose", Map.of("side", "CONSUMER"), ifMatch(second))
			.json();
		this.manager.post("/api/v1/agreements/" + id + "/accept",
				Map.of("side", "PROVIDER", "termsNumber", 1, "contactId", this.karen));
		assertProblem(
				this.manager.post("/api/v1/agreements/" + id + "/accept",
						Map.of("side", "CONSUMER", "termsNumber", 1, "contactId", this.ravi)),
				422, "validFrom", "no-overlap");
		assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
	}

	@Test
	void namesBadHeaderFields() {
		Map<String, Object> header = header();
		header.put("consumerId", this.warehouse);
		header.put("providerId", this.warehouse);
		header.put("validFrom", LocalDate.now().plusDays(10).toString());
		header.put("validUntil", LocalDate.now().toString());
		TestClient.Response response = this.manager.post("/api/v1/agreements", Map.of("header", header));
		assertProblem(response, 422, "consumerId", "not-self");
		assertProblem(response, 422, "validUntil", "after-start");
		header = header();
		header.put("calendarId", UUID.randomUUID().toString());
		header.put("kind", "OLA");
		response = this.manager.post("/api/v1/agreements", Map.of("header", header));
		assertProblem(response, 422, "calendarId", "exists");
		assertProblem(response, 422, "kind", "kind");
	}

	@Test
	void partnerUsersSeeAndActOnlyForTheirOwnSide() {
		String id = this.manager.post("/api/v1/agreements", draft(terms("PT8H"))).json().get("id").asString();
		TestClient partner = this.clients.session(Role.PARTNER, UUID.fromString(this.courier));
		TestClient stranger = this.clients.session(Role.PARTNER, UUID.fromString(this.warehouse.equals(this.courier)
				? this.warehouse
				: id(this.manager.post("/api/v1/parties", Map.of("name", "Other " + this.tag, "kind", "SUPPLIER")))));
		assertThat(partner.get("/portal/agreements/" + id).status()).isEqualTo(200);
		assertThat(stranger.get("/portal/agreements/" + id).status()).isEqualTo(404);
		assertThat(partner.get("/api/v1/agreements/" + id).status()).isEqualTo(403);
	}

	private String agreedAndActive() {
		JsonNode draft = this.manager.post("/api/v1/agreements", draft(terms("PT8H"))).json();
		String id = draft.get("id").asString();
		this.manager.post("/api/v1/agreements/" + id + "/propose", Map.of("side", "CONSUMER"), ifMatch(draft));
		this.manager.post("/api/v1/agreements/" + id + "/accept",
				Map.of("side", "PROVIDER", "termsNumber", 1, "contactId", this.karen));
		JsonNode agreed = this.manager
			.post("/api/v1/agreements/" + id + "/accept",
					Map.of("side", "CONSUMER", "termsNumber", 1, "contactId", this.ravi))
			.json();
		assertThat(this.manager.post("/api/v1/agreements/" + id + "/activate", Map.of(), ifMatch(agreed)).status())
			.isEqualTo(200);
		return id;
	}

	private Map<String, Object> draft(Map<String, Object> terms) {
		return Map.of("header", header(), "terms", terms);
	}

	private Map<String, Object> header() {
		Map<String, Object> header = new HashMap<>();
		header.put("title", "Parcel carriage " + this.tag);
		header.put("kind", "UNDERPINNING_CONTRACT");
		header.put("formality", "FORMAL");
		header.put("providerId", this.courier);
		header.put("consumerId", this.warehouse);
		header.put("serviceIds", List.of(this.service));
		header.put("calendarId", this.calendar);
		header.put("reviewOn", LocalDate.now().plusMonths(6).toString());
		return header;
	}

	private static Map<String, Object> terms(String p1Resolution) {
		Map<String, Object> terms = new HashMap<>();
		terms.put("targets",
				List.of(Map.of("priority", "P1", "firstResponse", "PT1H", "resolution", p1Resolution),
						Map.of("priority", "P2", "firstResponse", "PT2H", "resolution", "PT16H"),
						Map.of("priority", "P3", "firstResponse", "PT4H", "resolution", "PT24H"),
						Map.of("priority", "P4", "firstResponse", "PT8H", "resolution", "PT40H")));
		terms.put("providerResponsibilities", List.of("Collect by 15:00 on working days"));
		terms.put("benefitsToUs", "Predictable collection times");
		terms.put("benefitsToPartner", "Guaranteed daily volume");
		terms.put("conflictRule", "PRIORITY_THEN_EXTERNAL");
		return terms;
	}

	private String contact(String party, String name, boolean signs) {
		return id(this.manager.post("/api/v1/parties/" + party + "/contacts", Map.of("name", name + " " + this.tag,
				"canSignAgreements", signs, "canApproveSpend", false, "canSetPriorities", false)));
	}

	private static Map<String, String> ifMatch(JsonNode agreement) {
		return Map.of("If-Match", "\"" + agreement.get("version").asLong() + "\"");
	}

	private static String id(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static void assertProblem(TestClient.Response response, int status, String field, String rule) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.json().get("errors").valueStream()).as(response.toString()).anySatisfy((error) -> {
			assertThat(error.get("field").asString()).isEqualTo(field);
			assertThat(error.get("rule").asString()).isEqualTo(rule);
		});
	}

}
