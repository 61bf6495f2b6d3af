package org.servicechain.complaints;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.servicechain.identity.SystemActor;
import org.servicechain.requests.DeskManagement;
import org.servicechain.shared.SqlTimes;
import org.servicechain.sla.ClockState;

/**
 * The complaints sweep (CMP-2): a db-scheduler task that runs once across the cluster and
 * reads only the complaints whose next instant is due, through the {@code next_due_at}
 * index. For each it re-derives the step clocks from history, then records each warning,
 * breach and follow-up once (a primary key per complaint, step, cycle and action,
 * inserted with a not-exists guard, so a second run does nothing twice), leaves in-app
 * notices (on the request's notices while the notifications module does not exist, so
 * only for complaints about a request) and publishes {@link ComplaintStepDue} and
 * {@link ComplaintBreached} for notifications to pick up. Each complaint is handled in
 * its own transaction.
 */
@Component
class SweepingComplaints {

	private static final Logger log = LoggerFactory.getLogger(SweepingComplaints.class);

	static final int BATCH = 200;

	private final Complaints complaints;

	private final ComplaintRecords records;

	private final DeskManagement desk;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	SweepingComplaints(Complaints complaints, ComplaintRecords records, DeskManagement desk, JdbcClient jdbc,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.complaints = complaints;
		this.records = records;
		this.desk = desk;
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * @return how many actions were taken
	 */
	int sweep(Instant now) {
		List<UUID> due = this.complaints.findDue(now, PageRequest.of(0, BATCH));
		int acted = 0;
		for (UUID id : due) {
			try {
				Integer count = this.transactions.execute((status) -> sweepOne(id, now));
				acted += (count != null) ? count : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Could not sweep complaint {}", id, ex);
			}
		}
		return acted;
	}

	private int sweepOne(UUID id, Instant now) {
		Complaint complaint = this.complaints.findById(id).orElse(null);
		if (complaint == null) {
			return 0;
		}
		Map<ComplaintStep, ClockState> clocks = this.records.clocks(complaint, this.records.history(id), now);
		Set<String> acted = this.records.acted(id);
		ZoneId zone = this.records.calendarOf(this.records.policyOf(complaint), complaint.getReceivedAt()).zone();
		List<DeskManagement.NoticeToLeave> notices = new ArrayList<>();
		int count = 0;
		for (ComplaintClockPolicy.Due due : ComplaintClockPolicy.pending(clocks, acted)) {
			if (due.at().isAfter(now)) {
				continue;
			}
			if (!record(id, due.step().name(), due.cycle(), due.action().name(), now)) {
				continue;
			}
			count++;
			ClockState state = clocks.get(due.step());
			Instant dueAt = (state.dueAt() != null) ? state.dueAt() : due.at();
			String when = ComplaintViews.WHEN.format(dueAt.atZone(zone));
			String message = (due.action() == ComplaintClockPolicy.Action.WARNING)
					? complaint.reference() + ": " + due.step().label().toLowerCase() + " is due " + when
					: complaint.reference() + ": " + due.step().label().toLowerCase() + " was due " + when
							+ " and is not done";
			if (due.action() == ComplaintClockPolicy.Action.WARNING) {
				this.events.publishEvent(
						new ComplaintStepDue(id, complaint.reference(), due.step(), dueAt, complaint.getOwner()));
			}
			else {
				this.events.publishEvent(
						new ComplaintBreached(id, complaint.reference(), due.step(), dueAt, complaint.getOwner()));
			}
			notice(complaint, message, notices);
		}
		if (complaint.getStatus() == ComplaintStatus.RESOLVED && complaint.getFollowUpOn() != null
				&& !complaint.getFollowUpOn().atStartOfDay(zone).toInstant().isAfter(now)
				&& record(id, ComplaintStep.ASSURE.name(), 0, "FOLLOW_UP", now)) {
			count++;
			this.events.publishEvent(new ComplaintFollowUpDue(id, complaint.reference(), complaint.getFollowUpOn(),
					complaint.getOwner()));
			notice(complaint, complaint.reference() + ": follow up with the customer today that it stays resolved",
					notices);
		}
		this.desk.leaveNotices(notices);
		this.records.reindex(complaint, now);
		this.complaints.save(complaint);
		return count;
	}

	private void notice(Complaint complaint, String message, List<DeskManagement.NoticeToLeave> notices) {
		if (complaint.getRequestId() != null && complaint.getOwner() != null) {
			notices.add(new DeskManagement.NoticeToLeave(complaint.getOwner(), complaint.getRequestId(), message));
		}
	}

	/**
	 * @return whether the action was recorded now (not already by an earlier run)
	 */
	private boolean record(UUID id, String step, int cycle, String action, Instant now) {
		try {
			return this.jdbc
				.sql("insert into complaint_action (complaint_id, step, cycle, action, acted_at)"
						+ " select ?, ?, ?, ?, ? where not exists (select 1 from complaint_action"
						+ " where complaint_id = ? and step = ? and cycle = ? and action = ?)")
				.params(id, step, cycle, action, SqlTimes.utc(now), id, step, cycle, action)
				.update() == 1;
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			return false;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> sweepComplaintClocks(SweepingComplaints sweeping, Clock clock,
				@Value("${servicechain.complaints.sweep-period:PT1M}") Duration period) {
			return Tasks.recurring("sweep-complaint-clocks", Schedules.fixedDelay(period))
				.execute((instance, context) -> {
					int acted = SystemActor.call(() -> sweeping.sweep(Instant.now(clock)));
					if (acted > 0) {
						log.info("Complaints sweep: {} actions", acted);
					}
				});
		}

	}

}
