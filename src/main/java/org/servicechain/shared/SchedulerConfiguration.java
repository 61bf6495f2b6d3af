package org.servicechain.shared;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * db-scheduler, wired by hand (its Spring Boot starter does not follow Boot 4 yet): one
 * scheduler per instance (polling every {@code servicechain.scheduler.polling-interval},
 * 10 s by default; tests turn it off with {@code servicechain.scheduler.autostart=false}
 * and run tasks themselves) over the shared {@code scheduled_tasks} table, so each
 * scheduled run happens once across the cluster. Modules contribute their work as
 * {@link Task} beans; recurring ones are registered at start-up. The scheduler starts
 * when the application is ready and stops with it.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

	@Bean(destroyMethod = "stop")
	Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks,
			@Value("${servicechain.scheduler.polling-interval:PT10S}") Duration pollingInterval) {
		List<RecurringTask<?>> recurring = tasks.stream()
			.filter(RecurringTask.class::isInstance)
			.<RecurringTask<?>>map(RecurringTask.class::cast)
			.toList();
		return Scheduler.create(dataSource, tasks.stream().filter((task) -> !(task instanceof RecurringTask)).toList())
			.startTasks(recurring)
			.threads(2)
			.pollingInterval(pollingInterval)
			.registerShutdownHook()
			.build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start(ApplicationReadyEvent event) {
		if (!event.getApplicationContext()
			.getEnvironment()
			.getProperty("servicechain.scheduler.autostart", Boolean.class, true)) {
			return;
		}
		event.getApplicationContext().getBean(Scheduler.class).start();
	}

}
