package org.servicechain.privacy;

import java.time.Duration;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.servicechain.identity.SystemActor;

/**
 * Applies the retention rules once a day, once across the cluster (db-scheduler), as the
 * system. Tests call {@link Privacy#purge()} themselves.
 */
@Configuration(proxyBeanMethods = false)
class RetentionPurge {

	private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

	@Bean
	RecurringTask<Void> retentionPurgeTask(Privacy privacy) {
		return Tasks.recurring("privacy-retention-purge", Schedules.fixedDelay(Duration.ofHours(24)))
			.execute((instance, context) -> {
				Map<String, Integer> done = SystemActor.call(privacy::purge);
				if (done.values().stream().anyMatch((count) -> count > 0)) {
					log.info("Retention rules anonymised {}", done);
				}
			});
	}

}
