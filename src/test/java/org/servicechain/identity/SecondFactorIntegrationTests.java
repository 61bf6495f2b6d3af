package org.servicechain.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.MutableClock;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional second factor (issue 9): setting it up with a code from the app, the code
 * asked after the password (once per code, never replayed), recovery codes that work
 * once, delays after wrong codes, and administrators requiring it for roles.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class SecondFactorIntegrationTests {

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");

	private static final Pattern RECOVERY = Pattern.compile("<li>([a-z0-9-]{19})</li>");

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	MutableClock clock;

	@AfterEach
	void nobodyMustUseOne() {
		SystemActor.run(() -> this.secondFactors.requireFor(Set.of()));
	}

	String createUser(Role role) {
		String username = "factor-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity
			.createUserAsSystem(new NewUser(username, "Fay Factor", null, TestClient.Clients.PASSWORD, role, null));
		return username;
	}

	String code(String secret) throws Exception {
		return new DefaultCodeGenerator().generate(secret, this.clock.instant().getEpochSecond() / 30);
	}

	/**
	 * Sets up a second factor for the signed-in client.
	 * @return the secret and the recovery codes
	 */
	Enrolment enrol(TestClient client) throws Exception {
		TestClient.Response offered = client.postForm("/account/second-factor/start", Map.of());
		assertThat(offered.status()).as(offered.toString()).isEqualTo(200);
		Matcher secret = SECRET.matcher(offered.body());
		assertThat(secret.find()).as("the secret is shown beside the QR code").isTrue();
		assertThat(offered.body()).contains("data:image/png;base64,");

		TestClient.Response wrong = client.postForm("/account/second-factor",
				Map.of("secret", secret.group(1), "code", "000000"));
		assertThat(wrong.body()).contains("that code does not match").contains(secret.group(1));

		TestClient.Response enrolled = client.postForm("/account/second-factor",
				Map.of("secret", secret.group(1), "code", code(secret.group(1))));
		assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(200);
		List<String> recovery = RECOVERY.matcher(enrolled.body()).results().map((m) -> m.group(1)).toList();
		assertThat(recovery).hasSize(10);
		return new Enrolment(secret.group(1), recovery);
	}

	record Enrolment(String secret, List<String> recoveryCodes) {

	}

	@Test
	void afterThePasswordTheCodeIsAskedAndEachCodeWorksOnce() throws Exception {
		String username = createUser(Role.AGENT);
		Enrolment enrolment = enrol(this.clients.anonymous().login(username, TestClient.Clients.PASSWORD));
		this.clock.advance(Duration.ofSeconds(30));

		TestClient browser = this.clients.anonymous().login(username, TestClient.Clients.PASSWORD);
		assertThat(browser.get("/parties").header("Location")).as("nothing before the code")
			.endsWith("/login/second-factor");
		TestClient.Response api = browser.get("/api/v1/me");
		assertThat(api.status()).isEqualTo(403);
		assertThat(api.body()).contains("second-factor-required");

		TestClient.Response wrong = browser.postForm("/login/second-factor", Map.of("code", "123456"));
		assertThat(wrong.body()).contains("That code is not right");
		String code = code(enrolment.secret());
		TestClient.Response right = browser.postForm("/login/second-factor", Map.of("code", code));
		assertThat(right.status()).isEqualTo(302);
		assertThat(right.header("Location")).endsWith("/");
		assertThat(browser.get("/parties").status()).isEqualTo(200);

		// The same code again, in the same 30 seconds, from someone who saw it: refused.
		TestClient thief = this.clients.anonymous().login(username, TestClient.Clients.PASSWORD);
		assertThat(thief.postForm("/login/second-factor", Map.of("code", code)).body())
			.contains("That code is not right, or was used already");
		assertThat(thief.get("/parties").status()).isEqualTo(302);

		// A recovery code works once, in place of a code.
		String recovery = enrolment.recoveryCodes().get(0);
		TestClient phoneLost = this.clients.anonymous().login(username, TestClient.Clients.PASSWORD);
		TestClient.Response recovered = phoneLost.postForm("/login/second-factor", Map.of("code", recovery));
		assertThat(recovered.header("Location")).endsWith("/account/second-factor");
		assertThat(phoneLost.get("/account/second-factor").body()).contains("9 left");
		TestClient again = this.clients.anonymous().login(username, TestClient.Clients.PASSWORD);
		assertThat(again.postForm("/login/second-factor", Map.of("code", recovery)).status()).isEqualTo(200);
		assertThat(again.get("/parties").status()).isEqualTo(302);
	}

	@Test
	void fiveWrongCodesDelayTheNextAttempt() throws Exception {
		String username = createUser(Role.AGENT);
		Enrolment enrolment = enrol(this.clients.anonymous().login(username, TestClient.Clients.PASSWORD));
		this.clock.advance(Duration.ofSeconds(30));
		TestClient guesser = this.clients.anonymous().login(username, TestClient.Clients.PASSWORD);
		for (int i = 0; i < 5; i++) {
			guesser.postForm("/login/second-factor", Map.of("code", String.format("%06d", i)));
		}
		TestClient.Response delayed = guesser.postForm("/login/second-factor",
				Map.of("code", code(enrolment.secret())));
		assertThat(delayed.body()).as("even the right code waits").contains("Too many wrong codes");
		assertThat(guesser.get("/parties").status()).isEqualTo(302);

		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		TestClient.Response later = guesser.postForm("/login/second-factor", Map.of("code", code(enrolment.secret())));
		assertThat(later.status()).isEqualTo(302);
		assertThat(guesser.get("/parties").status()).isEqualTo(200);
	}

	@Test
	void administratorsRequireItForRolesFromTheNextRequest() throws Exception {
		String username = createUser(Role.MANAGER);
		TestClient manager = this.clients.anonymous().login(username, TestClient.Clients.PASSWORD);
		assertThat(manager.get("/parties").status()).isEqualTo(200);

		TestClient admin = this.clients.session(Role.ADMIN, null);
		assertThat(admin.get("/admin/security").status()).isEqualTo(200);
		assertThat(manager.postForm("/admin/security", Map.of("requiredFor", "MANAGER")).status())
			.as("managers cannot change it")
			.isEqualTo(403);
		assertThat(admin.postForm("/admin/security", Map.of("requiredFor", "MANAGER")).status()).isEqualTo(302);

		assertThat(manager.get("/parties").header("Location")).as("the next request")
			.endsWith("/account/second-factor");
		TestClient.Response api = manager.get("/api/v1/parties");
		assertThat(api.status()).isEqualTo(403);
		assertThat(api.body()).contains("second-factor-setup-required");
		assertThat(manager.get("/account/second-factor").body()).contains("Your role must use a second factor");

		enrol(manager);
		assertThat(manager.get("/parties").status()).isEqualTo(200);
		assertThat(manager.postForm("/account/second-factor/remove", Map.of("code", "000000")).body())
			.as("a required factor cannot be removed by its owner")
			.contains("your role must use a second factor");

		// A lost phone: the administrator removes it, and the manager must set up a new
		// one.
		String id = manager.get("/api/v1/me").json().get("id").asString();
		assertThat(admin.postForm("/admin/users/" + id + "/second-factor/remove", Map.of()).status()).isEqualTo(302);
		assertThat(manager.get("/parties").header("Location")).endsWith("/account/second-factor");
	}

}
