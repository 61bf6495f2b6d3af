package org.servicechain.identity;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security event log of issue 9: failed sign-ins, denied access, role changes and
 * token use, each with actor and object by id, time and the request's correlation id, and
 * without login names.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityEventLogIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Test
	void recordsSecurityEventsByIdWithTheCorrelationId(CapturedOutput output) {
		String username = "logged-" + UUID.randomUUID().toString().substring(0, 8);
		UserView user = this.identity.createUserAsSystem(
				new NewUser(username, "Logged Person", null, TestClient.Clients.PASSWORD, Role.MANAGER, null));
		String correlation = "probe-" + UUID.randomUUID().toString().substring(0, 8);
		TestClient browser = this.clients.anonymous();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"")
			.matcher(browser.get("/login").body());
		assertThat(csrf.find()).isTrue();
		assertThat(browser
			.postForm("/login", Map.of("username", username, "password", "wrong-password", "_csrf", csrf.group(1)))
			.header("Location")).endsWith("/login?error");
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient.Response denied = agent.get("/api/v1/users", Map.of("X-Request-Id", correlation));
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.header("X-Request-Id")).isEqualTo(correlation);
		TestClient admin = this.clients.api(Role.ADMIN);
		TestClient.Response current = admin.get("/api/v1/users/" + user.id());
		admin.put("/api/v1/users/" + user.id(),
				Map.of("displayName", "Logged Person", "role", "AGENT", "enabled", true), current.etag());

		assertThat(output.getAll()).contains("event=login-failed actor=anonymous object=" + user.id())
			.containsPattern("event=access-denied actor=[0-9a-f-]{36} object=- at=\\S+ correlationId=" + correlation)
			.contains("event=role-changed")
			.contains("event=token-used");
		assertThat(output.getAll().lines().filter((line) -> line.contains("org.servicechain.security")))
			.noneMatch((line) -> line.contains(username));
	}

}
