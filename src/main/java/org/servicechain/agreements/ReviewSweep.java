package org.servicechain.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.servicechain.identity.SystemActor;

/**
 * The daily agreement sweep (AGREE-6) as a db-scheduler task: it runs once a day across
 * the whole cluster, as the system actor, and is idempotent, so a retry after a crash
 * does no harm.
 */
@Configuration(proxyBeanMethods = false)
class ReviewSweep {

	private static final Logger log = LoggerFactory.getLogger(ReviewSweep.class);

	@Bean
	RecurringTask<Void> agreementReviewSweep(AgreementManagement agreements, Clock clock) {
		return Tasks.recurring("agreement-review-sweep", Schedules.daily(LocalTime.of(5, 0)))
			.execute((instance, context) -> {
				AgreementManagement.SweepResult result = SystemActor.call(() -> agreements.sweep(Instant.now(clock)));
				log.info("Agreement sweep: {} activated, {} expired, {} review reminders", result.activated(),
						result.expired(), result.reminded());
			});
	}

}
