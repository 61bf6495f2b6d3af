package org.servicechain.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.identity.CurrentUser;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * The personal-data breach log (UK GDPR Art. 33(5)) with the 72-hour deadline for
 * reporting a breach to the ICO (Art. 33(1)) and the duty to tell the people when the
 * risk is high (Art. 34). Every breach is recorded, reportable or not; every change is
 * audited; the log is for administrators.
 */
@Service
public class BreachLog {

	static final String ENTITY = "DataBreach";

	private final DataBreaches breaches;

	private final PrivacyReferences references;

	private final PrivacyAccessPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	BreachLog(DataBreaches breaches, PrivacyReferences references, PrivacyAccessPolicy policy, AuditTrail audit,
			Clock clock) {
		this.breaches = breaches;
		this.references = references;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * One page of the log, the most recent first.
	 * @param status only breaches in this status when given
	 */
	@Transactional(readOnly = true)
	public PageResponse<DataBreachView> list(@Nullable BreachStatus status, int page, int size) {
		this.policy.requireAdminister();
		PageRequest paging = Paging.of(page, size, Sort.by(Sort.Order.desc("awareAt"), Sort.Order.desc("id")));
		Page<DataBreach> found = (status != null) ? this.breaches.findByStatusIn(List.of(status), paging)
				: this.breaches.findAll(paging);
		Instant now = this.clock.instant();
		return PageResponse.of(found, (breach) -> breach.view(now));
	}

	/**
	 * The breaches still to be reported or assessed, the nearest deadline first, for the
	 * privacy overview; empty for anyone but administrators.
	 */
	@Transactional(readOnly = true)
	public List<DataBreachView> open() {
		if (!this.policy.canAdminister()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		return this.breaches.findByStatusOrderByAwareAtAsc(BreachStatus.OPEN)
			.stream()
			.map((breach) -> breach.view(now))
			.toList();
	}

	@Transactional(readOnly = true)
	public DataBreachView get(UUID id) {
		this.policy.requireAdminister();
		return load(id).view(this.clock.instant());
	}

	/**
	 * Records a breach as soon as the organisation is aware of it.
	 */
	@Transactional
	public DataBreachView record(BreachDetails details) {
		this.policy.requireAdminister();
		Instant now = this.clock.instant();
		// Checked before a reference is taken, so refused input does not use up numbers.
		new DataBreach(0, actor(), now).apply(details, now);
		DataBreach breach = new DataBreach(this.references.nextBreach(), actor(), now);
		breach.apply(details, now);
		this.breaches.saveAndFlush(breach);
		this.audit.created(ENTITY, breach);
		return breach.view(now);
	}

	/**
	 * Records what was learnt, decided and done since.
	 */
	@Transactional
	public DataBreachView update(UUID id, long expectedVersion, BreachDetails details) {
		this.policy.requireAdminister();
		DataBreach breach = load(id);
		this.audit.checkVersion(ENTITY, breach, expectedVersion);
		Map<String, String> before = breach.auditSnapshot();
		Instant now = this.clock.instant();
		breach.apply(details, now);
		this.breaches.saveAndFlush(breach);
		this.audit.updated(ENTITY, before, breach);
		return breach.view(now);
	}

	@Transactional(readOnly = true)
	public List<AuditEntryView> history(UUID id) {
		this.policy.requireAdminister();
		return this.audit.history(load(id).getId());
	}

	private DataBreach load(UUID id) {
		return this.breaches.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private static String actor() {
		return CurrentUser.get().map(CurrentUser::getUsername).orElse("system");
	}

}
