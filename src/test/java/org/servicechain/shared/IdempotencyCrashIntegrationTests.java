package org.servicechain.shared;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * Findings 7, 8 and 9 of issue 9: an Idempotency-Key stands for one request body, and a
 * failure between the command and storing its response neither leaves the key stuck nor
 * answers an error for a create that committed (the claim, the command and the response
 * commit together). A test filter behind the idempotency filter plays the database going
 * away after the command ran.
 */
@IntegrationTest
@Import({ IdempotencyCrashIntegrationTests.FailingDatabase.class, IdempotencyCrashIntegrationTests.Outage.class })
class IdempotencyCrashIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outage outage;

	@Test
	void aKeyReusedWithADifferentBodyIsRefused() {
		TestClient manager = this.clients.api(Role.MANAGER);
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
		String first = ChainApiFixtures.unique("Valeters");
		String second = ChainApiFixtures.unique("Polishers");

		assertThat(manager.post("/api/v1/parties", Map.of("name", first, "kind", "SUPPLIER"), key).status())
			.isEqualTo(201);
		assertProblem(manager.post("/api/v1/parties", Map.of("name", second, "kind", "SUPPLIER"), key), 422,
				"Idempotency-Key", "idempotency");
		assertThat(totalNamed(manager, second)).isZero();
		TestClient.Response same = manager.post("/api/v1/parties", Map.of("name", first, "kind", "SUPPLIER"), key);
		assertThat(same.header("Idempotent-Replayed")).isEqualTo("true");
	}

	@Test
	void theDatabaseFailingAfterTheCommandLeavesNothingHalfDone() {
		TestClient manager = this.clients.api(Role.MANAGER);
		String name = ChainApiFixtures.unique("Valeters");
		Map<String, Object> party = Map.of("name", name, "kind", "SUPPLIER");
		String key = UUID.randomUUID().toString();

		TestClient.Response failed = manager.post("/api/v1/parties", party,
				Map.of("Idempotency-Key", key, FailingDatabase.HEADER, "after-command"));

		assertThat(failed.status()).as(failed.toString()).isEqualTo(503);
		assertThat(failed.header("Content-Type")).startsWith("application/problem+json");
		assertThat(failed.header("Retry-After")).isNotEmpty();
		assertThat(totalNamed(manager, name)).as("the create rolled back with the key").isZero();

		TestClient.Response retried = manager.post("/api/v1/parties", party, Map.of("Idempotency-Key", key));
		assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
		assertThat(manager.post("/api/v1/parties", party, Map.of("Idempotency-Key", key)).json().get("id").asString())
			.isEqualTo(retried.json().get("id").asString());
		assertThat(totalNamed(manager, name)).isEqualTo(1);
	}

	@Test
	void aClaimLeftWithoutAResponseDoesNotBlockTheKeyForever() {
		TestClient manager = this.clients.api(Role.MANAGER);
		String caller = manager.get("/api/v1/me").json().get("username").asString();
		String key = UUID.randomUUID().toString();
		this.jdbc
			.sql("insert into idempotency_record (caller, idempotency_key, request_path, created_at)"
					+ " values (?, ?, ?, ?)")
			.params(caller, key, "/api/v1/parties", SqlTimes.utc(Instant.now().minus(Duration.ofHours(1))))
			.update();

		TestClient.Response retried = manager.post("/api/v1/parties",
				Map.of("name", ChainApiFixtures.unique("Valeters"), "kind", "SUPPLIER"),
				Map.of("Idempotency-Key", key));

		assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
	}

	@Test
	void recordsArePurgedAfterTheRetentionPeriod() {
		TestClient manager = this.clients.api(Role.MANAGER);
		String key = UUID.randomUUID().toString();
		Map<String, Object> party = Map.of("name", ChainApiFixtures.unique("Valeters"), "kind", "SUPPLIER");
		assertThat(manager.post("/api/v1/parties", party, Map.of("Idempotency-Key", key)).status()).isEqualTo(201);

		IdempotencyRetention.purge(this.jdbc, Instant.now().plus(Duration.ofMinutes(1)));

		assertThat(this.jdbc.sql("select count(*) from idempotency_record where idempotency_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * Finding 10 of issue 9: while the database is unreachable every API answer is
	 * problem+json, 503 with Retry-After, also for failures in filters (sessions, bearer
	 * tokens) before any controller.
	 */
	@Test
	void whileTheDatabaseIsDownTheApiAnswers503ProblemJson() {
		TestClient token = this.clients.api(Role.MANAGER);
		TestClient browser = this.clients.session(Role.MANAGER, null);
		this.outage.down = true;
		try {
			for (TestClient.Response response : java.util.List.of(token.get("/api/v1/parties"),
					browser.get("/api/v1/parties"),
					token.post("/api/v1/parties", Map.of("name", "Down Ltd", "kind", "SUPPLIER")))) {
				assertThat(response.status()).as(response.toString()).isEqualTo(503);
				assertThat(response.header("Content-Type")).startsWith("application/problem+json");
				assertThat(response.header("Retry-After")).isNotEmpty();
				assertThat(response.json().get("status").asInt()).isEqualTo(503);
			}
		}
		finally {
			this.outage.down = false;
		}
		assertThat(token.get("/api/v1/parties").status()).isEqualTo(200);
	}

	/**
	 * Finding 10: {@code /actuator/health} answers within a second even when connections
	 * hang, rather than after the pool's 30-second timeout.
	 */
	@Test
	void healthAnswersWithinASecondWhenTheDatabaseHangs() {
		TestClient anonymous = this.clients.anonymous();
		assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
		this.outage.hangs = true;
		try {
			long started = System.nanoTime();
			TestClient.Response health = anonymous.get("/actuator/health");
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(health.status()).as(health.toString()).isEqualTo(503);
			assertThat(health.json().get("status").asString()).isEqualTo("DOWN");
			// The bound is 800 ms; the margin is for a loaded test machine, far below
			// the 10 s a hanging connection takes.
			assertThat(took).isLessThan(Duration.ofSeconds(3));
		}
		finally {
			this.outage.hangs = false;
		}
		// Up again once the hanging attempt has given up (10 s here).
		int status = 0;
		for (int i = 0; i < 30 && status != 200; i++) {
			status = anonymous.get("/actuator/health").status();
			if (status != 200) {
				sleep(Duration.ofMillis(500));
			}
		}
		assertThat(status).isEqualTo(200);
	}

	@Test
	void errorsOutsideControllersAreProblemJsonToo() {
		TestClient.Response missing = this.clients.api(Role.MANAGER).get("/api/v1/no-such-collection");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static long totalNamed(TestClient manager, String name) {
		return manager.get("/api/v1/parties?q=" + name.replace(" ", "%20")).json().get("totalItems").asLong();
	}

	/**
	 * Wraps the application's data source so a test can make the database unreachable.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Outage implements org.springframework.beans.factory.config.BeanPostProcessor {

		volatile boolean down;

		/** Connections hang, as behind a network partition or an exhausted pool. */
		volatile boolean hangs;

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (bean instanceof javax.sql.DataSource dataSource
					&& !(bean instanceof org.springframework.jdbc.datasource.DelegatingDataSource)) {
				return new org.springframework.jdbc.datasource.DelegatingDataSource(dataSource) {

					@Override
					public java.sql.Connection getConnection() throws java.sql.SQLException {
						if (Outage.this.down) {
							throw new java.sql.SQLTransientConnectionException("database down (test)");
						}
						if (Outage.this.hangs) {
							try {
								Thread.sleep(10_000);
							}
							catch (InterruptedException ex) {
								Thread.currentThread().interrupt();
							}
							throw new java.sql.SQLTransientConnectionException("no connection within 10 s (test)");
						}
						return super.getConnection();
					}

				};
			}
			return bean;
		}

	}

	/**
	 * Behind the idempotency filter: lets the command run, then fails like a database
	 * connection lost before the response was stored.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FailingDatabase {

		static final String HEADER = "X-Test-Fail";

		@Bean
		FilterRegistrationBean<OncePerRequestFilter> failingDatabase() {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {

						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							chain.doFilter(request, response);
							if ("after-command".equals(request.getHeader(HEADER))) {
								throw new DataAccessResourceFailureException("connection lost (test)");
							}
						}

					});
			registration.setOrder(Ordered.LOWEST_PRECEDENCE);
			return registration;
		}

	}

}
