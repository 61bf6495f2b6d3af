package org.servicechain.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.notify.MailAttachment;
import org.servicechain.notify.NotificationManagement;
import org.servicechain.shared.AuditTrail;

/**
 * Mails scheduled reports (REP-2): every quarter of an hour, once across the cluster
 * (db-scheduler), each due schedule is counted as its owner (so it holds what they may
 * see that day) and written to the notify module's outbox, which sends it with retries.
 * One transaction per schedule: the outbox row and the schedule's next run are written
 * together, so a report is mailed once however often the task runs.
 */
@Configuration(proxyBeanMethods = false)
class MailingReports {

	private static final Logger log = LoggerFactory.getLogger(MailingReports.class);

	private final ReportSchedules schedules;

	private final Reports reports;

	private final IdentityManagement identity;

	private final NotificationManagement notifications;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ReportDocuments documents;

	MailingReports(ReportSchedules schedules, Reports reports, IdentityManagement identity,
			NotificationManagement notifications, AuditTrail audit, PlatformTransactionManager transactions,
			Clock clock, ReportDocuments documents) {
		this.documents = documents;
		this.schedules = schedules;
		this.reports = reports;
		this.identity = identity;
		this.notifications = notifications;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> scheduledReportsTask() {
		return Tasks.recurring("scheduled-reports", Schedules.fixedDelay(java.time.Duration.ofMinutes(15)))
			.execute((instance, context) -> {
				int mailed = runDue();
				if (mailed > 0) {
					log.info("Scheduled reports: {} run", mailed);
				}
			});
	}

	/**
	 * Runs every schedule that is due.
	 * @return how many ran
	 */
	int runDue() {
		Instant now = Instant.now(this.clock);
		List<UUID> due = this.schedules.dueAt(now);
		int ran = 0;
		for (UUID id : due) {
			try {
				Boolean done = this.transactions.execute((status) -> runOne(id, now));
				if (Boolean.TRUE.equals(done)) {
					ran++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Scheduled report {} failed: {}", id, ex.toString());
			}
		}
		return ran;
	}

	private boolean runOne(UUID id, Instant now) {
		Optional<ReportSchedule> found = this.schedules.findById(id);
		if (found.isEmpty() || found.get().getNextRunAt().isAfter(now)) {
			// Run meanwhile by another instance.
			return false;
		}
		ReportSchedule schedule = found.get();
		java.util.Map<String, String> before = schedule.auditSnapshot();
		LocalDate[] period = schedule.getFrequency().periodBefore(schedule.getNextRunAt());
		ReportFilter filter = ReportFilter.fromQuery(schedule.getFilters(), period[0], period[1]);
		String outcome;
		try {
			outcome = this.identity.callAs(schedule.getUsername(), () -> {
				Report report = this.reports.report(schedule.getKind(), filter);
				return this.notifications
					.mailMe("report", schedule.getKind().key(), subject(report), text(report), html(report),
							attachments(report))
					.map((mail) -> "mailed")
					.orElse("not mailed: no e-mail address");
			}).orElse("not mailed: the user no longer exists or is disabled");
		}
		catch (RuntimeException ex) {
			// Access lost since scheduling (a partner moved party): say so, try next
			// time.
			outcome = "not mailed: " + ex.getMessage();
		}
		schedule.ran(now, outcome);
		this.schedules.saveAndFlush(schedule);
		this.audit.updated("Scheduled report", before, schedule);
		return true;
	}

	/**
	 * The report as the same PDF and CSV its page exports, named after the report and its
	 * period.
	 */
	List<MailAttachment> attachments(Report report) {
		String name = report.kind().key() + "-" + report.filter().from() + "-to-" + report.filter().to();
		return List.of(new MailAttachment(name + ".pdf", "application/pdf", this.documents.pdf(report)),
				new MailAttachment(name + ".csv", "text/csv; charset=UTF-8",
						this.documents.csv(report).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	static String subject(Report report) {
		return report.title() + " · " + report.filter().from() + " to " + report.filter().to();
	}

	static String text(Report report) {
		StringBuilder text = new StringBuilder();
		text.append(report.title()).append('\n').append(report.scope()).append("\n\n");
		for (Report.Bar bar : report.bars()) {
			text.append("- ")
				.append(bar.label())
				.append(": ")
				.append(ReportDocuments.value(report, bar))
				.append(" (")
				.append(bar.detail())
				.append(")\n");
		}
		if (report.bars().isEmpty()) {
			text.append("Nothing to count for this selection.\n");
		}
		text.append("\nHow this is counted: ").append(report.counting()).append('\n');
		return text.toString();
	}

	static String html(Report report) {
		StringBuilder html = new StringBuilder();
		html.append("<h1>")
			.append(HtmlUtils.htmlEscape(report.title()))
			.append("</h1><p>")
			.append(HtmlUtils.htmlEscape(report.scope()))
			.append("</p><table><thead><tr><th>Bar</th><th>Value</th><th>Detail</th></tr></thead><tbody>");
		for (Report.Bar bar : report.bars()) {
			html.append("<tr><td>")
				.append(HtmlUtils.htmlEscape(bar.label()))
				.append("</td><td>")
				.append(HtmlUtils.htmlEscape(ReportDocuments.value(report, bar)))
				.append("</td><td>")
				.append(HtmlUtils.htmlEscape(bar.detail()))
				.append("</td></tr>");
		}
		html.append("</tbody></table><h2>How this is counted</h2><p>")
			.append(HtmlUtils.htmlEscape(report.counting()))
			.append("</p>");
		return html.toString();
	}

}
