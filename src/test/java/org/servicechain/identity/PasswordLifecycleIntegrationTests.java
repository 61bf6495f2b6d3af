package org.servicechain.identity;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * The account lifecycle of issue 9: people change their own password (other sessions
 * end), administrators set a temporary password that must be changed at the next sign-in,
 * and new passwords follow the rules (length, not common or breached, not the login
 * name).
 */
@IntegrationTest
class PasswordLifecycleIntegrationTests {

	private static final String NEW_PASSWORD = "a lantern by the quiet harbour";

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Test
	void peopleChangeTheirOwnPasswordAndTheirOtherSessionsEnd() {
		String username = createUser();
		TestClient laptop = this.clients.anonymous().login(username, TestClient.Clients.PASSWORD);
		TestClient phone = this.clients.anonymous().login(username, TestClient.Clients.PASSWORD);

		assertProblem(change(laptop, "not-my-password", NEW_PASSWORD), 422, "currentPassword", "matches");
		assertProblem(change(laptop, TestClient.Clients.PASSWORD, "short"), 422, "newPassword", "size");
		assertProblem(change(laptop, TestClient.Clients.PASSWORD, "Password1234"), 422, "newPassword", "common");
		assertProblem(change(laptop, TestClient.Clients.PASSWORD, "my name is " + username), 422, "newPassword",
				"context");
		assertThat(change(laptop, TestClient.Clients.PASSWORD, NEW_PASSWORD).status()).isEqualTo(204);

		assertThat(laptop.get("/api/v1/me").status()).as("this session stays").isEqualTo(200);
		assertThat(phone.get("/api/v1/me").status()).as("other sessions end").isEqualTo(401);
		assertThatThrownBy(() -> this.clients.anonymous().login(username, TestClient.Clients.PASSWORD))
			.hasMessageContaining("failed");
		assertThat(this.clients.anonymous().login(username, NEW_PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void aTemporaryPasswordMustBeChangedAtTheNextSignIn() {
		String username = createUser();
		TestClient before = this.clients.anonymous().login(username, TestClient.Clients.PASSWORD);
		TestClient admin = this.clients.api(Role.ADMIN);
		String id = before.get("/api/v1/me").json().get("id").asString();

		TestClient.Response set = admin.post("/api/v1/users/" + id + "/temporary-password", Map.of());
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		String temporary = set.json().get("temporaryPassword").asString();
		assertThat(before.get("/api/v1/me").status()).as("sessions end").isEqualTo(401);

		TestClient browser = this.clients.anonymous().login(username, temporary);
		assertThat(browser.get("/parties").status()).isEqualTo(302);
		assertThat(browser.get("/parties").header("Location")).endsWith("/account/password");
		TestClient.Response api = browser.get("/api/v1/parties");
		assertThat(api.status()).isEqualTo(403);
		assertThat(api.body()).contains("password-change-required");
		assertThat(browser.get("/account/password").body()).contains("temporary password");

		TestClient.Response changed = browser.postForm("/account/password",
				Map.of("currentPassword", temporary, "newPassword", NEW_PASSWORD));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(302);
		assertThat(browser.get("/parties").status()).isEqualTo(200);
		assertThat(this.clients.api(Role.AGENT).post("/api/v1/users/" + id + "/temporary-password", Map.of()).status())
			.isEqualTo(403);
	}

	@Test
	void administratorsCannotGiveACommonPassword() {
		TestClient admin = this.clients.api(Role.ADMIN);
		assertProblem(admin.post("/api/v1/users", Map.of("username", "common-" + suffix(), "displayName", "Common",
				"password", "qwertyuiop123", "role", "AGENT")), 422, "password", "common");
	}

	private String createUser() {
		String username = "lifecycle-" + suffix();
		this.identity.createUserAsSystem(
				new NewUser(username, "Test " + username, null, TestClient.Clients.PASSWORD, Role.AGENT, null));
		return username;
	}

	private static TestClient.Response change(TestClient browser, String current, String next) {
		return browser.put("/api/v1/me/password", Map.of("currentPassword", current, "newPassword", next), null);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
