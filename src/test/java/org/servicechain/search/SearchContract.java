package org.servicechain.search;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over a real engine (run on Lucene by {@link SearchIntegrationTests}, on
 * OpenSearch by {@link SearchOnOpenSearchIntegrationTests}): typo tolerance, highlights,
 * grouping and paging, and above all access per role (REC-2, REC-4): a portal user never
 * gets a hit they could not open, and neither the totals nor the highlights count or show
 * what they may not see (internal notes, other customers' requests, parties and
 * contacts).
 */
abstract class SearchContract {

	private static final Random RANDOM = new Random();

	@Autowired
	TestClient.Clients clients;

	@Autowired
	SearchIndexing indexing;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient agent;

	TestClient customer;

	TestClient otherCustomer;

	Named other;

	String word;

	String noteWord;

	String replyWord;

	String requestId;

	String otherRequestId;

	@BeforeEach
	void twoCustomersWithRequestsThatShareAWord() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.agent = this.clients.api(Role.AGENT);
		this.customer = this.fixtures.customerOf(this.chain.customer());
		ChainApiFixtures chainFixtures = new ChainApiFixtures(this.fixtures.manager());
		this.other = chainFixtures.externalCustomer("Other household");
		chainFixtures.link(this.chain.delivery(), this.chain.frontLine(), this.other);
		this.otherCustomer = this.fixtures.customerOf(this.other);
		this.word = word();
		this.noteWord = word();
		this.replyWord = word();
		this.requestId = raise(this.customer, this.chain.customer(), "Blender " + this.word + " arrived broken");
		this.otherRequestId = raise(this.otherCustomer, this.other, "Blender " + this.word + " never came");
		ok(this.agent.post("/api/v1/requests/" + this.requestId + "/notes",
				Map.of("body", "Courier says the box was dropped: " + this.noteWord)));
		ok(this.agent.post("/api/v1/requests/" + this.requestId + "/replies",
				Map.of("body", "We have booked a collection, reference " + this.replyWord + ".")));
	}

	@Test
	void aCustomerFindsOnlyTheirOwnRequestsAndCountsOnlyThose() {
		JsonNode page = ok(this.customer.get("/api/v1/search?q=" + this.word));
		assertThat(ids(page)).containsExactly(this.requestId);
		assertThat(page.get("totalItems").asLong()).isEqualTo(1);
		JsonNode hit = page.get("items").get(0);
		assertThat(hit.get("kind").asString()).isEqualTo("request");
		assertThat(hit.get("url").asString()).isEqualTo("/portal/requests/" + this.requestId);
		assertThat(hit.get("highlights").get(0).asString()).contains("<mark>" + this.word + "</mark>");

		JsonNode others = ok(this.otherCustomer.get("/api/v1/search?q=" + this.word));
		assertThat(ids(others)).containsExactly(this.otherRequestId);
		assertThat(others.get("totalItems").asLong()).isEqualTo(1);

		JsonNode staff = ok(this.agent.get("/api/v1/search?q=" + this.word + "&kind=request"));
		assertThat(ids(staff)).containsExactlyInAnyOrder(this.requestId, this.otherRequestId);
		assertThat(staff.get("items").get(0).get("url").asString()).startsWith("/requests/");
	}

	@Test
	void internalNotesNeitherMatchNorShowForACustomer() {
		JsonNode page = ok(this.customer.get("/api/v1/search?q=" + this.noteWord));
		assertThat(page.get("items")).isEmpty();
		assertThat(page.get("totalItems").asLong()).isZero();
		JsonNode overview = ok(this.customer.get("/api/v1/search?q=" + this.replyWord + "%20" + this.noteWord));
		assertThat(ids(overview)).containsExactly(this.requestId);
		assertThat(overview.get("items").get(0).toString()).contains(this.replyWord).doesNotContain(this.noteWord);

		JsonNode staff = ok(this.agent.get("/api/v1/search?q=" + this.noteWord));
		assertThat(ids(staff)).containsExactly(this.requestId);
		assertThat(staff.get("items").get(0).get("highlights").toString())
			.contains("<mark>" + this.noteWord + "</mark>");
	}

	@Test
	void portalUsersFindNoPartiesOrContactsAndOnlyTheirOwnAgreements() {
		String serviceWord = this.chain.delivery().name().substring(this.chain.delivery().name().lastIndexOf(' ') + 1);
		for (TestClient portal : List.of(this.customer, this.otherCustomer,
				this.fixtures.partnerOf(this.chain.courier()))) {
			for (String kind : List.of("party", "contact")) {
				JsonNode none = ok(portal.get("/api/v1/search?kind=" + kind + "&q=" + serviceWord));
				assertThat(none.get("totalItems").asLong()).isZero();
			}
		}
		JsonNode own = ok(this.customer.get("/api/v1/search?kind=agreement&q=" + serviceWord));
		assertThat(own.get("totalItems").asLong()).isEqualTo(1);
		assertThat(own.get("items").get(0).get("url").asString()).startsWith("/portal/agreements/");
		assertThat(
				ok(this.otherCustomer.get("/api/v1/search?kind=agreement&q=" + serviceWord)).get("totalItems").asLong())
			.isZero();
		// Staff see all four agreements on the chain whose services share the suffix.
		assertThat(ok(this.agent.get("/api/v1/search?kind=agreement&q=" + serviceWord)).get("totalItems").asLong())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void teamMembersFindTheRequestsTheirTeamDeliversAndPartnersFindNone() {
		JsonNode delivering = ok(this.fixtures.memberOf(this.chain.frontLine()).get("/api/v1/search?q=" + this.word));
		assertThat(ids(delivering)).containsExactlyInAnyOrder(this.requestId, this.otherRequestId);
		JsonNode upstream = ok(this.fixtures.memberOf(this.chain.warehouse()).get("/api/v1/search?q=" + this.word));
		assertThat(upstream.get("totalItems").asLong()).isZero();
		JsonNode partner = ok(this.fixtures.partnerOf(this.chain.courier()).get("/api/v1/search?q=" + this.word));
		assertThat(partner.get("totalItems").asLong()).isZero();
	}

	@Test
	void aTypoStillFindsTheRecordAndHighlightsIt() {
		TestClient manager = this.fixtures.manager();
		String suffix = word();
		JsonNode party = ok(manager.post("/api/v1/parties",
				Map.of("name", "SwiftParcel " + suffix, "kind", "SUPPLIER", "internal", false)));
		JsonNode page = ok(this.agent.get("/api/v1/search?kind=party&size=200&q=Swiftparcle"));
		assertThat(ids(page)).contains(party.get("id").asString());
		JsonNode hit = page.get("items")
			.valueStream()
			.filter((item) -> item.get("id").asString().equals(party.get("id").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(hit.get("highlights").get(0).asString()).contains("<mark>SwiftParcel</mark>");
		assertThat(hit.get("url").asString()).isEqualTo("/parties/" + party.get("id").asString());

		UUID contact = new ChainApiFixtures(manager).contact(
				new Named(UUID.fromString(party.get("id").asString()), "SwiftParcel " + suffix), "Priya Raman",
				Map.of("jobRole", "Account manager " + suffix));
		JsonNode contacts = ok(this.agent.get("/api/v1/search?kind=contact&q=" + suffix));
		assertThat(ids(contacts)).containsExactly(contact.toString());
		assertThat(contacts.get("items").get(0).get("reference").asString()).isEqualTo("SwiftParcel " + suffix);

		// A postcode or a phone number as people say it finds the one kept in its
		// single form.
		UUID lena = new ChainApiFixtures(manager).contact(
				new Named(UUID.fromString(party.get("id").asString()), "SwiftParcel " + suffix), "Lena " + suffix,
				Map.of("postcode", "dn55 1pt", "phone", "+44 20 7946 0" + (100 + Math.abs(suffix.hashCode() % 900))));
		assertThat(ids(ok(this.agent.get("/api/v1/search?kind=contact&size=200&q=DN551PT")))).contains(lena.toString());
		assertThat(ids(ok(this.agent
			.get("/api/v1/search?kind=contact&size=200&q=020+7946+0" + (100 + Math.abs(suffix.hashCode() % 900))))))
			.contains(lena.toString());
	}

	@Test
	void resultsComePageByPageAndAcrossKinds() {
		for (int i = 0; i < 3; i++) {
			raise(this.customer, this.chain.customer(), "Kettle " + this.word + " number " + i);
		}
		JsonNode first = ok(this.agent.get("/api/v1/search?kind=request&size=2&page=0&q=" + this.word));
		JsonNode second = ok(this.agent.get("/api/v1/search?kind=request&size=2&page=1&q=" + this.word));
		JsonNode third = ok(this.agent.get("/api/v1/search?kind=request&size=2&page=2&q=" + this.word));
		assertThat(first.get("totalItems").asLong()).isEqualTo(5);
		assertThat(first.get("totalPages").asInt()).isEqualTo(3);
		assertThat(ids(first)).hasSize(2).doesNotContainAnyElementsOf(ids(second));
		assertThat(ids(third)).hasSize(1);

		assertThat(this.customer.get("/api/v1/search").status()).isEqualTo(422);
		assertThat(this.customer.get("/api/v1/search?q=x&kind=nonsense").status()).isEqualTo(422);
		assertThat(this.customer.get("/api/v1/search?q=x&size=0").status()).isEqualTo(400);
	}

	@Test
	void theResultsPageGroupsByKindAndShowsNoStaffRecordsToACustomer() {
		TestClient staff = this.clients.session(Role.AGENT, null);
		String page = staff.get("/search?q=" + this.word).body();
		assertThat(page).contains("id=\"results-request\"").contains("<mark>" + this.word + "</mark>");
		assertThat(page).contains("/requests/" + this.requestId).contains("/requests/" + this.otherRequestId);

		TestClient portal = this.clients.session(Role.CUSTOMER, this.chain.customer().id());
		String own = portal.get("/search?q=" + this.word).body();
		assertThat(own).contains("/portal/requests/" + this.requestId)
			.doesNotContain(this.otherRequestId)
			.contains("id=\"header-search-q\"");
		assertThat(portal.get("/search?q=" + this.noteWord).body()).contains("Nothing matches")
			.doesNotContain(this.requestId);
	}

	@Test
	void administratorsRebuildTheIndexAndOthersMayNot() {
		assertThat(this.agent.post("/api/v1/search/index", Map.of()).status()).isEqualTo(403);
		TestClient admin = this.clients.api(Role.ADMIN);
		TestClient.Response started = admin.post("/api/v1/search/index", Map.of());
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		this.indexing.awaitIdle();
		JsonNode progress = ok(admin.get("/api/v1/search/index"));
		assertThat(progress.get("running").asBoolean()).isFalse();
		assertThat(progress.get("failure").isNull()).isTrue();
		assertThat(progress.get("done").asLong()).isPositive();
		assertThat(ids(ok(this.customer.get("/api/v1/search?q=" + this.word)))).containsExactly(this.requestId);
		assertThat(admin.get("/admin/search").body()).contains("Rebuild the index");
	}

	private String raise(TestClient client, Named requester, String summary) {
		return ok(client.post("/api/v1/requests", RequestFixtures.request(this.chain, requester, summary))).get("id")
			.asString();
	}

	private static List<String> ids(JsonNode page) {
		return ChainApiFixtures.ids(page.get("items"));
	}

	private static JsonNode ok(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 202);
		return response.json();
	}

	/**
	 * A made-up word no other record contains, nor anything two letters from it.
	 */
	private static String word() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return word.toString();
	}

}
