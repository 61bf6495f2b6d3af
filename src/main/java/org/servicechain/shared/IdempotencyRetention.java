package org.servicechain.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forgets Idempotency-Key records after a retention period
 * ({@code servicechain.idempotency.retention}, 24 hours by default): clients retry within
 * minutes, and a key older than that is answered as new. Runs hourly, once across the
 * cluster.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyRetention {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyRetention.class);

	@Bean
	RecurringTask<Void> idempotencyRetentionTask(JdbcClient jdbc, Clock clock,
			@Value("${servicechain.idempotency.retention:24h}") Duration retention) {
		return Tasks.recurring("idempotency-retention", Schedules.fixedDelay(Duration.ofHours(1)))
			.execute((instance, context) -> {
				int purged = purge(jdbc, Instant.now(clock).minus(retention));
				if (purged > 0) {
					log.info("Idempotency keys: {} older than {} forgotten", purged, retention);
				}
			});
	}

	static int purge(JdbcClient jdbc, Instant before) {
		return jdbc.sql("delete from idempotency_record where created_at < ?").param(SqlTimes.utc(before)).update();
	}

}
