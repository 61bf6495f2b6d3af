package org.servicechain.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * Service notices (issue 10): an incident at the courier is found to affect the
 * warehouse, the front line and their customers through the chain, not a customer
 * elsewhere; each person is told once, by the channel their contact record prefers, and
 * those who cannot be reached are listed with why; updates and the all-clear go to the
 * same people; a request raised during the notice is linked to it; customers and partners
 * see only what concerns their party; bad input names the field and the rule.
 */
@IntegrationTest
class ServiceNoticeIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	DeliveryChain chain;

	ChainApiFixtures parties;

	TestClient manager;

	Named unrelated;

	String mailAddress;

	String portalAddress;

	String portalUser;

	String unrelatedUser;

	@BeforeEach
	void aChainWithPeople() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		this.chain = fixtures.deliveryChain();
		this.parties = fixtures.chain();
		this.manager = fixtures.manager();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		this.mailAddress = "ann-" + unique + "@example.org";
		this.portalAddress = "pat-" + unique + "@example.org";
		// The customer's people: one prefers mail, one the portal (and has an account
		// with
		// the same address), one the telephone with neither an address nor an account.
		this.parties.contact(this.chain.customer(), "Ann Mail",
				Map.of("email", this.mailAddress, "preferredChannel", "EMAIL"));
		this.parties.contact(this.chain.customer(), "Pat Portal",
				Map.of("email", this.portalAddress, "preferredChannel", "PORTAL"));
		this.parties.contact(this.chain.customer(), "Phil Phone", Map.of("preferredChannel", "PHONE"));
		this.portalUser = account(Role.CUSTOMER, this.chain.customer().id(), "Pat Portal", this.portalAddress);
		// A customer elsewhere in the chain, with a contact and an account.
		this.unrelated = this.parties.externalCustomer("Unrelated Ltd");
		this.parties.contact(this.unrelated, "Una Related",
				Map.of("email", "una-" + unique + "@example.org", "preferredChannel", "EMAIL"));
		this.unrelatedUser = account(Role.CUSTOMER, this.unrelated.id(), "Una Related", null);
	}

	private String account(Role role, UUID partyId, String name, String email) {
		String username = "notice-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity
			.createUserAsSystem(new NewUser(username, name, email, TestClient.Clients.PASSWORD, role, partyId));
		return username;
	}

	private TestClient as(String username) {
		return this.clients.anonymous().login(username, TestClient.Clients.PASSWORD).useNewToken();
	}

	private Map<String, Object> incidentAtTheCourier(String title) {
		Instant now = Instant.now(this.clock);
		return Map.of("kind", "INCIDENT", "subject", "PARTY", "subjectId", this.chain.courier().id(), "title", title,
				"message", "The depot is flooded: no collections today.", "startsAt",
				now.minus(Duration.ofHours(1)).toString());
	}

	private TestClient.Response declared(String title) {
		TestClient.Response declared = this.manager.post("/api/v1/service-notices", incidentAtTheCourier(title));
		assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
		return declared;
	}

	private static List<JsonNode> round(JsonNode notice, int round) {
		return notice.get("deliveries").valueStream().filter((d) -> d.get("round").asInt() == round).toList();
	}

	private static JsonNode deliveryOf(List<JsonNode> deliveries, String name) {
		return deliveries.stream()
			.filter((d) -> d.get("personName").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " not among " + deliveries));
	}

	@Test
	void theAffectedAreFoundThroughTheChainAndEachToldOnceByTheirChannel() {
		TestClient member = this.clients.api(Role.TEAM_MEMBER, this.chain.frontLine().id());
		JsonNode notice = declared("Depot flooded").json();
		String reference = notice.get("reference").asString();

		// Downstream of the courier: the warehouse, the front line and both customers;
		// not
		// the courier itself, not the customer elsewhere.
		assertThat(notice.get("parties").valueStream().map((p) -> p.get("id").asString())).containsExactlyInAnyOrder(
				this.chain.warehouse().id().toString(), this.chain.frontLine().id().toString(),
				this.chain.customer().id().toString(), this.chain.internalCustomer().id().toString());
		assertThat(notice.get("services").valueStream().map((s) -> s.get("name").asString()))
			.contains(this.chain.delivery().name());

		List<JsonNode> told = round(notice, 1);
		assertThat(deliveryOf(told, "Ann Mail").get("channel").asString()).isEqualTo("MAIL");
		assertThat(deliveryOf(told, "Ann Mail").get("address").asString()).isEqualTo(this.mailAddress);
		assertThat(deliveryOf(told, "Pat Portal").get("channel").asString()).isEqualTo("IN_APP");
		JsonNode phil = deliveryOf(told, "Phil Phone");
		assertThat(phil.get("channel").asString()).isEqualTo("NONE");
		assertThat(phil.get("note").asString()).contains("no e-mail address and no portal account");
		// The internal team's member, with an account and no contact record: in the
		// application, as their own preference says.
		assertThat(told.stream()
			.filter((d) -> d.get("partyId").asString().equals(this.chain.frontLine().id().toString()))
			.map((d) -> d.get("channel").asString())).contains("IN_APP");
		// Every affected party is either told or listed as not reached, with the reason.
		assertThat(told.stream().map((d) -> d.get("partyId").asString()).distinct())
			.containsAll(notice.get("parties").valueStream().map((p) -> p.get("id").asString()).toList());
		assertThat(told.stream().map((d) -> d.get("partyId").asString())).doesNotContain(this.unrelated.id().toString(),
				this.chain.courier().id().toString());
		// Each person once (the fixtures' agreement signers share one name, hence the
		// filter; the table's unique key holds for them too).
		assertThat(told.stream()
			.filter((d) -> !d.get("personName").asString().equals("Signer"))
			.map((d) -> d.get("partyId").asString() + d.get("personName").asString())).doesNotHaveDuplicates();
		assertThat(told.stream().filter((d) -> d.get("personName").asString().startsWith("Pat Portal"))).hasSize(1);

		// What left: one mail to Ann through the outbox, one notification for Pat and the
		// team member, nothing for the customer elsewhere.
		assertThat(this.jdbc
			.sql("select count(*) from outbox_message where reference = :reference and recipient = :recipient")
			.param("reference", reference)
			.param("recipient", this.mailAddress)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select subject from outbox_message where reference = :reference and recipient = :r")
			.param("reference", reference)
			.param("r", this.mailAddress)
			.query(String.class)
			.single()).contains(reference).contains("Depot flooded");
		assertThat(notificationsOf(as(this.portalUser), reference)).isEqualTo(1);
		assertThat(notificationsOf(member, reference)).isEqualTo(1);
		assertThat(notificationsOf(as(this.unrelatedUser), reference)).isZero();
	}

	@Test
	void aPersonsOwnChoiceAndLanguageWinOverTheChannelTheirContactPrefers() {
		TestClient pat = as(this.portalUser);
		assertThat(pat.put("/api/v1/notifications/preferences", Map.of("service.notice", "MAIL"), null).status())
			.isEqualTo(200);
		assertThat(pat.put("/api/v1/notifications/language", Map.of("language", "de"), null).status()).isEqualTo(200);
		JsonNode notice = declared("Depot closed").json();
		String reference = notice.get("reference").asString();

		JsonNode told = deliveryOf(round(notice, 1), "Pat Portal");
		assertThat(told.get("channel").asString()).isEqualTo("MAIL");
		assertThat(told.get("address").asString()).isEqualTo(this.portalAddress);
		assertThat(told.get("note").asString()).contains("notification preferences");
		assertThat(this.jdbc.sql("select text_body from outbox_message where reference = :reference and recipient = :r")
			.param("reference", reference)
			.param("r", this.portalAddress)
			.query(String.class)
			.single()).startsWith("Hallo Pat Portal");
		assertThat(notificationsOf(pat, reference)).isZero();
		// Ann chose nothing: by mail as her contact prefers, in the default language.
		assertThat(this.jdbc.sql("select text_body from outbox_message where reference = :reference and recipient = :r")
			.param("reference", reference)
			.param("r", this.mailAddress)
			.query(String.class)
			.single()).startsWith("Hello Ann Mail");
	}

	private static long notificationsOf(TestClient client, String reference) {
		return client.get("/api/v1/notifications?size=200")
			.json()
			.get("items")
			.valueStream()
			.filter((n) -> n.get("reference").asString().equals(reference))
			.count();
	}

	@Test
	void updatesAndTheAllClearGoToTheSamePeople() {
		TestClient.Response declared = declared("Depot flooded");
		String id = declared.json().get("id").asString();
		String reference = declared.json().get("reference").asString();
		// Someone added to the customer afterwards is not told of this notice.
		this.parties.contact(this.chain.customer(), "Late Lucy",
				Map.of("email", "lucy-" + UUID.randomUUID() + "@example.org"));

		assertProblem(this.manager.post("/api/v1/service-notices/" + id + "/updates", Map.of("message", "x")), 428);
		TestClient.Response updated = this.manager.post("/api/v1/service-notices/" + id + "/updates",
				Map.of("message", "Collections resume at noon."), Map.of("If-Match", declared.etag()));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(this.manager
			.post("/api/v1/service-notices/" + id + "/updates", Map.of("message", "stale"),
					Map.of("If-Match", declared.etag()))
			.status()).isEqualTo(409);
		assertProblem(this.manager.post("/api/v1/service-notices/" + id + "/updates", Map.of("message", " "),
				Map.of("If-Match", updated.etag())), 422, "message", "required");
		TestClient.Response cleared = this.manager.post("/api/v1/service-notices/" + id + "/all-clear", Map.of(),
				Map.of("If-Match", updated.etag()));
		assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);

		JsonNode notice = cleared.json();
		assertThat(notice.get("clearedAt").isNull()).isFalse();
		assertThat(notice.get("rounds").valueStream().map((r) -> r.get("kind").asString())).containsExactly("DECLARED",
				"UPDATE", "ALL_CLEAR");
		List<String> first = round(notice, 1).stream()
			.map((d) -> d.get("personName").asString() + "/" + d.get("channel").asString())
			.sorted()
			.toList();
		assertThat(first).isNotEmpty();
		assertThat(round(notice, 2).stream()
			.map((d) -> d.get("personName").asString() + "/" + d.get("channel").asString())
			.sorted()
			.toList()).isEqualTo(first);
		assertThat(round(notice, 3).stream()
			.map((d) -> d.get("personName").asString() + "/" + d.get("channel").asString())
			.sorted()
			.toList()).isEqualTo(first);
		assertThat(first).noneMatch((person) -> person.startsWith("Late Lucy"));
		// Three mails to Ann, three notifications for Pat: one per round.
		assertThat(this.jdbc
			.sql("select count(*) from outbox_message where reference = :reference and recipient = :recipient")
			.param("reference", reference)
			.param("recipient", this.mailAddress)
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(notificationsOf(as(this.portalUser), reference)).isEqualTo(3);
		// Nothing is said after the all-clear.
		assertProblem(this.manager.post("/api/v1/service-notices/" + id + "/updates", Map.of("message", "more"),
				Map.of("If-Match", cleared.etag())), 422, "message", "cleared");
	}

	@Test
	void aRequestRaisedDuringTheNoticeIsLinkedToIt() {
		String id = declared("Depot flooded").json().get("id").asString();
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient.Response raised = agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), "Where is my parcel?"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		String reference = raised.json().get("reference").asString();
		String requestId = raised.json().get("id").asString();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.manager.get("/api/v1/service-notices/" + id)
				.json()
				.get("requests")
				.valueStream()
				.map((r) -> r.get("reference").asString())).contains(reference));
		// The customer sees their own request linked; the request page shows the notice.
		assertThat(as(this.portalUser).get("/api/v1/service-notices/" + id)
			.json()
			.get("requests")
			.valueStream()
			.map((r) -> r.get("reference").asString())).contains(reference);
		assertThat(agent.get("/requests/" + requestId + "/notices").body()).contains("Raised during a service notice");
	}

	@Test
	void customersAndPartnersSeeOnlyWhatConcernsTheirParty() {
		TestClient.Response declared = declared("Depot flooded");
		String id = declared.json().get("id").asString();

		TestClient customer = as(this.portalUser);
		TestClient.Response seen = customer.get("/api/v1/service-notices/" + id);
		assertThat(seen.status()).isEqualTo(200);
		// Not who else was told, nor the other parties affected.
		assertThat(seen.json().get("deliveries")).isEmpty();
		assertThat(seen.json().get("parties").valueStream().map((p) -> p.get("id").asString()))
			.containsExactly(this.chain.customer().id().toString());
		assertThat(customer.get("/api/v1/service-notices?size=200")
			.json()
			.get("items")
			.valueStream()
			.map((n) -> n.get("id").asString())).contains(id);

		TestClient elsewhere = as(this.unrelatedUser);
		assertProblem(elsewhere.get("/api/v1/service-notices/" + id), 404);
		assertThat(elsewhere.get("/api/v1/service-notices?size=200")
			.json()
			.get("items")
			.valueStream()
			.map((n) -> n.get("id").asString())).doesNotContain(id);

		// The courier's partner user sees the notice about their own party; another
		// supplier's does not.
		assertThat(
				this.clients.api(Role.PARTNER, this.chain.courier().id()).get("/api/v1/service-notices/" + id).status())
			.isEqualTo(200);
		Named otherSupplier = this.parties.supplier("Other courier");
		assertProblem(this.clients.api(Role.PARTNER, otherSupplier.id()).get("/api/v1/service-notices/" + id), 404);

		// Agents read but do not declare; managers do.
		TestClient agent = this.clients.api(Role.AGENT);
		assertThat(agent.get("/api/v1/service-notices/" + id).status()).isEqualTo(200);
		assertThat(agent.post("/api/v1/service-notices", incidentAtTheCourier("By an agent")).status()).isEqualTo(403);
		assertThat(customer.post("/api/v1/service-notices", incidentAtTheCourier("By a customer")).status())
			.isEqualTo(403);
	}

	@Test
	void badInputNamesTheFieldAndTheRule() {
		Instant now = Instant.now(this.clock);
		Map<String, Object> endsBeforeStart = new java.util.HashMap<>(incidentAtTheCourier("Backwards"));
		endsBeforeStart.put("endsAt", now.minus(Duration.ofDays(1)).toString());
		assertProblem(this.manager.post("/api/v1/service-notices", endsBeforeStart), 422, "endsAt", "after-start");
		Map<String, Object> unknownParty = new java.util.HashMap<>(incidentAtTheCourier("Nowhere"));
		unknownParty.put("subjectId", UUID.randomUUID());
		assertProblem(this.manager.post("/api/v1/service-notices", unknownParty), 422, "subjectId", "unknown");
		Map<String, Object> unknownService = new java.util.HashMap<>(incidentAtTheCourier("No service"));
		unknownService.put("subject", "SERVICE");
		unknownService.put("subjectId", UUID.randomUUID());
		assertProblem(this.manager.post("/api/v1/service-notices", unknownService), 422, "subjectId", "unknown");
		Map<String, Object> emptyMessage = new java.util.HashMap<>(incidentAtTheCourier("Silent"));
		emptyMessage.put("message", "  ");
		assertProblem(this.manager.post("/api/v1/service-notices", emptyMessage), 422, "message", "required");
		Map<String, Object> plannedWithoutEnd = new java.util.HashMap<>(incidentAtTheCourier("Open-ended"));
		plannedWithoutEnd.put("kind", "PLANNED_WORK");
		assertProblem(this.manager.post("/api/v1/service-notices", plannedWithoutEnd), 422, "endsAt", "required");
		assertThat(this.manager.get("/api/v1/service-notices?size=201").status()).isEqualTo(400);
		assertProblem(this.manager.get("/api/v1/service-notices/" + UUID.randomUUID()), 404);
	}

	@Test
	void workOnALinkOrAServiceReachesWhatIsDownstreamOfIt() {
		Instant now = Instant.now(this.clock);
		// The fulfilment link (warehouse → front line) affects the front line and its
		// customers, not the warehouse.
		TestClient.Response link = this.manager.post("/api/v1/service-notices",
				Map.of("kind", "PLANNED_WORK", "subject", "LINK", "subjectId", this.chain.fulfilmentLink(), "title",
						"Stock count", "message", "Orders are packed two hours later on Sunday.", "startsAt",
						now.plus(Duration.ofDays(2)).toString(), "endsAt",
						now.plus(Duration.ofDays(2).plusHours(4)).toString()));
		assertThat(link.status()).as(link.toString()).isEqualTo(201);
		assertThat(link.json().get("parties").valueStream().map((p) -> p.get("id").asString()))
			.contains(this.chain.frontLine().id().toString(), this.chain.customer().id().toString())
			.doesNotContain(this.chain.warehouse().id().toString(), this.unrelated.id().toString());
		TestClient.Response service = this.manager.post("/api/v1/service-notices",
				Map.of("kind", "INCIDENT", "subject", "SERVICE", "subjectId", this.chain.delivery().id(), "title",
						"Delivery slots", "message", "Slots cannot be booked.", "startsAt", now.toString()));
		assertThat(service.status()).as(service.toString()).isEqualTo(201);
		assertThat(service.json().get("parties").valueStream().map((p) -> p.get("id").asString()))
			.contains(this.chain.customer().id().toString(), this.chain.internalCustomer().id().toString())
			.doesNotContain(this.unrelated.id().toString());
	}

}
