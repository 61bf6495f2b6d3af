package org.servicechain.chain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * Contacts with their authority, reporting lines and influence, and the relationship log
 * of a party, through the REST API (CHAIN-4, CHAIN-5, INT-1, REQ-7).
 */
@IntegrationTest
class ContactApiIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	TestClient manager;

	ChainApiFixtures chain;

	Named courier;

	@BeforeEach
	void signInAndMeetACourier() {
		this.manager = this.clients.api(Role.MANAGER);
		this.chain = new ChainApiFixtures(this.manager);
		this.courier = this.chain.supplier("SwiftParcel Couriers");
	}

	@Test
	void recordsAContactWithTheirAuthority() {
		TestClient.Response created = this.manager.post("/api/v1/parties/" + this.courier.id() + "/contacts",
				Map.of("name", "Priya Shah", "jobRole", "Account manager", "email", "priya@swiftparcel.example",
						"preferredChannel", "PHONE", "canApproveSpend", true, "spendLimit", 5000, "canSignAgreements",
						true, "canSetPriorities", false, "escalationLevel", 3));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.etag()).isEqualTo("\"0\"");
		String path = "/api/v1/contacts/" + created.json().get("id").asString();
		assertThat(created.header("Location")).endsWith(path);

		JsonNode contact = this.manager.get(path).json();
		assertThat(contact.get("partyId").asString()).isEqualTo(this.courier.id().toString());
		assertThat(contact.get("partyName").asString()).isEqualTo(this.courier.name());
		assertThat(contact.get("preferredChannel").asString()).isEqualTo("PHONE");
		assertThat(contact.get("canApproveSpend").asBoolean()).isTrue();
		assertThat(contact.get("spendLimit").decimalValue()).isEqualByComparingTo("5000");
		assertThat(contact.get("canSignAgreements").asBoolean()).isTrue();
		assertThat(contact.get("canSetPriorities").asBoolean()).isFalse();
		assertThat(contact.get("escalationLevel").asInt()).isEqualTo(3);
		assertThat(ChainApiFixtures.ids(this.manager.get("/api/v1/parties/" + this.courier.id() + "/contacts").json()))
			.containsExactly(contact.get("id").asString());

		JsonNode history = this.manager.get(path + "/history").json();
		assertThat(history.get(0).get("operation").asString()).isEqualTo("created");
	}

	@Test
	void keepsAPostalAddressWithItsPostcodeInOneForm() {
		TestClient.Response refused = this.manager.post("/api/v1/parties/" + this.courier.id() + "/contacts", Map
			.of("name", "Lena Ward", "postalAddress", "Unit 4, Trafford Park\nManchester", "postcode", "M17 1Q"));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.body()).contains("\"postcode\"").contains("not a UK postcode");

		TestClient.Response created = this.manager.post("/api/v1/parties/" + this.courier.id() + "/contacts", Map
			.of("name", "Lena Ward", "postalAddress", "Unit 4, Trafford Park\nManchester", "postcode", "m17 1qe"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("postalAddress").asString()).isEqualTo("Unit 4, Trafford Park\nManchester");
		assertThat(created.json().get("postcode").asString()).isEqualTo("M17 1QE");
	}

	@Test
	void updatesAndDeletesAContactWithVersions() {
		UUID priya = this.chain.contact(this.courier, "Priya Shah", Map.of());
		String path = "/api/v1/contacts/" + priya;

		assertThat(this.manager.put(path, Map.of("name", "Priya Shah-Jones"), null).status()).isEqualTo(428);
		TestClient.Response renamed = this.manager.put(path, Map.of("name", "Priya Shah-Jones"), "\"0\"");
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(renamed.etag()).isEqualTo("\"1\"");
		assertProblem(this.manager.put(path, Map.of("name", "Priya S."), "\"0\""), 409);

		assertProblem(this.manager.delete(path, "\"0\""), 409);
		assertThat(this.manager.delete(path, "\"1\"").status()).isEqualTo(204);
		assertProblem(this.manager.get(path), 404);
	}

	@Test
	void reportsOnlyToSomeoneAtTheSameParty() {
		Named dispatch = this.chain.internalTeam("Warehouse & Dispatch");
		UUID dispatchLead = this.chain.contact(dispatch, "Tom Reed", Map.of());

		assertProblem(this.manager.post("/api/v1/parties/" + this.courier.id() + "/contacts",
				Map.of("name", "Priya Shah", "reportsToId", dispatchLead)), 422, "reportsToId", "same-party");
		assertProblem(this.manager.post("/api/v1/parties/" + this.courier.id() + "/contacts",
				Map.of("name", "Priya Shah", "reportsToId", UUID.randomUUID())), 422, "reportsToId", "exists");
		assertThat(this.manager.get("/api/v1/parties/" + this.courier.id() + "/contacts").json()).isEmpty();
	}

	@Test
	void refusesReportingLinesThatWouldBeACycle() {
		UUID director = this.chain.contact(this.courier, "Dana Director", Map.of());
		UUID priya = this.chain.contact(this.courier, "Priya Shah", Map.of("reportsToId", director));
		JsonNode reportsTo = this.manager.get("/api/v1/contacts/" + priya).json();
		assertThat(reportsTo.get("reportsToId").asString()).isEqualTo(director.toString());
		assertThat(reportsTo.get("reportsToName").asString()).isEqualTo("Dana Director");

		assertProblem(this.manager.put("/api/v1/contacts/" + director,
				Map.of("name", "Dana Director", "reportsToId", priya), "\"0\""), 422, "reportsToId", "no-cycle");
		assertProblem(this.manager.put("/api/v1/contacts/" + priya, Map.of("name", "Priya Shah", "reportsToId", priya),
				"\"0\""), 422, "reportsToId", "no-cycle");

		UUID driver = this.chain.contact(this.courier, "Dev Driver", Map.of("reportsToId", priya));
		assertProblem(this.manager.put("/api/v1/contacts/" + director,
				Map.of("name", "Dana Director", "reportsToId", driver), "\"0\""), 422, "reportsToId", "no-cycle");
		assertThat(this.manager.get("/api/v1/contacts/" + director).json().get("reportsToId").isNull()).isTrue();
	}

	@Test
	void keepsAContactOthersReportTo() {
		UUID director = this.chain.contact(this.courier, "Dana Director", Map.of());
		this.chain.contact(this.courier, "Priya Shah", Map.of("reportsToId", director));

		assertProblem(this.manager.delete("/api/v1/contacts/" + director, "\"0\""), 409);
	}

	@Test
	void refusesASpendLimitWithoutTheRightToApproveSpend() {
		assertProblem(
				this.manager.post("/api/v1/parties/" + this.courier.id() + "/contacts",
						Map.of("name", "Priya Shah", "canApproveSpend", false, "spendLimit", 1000)),
				422, "spendLimit", "needs-approval-right");
		assertProblem(
				this.manager.post("/api/v1/parties/" + this.courier.id() + "/contacts",
						Map.of("name", "Priya Shah", "canApproveSpend", true, "spendLimit", -1)),
				422, "spendLimit", "range");
	}

	@Test
	void namesTheInfluenceThatPointsAtNobody() {
		UUID director = this.chain.contact(this.courier, "Dana Director", Map.of());
		List<Map<String, Object>> influences = List.of(Map.of("contactId", director, "note", "former colleague"),
				Map.of("contactId", UUID.randomUUID()));

		assertProblem(
				this.manager.post("/api/v1/parties/" + this.courier.id() + "/contacts",
						Map.of("name", "Priya Shah", "influences", influences)),
				422, "influences[1].contactId", "exists");

		TestClient.Response unknownFirst = this.manager.post("/api/v1/parties/" + this.courier.id() + "/contacts",
				Map.of("name", "Priya Shah", "influences", List.of(Map.of("contactId", UUID.randomUUID()))));
		assertProblem(unknownFirst, 422, "influences[0].contactId", "exists");

		UUID priya = this.chain.contact(this.courier, "Priya Shah",
				Map.of("influences", List.of(Map.of("contactId", director, "note", "former colleague"))));
		JsonNode influence = this.manager.get("/api/v1/contacts/" + priya).json().get("influences").get(0);
		assertThat(influence.get("contactId").asString()).isEqualTo(director.toString());
		assertThat(influence.get("contactName").asString()).isEqualTo("Dana Director");
		assertThat(influence.get("note").asString()).isEqualTo("former colleague");
	}

	@Test
	void logsTheRelationshipAndAuditsIt() {
		String yesterday = LocalDate.now().minusDays(1).toString();
		TestClient.Response logged = this.manager.post("/api/v1/parties/" + this.courier.id() + "/relationship-log", Map
			.of("occurredOn", yesterday, "kind", "UNCOOPERATIVE", "summary", "Refused to re-deliver damaged parcels"));
		assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
		String actor = logged.json().get("recordedBy").asString();
		assertThat(actor).startsWith("manager-");

		JsonNode log = this.manager.get("/api/v1/parties/" + this.courier.id() + "/relationship-log").json();
		assertThat(log).hasSize(1);
		assertThat(log.get(0).get("occurredOn").asString()).isEqualTo(yesterday);
		assertThat(log.get(0).get("kind").asString()).isEqualTo("UNCOOPERATIVE");
		assertThat(log.get(0).get("summary").asString()).isEqualTo("Refused to re-deliver damaged parcels");

		JsonNode history = this.manager.get("/api/v1/parties/" + this.courier.id() + "/history").json();
		assertThat(history.valueStream().map((entry) -> entry.get("operation").asString()))
			.containsExactly("relationship-logged", "created");
		JsonNode entry = history.get(0);
		assertThat(entry.get("actor").asString()).isEqualTo(actor);
		assertThat(entry.get("changes").get(0).get("field").asString()).isEqualTo("relationshipLog");
		assertThat(entry.get("changes").get(0).get("newValue").asString()).contains(yesterday)
			.contains("Refused to re-deliver damaged parcels");
	}

	@Test
	void refusesARelationshipLogEntryDatedInTheFuture() {
		String nextWeek = LocalDate.now().plusDays(7).toString();
		assertProblem(
				this.manager.post("/api/v1/parties/" + this.courier.id() + "/relationship-log",
						Map.of("occurredOn", nextWeek, "kind", "MEETING", "summary", "Quarterly review")),
				422, "occurredOn", "past");
		assertProblem(
				this.manager.post("/api/v1/parties/" + this.courier.id() + "/relationship-log",
						Map.of("occurredOn", LocalDate.now().toString(), "kind", "MEETING", "summary", " ")),
				422, "summary", "required");
		assertProblem(this.manager.post("/api/v1/parties/" + UUID.randomUUID() + "/relationship-log",
				Map.of("occurredOn", LocalDate.now().toString(), "kind", "MEETING", "summary", "Quarterly review")),
				404);
		assertThat(this.manager.get("/api/v1/parties/" + this.courier.id() + "/relationship-log").json()).isEmpty();
	}

	@Test
	void keepsAPartyWithContactsOrRelationshipHistory() {
		this.chain.contact(this.courier, "Priya Shah", Map.of());
		assertProblem(this.manager.delete("/api/v1/parties/" + this.courier.id(), "\"0\""), 409);

		Named dispatch = this.chain.internalTeam("Warehouse & Dispatch");
		this.manager.post("/api/v1/parties/" + dispatch.id() + "/relationship-log",
				Map.of("occurredOn", LocalDate.now().toString(), "kind", "NOTE", "summary", "Moved to the new site"));
		assertProblem(this.manager.delete("/api/v1/parties/" + dispatch.id(), "\"0\""), 409);
	}

	/**
	 * Finding 5 of issue 9: these collections returned everything at once.
	 */
	@Test
	void everyCollectionPages() {
		this.chain.supplier("Second courier");
		for (String collection : List.of("/api/v1/parties", "/api/v1/services", "/api/v1/links", "/api/v1/agreements",
				"/api/v1/calendars", "/api/v1/requests")) {
			TestClient.Response page = this.manager.get(collection + "?size=1");
			assertThat(page.status()).as(collection + " " + page).isEqualTo(200);
			assertThat(page.json().get("size").asInt()).as(collection).isEqualTo(1);
			assertThat(page.json().get("items").size()).as(collection).isLessThanOrEqualTo(1);
			assertProblem(this.manager.get(collection + "?page=2147483647&size=200"), 400, "page", "range");
		}
		assertThat(this.manager.get("/api/v1/parties?size=1").json().get("totalItems").asLong()).isGreaterThan(1);
	}

	@Test
	void refusesPagingParametersOutOfRange() {
		assertProblem(this.manager.get("/api/v1/parties?size=0"), 400, "size", "range");
		assertProblem(this.manager.get("/api/v1/parties?size=201"), 400, "size", "range");
		assertProblem(this.manager.get("/api/v1/parties?page=-1"), 400, "page", "min");
		assertProblem(this.manager.get("/api/v1/parties?size=many"), 400, "size", "type");
		// Finding 5 of issue 9: a page number whose first record a database cannot skip
		// to was a 500.
		assertProblem(this.manager.get("/api/v1/parties?page=2147483647&size=200"), 400, "page", "range");
		assertThat(this.clients.session(Role.MANAGER, null).get("/parties?page=2147483647").status()).isEqualTo(400);

		TestClient.Response largest = this.manager
			.get("/api/v1/parties?size=200&q=" + this.courier.name().replace(" ", "%20"));
		assertThat(largest.status()).as(largest.toString()).isEqualTo(200);
		assertThat(ChainApiFixtures.ids(largest.json().get("items"))).containsExactly(this.courier.id().toString());
	}

}
