package org.servicechain.identity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.chain.ChainApiFixtures.RepairChain;
import org.servicechain.chain.ChainManagement;
import org.servicechain.shared.NotFoundException;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * Who may reach what (REC-4, INT-1): staff pages and the staff API are for staff, the
 * portal for partner users and customers, who see only their own party; agents and team
 * members read the chain and add to relationship logs but do not change it; only
 * administrators manage users; and a caller without valid credentials is told so.
 */
@IntegrationTest
class AccessIntegrationTests {

	static final List<String> CHAIN_PAGES = List.of("/parties", "/chain/map", "/services", "/links");

	static final List<String> STAFF_API = List.of("/api/v1/parties", "/api/v1/links", "/api/v1/services",
			"/api/v1/chain/overview", "/api/v1/chain/map", "/api/v1/users");

	@Autowired
	TestClient.Clients clients;

	@Autowired
	ChainManagement chainManagement;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcClient jdbc;

	TestClient manager;

	ChainApiFixtures chain;

	RepairChain repairs;

	@BeforeEach
	void buildARepairChain() {
		this.manager = this.clients.api(Role.MANAGER);
		this.chain = new ChainApiFixtures(this.manager);
		this.repairs = this.chain.repairChain();
	}

	// Partner users and customers

	@Test
	void partnerUsersAndCustomersMayNotOpenStaffPages() {
		TestClient partner = this.clients.session(Role.PARTNER, this.repairs.supplier().id());
		TestClient customer = this.clients.session(Role.CUSTOMER, this.repairs.customer().id());

		for (String page : List.of("/parties", "/parties/new", "/chain/map", "/services", "/links", "/admin/users")) {
			assertThat(partner.get(page).status()).as("partner on " + page).isEqualTo(403);
			assertThat(customer.get(page).status()).as("customer on " + page).isEqualTo(403);
		}
		assertThat(partner.get("/parties/" + this.repairs.supplier().id()).status()).isEqualTo(403);
		assertThat(customer.get("/parties/" + this.repairs.customer().id()).status()).isEqualTo(403);
		assertThat(partner.postForm("/parties", Map.of("name", ChainApiFixtures.unique("Rival"), "kind", "SUPPLIER"))
			.status()).isEqualTo(403);
	}

	@Test
	void partnerUsersAndCustomersAreSentFromTheDashboardToTheirPortal() {
		for (TestClient portalUser : List.of(this.clients.session(Role.PARTNER, this.repairs.supplier().id()),
				this.clients.session(Role.CUSTOMER, this.repairs.customer().id()))) {
			TestClient.Response home = portalUser.get("/");
			assertThat(home.status()).isEqualTo(302);
			assertThat(home.header("Location")).endsWith("/portal");
		}
	}

	@Test
	void partnerUsersAndCustomersMayNotUseTheStaffApi() {
		TestClient partner = this.clients.api(Role.PARTNER, this.repairs.supplier().id());
		TestClient customer = this.clients.api(Role.CUSTOMER, this.repairs.customer().id());

		for (String path : STAFF_API) {
			assertThat(partner.get(path).status()).as("partner on " + path).isEqualTo(403);
			assertThat(customer.get(path).status()).as("customer on " + path).isEqualTo(403);
		}
		Named rival = this.chain.supplier("Rival Spare Parts");
		assertThat(partner.get("/api/v1/parties/" + rival.id()).status()).isEqualTo(403);
		assertThat(partner.get("/api/v1/parties/" + this.repairs.supplier().id()).status()).isEqualTo(403);
		assertThat(partner.get("/api/v1/links/" + this.repairs.supplyLink() + "/impact").status()).isEqualTo(403);
		assertThat(partner.post("/api/v1/parties", Map.of("name", ChainApiFixtures.unique("Rival"), "kind", "SUPPLIER"))
			.status()).isEqualTo(403);
		assertThat(partner
			.put("/api/v1/parties/" + this.repairs.supplier().id(),
					Map.of("name", ChainApiFixtures.unique("Renamed"), "kind", "SUPPLIER"), "\"0\"")
			.status()).isEqualTo(403);
		assertThat(this.manager.get("/api/v1/parties/" + this.repairs.supplier().id()).json().get("name").asString())
			.isEqualTo(this.repairs.supplier().name());

		JsonNode me = partner.get("/api/v1/me").json();
		assertThat(me.get("role").asString()).isEqualTo("PARTNER");
		assertThat(me.get("partyId").asString()).isEqualTo(this.repairs.supplier().id().toString());
	}

	@Test
	void portalShowsThePartnersOwnPartyAndNoOther() {
		Named rival = this.chain.supplier("Rival Spare Parts");
		Named express = this.chain.service("Express freight");
		this.chain.link(express, rival, this.repairs.team());
		TestClient partner = this.clients.session(Role.PARTNER, this.repairs.supplier().id());

		TestClient.Response portal = partner.get("/portal");
		assertThat(portal.status()).isEqualTo(200);
		assertThat(portal.body()).contains("Your partner portal for " + html(this.repairs.supplier().name()))
			.contains(html(this.repairs.spareParts().name()))
			.doesNotContain(html(rival.name()))
			.doesNotContain(html(express.name()))
			.doesNotContain(html(this.repairs.customer().name()));
	}

	@Test
	void portalShowsTheCustomerWhatTheyReceiveAndNobodyElse() {
		Named neighbour = this.chain.externalCustomer("Noah Patel");
		Named installation = this.chain.service("Appliance installation");
		this.chain.link(installation, this.repairs.team(), neighbour);
		TestClient customer = this.clients.session(Role.CUSTOMER, this.repairs.customer().id());

		TestClient.Response portal = customer.get("/portal");
		assertThat(portal.status()).isEqualTo(200);
		assertThat(portal.body()).contains("Your customer portal.")
			.contains(html(this.repairs.customer().name()))
			.contains(html(this.repairs.repair().name()))
			.doesNotContain(html(neighbour.name()))
			.doesNotContain(html(installation.name()))
			.doesNotContain(html(this.repairs.supplier().name()));
	}

	@Test
	void staffHaveNoPortal() {
		assertThat(this.clients.session(Role.MANAGER, null).get("/portal").status()).isEqualTo(403);
	}

	/**
	 * No portal page takes a party id, so the facade's own rule cannot be reached over
	 * HTTP by a partner: asked directly, it hides another party as "not found" and
	 * refuses the staff lists.
	 */
	@Test
	void chainFacadeHidesAnotherPartyFromAPartnerAsNotFound() {
		TestClient partner = this.clients.api(Role.PARTNER, this.repairs.supplier().id());
		CurrentUser partnerUser = this.identity.authenticateToken(partner.token()).orElseThrow();
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(partnerUser, null, partnerUser.getAuthorities()));
		try {
			assertThat(this.chainManagement.party(this.repairs.supplier().id()).name())
				.isEqualTo(this.repairs.supplier().name());
			assertThatExceptionOfType(NotFoundException.class)
				.isThrownBy(() -> this.chainManagement.party(this.repairs.team().id()));
			assertThatExceptionOfType(NotFoundException.class)
				.isThrownBy(() -> this.chainManagement.servicesOf(this.repairs.customer().id()));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.chainManagement.parties(null, null, null, 0, 10));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.chainManagement.contacts(this.repairs.supplier().id()));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	// Agents and team members

	@Test
	void agentsAndTeamMembersReadTheChain() {
		for (TestClient reader : List.of(this.clients.api(Role.AGENT),
				this.clients.api(Role.TEAM_MEMBER, this.repairs.team().id()))) {
			assertThat(reader.get("/api/v1/parties?q=" + this.repairs.team().name().replace(" ", "%20"))
				.json()
				.get("totalItems")
				.asLong()).isEqualTo(1);
			assertThat(reader.get("/api/v1/parties/" + this.repairs.supplier().id()).status()).isEqualTo(200);
			assertThat(reader.get("/api/v1/services/" + this.repairs.repair().id()).status()).isEqualTo(200);
			assertThat(reader.get("/api/v1/links/" + this.repairs.supplyLink()).status()).isEqualTo(200);
			assertThat(reader.get("/api/v1/parties/" + this.repairs.supplier().id() + "/contacts").status())
				.isEqualTo(200);
			assertThat(reader.get("/api/v1/services/" + this.repairs.repair().id() + "/chain").status()).isEqualTo(200);
			assertThat(reader.get("/api/v1/links/" + this.repairs.supplyLink() + "/impact").status()).isEqualTo(200);
		}
		for (TestClient reader : List.of(this.clients.session(Role.AGENT, null),
				this.clients.session(Role.TEAM_MEMBER, this.repairs.team().id()))) {
			assertThat(reader.get("/").status()).isEqualTo(200);
			for (String page : CHAIN_PAGES) {
				assertThat(reader.get(page).status()).as(page).isEqualTo(200);
			}
			assertThat(reader.get("/parties/" + this.repairs.supplier().id()).status()).isEqualTo(200);
		}
	}

	@Test
	void agentsAndTeamMembersMayNotChangeTheChain() {
		UUID contact = this.chain.contact(this.repairs.supplier(), "Priya Shah", Map.of());
		for (TestClient reader : List.of(this.clients.api(Role.AGENT),
				this.clients.api(Role.TEAM_MEMBER, this.repairs.team().id()))) {
			String party = "/api/v1/parties/" + this.repairs.supplier().id();
			assertProblem(reader.post("/api/v1/parties",
					Map.of("name", ChainApiFixtures.unique("Rival"), "kind", "SUPPLIER")), 403);
			assertProblem(
					reader.put(party, Map.of("name", ChainApiFixtures.unique("Renamed"), "kind", "SUPPLIER"), "\"0\""),
					403);
			assertProblem(reader.delete(party, "\"0\""), 403);

			String service = "/api/v1/services/" + this.repairs.spareParts().id();
			assertProblem(reader.post("/api/v1/services", Map.of("name", ChainApiFixtures.unique("Valeting"))), 403);
			assertProblem(reader.put(service, Map.of("name", ChainApiFixtures.unique("Renamed")), "\"0\""), 403);
			assertProblem(reader.delete(service, "\"0\""), 403);

			String link = "/api/v1/links/" + this.repairs.supplyLink();
			assertProblem(
					reader
						.post("/api/v1/links",
								Map.of("serviceId", this.repairs.repair().id(), "providerId",
										this.repairs.supplier().id(), "consumerId", this.repairs.customer().id())),
					403);
			assertProblem(reader.put(link, Map.of("serviceId", this.repairs.spareParts().id(), "providerId",
					this.repairs.supplier().id(), "consumerId", this.repairs.team().id(), "description", "changed"),
					"\"0\""), 403);
			assertProblem(reader.delete(link, "\"0\""), 403);

			assertProblem(reader.post(party + "/contacts", Map.of("name", "Someone New")), 403);
			assertProblem(reader.put("/api/v1/contacts/" + contact, Map.of("name", "Priya Renamed"), "\"0\""), 403);
			assertProblem(reader.delete("/api/v1/contacts/" + contact, "\"0\""), 403);
		}
		assertThat(this.manager.get("/api/v1/parties/" + this.repairs.supplier().id()).etag()).isEqualTo("\"0\"");
		assertThat(this.manager.get("/api/v1/services/" + this.repairs.spareParts().id()).etag()).isEqualTo("\"0\"");
		assertThat(this.manager.get("/api/v1/links/" + this.repairs.supplyLink()).etag()).isEqualTo("\"0\"");
		assertThat(this.manager.get("/api/v1/contacts/" + contact).etag()).isEqualTo("\"0\"");
		assertThat(this.manager.get("/api/v1/parties/" + this.repairs.supplier().id() + "/contacts").json()).hasSize(1);
	}

	@Test
	void agentsAndTeamMembersMayAddToARelationshipLog() {
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient teamMember = this.clients.api(Role.TEAM_MEMBER, this.repairs.team().id());
		String log = "/api/v1/parties/" + this.repairs.supplier().id() + "/relationship-log";

		TestClient.Response byAgent = agent.post(log, Map.of("occurredOn", LocalDate.now().minusDays(2).toString(),
				"kind", "COOPERATIVE", "summary", "Sent urgent parts by taxi"));
		TestClient.Response byTeamMember = teamMember.post(log, Map.of("occurredOn", LocalDate.now().toString(), "kind",
				"RAPPORT", "summary", "Friendly call about the backlog"));

		assertThat(byAgent.status()).as(byAgent.toString()).isEqualTo(201);
		assertThat(byAgent.json().get("recordedBy").asString()).startsWith("agent-");
		assertThat(byTeamMember.status()).as(byTeamMember.toString()).isEqualTo(201);
		assertThat(byTeamMember.json().get("recordedBy").asString()).startsWith("team_member-");
		assertThat(this.manager.get(log).json().valueStream().map((entry) -> entry.get("summary").asString()))
			.containsExactly("Friendly call about the backlog", "Sent urgent parts by taxi");
	}

	@Test
	void partnerUsersMayNotAddToARelationshipLog() {
		TestClient partner = this.clients.api(Role.PARTNER, this.repairs.supplier().id());

		assertThat(partner
			.post("/api/v1/parties/" + this.repairs.supplier().id() + "/relationship-log",
					Map.of("occurredOn", LocalDate.now().toString(), "kind", "NOTE", "summary", "All is well"))
			.status()).isEqualTo(403);
		assertThat(this.manager.get("/api/v1/parties/" + this.repairs.supplier().id() + "/relationship-log").json())
			.isEmpty();
	}

	// Administrators

	@Test
	void onlyAdministratorsManageUsers() {
		for (TestClient staff : List.of(this.manager, this.clients.api(Role.AGENT),
				this.clients.api(Role.TEAM_MEMBER, this.repairs.team().id()))) {
			assertThat(staff.get("/api/v1/users").status()).isEqualTo(403);
			assertThat(staff
				.post("/api/v1/users",
						Map.of("username", ChainApiFixtures.unique("x").replace(" ", ""), "displayName", "X",
								"password", "long-enough-password", "role", "ADMIN"))
				.status()).isEqualTo(403);
		}
		for (TestClient staff : List.of(this.clients.session(Role.MANAGER, null),
				this.clients.session(Role.AGENT, null))) {
			assertThat(staff.get("/admin/users").status()).isEqualTo(403);
		}

		TestClient admin = this.clients.api(Role.ADMIN);
		TestClient.Response users = admin.get("/api/v1/users");
		assertThat(users.status()).isEqualTo(200);
		String adminName = admin.get("/api/v1/me").json().get("username").asString();
		assertThat(admin.items("/api/v1/users").stream().map((user) -> user.get("username").asString()))
			.contains(adminName);
		TestClient.Response page = this.clients.session(Role.ADMIN, null).get("/admin/users");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(adminName);
	}

	// Credentials

	@Test
	void unauthenticatedApiCallsAreAnsweredWith401NotARedirect() {
		TestClient anonymous = this.clients.anonymous();
		String party = "/api/v1/parties/" + this.repairs.supplier().id();

		for (TestClient.Response response : List.of(anonymous.get("/api/v1/parties"), anonymous.get(party),
				anonymous.get("/api/v1/me"), anonymous.get("/api/v1/users"),
				anonymous.post("/api/v1/parties", Map.of("name", ChainApiFixtures.unique("Rival"), "kind", "SUPPLIER")),
				anonymous.put(party, Map.of("name", ChainApiFixtures.unique("Renamed"), "kind", "SUPPLIER"), "\"0\""),
				anonymous.delete(party, "\"0\""))) {
			assertThat(response.status()).as(response.raw().request().method() + " " + response.raw().uri())
				.isEqualTo(401);
			assertThat(response.header("Location")).isEmpty();
		}
		assertThat(this.manager.get(party).etag()).isEqualTo("\"0\"");
	}

	@Test
	void unauthenticatedPagesRedirectToTheSignInPage() {
		TestClient anonymous = this.clients.anonymous();

		for (String page : List.of("/", "/parties", "/chain/map", "/portal", "/admin/users", "/account/tokens")) {
			TestClient.Response response = anonymous.get(page);
			assertThat(response.status()).as(page).isEqualTo(302);
			assertThat(response.header("Location")).as(page).endsWith("/login");
		}
		assertThat(anonymous.get("/login").status()).isEqualTo(200);
	}

	@Test
	void unknownBearerTokensAre401ProblemJson() {
		for (String token : List.of("sc_" + UUID.randomUUID(), "not-even-a-token")) {
			TestClient.Response response = this.clients.anonymous().withToken(token).get("/api/v1/parties");
			assertProblem(response, 401);
			assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
		}
	}

	@Test
	void revokedTokenStopsWorkingImmediately() {
		TestClient owner = this.clients.session(Role.MANAGER, null);
		TestClient.Response created = owner.post("/api/v1/tokens", Map.of("name", "reporting script"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String tokenId = created.json().get("token").get("id").asString();
		TestClient script = this.clients.anonymous().withToken(created.json().get("secret").asString());
		assertThat(script.get("/api/v1/parties?size=1").status()).isEqualTo(200);

		assertThat(this.manager.delete("/api/v1/tokens/" + tokenId, null).status()).as("someone else's token")
			.isEqualTo(404);
		assertThat(script.get("/api/v1/parties?size=1").status()).isEqualTo(200);

		assertThat(owner.delete("/api/v1/tokens/" + tokenId, null).status()).isEqualTo(204);
		assertProblem(script.get("/api/v1/parties?size=1"), 401);
		JsonNode listed = owner.get("/api/v1/tokens")
			.json()
			.valueStream()
			.filter((token) -> token.get("id").asString().equals(tokenId))
			.findFirst()
			.orElseThrow();
		assertThat(listed.get("active").asBoolean()).isFalse();
		assertThat(listed.get("revokedAt").isNull()).isFalse();
	}

	@Test
	void expiredTokenIsRefused() {
		TestClient owner = this.clients.session(Role.MANAGER, null);
		JsonNode created = owner.post("/api/v1/tokens", Map.of("name", "monthly export", "validDays", 30)).json();
		TestClient script = this.clients.anonymous().withToken(created.get("secret").asString());
		assertThat(script.get("/api/v1/parties?size=1").status()).isEqualTo(200);

		// Tokens live at least a day; move this one's expiry into the past instead of
		// waiting.
		int expired = this.jdbc.sql("update api_token set expires_at = ? where id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1),
					UUID.fromString(created.get("token").get("id").asString()))
			.update();
		assertThat(expired).isEqualTo(1);

		assertProblem(script.get("/api/v1/parties?size=1"), 401);
	}

	private static String html(String text) {
		return text.replace("&", "&amp;");
	}

}
