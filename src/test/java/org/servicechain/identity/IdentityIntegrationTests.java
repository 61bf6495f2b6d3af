package org.servicechain.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * Users, sign-in and the API's request handling (REC-4, INT-1): administrators create
 * users with named validation problems, repeated wrong passwords lock an account for a
 * while, and an Idempotency-Key stands for one request of one caller.
 */
@IntegrationTest
class IdentityIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

	@Autowired
	TestClient.Clients clients;

	TestClient admin;

	@BeforeEach
	void signInAsAdministrator() {
		this.admin = this.clients.api(Role.ADMIN);
	}

	// Users

	@Test
	void administratorCreatesAUserWhoCanSignIn() {
		String username = uniqueUsername("alex.agent");
		TestClient.Response created = this.admin.post("/api/v1/users",
				newUser(username, "long-enough-password", "AGENT", null));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.etag()).isEqualTo("\"0\"");
		assertThat(created.json().get("role").asString()).isEqualTo("AGENT");
		assertThat(created.json().get("enabled").asBoolean()).isTrue();
		assertThat(created.json().has("password")).isFalse();
		assertThat(created.body()).doesNotContain("long-enough-password");
		String path = "/api/v1/users/" + created.json().get("id").asString();
		assertThat(this.admin.get(path).json().get("username").asString()).isEqualTo(username);

		JsonNode me = this.clients.anonymous().login(username, "long-enough-password").get("/api/v1/me").json();
		assertThat(me.get("username").asString()).isEqualTo(username);
		assertThat(me.get("role").asString()).isEqualTo("AGENT");
	}

	@Test
	void refusesAPasswordShorterThanTwelveCharacters() {
		String username = uniqueUsername("short.password");
		assertProblem(this.admin.post("/api/v1/users", newUser(username, "elevenchars", "AGENT", null)), 422,
				"password", "size");
		assertProblem(this.admin.post("/api/v1/users", newUser(username, "", "AGENT", null)), 422, "password",
				"required");
		assertThat(this.admin.post("/api/v1/users", newUser(username, "twelve-chars", "AGENT", null)).status())
			.isEqualTo(201);
	}

	@Test
	void refusesATakenUsername() {
		String username = uniqueUsername("maria.manager");
		assertThat(
				this.admin.post("/api/v1/users", newUser(username, "long-enough-password", "MANAGER", null)).status())
			.isEqualTo(201);

		assertProblem(this.admin.post("/api/v1/users", newUser(username, "another-long-password", "AGENT", null)), 422,
				"username", "unique");
		assertProblem(
				this.admin.post("/api/v1/users",
						newUser(username.toUpperCase(java.util.Locale.ROOT), "another-long-password", "AGENT", null)),
				422, "username", "unique");
	}

	@Test
	void partnerUsersBelongToAnExistingParty() {
		ChainApiFixtures.Named courier = new ChainApiFixtures(this.clients.api(Role.MANAGER))
			.supplier("SwiftParcel Couriers");

		assertProblem(
				this.admin.post("/api/v1/users",
						newUser(uniqueUsername("paula.partner"), "long-enough-password", "PARTNER", null)),
				422, "partyId", "required");
		assertProblem(
				this.admin.post("/api/v1/users",
						newUser(uniqueUsername("paula.partner"), "long-enough-password", "PARTNER", UUID.randomUUID())),
				422, "partyId", "exists");
		assertProblem(
				this.admin.post("/api/v1/users",
						newUser(uniqueUsername("alex.agent"), "long-enough-password", "AGENT", courier.id())),
				422, "partyId", "not-allowed");

		TestClient.Response created = this.admin.post("/api/v1/users",
				newUser(uniqueUsername("paula.partner"), "long-enough-password", "PARTNER", courier.id()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("partyName").asString()).isEqualTo(courier.name());
	}

	// Sign-in

	@Test
	void locksAnAccountAfterFiveWrongPasswords() {
		String username = uniqueUsername("guessed");
		createUser(username, "the-right-password");
		TestClient browser = this.clients.anonymous();

		assertThat(signIn(browser, username, "wrong-password-1")).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("Wrong username or password.")
			.doesNotContain("Too many failed attempts");
		for (int attempt = 2; attempt <= 5; attempt++) {
			assertThat(signIn(browser, username, "wrong-password-" + attempt)).as("attempt " + attempt)
				.endsWith("/login?error");
		}
		assertThat(signIn(browser, username, "the-right-password")).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("Too many failed attempts");
		assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);

		TestClient someoneElse = this.clients.session(Role.AGENT, null);
		assertThat(someoneElse.get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void aSuccessfulSignInForgetsEarlierWrongPasswords() {
		String username = uniqueUsername("forgetful");
		createUser(username, "the-right-password");

		for (int round = 1; round <= 2; round++) {
			TestClient browser = this.clients.anonymous();
			for (int attempt = 1; attempt <= 4; attempt++) {
				assertThat(signIn(browser, username, "wrong-password")).endsWith("/login?error");
			}
			assertThat(signIn(browser, username, "the-right-password")).as("round " + round).doesNotContain("error");
			assertThat(browser.get("/api/v1/me").json().get("username").asString()).isEqualTo(username);
		}
	}

	/**
	 * Unknown usernames are throttled too, so the lock does not reveal which accounts
	 * exist.
	 */
	@Test
	void lockDoesNotRevealWhetherAnAccountExists() {
		String username = uniqueUsername("nobody");
		TestClient browser = this.clients.anonymous();

		signIn(browser, username, "some-password");
		String firstAnswer = browser.get("/login?error").body();
		assertThat(firstAnswer).contains("Wrong username or password.");
		for (int attempt = 2; attempt <= 5; attempt++) {
			assertThat(signIn(browser, username, "some-password")).endsWith("/login?error");
		}
		assertThat(signIn(browser, username, "some-password")).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("Too many failed attempts");
	}

	// Idempotency-Key

	@Test
	void idempotencyKeyReusedOnAnotherPathIsRefused() {
		TestClient manager = this.clients.api(Role.MANAGER);
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
		String serviceName = ChainApiFixtures.unique("Valeting");

		assertThat(manager
			.post("/api/v1/parties", Map.of("name", ChainApiFixtures.unique("Valeters"), "kind", "SUPPLIER"), key)
			.status()).isEqualTo(201);
		assertProblem(manager.post("/api/v1/services", Map.of("name", serviceName), key), 422, "Idempotency-Key",
				"idempotency");
		assertThat(manager.items("/api/v1/services").stream().map((service) -> service.get("name").asString()))
			.doesNotContain(serviceName);
	}

	@Test
	void idempotencyKeysBelongToTheirCaller() {
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
		TestClient first = this.clients.api(Role.MANAGER);
		TestClient second = this.clients.api(Role.MANAGER);

		TestClient.Response byFirst = first.post("/api/v1/services",
				Map.of("name", ChainApiFixtures.unique("Valeting")), key);
		TestClient.Response bySecond = second.post("/api/v1/services",
				Map.of("name", ChainApiFixtures.unique("Valeting")), key);

		assertThat(byFirst.status()).isEqualTo(201);
		assertThat(bySecond.status()).isEqualTo(201);
		assertThat(bySecond.header("Idempotent-Replayed")).isEmpty();
		assertThat(bySecond.json().get("id").asString()).isNotEqualTo(byFirst.json().get("id").asString());
	}

	@Test
	void aFailedRequestReleasesItsIdempotencyKey() {
		TestClient manager = this.clients.api(Role.MANAGER);
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
		String name = ChainApiFixtures.unique("Valeters");

		assertProblem(
				manager.post("/api/v1/parties?allowDuplicate=true", Map.of("name", name, "kind", "CUSTOMER"), key), 422,
				"internal", "required");
		TestClient.Response corrected = manager.post("/api/v1/parties?allowDuplicate=true",
				Map.of("name", name, "kind", "CUSTOMER", "internal", false, "customerType", "ORGANISATION"), key);
		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
		assertThat(corrected.header("Idempotent-Replayed")).isEmpty();
	}

	@Test
	void concurrentRetriesWithOneIdempotencyKeyCreateOnce() throws Exception {
		TestClient manager = this.clients.api(Role.MANAGER);
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
		String name = ChainApiFixtures.unique("Valeters");
		Map<String, Object> party = Map.of("name", name, "kind", "SUPPLIER");

		List<TestClient.Response> responses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<TestClient.Response>> retries = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				retries.add(() -> manager.post("/api/v1/parties?allowDuplicate=true", party, key));
			}
			for (Future<TestClient.Response> response : pool.invokeAll(retries)) {
				responses.add(response.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(responses)
			.allSatisfy((response) -> assertThat(response.status()).as(response.toString()).isIn(201, 409));
		assertThat(responses.stream()
			.filter((response) -> response.status() == 201)
			.map((response) -> response.json().get("id").asString())
			.distinct()).hasSize(1);
		assertThat(manager.get("/api/v1/parties?q=" + name.replace(" ", "%20")).json().get("totalItems").asLong())
			.isEqualTo(1);
		TestClient.Response later = manager.post("/api/v1/parties?allowDuplicate=true", party, key);
		assertThat(later.status()).isEqualTo(201);
		assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
	}

	private void createUser(String username, String password) {
		TestClient.Response created = this.admin.post("/api/v1/users", newUser(username, password, "AGENT", null));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	/**
	 * Signs in through the login form like a browser.
	 * @return where the sign-in redirects to
	 */
	private static String signIn(TestClient browser, String username, String password) {
		Matcher csrf = CSRF.matcher(browser.get("/login").body());
		assertThat(csrf.find()).as("CSRF token on the sign-in page").isTrue();
		TestClient.Response response = browser.postForm("/login",
				Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
		assertThat(response.status()).as(response.toString()).isEqualTo(302);
		return response.header("Location");
	}

	private static Map<String, Object> newUser(String username, String password, String role, UUID partyId) {
		Map<String, Object> user = new HashMap<>();
		user.put("username", username);
		user.put("displayName", "Test " + username);
		user.put("password", password);
		user.put("role", role);
		if (partyId != null) {
			user.put("partyId", partyId);
		}
		return user;
	}

	private static String uniqueUsername(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
