package org.servicechain.feedback;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reminds customers of surveys they have not answered (FB-1), once each: a db-scheduler
 * task that runs once across the cluster every
 * {@code servicechain.feedback.survey-reminder-period} (1 h by default) and reminds of
 * invitations older than {@code servicechain.feedback.survey-reminder-after} (3 days by
 * default). {@code PT0S} as the delay switches reminders off.
 */
@Configuration(proxyBeanMethods = false)
class SurveyReminders {

	private static final Logger log = LoggerFactory.getLogger(SurveyReminders.class);

	@Bean
	RecurringTask<Void> remindOfSurveys(SurveyManagement surveys,
			@Value("${servicechain.feedback.survey-reminder-period:PT1H}") Duration period,
			@Value("${servicechain.feedback.survey-reminder-after:P3D}") Duration after) {
		return Tasks.recurring("remind-of-surveys", Schedules.fixedDelay(period)).execute((instance, context) -> {
			if (after.isZero() || after.isNegative()) {
				return;
			}
			int reminded = surveys.remindUnanswered(after);
			if (reminded > 0) {
				log.info("Survey reminders: {} sent", reminded);
			}
		});
	}

}
