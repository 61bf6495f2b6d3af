package org.servicechain.chain.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The party pages over HTTP, as a signed-in manager's browser sees them: the form shows
 * each problem next to its field, a stale edit is refused with what changed since, and a
 * saved party's page shows its history (CHAIN-1, REQ-7).
 */
@IntegrationTest
class PartyWebTests {

	private static final Pattern PARTY_PAGE = Pattern.compile(".*/parties/([0-9a-f-]{36})$");

	@Autowired
	TestClient.Clients clients;

	TestClient browser;

	String username;

	@BeforeEach
	void signInAsManager() {
		this.browser = this.clients.session(Role.MANAGER, null);
		this.username = this.browser.get("/api/v1/me").json().get("username").asString();
	}

	@Test
	void createdPartyOpensOnItsPageWithItsHistory() {
		String name = ChainApiFixtures.unique("Warehouse & Dispatch");

		TestClient.Response created = this.browser.postForm("/parties",
				partyForm(name, "INTERNAL_TEAM", "Picks, packs and ships orders"));
		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		Matcher location = PARTY_PAGE.matcher(created.header("Location"));
		assertThat(location.matches()).as(created.header("Location")).isTrue();

		TestClient.Response page = this.browser.get("/parties/" + location.group(1));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>" + html(name) + "</h1>")
			.contains("Party &#39;" + html(name) + "&#39; created.")
			.contains("Picks, packs and ships orders");
		String history = text(section(page.body(), "id=\"history\""));
		assertThat(history).contains("created").contains(this.username).contains("Name: " + name);
	}

	@Test
	void emptyNameIsShownNextToTheNameField() {
		TestClient.Response response = this.browser.postForm("/parties", partyForm("", "INTERNAL_TEAM", "Night shift"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("Please correct the fields marked below.")
			.containsPattern(
					"<input id=\"name\" name=\"name\"[^>]*class=\"invalid\"[^>]*>\\s*<p id=\"name-error\" class=\"field-error\">[^<]+</p>")
			.doesNotContain("id=\"kind-error\"")
			.contains(">Night shift</textarea>");
		assertThat(response.body().split("class=\"field-error\"", -1)).hasSize(2);
	}

	@Test
	void domainRuleIsShownNextToItsField() {
		String taken = ChainApiFixtures.unique("Finance");
		assertThat(this.browser.postForm("/parties", partyForm(taken, "INTERNAL_TEAM", "")).status()).isEqualTo(302);

		TestClient.Response customer = this.browser.postForm("/parties",
				partyForm(ChainApiFixtures.unique("Amelia Hughes"), "CUSTOMER", ""));
		assertThat(customer.status()).isEqualTo(200);
		assertThat(customer.body()).containsPattern(
				"<select id=\"internal\"[\\s\\S]*?</select>\\s*<p class=\"field-error\">say whether the customer is internal or external</p>");

		TestClient.Response duplicate = this.browser.postForm("/parties", partyForm(taken, "INTERNAL_TEAM", ""));
		assertThat(duplicate.status()).isEqualTo(200);
		assertThat(duplicate.body()).containsPattern("<p id=\"name-error\" class=\"field-error\">a party named &#39;"
				+ Pattern.quote(taken) + "&#39; already exists</p>");
	}

	@Test
	void staleEditShowsWhatSomeoneElseChanged() {
		String name = ChainApiFixtures.unique("Repairs");
		String partyPath = this.browser.postForm("/parties", partyForm(name, "INTERNAL_TEAM", ""))
			.header("Location")
			.replaceFirst("^https?://[^/]+", "");
		TestClient.Response editForm = this.browser.get(partyPath + "/edit");
		assertThat(editForm.status()).isEqualTo(200);
		assertThat(hiddenVersion(editForm.body())).isEqualTo("0");

		TestClient colleague = this.clients.api(Role.MANAGER);
		String renamed = ChainApiFixtures.unique("Repairs & Returns");
		assertThat(colleague.put("/api/v1" + partyPath, Map.of("name", renamed, "kind", "INTERNAL_TEAM"), "\"0\"")
			.status()).isEqualTo(200);

		Map<String, String> mine = partyForm(name, "INTERNAL_TEAM", "Handles warranty repairs");
		mine.put("version", "0");
		TestClient.Response stale = this.browser.postForm(partyPath, mine);
		assertThat(stale.status()).isEqualTo(200);
		String conflict = text(section(stale.body(), "class=\"alert warn\""));
		assertThat(conflict).contains("Someone else changed this record").contains("Name " + name + " → " + renamed);
		assertThat(stale.body()).contains(">Handles warranty repairs</textarea>");
		assertThat(hiddenVersion(stale.body())).isEqualTo("1");
		assertThat(colleague.get("/api/v1" + partyPath).json().get("description").isNull()).isTrue();

		mine.put("version", "1");
		TestClient.Response saved = this.browser.postForm(partyPath, mine);
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.header("Location")).endsWith(partyPath);
		assertThat(colleague.get("/api/v1" + partyPath).json().get("description").asString())
			.isEqualTo("Handles warranty repairs");
	}

	@Test
	void unknownPartyIsNotFound() {
		TestClient.Response response = this.browser.get("/parties/" + UUID.randomUUID());

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).contains("Not found");
	}

	private static Map<String, String> partyForm(String name, String kind, String description) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("kind", kind);
		form.put("internal", "");
		form.put("customerType", "");
		form.put("description", description);
		form.put("partnerStatus", "");
		form.put("partnerStatusSince", "");
		form.put("sources", "");
		return form;
	}

	private static String hiddenVersion(String html) {
		Matcher version = Pattern.compile("<input type=\"hidden\" name=\"version\" value=\"(\\d+)\">").matcher(html);
		assertThat(version.find()).as("hidden version field").isTrue();
		return version.group(1);
	}

	/**
	 * @return the HTML from the element with the marker up to the end of the page, so
	 * assertions look only at that part.
	 */
	private static String section(String html, String marker) {
		int start = html.indexOf(marker);
		assertThat(start).as("page has " + marker).isNotNegative();
		return html.substring(start);
	}

	/**
	 * @return the text of some HTML, without tags and with whitespace collapsed.
	 */
	private static String text(String html) {
		return html.replaceAll("<[^>]*>", " ")
			.replaceAll("\\s+", " ")
			.replace(" :", ":")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
	}

	private static String html(String text) {
		return text.replace("&", "&amp;");
	}

}
