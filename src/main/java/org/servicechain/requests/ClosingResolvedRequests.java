package org.servicechain.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.identity.SystemActor;
import org.servicechain.shared.AuditTrail;

/**
 * Closes requests that stayed resolved for the desk's quiet period without the customer
 * confirming or reopening them (REQ-1). Runs hourly as a db-scheduler task, once across
 * the cluster, as the system; idempotent, so a retry after a crash closes nothing twice.
 */
@Component
class ClosingResolvedRequests {

	private static final Logger log = LoggerFactory.getLogger(ClosingResolvedRequests.class);

	private final ServiceRequests requests;

	private final RequestRecords records;

	private final DeskRules desk;

	private final AuditTrail audit;

	ClosingResolvedRequests(ServiceRequests requests, RequestRecords records, DeskRules desk, AuditTrail audit) {
		this.requests = requests;
		this.records = records;
		this.desk = desk;
		this.audit = audit;
	}

	/**
	 * @return how many requests were closed.
	 */
	@Transactional
	public int closeQuietResolved(Instant now) {
		int days = this.desk.settings().closeAfterDays();
		Instant before = now.minus(Duration.ofDays(days));
		int closed = 0;
		List<ServiceRequest> due = this.requests.findResolvedBefore(RequestStatus.RESOLVED, before,
				PageRequest.of(0, 500));
		for (ServiceRequest request : due) {
			Map<String, String> snapshot = request.auditSnapshot();
			request.close("Resolved " + days + " days ago without a reply from the customer", "system", now);
			this.records.store(request);
			this.audit.updated(RequestManagement.ENTITY, snapshot, request);
			closed++;
		}
		return closed;
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> closeResolvedRequests(ClosingResolvedRequests closing, Clock clock) {
			return Tasks.recurring("close-resolved-requests", Schedules.fixedDelay(Duration.ofHours(1)))
				.execute((instance, context) -> {
					int closed = SystemActor.call(() -> closing.closeQuietResolved(Instant.now(clock)));
					if (closed > 0) {
						log.info("Closed {} requests that stayed resolved without a reply", closed);
					}
				});
		}

	}

}
