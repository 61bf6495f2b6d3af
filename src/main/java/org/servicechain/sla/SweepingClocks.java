package org.servicechain.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementTerms;
import org.servicechain.agreements.EscalationEffect;
import org.servicechain.chain.ContactView;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.StaffMember;
import org.servicechain.requests.RequestManagement;
import org.servicechain.chain.ChainManagement;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.ClockSubject;
import org.servicechain.sla.ClockActions.Action;
import org.servicechain.sla.ClockDerivation.RequestClocks;

/**
 * The sweep (REQ-3): a db-scheduler task that runs once across the cluster every
 * {@code servicechain.sla.sweep-period} (10 s by default; with the scheduler's polling of
 * 10 s an action follows its instant within 20 s). It reads only the requests whose
 * clocks have an instant now due, through the index, re-derives their clocks from history
 * before acting, and records each action once per clock and cycle, so a second run (or a
 * run on another instance) does nothing twice. Each request is handled in its own
 * transaction: one request's failure never holds up the others.
 */
@Component
class SweepingClocks {

	private static final Logger log = LoggerFactory.getLogger(SweepingClocks.class);

	static final int BATCH = 500;

	/** Fewer due requests than this a thread are swept on the calling thread alone. */
	static final int SMALLEST_SHARE = 50;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

	private final ClockIndex index;

	private final AgreementManagement agreements;

	private final ChainManagement chain;

	private final TransactionTemplate transactions;

	private final org.servicechain.requests.RequestQueries requests;

	private final ClockDerivation derivation;

	private final RequestManagement changes;

	private final IdentityManagement identity;

	private final ApplicationEventPublisher events;

	private final TaskExecutor executor;

	private final int threads;

	SweepingClocks(ClockIndex index, org.servicechain.requests.RequestQueries requests, ClockDerivation derivation,
			AgreementManagement agreements, ChainManagement chain, PlatformTransactionManager transactions,
			RequestManagement changes, IdentityManagement identity, ApplicationEventPublisher events,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor,
			@Value("${servicechain.sla.sweep-threads:4}") int threads) {
		this.executor = executor;
		this.threads = Math.max(1, threads);
		this.changes = changes;
		this.identity = identity;
		this.events = events;
		this.index = index;
		this.requests = requests;
		this.derivation = derivation;
		this.agreements = agreements;
		this.chain = chain;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * One sweep: the requests whose clocks have an instant now due, at most
	 * {@value #BATCH} a thread, shared among {@code servicechain.sla.sweep-threads}
	 * threads (4 by default: on two cores each thread spends much of its share waiting
	 * for the database, so more threads than cores pay), each share handled together in
	 * one transaction of its own (bulk reads, batched writes): the shares are disjoint
	 * sets of requests, so they never wait on each other, and while one waits for the
	 * database another derives. If a share fails, each of its requests is retried in its
	 * own transaction so that one broken request never holds up the others.
	 * @return how many actions were taken
	 */
	int sweep(Instant now) {
		return sweep(now, false);
	}

	/**
	 * Records every action due now as done without telling anyone or taking effects: for
	 * history brought in by an import (the demo month), whose warnings and breaches are
	 * long past. The clocks themselves still show every breach.
	 * @return how many actions were recorded
	 */
	int settle(Instant now) {
		int settled = 0;
		int acted;
		do {
			acted = sweep(now, true);
			settled += acted;
		}
		while (acted > 0);
		return settled;
	}

	private int sweep(Instant now, boolean silent) {
		List<UUID> due = this.index.due(now, BATCH * this.threads);
		if (due.isEmpty()) {
			return 0;
		}
		int shares = Math.min(this.threads, Math.max(1, due.size() / SMALLEST_SHARE));
		int size = (due.size() + shares - 1) / shares;
		List<java.util.concurrent.CompletableFuture<Integer>> others = new java.util.ArrayList<>();
		for (int from = size; from < due.size(); from += size) {
			List<UUID> share = due.subList(from, Math.min(due.size(), from + size));
			// The other threads act as whoever runs the sweep (the system, or an
			// administrator asking for one).
			java.util.concurrent.Callable<Integer> work = DelegatingSecurityContextCallable
				.create(() -> sweepShare(share, now, silent), SecurityContextHolder.getContext());
			others.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
				try {
					return work.call();
				}
				catch (Exception ex) {
					throw new java.util.concurrent.CompletionException(ex);
				}
			}, this.executor));
		}
		int acted = sweepShare(due.subList(0, Math.min(due.size(), size)), now, silent);
		for (java.util.concurrent.CompletableFuture<Integer> other : others) {
			acted += other.join();
		}
		return acted;
	}

	private int sweepShare(List<UUID> due, Instant now, boolean silent) {
		try {
			return inTransaction(due, now, silent);
		}
		catch (RuntimeException ex) {
			log.warn("Sweeping {} requests together failed; sweeping them one by one", due.size(), ex);
		}
		int acted = 0;
		for (UUID requestId : due) {
			try {
				acted += inTransaction(List.of(requestId), now, silent);
			}
			catch (RuntimeException ex) {
				log.warn("Could not sweep the clocks of request {}", requestId, ex);
			}
		}
		return acted;
	}

	private int inTransaction(List<UUID> ids, Instant now, boolean silent) {
		Integer acted = this.transactions
			.execute((status) -> this.derivation.remembering(() -> sweep(ids, now, silent)));
		return (acted != null) ? acted : 0;
	}

	private int sweep(List<UUID> ids, Instant now, boolean silent) {
		long started = System.nanoTime();
		List<ClockSubject> subjects = new java.util.ArrayList<>(this.requests.clockSubjects(ids));
		subjects.sort(java.util.Comparator
			.comparing((ClockSubject subject) -> subject.events().isEmpty() ? now : subject.events().get(0).at()));
		java.util.Map<UUID, Set<String>> acted = this.index.acted(ids);
		long loaded = System.nanoTime();
		List<RequestClocks> all = new java.util.ArrayList<>();
		List<Action> happened = new java.util.ArrayList<>();
		for (ClockSubject subject : subjects) {
			RequestClocks clocks = this.derivation.derive(subject, now);
			all.add(clocks);
			for (Action action : ClockActions.pending(clocks, acted.getOrDefault(subject.id(), Set.of()))) {
				if (action.happened()) {
					happened.add(action);
				}
			}
		}
		long derived = System.nanoTime();
		boolean[] claimed = this.index.claimAll(happened, now);
		long claimedAt = System.nanoTime();
		java.util.Map<UUID, java.util.Optional<String>> owners = new java.util.HashMap<>();
		// An escalation contact's staff account, looked up once per batch.
		java.util.Map<UUID, java.util.Optional<StaffMember>> accounts = new java.util.HashMap<>();
		java.util.Map<UUID, RequestClocks> byRequest = new java.util.HashMap<>();
		all.forEach((clocks) -> byRequest.put(clocks.subject().id(), clocks));
		List<ClockAlert> alerts = new java.util.ArrayList<>();
		List<Action> effects = new java.util.ArrayList<>();
		int count = 0;
		for (int i = 0; i < happened.size(); i++) {
			Action action = happened.get(i);
			if (claimed[i] && silent) {
				acted.computeIfAbsent(action.requestId(), (id) -> new java.util.HashSet<>()).add(action.id());
				count++;
			}
			else if (claimed[i]) {
				if (action.step() != null && action.step().effectOrNotify() != EscalationEffect.NOTIFY) {
					effects.add(action);
				}
				else {
					alerts.addAll(act(byRequest.get(action.requestId()), action, owners, accounts, null));
				}
				acted.computeIfAbsent(action.requestId(), (id) -> new java.util.HashSet<>()).add(action.id());
				count++;
			}
		}
		java.util.Map<UUID, List<Action>> pending = new java.util.HashMap<>();
		for (RequestClocks clocks : all) {
			pending.put(clocks.subject().id(),
					ClockActions.pending(clocks, acted.getOrDefault(clocks.subject().id(), Set.of())));
		}
		long actedAt = System.nanoTime();
		this.index.storeAll(all, pending);
		long storedAt = System.nanoTime();
		// A request whose row was due but is gone is dropped from the index.
		ids.stream().filter((id) -> !byRequest.containsKey(id)).forEach(this.index::forget);
		// Effects change the request, which re-indexes its clocks through the history
		// listener: so they come after the batch's own index writes.
		for (Action action : effects) {
			RequestClocks clocks = byRequest.get(action.requestId());
			alerts.addAll(act(clocks, action, owners, accounts, takeEffect(clocks, action, accounts)));
		}
		// Each alert is told once, through notify (in-app and by mail, as each recipient
		// chose): its happening is written in this transaction, so it is told if and only
		// if the actions commit. The request's own page and the desk's overdue and
		// at-risk
		// lists show the clocks' states themselves.
		alerts.forEach(this.events::publishEvent);
		if (log.isDebugEnabled()) {
			long written = System.nanoTime();
			log.debug(
					"Swept {} requests, {} actions: load {} ms, derive {} ms, record actions {} ms, compose {} ms,"
							+ " index {} ms, effects {} ms",
					ids.size(), count, (loaded - started) / 1_000_000, (derived - loaded) / 1_000_000,
					(claimedAt - derived) / 1_000_000, (actedAt - claimedAt) / 1_000_000,
					(storedAt - actedAt) / 1_000_000, (written - storedAt) / 1_000_000);
		}
		return count;
	}

	/**
	 * Takes an escalation step's effect: gives the request to the step's contact when
	 * they have a staff account, raises its priority one level.
	 * @return what was done, in words
	 */
	private String takeEffect(RequestClocks clocks, Action action,
			java.util.Map<UUID, java.util.Optional<StaffMember>> accounts) {
		AgreementTerms.EscalationStep step = java.util.Objects.requireNonNull(action.step());
		String reason = "Escalation level " + step.level() + " under " + action.clock().terms().describe();
		String assignee = null;
		List<String> outcome = new java.util.ArrayList<>();
		if (step.effectOrNotify() == EscalationEffect.REASSIGN) {
			assignee = accounts.computeIfAbsent(step.contactId(), this::contactAccount)
				.map(StaffMember::username)
				.orElse(null);
			if (assignee == null) {
				outcome.add("not reassigned: " + contactName(step.contactId()) + " has no staff account");
			}
		}
		try {
			outcome.addAll(this.changes.applyEscalation(clocks.subject().id(), assignee,
					step.effectOrNotify() == EscalationEffect.RAISE_PRIORITY, reason));
		}
		catch (RuntimeException ex) {
			log.warn("Could not take escalation step {} on {}", step.level(), clocks.subject().reference(), ex);
			outcome.add("its effect could not be taken: " + ex.getMessage());
		}
		return String.join("; ", outcome);
	}

	private java.util.Optional<StaffMember> contactAccount(UUID contactId) {
		try {
			ContactView contact = this.chain.contact(contactId);
			return this.identity.staffMemberFor(contact.email(), contact.name());
		}
		catch (RuntimeException ex) {
			return java.util.Optional.empty();
		}
	}

	private List<ClockAlert> act(RequestClocks clocks, Action action,
			java.util.Map<UUID, java.util.Optional<String>> owners,
			java.util.Map<UUID, java.util.Optional<StaffMember>> accounts, @Nullable String outcome) {
		String reference = clocks.subject().reference();
		ZoneId zone = action.clock().terms().calendar().zone();
		String clockName = action.clock().label();
		String under = action.clock().terms().describe();
		ClockState state = action.clock().state();
		String message;
		if (action.action().equals(ClockActions.WARNING)) {
			message = reference + ": " + clockName + " has used " + state.warningPercent() + " % of its "
					+ Durations.words(state.target()) + " (" + under + ")"
					+ ((state.dueAt() != null) ? "; due " + when(state.dueAt(), zone) : "");
		}
		else if (action.action().equals(ClockActions.BREACH)) {
			message = reference + ": " + clockName + " breached at " + when(state.breachedAt(), zone) + " (" + under
					+ ")";
			if (action.clock().plan().kind() == ClockKind.RESOLUTION && clocks.attribution() != null) {
				message += ". " + clocks.attribution().sentence(zone);
			}
			else if (action.clock().holder() != null) {
				message += ". Attributed to " + action.clock().holder().name() + ": its own clock";
			}
		}
		else if (action.action().startsWith(ClockActions.ESCALATION) && action.step() != null) {
			message = reference + ": escalation level " + action.step().level() + " under " + under + ": bring in "
					+ contactName(action.step().contactId())
					+ ((action.step().action() != null) ? " (" + action.step().action() + ")" : "")
					+ ((outcome != null && !outcome.isBlank()) ? "; " + outcome : "");
		}
		else if (action.risk() != null) {
			message = reference + ": at risk because of " + action.risk().holder().name() + ": "
					+ action.risk().taskLabel() + " is due " + when(action.risk().taskDueAt(), zone)
					+ ", after the customer's resolution is due " + when(action.risk().customerDueAt(), zone);
		}
		else {
			return List.of();
		}
		log.trace("SLA {}: {}", action.action(), message);
		Set<String> recipients = recipients(clocks, action, owners);
		if (action.step() != null) {
			accounts.computeIfAbsent(action.step().contactId(), this::contactAccount)
				.map(StaffMember::username)
				.ifPresent(recipients::add);
		}
		return List.of(new ClockAlert(clocks.subject().id(), reference, ClockAlert.Kind.of(action.action()),
				action.clock().plan().key(), clockName, message, List.copyOf(recipients), action.at()));
	}

	private Set<String> recipients(RequestClocks clocks, Action action,
			java.util.Map<UUID, java.util.Optional<String>> owners) {
		Set<String> recipients = new LinkedHashSet<>();
		if (clocks.subject().assignee() != null) {
			recipients.add(clocks.subject().assignee());
		}
		boolean alsoOwner = !action.action().equals(ClockActions.WARNING) || action.clock().plan().kind().customers();
		if (alsoOwner && clocks.customerTerms() != null) {
			owners.computeIfAbsent(clocks.customerTerms().agreement().id(), this.agreements::ownerOf)
				.ifPresent(recipients::add);
		}
		return recipients;
	}

	private String contactName(UUID contactId) {
		try {
			return this.chain.contact(contactId).name();
		}
		catch (RuntimeException ex) {
			return "the contact named in the agreement";
		}
	}

	private static String when(@Nullable Instant instant, ZoneId zone) {
		return (instant != null) ? WHEN.format(instant.atZone(zone)) : "—";
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> sweepSlaClocks(SweepingClocks sweeping, Clock clock,
				@Value("${servicechain.sla.sweep-period:PT10S}") Duration period) {
			return Tasks.recurring("sweep-sla-clocks", Schedules.fixedDelay(period))
				.execute((instance, context) -> SystemActor.run(() -> sweeping.sweep(Instant.now(clock))));
		}

	}

}
