package org.servicechain.agreements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.ContactView;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.PartyView;
import org.servicechain.chain.ServiceView;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.SystemActor;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;
import org.servicechain.shared.NotFoundException;

/**
 * The agreements module's facade (AGREE-1 … AGREE-3, AGREE-6): drafting, negotiating in
 * versions, acceptance by authorised contacts of both sides, activation, review and
 * expiry. One transaction per command; every change audited; stale edits refused.
 */
@Service
public class AgreementManagement {

	static final String ENTITY = "Agreement";

	/** How long before its review date an agreement's owner is reminded. */
	static final int REMIND_DAYS_AHEAD = 30;

	private final Agreements agreements;

	private final Reminders reminders;

	private final AgreementAccessPolicy policy;

	private final ChainManagement chain;

	private final BusinessCalendarManagement calendars;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final IdentityManagement identity;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher publisher;

	AgreementManagement(Agreements agreements, Reminders reminders, AgreementAccessPolicy policy, ChainManagement chain,
			BusinessCalendarManagement calendars, IdentityManagement identity, AuditTrail audit, Clock clock,
			org.springframework.context.ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.agreements = agreements;
		this.reminders = reminders;
		this.policy = policy;
		this.chain = chain;
		this.calendars = calendars;
		this.audit = audit;
		this.identity = identity;
		// Terms are stored with a mapper of our own, so their JSON never changes with web
		// settings.
		this.json = JsonMapper.builder().build();
		this.clock = clock;
	}

	// Queries

	@Transactional(readOnly = true)
	public List<AgreementView> agreements(@Nullable AgreementStatus status) {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		List<Agreement> found = user.isStaff() ? this.agreements.findAllByOrderByReferenceNumberDesc()
				: (user.partyId() != null ? this.agreements.findInvolving(user.partyId()) : List.of());
		Lookup lookup = lookup();
		return found.stream()
			.filter(this.policy::canRead)
			.filter((agreement) -> status == null || agreement.getStatus() == status)
			.map((agreement) -> toView(agreement, lookup))
			.toList();
	}

	@Transactional(readOnly = true)
	public AgreementView agreement(UUID id) {
		Agreement agreement = load(id);
		this.policy.requireRead(agreement);
		return toView(agreement, lookup());
	}

	@Transactional(readOnly = true)
	public AgreementTerms terms(UUID id, int number) {
		Agreement agreement = load(id);
		this.policy.requireRead(agreement);
		return agreement.version(number)
			.map((version) -> read(version.getTermsJson()))
			.orElseThrow(() -> new NotFoundException("Version " + number + " of agreement", id));
	}

	@Transactional(readOnly = true)
	public TermsDiff diff(UUID id, int from, int to) {
		return TermsDiff.between(from, terms(id, from), to, terms(id, to), this::contactName);
	}

	@Transactional(readOnly = true)
	public List<AuditEntryView> history(UUID id) {
		this.policy.requireRead(load(id));
		return this.audit.history(id);
	}

	// Commands

	@Transactional
	public AgreementView create(AgreementHeader header, @Nullable AgreementTerms terms) {
		this.policy.requireEdit();
		AgreementTerms draft = terms != null ? terms : AgreementTerms.empty();
		validate(header);
		validate(draft, false, header.providerId(), header.consumerId());
		String owner = CurrentUser.get().map(CurrentUser::getUsername).orElse("system");
		Agreement agreement = new Agreement(this.agreements.highestReferenceNumber() + 1, header, write(draft), owner,
				now());
		this.agreements.saveAndFlush(agreement);
		this.audit.created(ENTITY, agreement);
		return toView(agreement, lookup());
	}

	/**
	 * Changes the header and, while the agreement is a draft, its draft terms.
	 */
	@Transactional
	public AgreementView update(UUID id, long version, AgreementHeader header, @Nullable AgreementTerms draftTerms) {
		this.policy.requireEdit();
		Agreement agreement = load(id);
		this.audit.checkVersion(ENTITY, agreement, version);
		Map<String, String> before = agreement.auditSnapshot();
		validate(header);
		agreement.changeHeader(header);
		if (draftTerms != null) {
			validate(draftTerms, false, header.providerId(), header.consumerId());
			agreement.redraft(write(draftTerms), actor(), now());
		}
		return saved(agreement, before, null);
	}

	@Transactional
	public AgreementView propose(UUID id, long version, Side side, @Nullable String note) {
		Agreement agreement = load(id);
		this.policy.requireActFor(agreement, side);
		this.audit.checkVersion(ENTITY, agreement, version);
		validate(read(agreement.current().getTermsJson()), true, agreement.getProviderId(), agreement.getConsumerId());
		Map<String, String> before = agreement.auditSnapshot();
		agreement.propose(side, blankToNull(note));
		announce(agreement, AgreementNegotiated.Step.PROPOSED, side);
		return saved(agreement, before, "proposed by the " + side.label().toLowerCase(java.util.Locale.ROOT));
	}

	@Transactional
	public AgreementView counter(UUID id, long version, Side side, AgreementTerms terms, @Nullable String note) {
		Agreement agreement = load(id);
		this.policy.requireActFor(agreement, side);
		this.audit.checkVersion(ENTITY, agreement, version);
		validate(terms, true, agreement.getProviderId(), agreement.getConsumerId());
		Map<String, String> before = agreement.auditSnapshot();
		agreement.counter(side, write(terms), actor(), blankToNull(note), now());
		announce(agreement, AgreementNegotiated.Step.COUNTERED, side);
		return saved(agreement, before, "version " + agreement.getCurrentNumber() + " put forward by the "
				+ side.label().toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * Records that an authorised contact of one side accepts the version on the table.
	 * The version is named, so nobody accepts terms that changed since they read them.
	 */
	@Transactional
	public AgreementView accept(UUID id, Side side, int termsNumber, UUID contactId) {
		Agreement agreement = load(id);
		this.policy.requireActFor(agreement, side);
		ContactView contact = SystemActor.call(() -> {
			try {
				return this.chain.contact(contactId);
			}
			catch (NotFoundException ex) {
				throw new InvalidInputException("contactId", "exists", "contact " + contactId + " does not exist");
			}
		});
		UUID partyOfSide = agreement.partyOf(side);
		if (!contact.partyId().equals(agreement.getProviderId())
				&& !contact.partyId().equals(agreement.getConsumerId())) {
			// A contact of neither party answers like an unknown id: the caller learns
			// nothing about other parties' people.
			throw new InvalidInputException("contactId", "exists", "contact " + contactId + " does not exist");
		}
		if (!contact.partyId().equals(partyOfSide)) {
			throw new InvalidInputException("contactId", "party-of-side",
					contact.name() + " is not a contact of " + contact.partyName() + "'s side of this agreement");
		}
		if (!contact.canSignAgreements()) {
			throw new InvalidInputException("contactId", "authority",
					contact.name() + " does not hold the authority to sign agreements for " + contact.partyName());
		}
		Map<String, String> before = agreement.auditSnapshot();
		boolean agreed = agreement.accept(termsNumber, side, contact.id(), contact.name(), actor(), now());
		if (agreed) {
			checkNoOverlap(agreement);
		}
		announce(agreement, agreed ? AgreementNegotiated.Step.AGREED : AgreementNegotiated.Step.ACCEPTED, side);
		return saved(agreement, before, "version " + termsNumber + " accepted for the "
				+ side.label().toLowerCase(java.util.Locale.ROOT) + " by " + contact.name());
	}

	@Transactional
	public AgreementView activate(UUID id, long version) {
		this.policy.requireEdit();
		Agreement agreement = load(id);
		this.audit.checkVersion(ENTITY, agreement, version);
		Map<String, String> before = agreement.auditSnapshot();
		checkNoOverlap(agreement);
		agreement.activate(today());
		return saved(agreement, before, null);
	}

	@Transactional
	public AgreementView startReview(UUID id, long version) {
		this.policy.requireEdit();
		Agreement agreement = load(id);
		this.audit.checkVersion(ENTITY, agreement, version);
		Map<String, String> before = agreement.auditSnapshot();
		agreement.startReview();
		return saved(agreement, before, null);
	}

	@Transactional
	public AgreementView closeReviewUnchanged(UUID id, long version, LocalDate nextReview) {
		this.policy.requireEdit();
		Agreement agreement = load(id);
		this.audit.checkVersion(ENTITY, agreement, version);
		if (!nextReview.isAfter(today())) {
			throw new InvalidInputException("nextReview", "future", "the next review date must be in the future");
		}
		Map<String, String> before = agreement.auditSnapshot();
		agreement.closeReviewUnchanged(nextReview);
		return saved(agreement, before, null);
	}

	@Transactional
	public AgreementView supersede(UUID id, long version) {
		this.policy.requireEdit();
		Agreement agreement = load(id);
		this.audit.checkVersion(ENTITY, agreement, version);
		Map<String, String> before = agreement.auditSnapshot();
		agreement.supersede();
		return saved(agreement, before, null);
	}

	@Transactional
	public AgreementView comment(UUID id, String text) {
		Agreement agreement = load(id);
		this.policy.requireComment(agreement);
		if (text == null || text.isBlank() || text.strip().length() > 4000) {
			throw new InvalidInputException("text", "size", "a comment needs 1 to 4000 characters");
		}
		CurrentUser user = CurrentUser.get().orElseThrow();
		String partyName = user.isStaff() ? "staff"
				: lookup().partyName(agreement.partyOf(agreement.sideOf(user.partyId())));
		agreement.comment(user.getUsername(), partyName, text.strip(), now());
		this.agreements.saveAndFlush(agreement);
		this.audit.record(ENTITY, agreement.getId(), agreement.getVersion(), "commented",
				List.of(new AuditEntryView.FieldChange("comment", null, text.strip())));
		return toView(agreement, lookup());
	}

	// Reviews and expiry (AGREE-6)

	/**
	 * The daily sweep: activates agreed agreements whose validity has begun, expires
	 * those whose end date has passed, and reminds owners of reviews coming within
	 * {@value #REMIND_DAYS_AHEAD} days. Idempotent, so running it twice (or on two nodes)
	 * changes nothing more.
	 */
	@Transactional
	public SweepResult sweep(Instant at) {
		LocalDate today = LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
		int activated = 0;
		int expired = 0;
		int reminded = 0;
		List<Agreement> inForce = new ArrayList<>(
				this.agreements.findByStatusIn(List.of(AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW)));
		for (Agreement agreement : this.agreements.findAll()) {
			Map<String, String> before = agreement.auditSnapshot();
			boolean changed = false;
			if (agreement.expireIfEnded(today)) {
				// Same persistence context, same instance: an ended agreement no longer
				// blocks its successor.
				inForce.remove(agreement);
				expired++;
				changed = true;
			}
			else if (inForce.stream().noneMatch(agreement::overlaps) && agreement.activateIfDue(today)) {
				inForce.add(agreement);
				activated++;
				changed = true;
			}
			if (agreement.needsReviewReminder(today, REMIND_DAYS_AHEAD)) {
				this.reminders.save(
						new Reminder(
								agreement.getId(), agreement.getOwner(), agreement.reference() + " "
										+ agreement.getTitle() + " is due for review on " + agreement.getReviewOn(),
								agreement.getReviewOn(), at));
				agreement.remindedOfReview();
				this.publisher.publishEvent(new AgreementNegotiated(agreement.getId(), agreement.reference(),
						agreement.getTitle(), AgreementNegotiated.Step.REVIEW_DUE, null, agreement.getCurrentNumber(),
						agreement.getProviderId(), agreement.getConsumerId(), agreement.getOwner(), "system", at));
				reminded++;
				changed = true;
			}
			if (changed) {
				this.agreements.saveAndFlush(agreement);
				this.audit.updated(ENTITY, before, agreement);
			}
		}
		return new SweepResult(activated, expired, reminded);
	}

	@Transactional(readOnly = true)
	public List<ReminderView> myReminders() {
		String me = CurrentUser.get().map(CurrentUser::getUsername).orElse("");
		return this.reminders.findByOwnerAndDismissedAtIsNullOrderByReviewOn(me)
			.stream()
			.map(Reminder::toView)
			.toList();
	}

	@Transactional
	public void dismissReminder(UUID reminderId) {
		String me = CurrentUser.get().map(CurrentUser::getUsername).orElse("");
		Reminder reminder = this.reminders.findById(reminderId)
			.filter((candidate) -> candidate.getOwner().equals(me))
			.orElseThrow(() -> new NotFoundException("Reminder", reminderId));
		reminder.dismiss(now());
	}

	/**
	 * The sweep's outcome.
	 */
	public record SweepResult(int activated, int expired, int reminded) {

	}

	// For the feasibility check and the SLA module

	/**
	 * @return a value that differs whenever an agreement has been created or changed, on
	 * any instance; for modules that keep what they read of the agreements in force.
	 */
	@Transactional(readOnly = true)
	public String changeStamp() {
		List<Object[]> rows = this.agreements.changeStamp();
		Object[] row = rows.isEmpty() ? new Object[0] : rows.get(0);
		return java.util.Arrays.stream(row).map(String::valueOf).collect(Collectors.joining(":"));
	}

	/**
	 * One version of an agreement's terms with what a computation needs (the calendar,
	 * the parties), for modules that compute for anyone as the system (SLA clocks): no
	 * access check of the caller.
	 */
	@Transactional(readOnly = true)
	public Optional<AgreementInForce> termsVersion(UUID id, int number) {
		return this.agreements.findById(id)
			.flatMap((agreement) -> agreement.version(number)
				.map((terms) -> new AgreementInForce(agreement.getId(), agreement.reference(), agreement.getKind(),
						agreement.getProviderId(), agreement.getConsumerId(), agreement.getServiceIds(),
						agreement.getCalendarId(), read(terms.getTermsJson()), terms.getNumber(),
						agreement.getTitle())));
	}

	/**
	 * @return the username of who looks after the agreement (told of breaches and risks),
	 * for modules acting as the system
	 */
	@Transactional(readOnly = true)
	public Optional<String> ownerOf(UUID id) {
		return this.agreements.findById(id).map(Agreement::getOwner);
	}

	/**
	 * Agreements binding the parties now, with the terms in force.
	 */
	@Transactional(readOnly = true)
	public List<AgreementInForce> agreementsInForce() {
		List<AgreementInForce> result = new ArrayList<>();
		for (Agreement agreement : this.agreements
			.findByStatusIn(List.of(AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW, AgreementStatus.AGREED))) {
			agreement.termsInForce()
				.ifPresent((terms) -> result.add(new AgreementInForce(agreement.getId(), agreement.reference(),
						agreement.getKind(), agreement.getProviderId(), agreement.getConsumerId(),
						agreement.getServiceIds(), agreement.getCalendarId(), read(terms.getTermsJson()),
						terms.getNumber(), agreement.getTitle())));
		}
		return result;
	}

	/**
	 * An agreement in force, with what it promises.
	 */
	public record AgreementInForce(UUID id, String reference, AgreementKind kind, UUID providerId, UUID consumerId,
			Set<UUID> serviceIds, UUID calendarId, AgreementTerms terms, int termsNumber, String title) {

		/**
		 * @return whether this agreement governs the given service from the given
		 * provider to the given consumer.
		 */
		public boolean governs(UUID provider, UUID consumer, UUID service) {
			return this.providerId.equals(provider) && this.consumerId.equals(consumer)
					&& this.serviceIds.contains(service);
		}

	}

	// Validation

	private void validate(AgreementHeader header) {
		List<FieldViolation> violations = new ArrayList<>();
		Lookup lookup = lookup();
		PartyView provider = lookup.parties.get(header.providerId());
		PartyView consumer = lookup.parties.get(header.consumerId());
		if (provider == null) {
			violations
				.add(new FieldViolation("providerId", "exists", "party " + header.providerId() + " does not exist"));
		}
		if (consumer == null) {
			violations
				.add(new FieldViolation("consumerId", "exists", "party " + header.consumerId() + " does not exist"));
		}
		if (header.providerId().equals(header.consumerId())) {
			violations
				.add(new FieldViolation("consumerId", "not-self", "a party cannot have an agreement with itself"));
		}
		if (provider != null && consumer != null) {
			switch (header.kind()) {
				case CUSTOMER_SLA -> {
					if (!consumer.customer()) {
						violations.add(new FieldViolation("consumerId", "kind",
								"a customer SLA is with a customer; " + consumer.name() + " is not one"));
					}
				}
				case OLA -> {
					if (!provider.internal() || !consumer.internal() || provider.customer()) {
						violations.add(new FieldViolation("kind", "kind",
								"an OLA is between two of our own teams; use a customer SLA or an underpinning contract"));
					}
				}
				case UNDERPINNING_CONTRACT -> {
					if (provider.internal()) {
						violations.add(new FieldViolation("providerId", "kind",
								"an underpinning contract is with an outside supplier; " + provider.name()
										+ " is internal"));
					}
				}
			}
			if (provider.kind() == PartyKind.CUSTOMER) {
				violations
					.add(new FieldViolation("providerId", "not-customer", "a customer does not provide services"));
			}
		}
		for (int i = 0; i < header.serviceIds().size(); i++) {
			if (!lookup.services.containsKey(header.serviceIds().get(i))) {
				violations.add(new FieldViolation("serviceIds[" + i + "]", "exists",
						"service " + header.serviceIds().get(i) + " does not exist"));
			}
		}
		if (lookup.calendarName(header.calendarId()) == null) {
			violations
				.add(new FieldViolation("calendarId", "exists", "calendar " + header.calendarId() + " does not exist"));
		}
		if (header.owner() != null && !this.identity.existsUser(header.owner())) {
			violations.add(new FieldViolation("owner", "exists", "there is no user '" + header.owner() + "'"));
		}
		if (header.validFrom() != null && header.validUntil() != null
				&& header.validUntil().isBefore(header.validFrom())) {
			violations.add(new FieldViolation("validUntil", "after-start", "the end date is before the start date"));
		}
		if (header.reviewOn() != null && header.validUntil() != null
				&& header.reviewOn().isAfter(header.validUntil())) {
			violations.add(new FieldViolation("reviewOn", "within-validity", "the review date is after the end date"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	/**
	 * @param complete whether the terms are put to the other side: then every priority
	 * needs targets
	 */
	private void validate(AgreementTerms terms, boolean complete, UUID providerId, UUID consumerId) {
		List<FieldViolation> violations = new ArrayList<>();
		Set<Priority> seen = new HashSet<>();
		for (int i = 0; i < terms.targets().size(); i++) {
			AgreementTerms.Target target = terms.targets().get(i);
			String field = "targets[" + i + "]";
			if (!seen.add(target.priority())) {
				violations
					.add(new FieldViolation(field + ".priority", "unique", target.priority() + " is given twice"));
			}
			if (target.firstResponse().isNegative() || target.firstResponse().isZero()) {
				violations.add(new FieldViolation(field + ".firstResponse", "positive",
						"the first response target must be more than zero"));
			}
			if (target.resolution().compareTo(target.firstResponse()) < 0) {
				violations.add(new FieldViolation(field + ".resolution", "not-before-first-response",
						target.priority() + ": the resolution target is shorter than the first response target"));
			}
		}
		if (complete) {
			for (Priority priority : Priority.values()) {
				if (!seen.contains(priority)) {
					violations.add(new FieldViolation("targets", "every-priority", "targets are missing for "
							+ priority.label() + "; every priority needs targets before proposing"));
				}
			}
		}
		AgreementTerms.ClockRules rules = terms.clockRules();
		if (rules != null && rules.warningPercent() != null
				&& (rules.warningPercent() < 1 || rules.warningPercent() > 99)) {
			violations.add(new FieldViolation("clockRules.warningPercent", "range",
					"the warning share must be from 1 to 99 %"));
		}
		if (rules != null && rules.keepInformedEvery() != null
				&& (rules.keepInformedEvery().isNegative() || rules.keepInformedEvery().isZero())) {
			violations.add(new FieldViolation("clockRules.keepInformedEvery", "positive",
					"the keep-informed interval must be more than zero"));
		}
		for (int i = 0; i < terms.escalationPath().size(); i++) {
			UUID contactId = terms.escalationPath().get(i).contactId();
			Optional<ContactView> contact = findContact(contactId);
			if (contact.isEmpty()) {
				violations.add(new FieldViolation("escalationPath[" + i + "].contactId", "exists",
						"contact " + contactId + " does not exist"));
			}
			else if (!contact.get().partyId().equals(providerId) && !contact.get().partyId().equals(consumerId)) {
				violations.add(new FieldViolation("escalationPath[" + i + "].contactId", "party-of-agreement",
						contact.get().name() + " works for neither party of this agreement"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private void checkNoOverlap(Agreement agreement) {
		for (Agreement other : this.agreements
			.findByStatusIn(List.of(AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW))) {
			if (agreement.overlaps(other)) {
				throw new InvalidInputException("validFrom", "no-overlap", other.reference() + " " + other.getTitle()
						+ " already covers these parties and a shared service in an overlapping period; supersede it first");
			}
		}
	}

	// Helpers

	/**
	 * Tells the modules that inform people (notify) of a negotiation step, within this
	 * transaction.
	 */
	private void announce(Agreement agreement, AgreementNegotiated.Step step, Side side) {
		this.publisher.publishEvent(new AgreementNegotiated(agreement.getId(), agreement.reference(),
				agreement.getTitle(), step, side, agreement.getCurrentNumber(), agreement.getProviderId(),
				agreement.getConsumerId(), agreement.getOwner(), actor(), now()));
	}

	private AgreementView saved(Agreement agreement, Map<String, String> before, @Nullable String operation) {
		this.agreements.saveAndFlush(agreement);
		this.audit.updated(ENTITY, before, agreement);
		if (operation != null) {
			this.audit.record(ENTITY, agreement.getId(), agreement.getVersion(), "negotiation",
					List.of(new AuditEntryView.FieldChange("step", null, operation)));
		}
		return toView(agreement, lookup());
	}

	private Agreement load(UUID id) {
		return this.agreements.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private AgreementView toView(Agreement agreement, Lookup lookup) {
		List<UUID> serviceIds = agreement.getServiceIds().stream().sorted().toList();
		// Staff see login names (the owner field takes one); partner users see people by
		// their display names, never by login name.
		boolean outsider = CurrentUser.get().map((user) -> !user.isStaff()).orElse(false);
		Map<String, String> names = new HashMap<>();
		java.util.function.UnaryOperator<String> person = (username) -> !outsider ? username
				: names.computeIfAbsent(username, (name) -> "system".equals(name) ? "Servicechain"
						: this.identity.displayNameOf(name).orElse("(former user)"));
		return new AgreementView(agreement.getId(), agreement.getVersion(), agreement.reference(), agreement.getTitle(),
				agreement.getKind(), agreement.getFormality(), agreement.getProviderId(),
				lookup.partyName(agreement.getProviderId()), agreement.getConsumerId(),
				lookup.partyName(agreement.getConsumerId()), serviceIds,
				serviceIds.stream().map((id) -> lookup.services.getOrDefault(id, "?")).toList(),
				agreement.getCalendarId(),
				Optional.ofNullable(lookup.calendarName(agreement.getCalendarId())).orElse("(removed calendar)"),
				agreement.getStatus(), agreement.getValidFrom(), agreement.getValidUntil(), agreement.getReviewOn(),
				agreement.getSignedDocument(), person.apply(agreement.getOwner()), agreement.getCurrentNumber(),
				agreement.getAgreedNumber(), read(agreement.current().getTermsJson()),
				agreement.current().getProposedBy(),
				agreement.getVersions()
					.stream()
					.map((v) -> new AgreementView.VersionSummary(v.getNumber(), v.getProposedBy(),
							person.apply(v.getAuthor()), v.getNote(), v.getCreatedAt()))
					.toList(),
				agreement.getAcceptances()
					.stream()
					.map(Acceptance::toView)
					.map((a) -> new AgreementView.AcceptanceView(a.termsNumber(), a.side(), a.contactId(),
							a.contactName(), a.acceptedAt(), person.apply(a.recordedBy())))
					.toList(),
				agreement.getComments()
					.stream()
					.map(Comment::toView)
					.map((c) -> new AgreementView.CommentView(person.apply(c.author()), c.authorParty(), c.text(),
							c.createdAt()))
					.toList(),
				agreement.getCreatedAt());
	}

	AgreementTerms read(String termsJson) {
		return this.json.readValue(termsJson, AgreementTerms.class);
	}

	private String write(AgreementTerms terms) {
		return this.json.writeValueAsString(terms);
	}

	private Optional<ContactView> findContact(UUID contactId) {
		return SystemActor.call(() -> {
			try {
				return Optional.of(this.chain.contact(contactId));
			}
			catch (NotFoundException ex) {
				return Optional.empty();
			}
		});
	}

	private String contactName(UUID contactId) {
		return findContact(contactId).map(ContactView::name).orElse("(removed contact)");
	}

	/**
	 * Names of parties, services and calendars, read as the system: agreements show both
	 * parties' names to partner users, who may not browse the chain themselves.
	 */
	private Lookup lookup() {
		return SystemActor.call(() -> new Lookup(
				this.chain.allParties().stream().collect(Collectors.toMap(PartyView::id, (party) -> party)),
				this.chain.services().stream().collect(Collectors.toMap(ServiceView::id, ServiceView::name)),
				new HashMap<>(), this.calendars));
	}

	private record Lookup(Map<UUID, PartyView> parties, Map<UUID, String> services,
			Map<UUID, Optional<String>> calendars, BusinessCalendarManagement calendarManagement) {

		String partyName(UUID id) {
			PartyView party = this.parties.get(id);
			return party != null ? party.name() : "(removed party)";
		}

		@Nullable String calendarName(UUID id) {
			return this.calendars.computeIfAbsent(id, (key) -> SystemActor.call(() -> {
				try {
					return Optional.of(this.calendarManagement.get(key).name());
				}
				catch (NotFoundException ex) {
					return Optional.empty();
				}
			})).orElse(null);
		}

	}

	private String actor() {
		return CurrentUser.get().map(CurrentUser::getUsername).orElse("system");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static String hours(Duration duration) {
		long minutes = duration.toMinutes();
		return (minutes / 60) + "h" + ((minutes % 60) != 0 ? " " + (minutes % 60) + "m" : "");
	}

}
