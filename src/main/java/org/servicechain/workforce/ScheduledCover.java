package org.servicechain.workforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

import org.servicechain.identity.SystemActor;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;

/**
 * Moves an absent person's open work when their approved absence starts, so nothing waits
 * on someone who is away unless a manager has already moved it (WF-3; B10 2.2, 4.2).
 * Every quarter of an hour, once across the cluster (db-scheduler), each approved absence
 * that has begun on its person's own calendar and whose work has not moved is covered by
 * the policy: the stand-in first, then the least-loaded colleague who may hold the item
 * and is not away, through {@link AbsenceCover#move} as the system, so access is checked
 * again for every new holder and only they are told.
 * <p>
 * The move is all or nothing, as when a manager does it: when the policy cannot place an
 * item nothing moves, and the absence keeps the reason, which the team page and the
 * managers' dashboard show beside it, for a manager to choose someone. It is tried again
 * at most once an hour.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledCover {

	static final Duration RETRY_AFTER = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(ScheduledCover.class);

	private final Absences absences;

	private final AbsenceCover cover;

	private final WorkforceManagement workforce;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ScheduledCover(Absences absences, AbsenceCover cover, WorkforceManagement workforce, AuditTrail audit,
			PlatformTransactionManager transactions, Clock clock) {
		this.absences = absences;
		this.cover = cover;
		this.workforce = workforce;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> absenceCoverTask() {
		return Tasks.recurring("absence-cover", Schedules.fixedDelay(Duration.ofMinutes(15)))
			.execute((instance, context) -> {
				Outcome outcome = coverStarted();
				if (outcome.moved() + outcome.refused() > 0) {
					log.info("Absence cover: {} absences' work moved, {} could not be placed", outcome.moved(),
							outcome.refused());
				}
			});
	}

	/**
	 * Covers every approved absence that has started and whose work has not moved.
	 */
	Outcome coverStarted() {
		Instant now = Instant.now(this.clock);
		LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
		// A day either side of today in UTC holds every zone's today; each absence is
		// then
		// checked against its own person's calendar.
		List<Absence> candidates = this.transactions
			.execute((status) -> this.absences.unmovedBetween(utcToday.minusDays(1), utcToday.plusDays(1)));
		int moved = 0;
		int refused = 0;
		for (Absence absence : (candidates != null) ? candidates : List.<Absence>of()) {
			if (!absence.covers(this.workforce.today(absence.getUsername()))) {
				continue;
			}
			Instant tried = absence.getCoverTriedAt();
			if (tried != null && tried.plus(RETRY_AFTER).isAfter(now)) {
				continue;
			}
			UUID id = absence.getId();
			try {
				SystemActor.run(() -> this.cover.move(id, CoverMode.POLICY, null));
				moved++;
			}
			catch (InvalidInputException ex) {
				refused++;
				String reason = "Not moved automatically: " + ex.getViolations().get(0).message();
				this.transactions.executeWithoutResult((status) -> this.absences.findById(id).ifPresent((fresh) -> {
					var before = fresh.auditSnapshot();
					fresh.coverFailed(now, reason);
					this.absences.saveAndFlush(fresh);
					SystemActor.run(() -> this.audit.updated(WorkforceManagement.ABSENCE, before, fresh));
				}));
			}
		}
		return new Outcome(moved, refused);
	}

	record Outcome(int moved, int refused) {

	}

}
