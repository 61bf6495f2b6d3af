package org.servicechain.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.identity.CurrentUser;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;

/**
 * Personal data under UK GDPR and the Equality Act 2010 (REC-5, REC-6): the lawful basis,
 * consent and needs of a person; a subject access export of everything every module holds
 * about them; erasure by pseudonymisation that keeps the service history; retention rules
 * and the purge that applies them. Every export, erasure, rule change and purge is
 * audited.
 */
@Service
public class Privacy {

	static final String PERSON = "PrivacyPerson";

	static final String RETENTION = "RetentionRule";

	private final List<PersonalDataHolder> holders;

	private final PersonRecords records;

	private final RetentionRules rules;

	private final PrivacyAccessPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(tools.jackson.databind.cfg.DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	Privacy(List<PersonalDataHolder> holders, PersonRecords records, RetentionRules rules, PrivacyAccessPolicy policy,
			AuditTrail audit, Clock clock) {
		this.holders = holders;
		this.records = records;
		this.rules = rules;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	// The person's record

	@Transactional(readOnly = true)
	public PersonView person(DataSubject subject) {
		this.policy.requireRead();
		requireKnown(subject);
		return this.records.findById(subject.id())
			.map(PersonRecord::view)
			.orElseGet(() -> new PersonView(subject.kind(), subject.id(), 0, PersonDetails.none(), null, null, false));
	}

	@Transactional
	public PersonView record(DataSubject subject, PersonDetails details, long expectedVersion) {
		this.policy.requireEdit();
		requireKnown(subject);
		if (details.consentGivenOn() != null && details.consentWithdrawnOn() != null
				&& details.consentWithdrawnOn().isBefore(details.consentGivenOn())) {
			throw new InvalidInputException("consentWithdrawnOn", "after-given",
					"Consent cannot be withdrawn before it was given");
		}
		if (details.lawfulBasis() == LawfulBasis.CONSENT && details.consentGivenOn() == null) {
			throw new InvalidInputException("consentGivenOn", "required",
					"With consent as the lawful basis, say when it was given");
		}
		PersonRecord record = this.records.findById(subject.id()).orElse(null);
		if (record == null) {
			if (expectedVersion != 0) {
				throw new org.servicechain.shared.StaleVersionException(PERSON, expectedVersion, 0, List.of());
			}
			record = new PersonRecord(subject);
			record.apply(details);
			this.records.saveAndFlush(record);
			this.audit.created(PERSON, record);
			return record.view();
		}
		this.audit.checkVersion(PERSON, record, expectedVersion);
		Map<String, String> before = record.auditSnapshot();
		record.apply(details);
		this.records.saveAndFlush(record);
		this.audit.updated(PERSON, before, record);
		return record.view();
	}

	// Subject access

	/**
	 * Everything Servicechain holds about the person, from every module, as JSON (UK GDPR
	 * Art. 15). The export itself is audited.
	 */
	@Transactional
	public byte[] export(DataSubject subject) {
		this.policy.requireAdminister();
		requireKnown(subject);
		byte[] document = exportDocument(subject);
		this.audit.record(PERSON, subject.id(), currentVersion(subject), "exported",
				List.of(new AuditEntryView.FieldChange("export", null, "subject access export")));
		return document;
	}

	/**
	 * The export document itself, unaudited: for {@link #export} and for completing a
	 * subject access request, which audit it themselves.
	 */
	byte[] exportDocument(DataSubject subject) {
		Set<String> identifiers = identifiers(subject);
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("subject", Map.of("kind", subject.kind().path(), "id", subject.id().toString()));
		document.put("exportedAt", this.clock.instant().toString());
		document.put("exportedBy", CurrentUser.get().map(CurrentUser::getUsername).orElse("system"));
		document.put("privacy", person(subject));
		for (PersonalDataHolder holder : this.holders) {
			Object section = holder.export(subject, identifiers);
			if (section != null) {
				document.put(holder.area(), section);
			}
		}
		return this.json.writeValueAsBytes(document);
	}

	// Who viewed and exported

	/**
	 * The person's privacy record for the administrators' page and the API, recording in
	 * the audit trail that the caller viewed it (the needs shown beside a request are not
	 * recorded: they are there so whoever handles the person sees them).
	 */
	@Transactional
	public PersonView viewPerson(DataSubject subject) {
		PersonView person = person(subject);
		this.audit.record(PERSON, subject.id(), person.version(), "viewed",
				List.of(new AuditEntryView.FieldChange("viewed", null, "privacy record")));
		return person;
	}

	/**
	 * Who viewed or exported the person's personal data, newest first (administrators).
	 */
	@Transactional(readOnly = true)
	public org.servicechain.shared.PageResponse<AuditEntryView> accessLog(DataSubject subject, int page, int size) {
		this.policy.requireAdminister();
		requireKnown(subject);
		List<AuditEntryView> entries = this.audit.history(subject.id())
			.stream()
			.filter((entry) -> PERSON.equals(entry.entityType()) && ACCESS_OPERATIONS.contains(entry.operation()))
			.toList();
		return org.servicechain.shared.Paging.slice(entries, page, size);
	}

	static final Set<String> ACCESS_OPERATIONS = Set.of("viewed", "exported");

	/**
	 * Records in the person's trail that their data was exported, and why.
	 */
	void recordExported(DataSubject subject, String what) {
		this.audit.record(PERSON, subject.id(), currentVersion(subject), "exported",
				List.of(new AuditEntryView.FieldChange("export", null, what)));
	}

	/**
	 * @throws NotFoundException when no module knows the subject
	 */
	void requireKnownSubject(DataSubject subject) {
		requireKnown(subject);
	}

	// Erasure

	/**
	 * Erasure (UK GDPR Art. 17) by pseudonymisation: every module replaces the person's
	 * data with a pseudonym stable for the person, and keeps the service history.
	 * @return what was changed and kept
	 */
	@Transactional
	public Erasure erase(DataSubject subject, String reason) {
		this.policy.requireAdminister();
		requireKnown(subject);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "required", "Say why the data is erased (the request, its date)");
		}
		String pseudonym = pseudonym(subject);
		Set<String> identifiers = identifiers(subject);
		List<String> changes = new ArrayList<>();
		for (PersonalDataHolder holder : this.holders) {
			for (String change : holder.pseudonymise(subject, identifiers, pseudonym)) {
				changes.add(holder.area() + ": " + change);
			}
		}
		PersonRecord record = this.records.findById(subject.id()).orElseGet(() -> new PersonRecord(subject));
		Map<String, String> before = record.isNew() ? Map.of() : record.auditSnapshot();
		record.erase(pseudonym, this.clock.instant());
		this.records.saveAndFlush(record);
		List<AuditEntryView.FieldChange> audited = new ArrayList<>();
		audited.add(new AuditEntryView.FieldChange("reason", null, reason.strip()));
		audited.add(new AuditEntryView.FieldChange("pseudonym", before.get("pseudonym"), pseudonym));
		for (String change : changes) {
			audited.add(new AuditEntryView.FieldChange("changed", null, change));
		}
		this.audit.record(PERSON, subject.id(), record.getVersion(), "erased", audited);
		return new Erasure(pseudonym, changes);
	}

	/**
	 * @param pseudonym what the person is called from now on
	 * @param changes what each module replaced, and what it kept
	 */
	public record Erasure(String pseudonym, List<String> changes) {

	}

	/**
	 * A pseudonym derived from the person's id: the same person always gets the same one,
	 * and it tells nothing about them.
	 */
	static String pseudonym(DataSubject subject) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("servicechain-subject:" + subject.id()).getBytes(StandardCharsets.UTF_8));
			return "Person " + HexFormat.of().formatHex(digest, 0, 5).toUpperCase(java.util.Locale.ROOT);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// Retention

	@Transactional
	public List<RetentionView> retentionRules() {
		this.policy.requireRead();
		return rulesByKind().values().stream().map(RetentionRule::view).toList();
	}

	@Transactional
	public RetentionView setRetention(String kind, int months, boolean enabled) {
		this.policy.requireAdminister();
		if (!knownKinds().containsKey(kind)) {
			throw new InvalidInputException("kind", "one-of", "Retention rules exist for " + knownKinds().keySet());
		}
		if (months < 0 || months > 1200) {
			throw new InvalidInputException("months", "range", "Keep records between 0 and 1200 months");
		}
		RetentionRule rule = rulesByKind().get(kind);
		Map<String, String> before = rule.auditSnapshot();
		rule.change(months, enabled);
		this.rules.saveAndFlush(rule);
		this.audit.updated(RETENTION, before, rule);
		return rule.view();
	}

	/**
	 * Applies every enabled retention rule: each module anonymises the records of the
	 * kind that ended more than the rule's months ago. Run daily by
	 * {@link RetentionPurge}, and by administrators on demand.
	 * @return how many records were anonymised, by kind
	 */
	@Transactional
	public Map<String, Integer> purge() {
		this.policy.requireAdminister();
		Instant now = this.clock.instant();
		Map<String, Integer> done = new LinkedHashMap<>();
		for (RetentionRule rule : rulesByKind().values()) {
			if (!rule.isEnabled()) {
				continue;
			}
			Instant cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(rule.getMonths()).toInstant();
			int count = 0;
			for (PersonalDataHolder holder : this.holders) {
				if (holder.retentionKinds().containsKey(rule.getKind())) {
					count += holder.anonymiseBefore(rule.getKind(), cutoff);
				}
			}
			done.put(rule.getKind(), count);
			if (count > 0) {
				this.audit.record(RETENTION, rule.getId(), rule.getVersion(), "purged", List
					.of(new AuditEntryView.FieldChange("anonymised", null, count + " records ended before " + cutoff)));
			}
		}
		return done;
	}

	private Map<String, RetentionRule> rulesByKind() {
		Map<String, RetentionRule> byKind = new LinkedHashMap<>();
		for (Map.Entry<String, Period> kind : knownKinds().entrySet()) {
			RetentionRule rule = this.rules.findById(kind.getKey()).orElseGet(() -> {
				RetentionRule created = new RetentionRule(kind.getKey(), (int) kind.getValue().toTotalMonths());
				return this.rules.saveAndFlush(created);
			});
			byKind.put(kind.getKey(), rule);
		}
		return byKind;
	}

	private Map<String, Period> knownKinds() {
		Map<String, Period> kinds = new LinkedHashMap<>();
		this.holders.forEach((holder) -> kinds.putAll(holder.retentionKinds()));
		return kinds;
	}

	private Set<String> identifiers(DataSubject subject) {
		Set<String> identifiers = new LinkedHashSet<>();
		this.holders.forEach((holder) -> identifiers.addAll(holder.identifiers(subject)));
		identifiers.removeIf((identifier) -> identifier == null || identifier.strip().length() < 3);
		return identifiers;
	}

	private long currentVersion(DataSubject subject) {
		return this.records.findById(subject.id()).map(PersonRecord::getVersion).orElse(0L);
	}

	/**
	 * A subject no module knows answers 404, like any record that does not exist.
	 */
	private void requireKnown(DataSubject subject) {
		for (PersonalDataHolder holder : this.holders) {
			if (!holder.identifiers(subject).isEmpty()) {
				return;
			}
		}
		if (this.records.existsById(subject.id())) {
			return;
		}
		throw new NotFoundException(subject.kind() == DataSubject.Kind.CONTACT ? "Contact" : "Person", subject.id());
	}

	@Nullable PersonalDataHolder holder(String area) {
		return this.holders.stream().filter((holder) -> holder.area().equals(area)).findFirst().orElse(null);
	}

}
