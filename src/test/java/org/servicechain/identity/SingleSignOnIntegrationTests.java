package org.servicechain.identity;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on with OpenID Connect against a real provider running in the test
 * (mock-oauth2-server on 127.0.0.1): the whole authorization-code flow, accounts made or
 * matched from the provider's claims, roles from the roles claim, refusals with their
 * reason on the sign-in page.
 */
@IntegrationTest
class SingleSignOnIntegrationTests {

	static final MockOAuth2Server provider = new MockOAuth2Server();

	@DynamicPropertySource
	static void aProvider(DynamicPropertyRegistry properties) throws Exception {
		provider.start(InetAddress.getByName("127.0.0.1"), 0);
		String prefix = "spring.security.oauth2.client.";
		properties.add(prefix + "registration.test.client-id", () -> "servicechain");
		properties.add(prefix + "registration.test.client-secret", () -> "not-so-secret");
		properties.add(prefix + "registration.test.client-name", () -> "Test IdP");
		properties.add(prefix + "registration.test.scope", () -> "openid,profile,email");
		properties.add(prefix + "provider.test.issuer-uri", () -> provider.issuerUrl("default").toString());
	}

	@AfterAll
	static void stop() {
		provider.shutdown();
	}

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/**
	 * Goes through the authorization-code flow for a person with these claims.
	 * @return the application's answer to the provider's redirect back
	 */
	TestClient.Response signIn(TestClient client, String subject, Map<String, Object> claims) throws Exception {
		provider.enqueueCallback(
				new DefaultOAuth2TokenCallback("default", subject, "JWT", List.of("servicechain"), claims, 3600));
		TestClient.Response start = client.get("/oauth2/authorization/test");
		assertThat(start.status()).as(start.toString()).isEqualTo(302);
		HttpResponse<String> authorized = this.browser.send(
				HttpRequest.newBuilder(URI.create(start.header("Location"))).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(authorized.statusCode()).isEqualTo(302);
		URI back = URI.create(authorized.headers().firstValue("Location").orElseThrow());
		return client.get(back.getRawPath() + "?" + back.getRawQuery());
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theSignInPageOffersTheProvider() {
		assertThat(this.clients.anonymous().get("/login").body()).contains("Sign in with Test IdP")
			.contains("/oauth2/authorization/test");
	}

	@Test
	void aNewPersonWithARoleGetsAnAccountAndIsSignedIn() throws Exception {
		String username = unique("nina.sso");
		TestClient client = this.clients.anonymous();
		TestClient.Response back = signIn(client, "subject-" + username, Map.of("preferred_username", username, "name",
				"Nina Single", "email", username + "@example.org", "roles", List.of("servicechain-manager")));
		assertThat(back.status()).as(back.toString()).isEqualTo(302);
		assertThat(back.header("Location")).doesNotContain("error");

		JsonNode me = client.get("/api/v1/me").json();
		assertThat(me.get("username").asString()).isEqualTo(username);
		assertThat(me.get("displayName").asString()).isEqualTo("Nina Single");
		assertThat(me.get("role").asString()).isEqualTo("MANAGER");
		assertThat(client.get("/parties").status()).isEqualTo(200);
	}

	@Test
	void anExistingAccountTakesItsRoleFromTheProviderAtEverySignIn() throws Exception {
		String username = unique("omar.sso");
		this.identity.createUserAsSystem(
				new NewUser(username, "Omar Local", null, TestClient.Clients.PASSWORD, Role.AGENT, null));
		TestClient client = this.clients.anonymous();
		signIn(client, "subject-" + username,
				Map.of("preferred_username", username, "roles", List.of("servicechain-agent", "servicechain-admin")));
		JsonNode me = client.get("/api/v1/me").json();
		assertThat(me.get("role").asString()).as("the highest role the provider gives").isEqualTo("ADMIN");
		assertThat(me.get("displayName").asString()).as("kept from the account").isEqualTo("Omar Local");
	}

	@Test
	void peopleWithoutARoleOrWithADisabledAccountAreRefusedWithTheReason() throws Exception {
		TestClient stranger = this.clients.anonymous();
		TestClient.Response refused = signIn(stranger, "subject-stranger",
				Map.of("preferred_username", unique("stranger"), "roles", List.of("some-other-app")));
		assertThat(refused.header("Location")).contains("/login?error");
		assertThat(stranger.get("/login?error").body()).contains("gives you no Servicechain role");
		assertThat(stranger.get("/api/v1/me").status()).isEqualTo(401);

		String username = unique("gone.sso");
		UserView user = this.identity
			.createUserAsSystem(new NewUser(username, "Gone", null, TestClient.Clients.PASSWORD, Role.AGENT, null));
		SystemActor.run(() -> this.identity.updateUser(user.id(),
				new UserChanges(user.version(), "Gone", null, Role.AGENT, null, false)));
		TestClient gone = this.clients.anonymous();
		assertThat(signIn(gone, "subject-" + username,
				Map.of("preferred_username", username, "roles", List.of("servicechain-agent")))
			.header("Location")).contains("/login?error");
		assertThat(gone.get("/api/v1/me").status()).isEqualTo(401);
	}

}
