package org.servicechain.knowledge;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * The knowledge base over the API (REC-3): every edit is a new version and the previous
 * ones stay readable; a stale or missing If-Match is refused (409, 428) and bad input
 * names the field and the rule (422); agents write but only managers publish; customers
 * and partners read, list and find by search only published articles; a request's words
 * suggest the articles most like it, and linking one is counted.
 */
@IntegrationTest
class KnowledgeIntegrationTests {

	private static final String ARTICLES = "/api/v1/knowledge/articles";

	@Autowired
	TestClient.Clients clients;

	private static String word() {
		// A word no other article has: letters only, so the analyzer keeps it whole.
		StringBuilder word = new StringBuilder("kb");
		// Hex digits as letters (0 → g … 9 → p), so the word is letters only.
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		return word.toString();
	}

	private static Map<String, Object> article(String title, String body, String audience) {
		Map<String, Object> article = new HashMap<>();
		article.put("title", title);
		article.put("body", body);
		article.put("kind", "KNOWN_SOLUTION");
		article.put("audience", audience);
		article.put("reviewOn", LocalDate.now().plusMonths(6).toString());
		return article;
	}

	private static JsonNode created(TestClient client, Map<String, Object> article) {
		TestClient.Response created = client.post(ARTICLES, article);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	@Test
	void everyEditIsANewVersionAndStaleOrMissingVersionsAreRefused() {
		TestClient manager = this.clients.api(Role.MANAGER);
		JsonNode first = created(manager, article("Boiler reset " + word(), "Hold the button for **5 s**.", "STAFF"));
		String id = first.get("id").asString();
		assertThat(first.get("number").asInt()).isEqualTo(1);
		assertThat(first.get("bodyHtml").asString()).contains("<strong>5 s</strong>");
		TestClient.Response read = manager.get(ARTICLES + "/" + id);
		String etag = read.etag();

		Map<String, Object> second = article("Boiler reset, second try", "Hold it for 10 s.", "STAFF");
		assertProblem(manager.put(ARTICLES + "/" + id, second, null), 428);
		TestClient.Response saved = manager.put(ARTICLES + "/" + id, second, etag);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().get("number").asInt()).isEqualTo(2);
		assertThat(saved.json().get("versions").size()).isEqualTo(2);
		// Someone still holding the first copy is told it changed.
		TestClient.Response stale = manager.put(ARTICLES + "/" + id, article("Mine", "Mine.", "STAFF"), etag);
		assertProblem(stale, 409);
		assertThat(manager.get(ARTICLES + "/" + id).json().get("title").asString())
			.isEqualTo("Boiler reset, second try");

		// The first version is still readable as it was.
		JsonNode v1 = manager.get(ARTICLES + "/" + id + "/versions/1").json();
		assertThat(v1.get("title").asString()).startsWith("Boiler reset ");
		assertThat(v1.get("current").asBoolean()).isFalse();
		assertThat(manager.get(ARTICLES + "/" + id + "/versions/3").status()).isEqualTo(404);
	}

	@Test
	void badInputNamesTheFieldAndTheRuleAndSavesNothing() {
		TestClient manager = this.clients.api(Role.MANAGER);
		String title = "Nothing saved " + word();
		Map<String, Object> noBody = article(title, " ", "STAFF");
		assertProblem(manager.post(ARTICLES, noBody), 422, "body", "required");
		Map<String, Object> badOwner = article(title, "Text", "STAFF");
		badOwner.put("owner", "nobody-" + word());
		assertProblem(manager.post(ARTICLES, badOwner), 422, "owner", "staff");
		Map<String, Object> badService = article(title, "Text", "STAFF");
		badService.put("serviceId", UUID.randomUUID().toString());
		assertProblem(manager.post(ARTICLES, badService), 422, "serviceId", "exists");
		Map<String, Object> noReview = article(title, "Text", "STAFF");
		noReview.remove("reviewOn");
		assertProblem(manager.post(ARTICLES, noReview), 422, "reviewOn", "required");
		assertThat(manager.items(ARTICLES + "?sort=title"))
			.noneMatch((item) -> item.get("title").asString().equals(title));
		assertProblem(manager.get(ARTICLES + "?sort=nonsense"), 422, "sort", "one-of");
	}

	@Test
	void agentsWriteButOnlyManagersPublish() {
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient manager = this.clients.api(Role.MANAGER);
		assertThat(agent.post(ARTICLES, article("Agent publishes " + word(), "x", "PUBLISHED")).status())
			.isEqualTo(403);
		JsonNode staffOnly = created(agent, article("Agent writes " + word(), "x", "STAFF"));
		assertThat(staffOnly.get("owner").asString()).startsWith("agent-");
		JsonNode published = created(manager, article("Manager publishes " + word(), "x", "PUBLISHED"));
		String id = published.get("id").asString();
		TestClient.Response read = agent.get(ARTICLES + "/" + id);
		assertThat(agent.put(ARTICLES + "/" + id, article("Agent edits", "y", "PUBLISHED"), read.etag()).status())
			.isEqualTo(403);
	}

	@Test
	void customersAndPartnersReadListAndFindOnlyPublishedArticles() {
		TestClient manager = this.clients.api(Role.MANAGER);
		String word = word();
		String published = created(manager,
				article("Refund timing " + word, "Refunds take " + word + " days.", "PUBLISHED"))
			.get("id")
			.asString();
		String staffOnly = created(manager,
				article("Internal refund override " + word, "Override " + word + " in PayBridge.", "STAFF"))
			.get("id")
			.asString();

		RequestFixtures fixtures = new RequestFixtures(this.clients);
		var parties = fixtures.chain();
		TestClient customer = this.clients.api(Role.CUSTOMER, parties.externalCustomer("Reader").id());
		TestClient partner = this.clients.api(Role.PARTNER, parties.supplier("Carrier").id());
		for (TestClient outsider : List.of(customer, partner)) {
			assertThat(outsider.get(ARTICLES + "/" + published).status()).isEqualTo(200);
			assertThat(outsider.get(ARTICLES + "/" + published).json().hasNonNull("owner")).isFalse();
			assertProblem(outsider.get(ARTICLES + "/" + staffOnly), 404);
			List<String> listed = outsider.items(ARTICLES + "?sort=updated")
				.stream()
				.map((item) -> item.get("id").asString())
				.toList();
			assertThat(listed).doesNotContain(staffOnly);
			assertThat(outsider.items(ARTICLES + "?audience=STAFF")).isEmpty();
			// The header search finds only the published one, and counts only it.
			JsonNode found = outsider.get("/api/v1/search?kind=article&q=" + word).json();
			assertThat(found.get("items").valueStream().map((hit) -> hit.get("id").asString()).toList())
				.containsExactly(published);
			assertThat(found.get("totalItems").asLong()).isEqualTo(1);
			assertThat(found.get("items").get(0).get("url").asString()).startsWith("/portal/knowledge/");
			JsonNode everything = outsider.get("/api/v1/search?q=" + word).json();
			assertThat(everything.get("items").valueStream().map((hit) -> hit.get("id").asString()).toList())
				.doesNotContain(staffOnly);
		}
		// Staff find both, with a typo.
		JsonNode staffFound = this.clients.api(Role.TEAM_MEMBER, parties.internalTeam("Team").id())
			.get("/api/v1/search?kind=article&q=" + word)
			.json();
		assertThat(staffFound.get("items").valueStream().map((hit) -> hit.get("id").asString()).toList())
			.containsExactlyInAnyOrder(published, staffOnly);
		// An assessor reads nothing.
		assertThat(this.clients.api(Role.ASSESSOR).get(ARTICLES + "/" + published).status()).isEqualTo(404);
	}

	@Test
	void aRequestsWordsSuggestArticlesAndLinkingOneIsCounted() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		DeliveryChain chain = fixtures.deliveryChain();
		TestClient manager = fixtures.manager();
		String word = word();
		Map<String, Object> request = new HashMap<>(
				RequestFixtures.request(chain, chain.customer(), "Parcel " + word + " marked delivered"));
		request.put("description", "The tracking says delivered but the " + word + " never arrived.");
		TestClient.Response raised = manager.post("/api/v1/requests", request);
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		String requestId = raised.json().get("id").asString();
		String match = created(manager,
				article("Parcel " + word + " marked delivered but not received", "Check the " + word + ".", "STAFF"))
			.get("id")
			.asString();

		TestClient agent = this.clients.api(Role.AGENT);
		List<String> suggested = agent.get("/api/v1/knowledge/suggestions?request=" + requestId)
			.json()
			.valueStream()
			.map((s) -> s.get("id").asString())
			.toList();
		assertThat(suggested).first().isEqualTo(match);

		TestClient.Response linked = agent.post(ARTICLES + "/" + match + "/links", Map.of("requestId", requestId));
		assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
		assertThat(linked.json().get("requestReference").asString()).startsWith("REQ-");
		// Linking again changes nothing.
		agent.post(ARTICLES + "/" + match + "/links", Map.of("requestId", requestId));
		assertThat(agent.get(ARTICLES + "/" + match).json().get("links").asInt()).isEqualTo(1);
		assertThat(agent.get(ARTICLES + "/" + match + "/links").json().size()).isEqualTo(1);
		JsonNode suggestion = agent.get("/api/v1/knowledge/suggestions?request=" + requestId).json().get(0);
		assertThat(suggestion.get("linked").asBoolean()).isTrue();
		assertProblem(agent.post(ARTICLES + "/" + match + "/links", Map.of()), 422, "requestId", "required");

		// A customer neither gets suggestions nor sees links.
		TestClient customer = fixtures.customerOf(chain.customer());
		assertThat(customer.get("/api/v1/knowledge/suggestions?request=" + requestId).status()).isEqualTo(403);
		assertThat(customer.get(ARTICLES + "/" + match + "/links").status()).isEqualTo(403);
	}

}
