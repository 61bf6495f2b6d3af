package org.servicechain.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.servicechain.shared.AssignedIdEntity;
import org.servicechain.shared.Auditable;

/**
 * A service audit or mystery shop of one subject (a team, a partner or a channel) against
 * a checklist (FB-7; B10 2.7, 2.8; 328 6.3, 10.3). It keeps a copy of the checklist items
 * as they were when it was scheduled. Lifecycle: SCHEDULED → IN_PROGRESS (first result
 * recorded) → COMPLETED (every item answered; the score is fixed), or CANCELLED with a
 * reason from either open state. Findings may be recorded until it is cancelled, and each
 * may raise one improvement action. A recurring audit names the next one scheduled when
 * it was completed.
 */
@Entity
@Table(name = "improvement_audit")
class Audit extends AssignedIdEntity implements Auditable {

	static final String PREFIX = "AUD-";

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, updatable = false)
	private long number;

	@Column(name = "template_id", nullable = false)
	private UUID templateId;

	@Column(name = "template_name", nullable = false, length = 200)
	private String templateName;

	@Column(name = "template_revision", nullable = false)
	private int templateRevision;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private AuditKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_kind", nullable = false, length = 20)
	private AuditSubjectKind subjectKind;

	@Column(name = "subject_party_id")
	private @Nullable UUID subjectPartyId;

	@Column(name = "subject_channel", length = 30)
	private @Nullable String subjectChannel;

	@Column(name = "subject_name", nullable = false, length = 300)
	private String subjectName;

	@Column(nullable = false, length = 100)
	private String auditor;

	@Column(name = "auditor_name", nullable = false, length = 200)
	private String auditorName;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AuditStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "recur_unit", length = 10)
	private @Nullable RecurrenceUnit recurUnit;

	@Column(name = "recur_every")
	private @Nullable Integer recurEvery;

	private @Nullable Double score;

	@Column(name = "started_at")
	private @Nullable Instant startedAt;

	@Column(name = "completed_at")
	private @Nullable Instant completedAt;

	@Column(name = "cancelled_at")
	private @Nullable Instant cancelledAt;

	@Column(name = "cancel_reason", length = 1000)
	private @Nullable String cancelReason;

	@Column(name = "previous_id")
	private @Nullable UUID previousId;

	@Column(name = "next_id")
	private @Nullable UUID nextId;

	@Column(name = "created_by", nullable = false, length = 100)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	// Lists read every audit: their items and findings come 100 audits to a query.
	@org.hibernate.annotations.BatchSize(size = 100)
	@CollectionTable(name = "improvement_audit_item", joinColumns = @JoinColumn(name = "audit_id"))
	@OrderColumn(name = "position")
	private List<AuditItem> items = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "improvement_audit_finding", joinColumns = @JoinColumn(name = "audit_id"))
	@OrderColumn(name = "position")
	private List<AuditFinding> findings = new ArrayList<>();

	protected Audit() {
	}

	/**
	 * The subject an audit looks at: a party (team or partner) or a channel.
	 */
	record Subject(AuditSubjectKind kind, @Nullable UUID partyId, @Nullable String channel, String name) {

		String key() {
			return (this.partyId != null) ? this.partyId.toString() : String.valueOf(this.channel);
		}

	}

	Audit(long number, ChecklistTemplate template, Subject subject, String auditor, String auditorName, LocalDate dueOn,
			@Nullable RecurrenceUnit recurUnit, @Nullable Integer recurEvery, String createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.templateId = template.getId();
		this.templateName = template.getName();
		this.templateRevision = template.getRevision();
		this.kind = template.getKind();
		this.subjectKind = subject.kind();
		this.subjectPartyId = subject.partyId();
		this.subjectChannel = subject.channel();
		this.subjectName = subject.name();
		this.auditor = auditor;
		this.auditorName = auditorName;
		this.dueOn = dueOn;
		this.status = AuditStatus.SCHEDULED;
		this.recurUnit = recurUnit;
		this.recurEvery = (recurUnit != null) ? recurEvery : null;
		this.createdBy = createdBy;
		this.createdAt = now;
		for (TemplateItem item : template.getItems()) {
			this.items.add(new AuditItem(item.getQuestion(), item.getGuidance(), item.getWeight()));
		}
	}

	// Transitions

	/**
	 * Records results; the first one starts the audit.
	 */
	void record(List<ItemAnswer> answers, Instant now) {
		requireOpen("results");
		for (ItemAnswer answer : answers) {
			if (answer.position() < 1 || answer.position() > this.items.size()) {
				throw new AuditRuleException("position", "exists",
						"The checklist has items 1 to " + this.items.size() + ", not " + answer.position());
			}
			if (answer.note() != null && answer.note().length() > 2000) {
				throw new AuditRuleException("items[" + answer.position() + "].note", "length",
						"At most 2000 characters");
			}
		}
		for (ItemAnswer answer : answers) {
			this.items.get(answer.position() - 1).answer(answer.result(), answer.note());
		}
		if (this.status == AuditStatus.SCHEDULED && answers.stream().anyMatch((a) -> a.result() != null)) {
			this.status = AuditStatus.IN_PROGRESS;
			this.startedAt = now;
		}
	}

	/**
	 * Completes the audit once every item is answered, fixing its score.
	 */
	void complete(Instant now) {
		requireOpen("status");
		List<Integer> unanswered = new ArrayList<>();
		for (int i = 0; i < this.items.size(); i++) {
			if (this.items.get(i).getResult() == null) {
				unanswered.add(i + 1);
			}
		}
		if (!unanswered.isEmpty()) {
			throw new AuditRuleException("items", "answered",
					"Answer every item before completing the audit; still open: " + unanswered);
		}
		if (this.startedAt == null) {
			this.startedAt = now;
		}
		this.score = currentScore();
		this.status = AuditStatus.COMPLETED;
		this.completedAt = now;
	}

	void cancel(@Nullable String reason, Instant now) {
		requireOpen("status");
		if (reason == null || reason.isBlank()) {
			throw new AuditRuleException("reason", "required", "Say why the audit is cancelled");
		}
		if (reason.length() > 1000) {
			throw new AuditRuleException("reason", "length", "At most 1000 characters");
		}
		this.status = AuditStatus.CANCELLED;
		this.cancelReason = reason.strip();
		this.cancelledAt = now;
	}

	AuditFinding addFinding(FindingDetails details, String by, Instant now) {
		if (this.status == AuditStatus.CANCELLED) {
			throw new AuditRuleException("status", "open", "A cancelled audit takes no findings");
		}
		List<org.servicechain.shared.InvalidInputException.FieldViolation> problems = new ArrayList<>();
		if (details.severity() == null) {
			problems.add(new org.servicechain.shared.InvalidInputException.FieldViolation("severity", "required",
					"Choose how much the finding matters"));
		}
		if (details.text() == null || details.text().isBlank()) {
			problems.add(new org.servicechain.shared.InvalidInputException.FieldViolation("text", "required",
					"Say what was found"));
		}
		else if (details.text().length() > 2000) {
			problems.add(new org.servicechain.shared.InvalidInputException.FieldViolation("text", "length",
					"At most 2000 characters"));
		}
		Integer position = details.itemPosition();
		if (position != null) {
			if (position < 1 || position > this.items.size()) {
				problems.add(new org.servicechain.shared.InvalidInputException.FieldViolation("itemPosition", "exists",
						"The checklist has items 1 to " + this.items.size()));
			}
			else {
				ItemResult result = this.items.get(position - 1).getResult();
				if (result != ItemResult.NOT_MET && result != ItemResult.PARTLY) {
					problems.add(new org.servicechain.shared.InvalidInputException.FieldViolation("itemPosition",
							"unmet", "A finding on an item needs the item recorded as partly or not met"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new org.servicechain.shared.InvalidInputException(problems);
		}
		int next = this.findings.stream().mapToInt(AuditFinding::getNumber).max().orElse(0) + 1;
		AuditFinding finding = new AuditFinding(next, position, details.severity(), details.text().strip(), by, now);
		this.findings.add(finding);
		return finding;
	}

	AuditFinding finding(int number) {
		return this.findings.stream()
			.filter((finding) -> finding.getNumber() == number)
			.findFirst()
			.orElseThrow(() -> new org.servicechain.shared.NotFoundException("Finding", reference() + "/" + number));
	}

	/**
	 * Checks a finding may raise an action: the audit not cancelled, none raised yet.
	 */
	AuditFinding actionable(int number) {
		AuditFinding finding = finding(number);
		if (this.status == AuditStatus.CANCELLED) {
			throw new AuditRuleException("status", "open", "A cancelled audit raises no actions");
		}
		if (finding.getActionId() != null) {
			throw new AuditRuleException("finding", "once", "This finding already raised an action");
		}
		return finding;
	}

	void raised(int number, UUID actionId, String actionTitle) {
		actionable(number).raised(actionId, actionTitle);
	}

	void followedBy(UUID next) {
		this.nextId = next;
	}

	void follows(UUID previous) {
		this.previousId = previous;
	}

	private void requireOpen(String field) {
		if (!open()) {
			throw new AuditRuleException(field, "open",
					"The audit is " + this.status.label().toLowerCase(java.util.Locale.ROOT) + " and cannot change");
		}
	}

	// Queries

	boolean open() {
		return this.status == AuditStatus.SCHEDULED || this.status == AuditStatus.IN_PROGRESS;
	}

	boolean overdue(LocalDate today) {
		return open() && this.dueOn.isBefore(today);
	}

	@Nullable Double currentScore() {
		return AuditScore
			.of(this.items.stream().map((item) -> new AuditScore.Line(item.getWeight(), item.getResult())).toList());
	}

	/**
	 * @return when the next of a recurring audit is due, or {@literal null} when it does
	 * not recur
	 */
	@Nullable LocalDate nextDue() {
		if (this.recurUnit == null || this.recurEvery == null) {
			return null;
		}
		return switch (this.recurUnit) {
			case WEEKS -> this.dueOn.plusWeeks(this.recurEvery);
			case MONTHS -> this.dueOn.plusMonths(this.recurEvery);
		};
	}

	@Nullable String recurrence() {
		return (this.recurUnit == null || this.recurEvery == null) ? null
				: "Every " + this.recurEvery + " " + this.recurUnit.label();
	}

	String reference() {
		return PREFIX + this.number;
	}

	/**
	 * The party audited was found to be a duplicate and merged into another (REC-1): the
	 * audit, whatever its status, is of the survivor from now on, under its name, so the
	 * survivor's history and trend include it.
	 */
	void moveSubject(UUID into, String intoName) {
		this.subjectPartyId = into;
		this.subjectName = intoName;
	}

	Subject subject() {
		return new Subject(this.subjectKind, this.subjectPartyId, this.subjectChannel, this.subjectName);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	long getNumber() {
		return this.number;
	}

	UUID getTemplateId() {
		return this.templateId;
	}

	String getTemplateName() {
		return this.templateName;
	}

	int getTemplateRevision() {
		return this.templateRevision;
	}

	AuditKind getKind() {
		return this.kind;
	}

	@Nullable UUID getSubjectPartyId() {
		return this.subjectPartyId;
	}

	String getAuditor() {
		return this.auditor;
	}

	String getAuditorName() {
		return this.auditorName;
	}

	LocalDate getDueOn() {
		return this.dueOn;
	}

	AuditStatus getStatus() {
		return this.status;
	}

	@Nullable RecurrenceUnit getRecurUnit() {
		return this.recurUnit;
	}

	@Nullable Integer getRecurEvery() {
		return this.recurEvery;
	}

	@Nullable Double getScore() {
		return this.score;
	}

	@Nullable Instant getStartedAt() {
		return this.startedAt;
	}

	@Nullable Instant getCompletedAt() {
		return this.completedAt;
	}

	@Nullable String getCancelReason() {
		return this.cancelReason;
	}

	@Nullable UUID getPreviousId() {
		return this.previousId;
	}

	@Nullable UUID getNextId() {
		return this.nextId;
	}

	List<AuditItem> getItems() {
		return this.items;
	}

	List<AuditFinding> getFindings() {
		return this.findings;
	}

	@Override
	public Map<String, String> auditSnapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("reference", reference());
		snapshot.put("template", this.templateName + " r" + this.templateRevision);
		snapshot.put("subject", this.subjectName);
		snapshot.put("auditor", this.auditor);
		snapshot.put("dueOn", this.dueOn.toString());
		snapshot.put("status", this.status.name());
		snapshot.put("recurrence", recurrence());
		snapshot.put("score", (this.score != null) ? this.score.toString() : null);
		snapshot.put("cancelReason", this.cancelReason);
		snapshot.put("next", (this.nextId != null) ? this.nextId.toString() : null);
		for (int i = 0; i < this.items.size(); i++) {
			AuditItem item = this.items.get(i);
			if (item.getResult() != null || item.getNote() != null) {
				snapshot.put("item " + (i + 1), ((item.getResult() != null) ? item.getResult().name() : "—")
						+ ((item.getNote() != null) ? ": " + item.getNote() : ""));
			}
		}
		for (AuditFinding finding : this.findings) {
			snapshot.put("finding " + finding.getNumber(), finding.getSeverity().name() + ": " + finding.getText()
					+ ((finding.getActionId() != null) ? " → action " + finding.getActionId() : ""));
		}
		return snapshot;
	}

}
