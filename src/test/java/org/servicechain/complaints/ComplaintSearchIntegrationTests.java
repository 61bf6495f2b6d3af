package org.servicechain.complaints;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints as a search source (REC-2, CMP-4): each role finds exactly the complaints
 * the access policy lets it open, and the totals count nothing else. A customer never
 * finds another customer's complaint, not even by its reference; a partner finds what was
 * referred to them, and a person's words only when the referral shared them.
 */
@IntegrationTest
class ComplaintSearchIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient agent;

	TestClient customer;

	Named stranger;

	TestClient strangerClient;

	JsonNode mine;

	JsonNode theirs;

	JsonNode stores;

	/**
	 * Words of this test only: the database is shared with other tests' complaints.
	 */
	String all = word();

	String words = word();

	String loud = word();

	static String word() {
		StringBuilder word = new StringBuilder();
		java.util.Random random = new java.util.Random();
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	@BeforeEach
	void threeComplaints() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		ComplaintFixtures.usePolicy(this.fixtures.manager(), ComplaintFixtures.officeHours(this.fixtures.manager()));
		this.agent = this.clients.api(Role.AGENT);
		this.customer = this.fixtures.customerOf(this.chain.customer());
		TestClient.Response raised = this.agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), "Appliance not delivered"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		// The customer's (a person: all of the party's are theirs), about the front
		// line's
		// request, entered by the desk: the front line is responsible.
		Map<String, Object> mine = new HashMap<>(ComplaintFixtures.complaint(this.chain.customer(),
				raised.json().get("id").asString(), "Washer drum cracked on arrival " + this.all));
		mine.put("description", "The " + this.words + " sticker on the box was torn off as well.");
		this.mine = created(this.agent.post("/api/v1/complaints", mine));
		// Another customer's.
		this.stranger = this.fixtures.chain().externalCustomer("Someone Else");
		this.strangerClient = this.fixtures.customerOf(this.stranger);
		this.theirs = created(this.strangerClient.post("/api/v1/complaints",
				ComplaintFixtures.complaint(this.stranger, null, "Washer drum " + this.loud + " loudly " + this.all)));
		// The stores (an internal customer, no person) about the courier.
		Map<String, Object> stores = new HashMap<>(
				ComplaintFixtures.complaint(this.chain.internalCustomer(), null, "Washer pallets crushed " + this.all));
		stores.put("description", "Three " + this.words + " crates splintered in the yard.");
		stores.put("responsiblePartyId", this.chain.courier().id());
		this.stores = created(this.agent.post("/api/v1/complaints", stores));
	}

	static JsonNode created(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	/**
	 * @return the references found, after checking the total counts exactly those
	 */
	static List<String> found(TestClient client, String text) {
		TestClient.Response response = client
			.get("/api/v1/search?kind=complaint&size=50&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<String> references = response.json()
			.get("items")
			.valueStream()
			.map((hit) -> hit.get("reference").asString())
			.toList();
		assertThat(response.json().get("totalItems").asLong()).as("total for " + text).isEqualTo(references.size());
		return references;
	}

	/**
	 * The word with its second and third letters swapped: one edit, the first letter
	 * kept.
	 */
	static String typo(String word) {
		return word.charAt(0) + "" + word.charAt(2) + word.charAt(1) + word.substring(3);
	}

	static String ref(JsonNode complaint) {
		return complaint.get("reference").asString();
	}

	@Test
	void staffFindEveryComplaintByWordsTyposAndReference() {
		assertThat(found(this.agent, this.all)).containsExactlyInAnyOrder(ref(this.mine), ref(this.theirs),
				ref(this.stores));
		assertThat(found(this.agent, this.words)).containsExactlyInAnyOrder(ref(this.mine), ref(this.stores));
		assertThat(found(this.agent, typo(this.loud))).containsExactly(ref(this.theirs));
		assertThat(found(this.agent, ref(this.stores))).first().isEqualTo(ref(this.stores));
		JsonNode hit = this.agent.get("/api/v1/search?kind=complaint&q=" + this.loud).json().get("items").get(0);
		assertThat(hit.get("url").asString()).isEqualTo("/complaints/" + this.theirs.get("id").asString());
		assertThat(hit.get("highlights").get(0).asString()).contains("<mark>" + this.loud + "</mark>");
	}

	@Test
	void theAnalysisFindsComplaintsAlikeInWordsThoughNothingElseIsShared() {
		// The stores' complaint shares no complainant, service or cause with any other:
		// only words ("washer", this test's word) make others alike.
		// Without the search the stores' list would be empty; with it, every one listed
		// is a washer complaint (other tests' too: the database is shared), never itself.
		JsonNode view = this.agent.get("/api/v1/complaints/" + this.stores.get("id").asString()).json();
		assertThat(view.get("similar").valueStream().toList()).isNotEmpty()
			.allSatisfy((other) -> assertThat(other.get("summary").asString()).containsIgnoringCase("washer"))
			.noneSatisfy((other) -> assertThat(other.get("reference").asString()).isEqualTo(ref(this.stores)));
		// A team sees only the alike complaints it may open.
		JsonNode asTeam = this.fixtures.memberOf(this.chain.frontLine())
			.get("/api/v1/complaints/" + this.mine.get("id").asString())
			.json();
		assertThat(asTeam.get("similar").valueStream().map((other) -> other.get("reference").asString()))
			.doesNotContain(ref(this.theirs), ref(this.stores));
	}

	@Test
	void aCustomerFindsOnlyTheirOwnAndNoCountBetraysAnother() {
		assertThat(found(this.customer, this.all)).containsExactly(ref(this.mine));
		assertThat(found(this.customer, this.words)).containsExactly(ref(this.mine));
		assertThat(found(this.customer, this.loud)).isEmpty();
		assertThat(found(this.customer, ref(this.theirs))).isEmpty();
		JsonNode hit = this.customer.get("/api/v1/search?kind=complaint&q=" + this.all).json().get("items").get(0);
		assertThat(hit.get("url").asString()).isEqualTo("/portal/complaints/" + this.mine.get("id").asString());

		assertThat(found(this.strangerClient, this.all)).containsExactly(ref(this.theirs));
		assertThat(found(this.strangerClient, ref(this.mine))).isEmpty();
		// Another user of the same person-customer sees the party's complaints.
		assertThat(found(this.fixtures.customerOf(this.stranger), this.all)).containsExactly(ref(this.theirs));
	}

	@Test
	void aTeamFindsItsOwnAndWhatWasReferredToIt() {
		assertThat(found(this.fixtures.memberOf(this.chain.frontLine()), this.all)).containsExactly(ref(this.mine));
		Named elsewhere = this.fixtures.chain().internalTeam("Elsewhere");
		TestClient elsewhereMember = this.fixtures.memberOf(elsewhere);
		assertThat(found(elsewhereMember, this.all)).isEmpty();
		refer(this.theirs, Map.of("target", "TEAM", "partyId", elsewhere.id(), "reason", "Their washers"));
		assertThat(found(elsewhereMember, this.all)).containsExactly(ref(this.theirs));
	}

	@Test
	void aPartnerFindsWhatWasReferredToThemAndAPersonsWordsOnlyWhenShared() {
		TestClient courier = this.fixtures.partnerOf(this.chain.courier());
		// Responsible is not referred: nothing yet.
		assertThat(found(courier, this.all)).isEmpty();
		refer(this.mine, Map.of("target", "PARTNER", "partyId", this.chain.courier().id(), "reason", "Their van",
				"sharePersonalData", false));
		refer(this.stores, Map.of("target", "PARTNER", "partyId", this.chain.courier().id(), "reason", "Their yard",
				"sharePersonalData", false));
		assertThat(found(courier, this.all)).containsExactlyInAnyOrder(ref(this.mine), ref(this.stores));
		// The stores' words are an organisation's; the customer's are a person's, not
		// shared.
		assertThat(found(courier, this.words)).containsExactly(ref(this.stores));
		assertThat(found(courier, this.loud)).isEmpty();
		JsonNode hits = courier.get("/api/v1/search?kind=complaint&q=" + this.all + "%20" + this.words)
			.json()
			.get("items");
		hits.valueStream()
			.filter((hit) -> hit.get("reference").asString().equals(ref(this.mine)))
			.forEach((hit) -> assertThat(hit.get("highlights").toString()).doesNotContain(this.words));
		assertThat(hits.get(0).get("url").asString()).startsWith("/portal/complaints/");

		// Shared with a new referral: now the words match too.
		refer(this.mine, Map.of("target", "PARTNER", "partyId", this.chain.courier().id(), "reason", "Details",
				"sharePersonalData", true));
		assertThat(found(courier, this.words)).containsExactlyInAnyOrder(ref(this.mine), ref(this.stores));
	}

	void refer(JsonNode complaint, Map<String, Object> referral) {
		String id = complaint.get("id").asString();
		TestClient.Response current = this.agent.get("/api/v1/complaints/" + id);
		TestClient.Response referred = this.agent.post("/api/v1/complaints/" + id + "/referrals", referral,
				Map.of("If-Match", current.etag()));
		assertThat(referred.status()).as(referred.toString()).isBetween(200, 201);
	}

}
