package org.servicechain.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 1 of issue 9: a change to a user's roles, party or enabled flag takes effect on
 * the next request of their open browser sessions, and administrators can end all
 * sessions of a user.
 */
@IntegrationTest
class SessionIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	TestClient admin;

	@BeforeEach
	void signInAsAdministrator() {
		this.admin = this.clients.api(Role.ADMIN);
	}

	@Test
	void disablingAUserEndsTheirBrowserSession() {
		User user = createUser("MANAGER", null);
		TestClient browser = this.clients.anonymous().login(user.username(), TestClient.Clients.PASSWORD);
		assertThat(createParty(browser).status()).isEqualTo(201);

		change(user, "MANAGER", null, false);

		assertThat(createParty(browser).status()).isEqualTo(401);
		assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
		assertThat(browser.get("/parties").status()).as("pages send the user to sign in").isEqualTo(302);
	}

	@Test
	void aDemotedManagerLosesTheRoleOnTheNextRequest() {
		User user = createUser("MANAGER", null);
		TestClient browser = this.clients.anonymous().login(user.username(), TestClient.Clients.PASSWORD);
		assertThat(createParty(browser).status()).isEqualTo(201);

		change(user, "AGENT", null, true);

		assertThat(browser.get("/api/v1/me").json().get("role").asString()).isEqualTo("AGENT");
		assertThat(createParty(browser).status()).isEqualTo(403);
	}

	@Test
	void aPartnerUserMovedToAnotherPartyActsForTheNewParty() {
		ChainApiFixtures parties = new ChainApiFixtures(this.clients.api(Role.MANAGER));
		UUID first = parties.supplier("First couriers").id();
		UUID second = parties.supplier("Second couriers").id();
		User user = createUser("PARTNER", first);
		TestClient browser = this.clients.anonymous().login(user.username(), TestClient.Clients.PASSWORD);
		assertThat(browser.get("/api/v1/me").json().get("partyId").asString()).isEqualTo(first.toString());

		change(user, "PARTNER", second, true);

		assertThat(browser.get("/api/v1/me").json().get("partyId").asString()).isEqualTo(second.toString());
	}

	@Test
	void administratorsEndAllSessionsOfAUser() {
		User user = createUser("AGENT", null);
		TestClient laptop = this.clients.anonymous().login(user.username(), TestClient.Clients.PASSWORD);
		TestClient phone = this.clients.anonymous().login(user.username(), TestClient.Clients.PASSWORD);
		TestClient other = this.clients.session(Role.AGENT, null);

		assertThat(this.admin.delete("/api/v1/users/" + user.id() + "/sessions", null).status()).isEqualTo(204);

		assertThat(laptop.get("/api/v1/me").status()).isEqualTo(401);
		assertThat(phone.get("/api/v1/me").status()).isEqualTo(401);
		assertThat(other.get("/api/v1/me").status()).isEqualTo(200);
		assertThat(this.clients.api(Role.AGENT).delete("/api/v1/users/" + user.id() + "/sessions", null).status())
			.isEqualTo(403);
	}

	private User createUser(String role, UUID partyId) {
		String username = role.toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> user = new HashMap<>();
		user.put("username", username);
		user.put("displayName", "Test " + username);
		user.put("password", TestClient.Clients.PASSWORD);
		user.put("role", role);
		if (partyId != null) {
			user.put("partyId", partyId);
		}
		TestClient.Response created = this.admin.post("/api/v1/users", user);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new User(created.json().get("id").asString(), username);
	}

	private void change(User user, String role, UUID partyId, boolean enabled) {
		String path = "/api/v1/users/" + user.id();
		TestClient.Response current = this.admin.get(path);
		JsonNode json = current.json();
		Map<String, Object> changes = new HashMap<>();
		changes.put("displayName", json.get("displayName").asString());
		changes.put("role", role);
		changes.put("enabled", enabled);
		if (partyId != null) {
			changes.put("partyId", partyId);
		}
		TestClient.Response changed = this.admin.put(path, changes, current.etag());
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
	}

	private static TestClient.Response createParty(TestClient browser) {
		return browser.post("/api/v1/parties", Map.of("name", ChainApiFixtures.unique("Valeters"), "kind", "SUPPLIER"));
	}

	private record User(String id, String username) {

	}

}
