package org.servicechain.knowledge;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge pages: a manager writes an article from the form (a bad one comes back
 * with the field marked), reads it rendered with the author's HTML shown as text, edits
 * it into a second version and opens the first; an overdue review shows on the list; the
 * portal lists and shows published articles only; a request's page loads the suggested
 * articles and an agent links one from the panel.
 */
@IntegrationTest
class KnowledgeWebTests {

	@Autowired
	TestClient.Clients clients;

	private static String word() {
		StringBuilder word = new StringBuilder("kw");
		// Hex digits as letters (0 → g … 9 → p), so the word is letters only.
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		return word.toString();
	}

	private static Map<String, String> form(String title, String body, String audience, LocalDate reviewOn) {
		Map<String, String> form = new HashMap<>();
		form.put("title", title);
		form.put("body", body);
		form.put("kind", "PROCEDURE");
		form.put("audience", audience);
		form.put("reviewOn", reviewOn.toString());
		return form;
	}

	@Test
	void aManagerWritesEditsAndReadsVersionsFromThePages() {
		TestClient manager = this.clients.session(Role.MANAGER, null);
		assertThat(manager.get("/knowledge").body()).contains("Knowledge base").contains("Write an article");
		assertThat(manager.get("/knowledge/new").body()).contains("Save version 1");

		TestClient.Response refused = manager.postForm("/knowledge",
				form(" ", "text", "STAFF", LocalDate.now().plusMonths(1)));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("The article was not saved").contains("title must not be blank");

		String title = "Van checks " + word();
		TestClient.Response saved = manager.postForm("/knowledge", form(title,
				"## Before leaving\n\n- tyres\n- <script>alert('x')</script>", "STAFF", LocalDate.now().minusDays(2)));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		String page = saved.header("Location");
		String html = manager.get(page).body();
		assertThat(html).contains(title)
			.contains("<h2>Before leaving</h2>")
			.contains("&lt;script&gt;")
			.doesNotContain("<script>alert")
			.contains("Review overdue")
			.contains("Version 1");
		assertThat(manager.get("/knowledge?overdue=true&sort=updated").body()).contains(title)
			.contains("Review overdue");

		String id = page.substring(page.lastIndexOf('/') + 1);
		assertThat(manager.get(page + "/edit").body()).contains("Save a new version").contains(title);
		Map<String, String> edit = form(title + " (revised)", "Check the **tyres**.", "STAFF",
				LocalDate.now().plusMonths(6));
		edit.put("version", "0");
		TestClient.Response edited = manager.postForm("/knowledge/" + id, edit);
		assertThat(edited.status()).as(edited.toString()).isEqualTo(302);
		assertThat(manager.get(page).body()).contains(title + " (revised)").contains("Version 2");
		assertThat(manager.get(page + "/versions/1").body()).contains("Version 1 (previous)").contains(title);
		// A stale form comes back saying so, the text kept.
		TestClient.Response stale = manager.postForm("/knowledge/" + id, edit);
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone saved a newer version meanwhile");
	}

	@Test
	void thePortalShowsPublishedArticlesOnly() {
		TestClient manager = this.clients.session(Role.MANAGER, null);
		String word = word();
		String published = manager
			.postForm("/knowledge", form("Help " + word, "Published text.", "PUBLISHED", LocalDate.now().plusYears(1)))
			.header("Location");
		String internal = manager
			.postForm("/knowledge", form("Internal " + word, "Staff text.", "STAFF", LocalDate.now().plusYears(1)))
			.header("Location");
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		TestClient customer = this.clients.session(Role.CUSTOMER, fixtures.chain().externalCustomer("Web reader").id());
		String list = customer.get("/portal/knowledge").body();
		assertThat(list).contains("Help articles").doesNotContain("Internal " + word);
		String publishedId = published.substring(published.lastIndexOf('/') + 1);
		String internalId = internal.substring(internal.lastIndexOf('/') + 1);
		assertThat(customer.get("/portal/knowledge/" + publishedId).body()).contains("Help " + word)
			.contains("Published text.");
		assertThat(customer.get("/portal/knowledge/" + internalId).status()).isEqualTo(404);
		assertThat(customer.get("/knowledge").status()).isEqualTo(403);
		assertThat(customer.get("/portal").body()).contains("href=\"/portal/knowledge\"");
	}

	@Test
	void aRequestPageSuggestsArticlesAndAnAgentLinksOne() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		DeliveryChain chain = fixtures.deliveryChain();
		String word = word();
		Map<String, Object> request = new HashMap<>(
				RequestFixtures.request(chain, chain.customer(), "Fridge " + word + " door will not close"));
		TestClient.Response raised = fixtures.manager().post("/api/v1/requests", request);
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		String requestId = raised.json().get("id").asString();
		TestClient agent = this.clients.session(Role.AGENT, null);
		String article = agent
			.postForm("/knowledge",
					form("Fridge " + word + " door seal", "Reseat the seal.", "STAFF", LocalDate.now().plusMonths(3)))
			.header("Location");
		String articleId = article.substring(article.lastIndexOf('/') + 1);

		assertThat(agent.get("/requests/" + requestId).body()).contains("/knowledge/suggestions?request=" + requestId);
		String panel = agent.get("/knowledge/suggestions?request=" + requestId).body();
		assertThat(panel).contains("Suggested articles")
			.contains("Fridge " + word + " door seal")
			.contains("Link to this request");

		TestClient.Response linked = agent.send("POST", "/knowledge/" + articleId + "/links?request=" + requestId,
				"application/x-www-form-urlencoded", "", Map.of("HX-Request", "true"));
		assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
		assertThat(linked.body()).contains("id=\"suggested-articles\"").contains("Linked").contains("helped 1 time");
		String page = agent.get(article).body();
		assertThat(page).contains("Linked to requests").contains("REQ-");
		assertThat(agent.get("/knowledge?sort=useful").body()).contains("Fridge " + word + " door seal");
	}

}
