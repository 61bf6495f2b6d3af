package org.servicechain.shared;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's health, answered within a bound (issue 9, finding 10): Spring Boot's own
 * check waits for a pooled connection, which during an outage takes the pool's whole
 * connection timeout (30 s), so load balancers and orchestrators saw a hung health check
 * instead of DOWN. This one asks for a connection and {@code isValid} on a thread of its
 * own (one at a time: a check still hanging is waited on again, not started twice) and
 * answers DOWN when that takes longer than {@code servicechain.health.database-timeout}
 * (800 ms), leaving the slow attempt to finish in the background. Named
 * {@code dbHealthIndicator}, it replaces Boot's.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

	private final DataSource dataSource;

	private final Duration timeout;

	private final Executor checks = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "database-health");
		thread.setDaemon(true);
		return thread;
	});

	/** The check under way: a hanging one is waited on again, never doubled. */
	private final java.util.concurrent.atomic.AtomicReference<CompletableFuture<Boolean>> running = new java.util.concurrent.atomic.AtomicReference<>();

	DatabaseHealth(DataSource dataSource, @Value("${servicechain.health.database-timeout:800ms}") Duration timeout) {
		this.dataSource = dataSource;
		this.timeout = timeout;
	}

	@Override
	public Health health() {
		CompletableFuture<Boolean> valid = this.running.updateAndGet((current) -> (current != null && !current.isDone())
				? current : CompletableFuture.supplyAsync(this::valid, this.checks));
		try {
			return valid.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS) ? Health.up().build()
					: Health.down().withDetail("error", "the connection is not valid").build();
		}
		catch (TimeoutException ex) {
			return Health.down().withDetail("error", "no answer within " + this.timeout.toMillis() + " ms").build();
		}
		catch (ExecutionException ex) {
			return Health.down().withDetail("error", ex.getCause().getClass().getSimpleName()).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down().withDetail("error", "interrupted").build();
		}
	}

	private boolean valid() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.isValid((int) Math.max(1, this.timeout.toSeconds()));
		}
		catch (java.sql.SQLException ex) {
			throw new java.util.concurrent.CompletionException(ex);
		}
	}

}
