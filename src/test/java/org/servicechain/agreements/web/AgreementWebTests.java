package org.servicechain.agreements.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement pages over HTTP, as a browser without JavaScript uses them: errors show
 * next to the field that caused them, and the comparison marks what changed.
 */
@IntegrationTest
class AgreementWebTests {

	@Autowired
	TestClient.Clients clients;

	TestClient api;

	TestClient manager;

	String tag;

	String warehouse;

	String courier;

	String service;

	String calendar;

	@BeforeEach
	void aWarehouseAndACourier() {
		this.api = this.clients.api(Role.MANAGER);
		this.manager = this.clients.session(Role.MANAGER, null);
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.warehouse = id(
				this.api.post("/api/v1/parties", Map.of("name", "Web warehouse " + this.tag, "kind", "INTERNAL_TEAM")));
		this.courier = id(
				this.api.post("/api/v1/parties", Map.of("name", "Web courier " + this.tag, "kind", "SUPPLIER")));
		this.service = id(this.api.post("/api/v1/services", Map.of("name", "Web parcels " + this.tag)));
		this.calendar = id(this.api.post("/api/v1/calendars", Map.of("name", "Web office " + this.tag, "zone",
				"Europe/London", "hours", Map.of("MONDAY", List.of("09:00-17:00"), "FRIDAY", List.of("09:00-17:00")))));
	}

	@Test
	void draftWithoutTitleShowsTheErrorNextToTheTitle() {
		Map<String, String> form = header("");
		form.putAll(targets("1h", "8h"));

		TestClient.Response response = this.manager.postForm("/agreements", form);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).containsPattern(Pattern
			.compile("id=\"title\"[^>]*invalid[^>]*>\\s*<p class=\"field-error\">give the agreement a title</p>"));
		assertThat(response.body()).contains("Please correct the fields marked below.");
	}

	@Test
	void draftWithUnreadableDurationNamesTheTarget() {
		Map<String, String> form = header("Parcels " + this.tag);
		form.putAll(targets("1h", "soon"));

		TestClient.Response response = this.manager.postForm("/agreements", form);

		assertThat(response.status()).isEqualTo(200);
		assertThat(fieldError(response.body(), "targets[0].resolution")).contains("soon&#39; is not a duration");
	}

	@Test
	void draftThroughTheFormOpensTheAgreementPage() {
		Map<String, String> form = header("Parcels " + this.tag);
		form.putAll(targets("1h", "1h 30m"));

		TestClient.Response created = this.manager.postForm("/agreements", form);

		assertThat(created.status()).as(created.body()).isEqualTo(302);
		TestClient.Response page = this.manager.get(created.header("Location").replaceFirst("^https?://[^/]+", ""));
		assertThat(page.body()).contains("Parcels " + this.tag, "1h 30m", "Propose as the provider");
	}

	@Test
	void counterProposalWithResolutionShorterThanFirstResponseShowsTheErrorAtTheField() {
		JsonNode proposed = proposedAgreement();
		String id = proposed.get("id").asString();
		Map<String, String> form = new LinkedHashMap<>(targets("4h", "2h"));
		form.put("version", proposed.get("version").asString());
		form.put("side", "PROVIDER");

		TestClient.Response response = this.manager.postForm("/agreements/" + id + "/counter", form);

		assertThat(response.status()).isEqualTo(200);
		assertThat(fieldError(response.body(), "targets[0].resolution"))
			.contains("the resolution target is shorter than the first response target");
		assertThat(this.api.get("/api/v1/agreements/" + id).json().get("currentNumber").asInt()).isEqualTo(1);
	}

	@Test
	void comparisonHighlightsTheChangedTarget() {
		JsonNode proposed = proposedAgreement();
		String id = proposed.get("id").asString();
		Map<String, String> form = new LinkedHashMap<>(targets("1h", "16h"));
		form.put("version", proposed.get("version").asString());
		form.put("side", "PROVIDER");
		form.put("note", "Rural routes need longer");
		TestClient.Response countered = this.manager.postForm("/agreements/" + id + "/counter", form);
		assertThat(countered.status()).as(countered.body()).isEqualTo(302);

		String diff = this.manager.get("/agreements/" + id + "/diff?from=1&to=2").body();

		assertThat(row(diff, "P1 critical resolution")).contains("changed", ">8h<", ">16h<");
		assertThat(row(diff, "P1 critical first response")).doesNotContain("changed");
		assertThat(diff).contains("1 line differs");
	}

	@Test
	void stepsThatBreakARuleOrUseAStaleCopySayWhy() {
		JsonNode proposed = proposedAgreement();
		String id = proposed.get("id").asString();

		TestClient.Response early = this.manager.postForm("/agreements/" + id + "/activate",
				Map.of("version", proposed.get("version").asString()));
		assertThat(early.status()).isEqualTo(200);
		assertThat(early.body()).contains("only an agreed agreement can become active", "<code>transition</code>");

		TestClient.Response stale = this.manager.postForm("/agreements/" + id + "/activate", Map.of("version", "0"));
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone else changed this record");
	}

	@Test
	void partnerUsersActOnlyForTheirOwnSideInThePortal() {
		JsonNode proposed = proposedAgreement();
		String id = proposed.get("id").asString();
		TestClient partner = this.clients.session(Role.PARTNER, UUID.fromString(this.courier));

		assertThat(partner.get("/portal/agreements").body()).contains("Parcels " + this.tag);
		String page = partner.get("/portal/agreements/" + id).body();
		assertThat(page).contains("Counter-propose", "has no contact with the authority to sign agreements");
		assertThat(partner
			.postForm("/portal/agreements/" + id + "/accept",
					Map.of("side", "CONSUMER", "termsNumber", "1", "contactId", UUID.randomUUID().toString()))
			.status()).isEqualTo(403);
		assertThat(partner.get("/agreements/" + id).status()).isEqualTo(403);
	}

	/**
	 * Finding 6 of issue 9: a contact outside the agreement's two parties answers like an
	 * unknown id, without their name or employer.
	 */
	@Test
	void acceptingWithAnotherPartysContactRevealsNothingAboutThem() {
		JsonNode proposed = proposedAgreement();
		String id = proposed.get("id").asString();
		String stranger = id(
				this.api.post("/api/v1/parties", Map.of("name", "Elsewhere Ltd " + this.tag, "kind", "SUPPLIER")));
		String theirContact = id(this.api.post("/api/v1/parties/" + stranger + "/contacts",
				Map.of("name", "Zelda Secret " + this.tag, "canSignAgreements", true)));
		TestClient partner = this.clients.session(Role.PARTNER, UUID.fromString(this.courier));

		TestClient.Response answer = partner.postForm("/portal/agreements/" + id + "/accept",
				Map.of("side", "PROVIDER", "termsNumber", "1", "contactId", theirContact));
		TestClient.Response unknown = partner.postForm("/portal/agreements/" + id + "/accept",
				Map.of("side", "PROVIDER", "termsNumber", "1", "contactId", UUID.randomUUID().toString()));

		assertThat(answer.body()).doesNotContain("Zelda Secret", "Elsewhere Ltd")
			.contains("contact " + theirContact + " does not exist");
		assertThat(unknown.body()).contains("does not exist");
	}

	/**
	 * Finding 3 of issue 9: partner users see staff by display name, never login name.
	 */
	@Test
	void partnerUsersSeeStaffByDisplayNameNotLoginName() {
		JsonNode proposed = proposedAgreement();
		String id = proposed.get("id").asString();
		String owner = this.api.get("/api/v1/me").json().get("username").asString();
		TestClient partner = this.clients.session(Role.PARTNER, UUID.fromString(this.courier));
		partner.postForm("/portal/agreements/" + id + "/comments", Map.of("text", "Looks fine"));
		this.manager.postForm("/agreements/" + id + "/comments", Map.of("text", "Thanks"));

		String page = partner.get("/portal/agreements/" + id).body();

		// Owner, version author and the staff comment's author are managers.
		assertThat(page).doesNotContain(owner).doesNotContain("manager-").contains("Test Manager");
		assertThat(this.manager.get("/agreements/" + id).body()).contains(owner);
	}

	private JsonNode proposedAgreement() {
		Map<String, Object> terms = new HashMap<>();
		terms.put("targets",
				List.of(Map.of("priority", "P1", "firstResponse", "PT1H", "resolution", "PT8H"),
						Map.of("priority", "P2", "firstResponse", "PT2H", "resolution", "PT16H"),
						Map.of("priority", "P3", "firstResponse", "PT4H", "resolution", "PT24H"),
						Map.of("priority", "P4", "firstResponse", "PT8H", "resolution", "PT40H")));
		Map<String, Object> header = new HashMap<>();
		header.put("title", "Parcels " + this.tag);
		header.put("kind", "UNDERPINNING_CONTRACT");
		header.put("formality", "FORMAL");
		header.put("providerId", this.courier);
		header.put("consumerId", this.warehouse);
		header.put("serviceIds", List.of(this.service));
		header.put("calendarId", this.calendar);
		TestClient.Response created = this.api.post("/api/v1/agreements", Map.of("header", header, "terms", terms));
		JsonNode draft = created.json();
		return this.api
			.post("/api/v1/agreements/" + draft.get("id").asString() + "/propose", Map.of("side", "CONSUMER"),
					Map.of("If-Match", "\"" + draft.get("version").asLong() + "\""))
			.json();
	}

	private Map<String, String> header(String title) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", title);
		form.put("kind", "UNDERPINNING_CONTRACT");
		form.put("formality", "FORMAL");
		form.put("providerId", this.courier);
		form.put("consumerId", this.warehouse);
		form.put("serviceIds", this.service);
		form.put("calendarId", this.calendar);
		form.put("reviewOn", LocalDate.now().plusMonths(6).toString());
		return form;
	}

	/**
	 * P1 as given; P2 … P4 with sensible targets.
	 */
	private static Map<String, String> targets(String p1FirstResponse, String p1Resolution) {
		Map<String, String> form = new LinkedHashMap<>();
		String[][] rows = { { "P1", p1FirstResponse, p1Resolution }, { "P2", "2h", "16h" }, { "P3", "4h", "24h" },
				{ "P4", "8h", "40h" } };
		for (int i = 0; i < rows.length; i++) {
			form.put("targets[" + i + "].priority", rows[i][0]);
			form.put("targets[" + i + "].firstResponse", rows[i][1]);
			form.put("targets[" + i + "].resolution", rows[i][2]);
		}
		return form;
	}

	private static String id(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	/**
	 * @return the error message shown right after the named input.
	 */
	private static String fieldError(String html, String field) {
		Matcher matcher = Pattern
			.compile("name=\"" + Pattern.quote(field) + "\"[^>]*>\\s*<p class=\"field-error\">([^<]*)</p>")
			.matcher(html);
		assertThat(matcher.find()).as("an error next to " + field).isTrue();
		return matcher.group(1);
	}

	private static String row(String html, String item) {
		Matcher matcher = Pattern
			.compile("<tr[^>]*data-item=\"" + Pattern.quote(item) + "\"[^>]*>.*?</tr>", Pattern.DOTALL)
			.matcher(html);
		assertThat(matcher.find()).as("a row for " + item).isTrue();
		return matcher.group();
	}

}
