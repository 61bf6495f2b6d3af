package org.servicechain.identity;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.MutableClock;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Findings 2 and 3 of issue 9: look-alike login names neither sign in as another account
 * nor get their own guesses, and failed sign-ins cause growing delays per account and per
 * client address instead of a long hard lock anyone could cause.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
@TestPropertySource(properties = "servicechain.identity.max-login-failures-per-address=12")
class LoginThrottleIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

	private static final String PASSWORD = "the-right-password";

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@org.junit.jupiter.api.AfterEach
	void forgetEarlierFailures() {
		// Every test signs in from 127.0.0.1; each starts with a clean address, and
		// leaves
		// one behind: on PostgreSQL the other test classes share the database, and the
		// delays set here (on a moved clock) would keep them from signing in.
		this.jdbc.sql("delete from login_attempts").update();
	}

	// Finding 2

	@Test
	void lookAlikeNamesDoNotSignInAsTheAccount() {
		String suffix = suffix();
		createUser("kis.probe" + suffix);

		assertThat(signIn("kiſ.probe" + suffix, PASSWORD)).as("long s").endsWith("/login?error");
		assertThat(signIn("kıs.probe" + suffix, PASSWORD)).as("dotless i").endsWith("/login?error");
		assertThat(signIn("KIS.PROBE" + suffix, PASSWORD)).as("upper case is the same name").doesNotContain("error");
	}

	@Test
	void lookAlikeNamesShareNoGuessesWithTheAccount() {
		String suffix = suffix();
		createUser("kis.probe" + suffix);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(signIn("kis.probe" + suffix, "wrong-" + attempt)).endsWith("/login?error");
		}

		assertThat(signInPage("kiſ.probe" + suffix, PASSWORD)).contains("Wrong username or password.");
		assertThat(signInPage("KIS.probe" + suffix, PASSWORD)).contains("Too many failed attempts");
		assertThat(signInPage(" kis.probe" + suffix + " ", PASSWORD)).contains("Too many failed attempts");
	}

	// Finding 3

	@Test
	void failedSignInsMakeTheOwnerWaitSecondsNotMinutes() {
		String username = "victim-" + suffix();
		createUser(username);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(signIn(username, "wrong-" + attempt)).endsWith("/login?error");
		}
		assertThat(signInPage(username, PASSWORD)).contains("Too many failed attempts");

		this.clock.advance(Duration.ofSeconds(6));

		assertThat(signIn(username, PASSWORD)).doesNotContain("error");
	}

	@Test
	void theDelayGrowsWithEveryFurtherFailure() {
		String username = "guessed-" + suffix();
		createUser(username);
		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn(username, "wrong-" + attempt);
		}
		this.clock.advance(Duration.ofSeconds(6));
		signIn(username, "wrong-6");

		this.clock.advance(Duration.ofSeconds(6));
		assertThat(signInPage(username, PASSWORD)).as("second wait is 10 s").contains("Too many failed attempts");
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(signIn(username, PASSWORD)).doesNotContain("error");
	}

	@Test
	void oneAddressTryingManyAccountsMustWait() {
		String username = "bystander-" + suffix();
		createUser(username);
		for (int attempt = 1; attempt <= 12; attempt++) {
			signIn("sprayed-" + attempt + "-" + suffix(), "Summer2026!");
		}

		assertThat(signInPage(username, PASSWORD)).contains("Too many failed attempts");
		this.clock.advance(Duration.ofSeconds(6));
		assertThat(signIn(username, PASSWORD)).doesNotContain("error");
	}

	@Test
	void failuresAreForgottenAfterAQuietDay() {
		String username = "forgetful-" + suffix();
		createUser(username);
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(username, "wrong-" + attempt);
		}
		this.clock.advance(Duration.ofHours(25));
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(username, "wrong-again-" + attempt);
		}

		assertThat(signIn(username, PASSWORD)).doesNotContain("error");
	}

	/**
	 * Sessions end after their absolute lifetime, however active they are.
	 */
	@Test
	void aSessionEndsAfterItsAbsoluteLifetime() {
		String username = "longday-" + suffix();
		createUser(username);
		TestClient browser = this.clients.anonymous().login(username, PASSWORD);
		assertThat(browser.get("/api/v1/me").status()).isEqualTo(200);

		this.clock.advance(Duration.ofHours(11));
		assertThat(browser.get("/api/v1/me").status()).isEqualTo(200);
		this.clock.advance(Duration.ofHours(2));

		assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
	}

	private void createUser(String username) {
		this.identity.createUserAsSystem(new NewUser(username, "Test " + username, null, PASSWORD, Role.AGENT, null));
	}

	/**
	 * Signs in through the login form like a browser.
	 * @return where the sign-in redirects to
	 */
	private String signIn(String username, String password) {
		return post(this.clients.anonymous(), username, password);
	}

	/**
	 * @return the sign-in page shown after the attempt
	 */
	private String signInPage(String username, String password) {
		TestClient browser = this.clients.anonymous();
		String location = post(browser, username, password);
		assertThat(location).endsWith("/login?error");
		return browser.get("/login?error").body();
	}

	private static String post(TestClient browser, String username, String password) {
		Matcher csrf = CSRF.matcher(browser.get("/login").body());
		assertThat(csrf.find()).as("CSRF token on the sign-in page").isTrue();
		TestClient.Response response = browser.postForm("/login",
				Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
		assertThat(response.status()).as(response.toString()).isEqualTo(302);
		return response.header("Location");
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
