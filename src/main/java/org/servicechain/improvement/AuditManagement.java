package org.servicechain.improvement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.PartyView;
import org.servicechain.feedback.ActionDetails;
import org.servicechain.feedback.ActionView;
import org.servicechain.feedback.FeedbackChannel;
import org.servicechain.feedback.ImprovementManagement;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.StaffMember;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * Audits and mystery shops (FB-7; B10 2.7, 2.8; 328 6.3, 10.3): scheduled by managers
 * from a template for a team, a partner or a channel; conducted by the assigned auditor,
 * who records a result per item and findings; completed once every item is answered,
 * which fixes the score and, for a recurring audit, schedules the next. A manager raises
 * an improvement action from a finding through the feedback module's
 * {@link ImprovementManagement}, the action naming the audit and finding and the finding
 * the action.
 */
@Service
public class AuditManagement {

	static final String ENTITY = "Audit";

	private final Audits audits;

	private final AuditTemplates templates;

	private final AuditNumbers numbers;

	private final AuditAccessPolicy access;

	private final ChainManagement chain;

	private final IdentityManagement identity;

	private final ImprovementManagement improvement;

	private final AuditTrail audit;

	private final Clock clock;

	AuditManagement(Audits audits, AuditTemplates templates, AuditNumbers numbers, AuditAccessPolicy access,
			ChainManagement chain, IdentityManagement identity, ImprovementManagement improvement, AuditTrail audit,
			Clock clock) {
		this.audits = audits;
		this.templates = templates;
		this.numbers = numbers;
		this.access = access;
		this.chain = chain;
		this.identity = identity;
		this.improvement = improvement;
		this.audit = audit;
		this.clock = clock;
	}

	// Commands

	@Transactional
	public AuditView schedule(AuditSchedule schedule) {
		CurrentUser caller = this.access.requireManage();
		List<FieldViolation> problems = new ArrayList<>();
		ChecklistTemplate template = null;
		if (schedule.templateId() == null) {
			problems.add(new FieldViolation("templateId", "required", "Choose the checklist"));
		}
		else {
			try {
				template = this.templates.load(schedule.templateId());
			}
			catch (NotFoundException ex) {
				problems.add(new FieldViolation("templateId", "exists", "No such checklist"));
			}
		}
		Audit.Subject subject = (template != null) ? subject(template.getSubjectKind(), schedule, problems) : null;
		StaffMember auditor = null;
		if (schedule.auditor() == null || schedule.auditor().isBlank()) {
			problems.add(new FieldViolation("auditor", "required", "Choose the auditor"));
		}
		else {
			auditor = this.identity.staffDirectory()
				.stream()
				.filter((member) -> member.username().equalsIgnoreCase(schedule.auditor().strip()) && member.enabled())
				.findFirst()
				.orElse(null);
			if (auditor == null) {
				problems.add(new FieldViolation("auditor", "exists", "The auditor must be an active member of staff"));
			}
		}
		if (schedule.dueOn() == null) {
			problems.add(new FieldViolation("dueOn", "required", "Give the date it is due"));
		}
		if (schedule.recurUnit() != null
				&& (schedule.recurEvery() == null || schedule.recurEvery() < 1 || schedule.recurEvery() > 52)) {
			problems.add(new FieldViolation("recurEvery", "range", "Recur every 1 to 52 weeks or months"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Audit scheduled = new Audit(this.numbers.next(), template, subject, auditor.username(), auditor.displayName(),
				schedule.dueOn(), schedule.recurUnit(), schedule.recurEvery(), caller.getUsername(), now());
		this.audits.saveAndFlush(scheduled);
		this.audit.created(ENTITY, scheduled);
		return view(caller, scheduled);
	}

	private Audit.@Nullable Subject subject(AuditSubjectKind kind, AuditSchedule schedule,
			List<FieldViolation> problems) {
		if (kind == AuditSubjectKind.CHANNEL) {
			FeedbackChannel channel = schedule.subjectChannel();
			if (channel == null) {
				problems.add(new FieldViolation("subjectChannel", "required", "Choose the channel audited"));
				return null;
			}
			return new Audit.Subject(kind, null, channel.name(), channel.label());
		}
		if (schedule.subjectPartyId() == null) {
			problems.add(new FieldViolation("subjectPartyId", "required",
					(kind == AuditSubjectKind.TEAM) ? "Choose the team audited" : "Choose the partner audited"));
			return null;
		}
		PartyView party;
		try {
			party = this.chain.party(schedule.subjectPartyId());
		}
		catch (NotFoundException ex) {
			problems.add(new FieldViolation("subjectPartyId", "exists", "No such party"));
			return null;
		}
		boolean fits = (kind == AuditSubjectKind.TEAM) ? party.kind() == PartyKind.INTERNAL_TEAM
				: party.kind() == PartyKind.PARTNER || party.kind() == PartyKind.SUPPLIER;
		if (!fits) {
			problems.add(new FieldViolation("subjectPartyId", "kind", (kind == AuditSubjectKind.TEAM)
					? "This checklist audits a team of our own" : "This checklist audits a partner or supplier"));
			return null;
		}
		return new Audit.Subject(kind, party.id(), null, party.name());
	}

	/**
	 * Records results (and notes) for some or all items; the first result starts the
	 * audit.
	 */
	@Transactional
	public AuditView record(UUID id, long version, List<ItemAnswer> answers) {
		CurrentUser caller = this.access.caller();
		Audit audit = load(id);
		this.access.requireConduct(caller, audit);
		this.audit.checkVersion(ENTITY, audit, version);
		Map<String, String> before = audit.auditSnapshot();
		audit.record(answers, now());
		return saved(caller, before, audit);
	}

	@Transactional
	public AuditView addFinding(UUID id, long version, FindingDetails details) {
		CurrentUser caller = this.access.caller();
		Audit audit = load(id);
		this.access.requireConduct(caller, audit);
		this.audit.checkVersion(ENTITY, audit, version);
		Map<String, String> before = audit.auditSnapshot();
		audit.addFinding(details, caller.getUsername(), now());
		return saved(caller, before, audit);
	}

	/**
	 * Completes the audit (every item answered); a recurring one schedules its next.
	 */
	@Transactional
	public AuditView complete(UUID id, long version) {
		CurrentUser caller = this.access.caller();
		Audit audit = load(id);
		this.access.requireConduct(caller, audit);
		this.audit.checkVersion(ENTITY, audit, version);
		Map<String, String> before = audit.auditSnapshot();
		audit.complete(now());
		LocalDate nextDue = audit.nextDue();
		if (nextDue != null) {
			ChecklistTemplate template = this.templates.load(audit.getTemplateId());
			Audit next = new Audit(this.numbers.next(), template, audit.subject(), audit.getAuditor(),
					audit.getAuditorName(), nextDue, audit.getRecurUnit(), audit.getRecurEvery(), caller.getUsername(),
					now());
			next.follows(audit.getId());
			this.audits.saveAndFlush(next);
			this.audit.created(ENTITY, next);
			audit.followedBy(next.getId());
		}
		return saved(caller, before, audit);
	}

	@Transactional
	public AuditView cancel(UUID id, long version, @Nullable String reason) {
		CurrentUser caller = this.access.requireManage();
		Audit audit = load(id);
		this.audit.checkVersion(ENTITY, audit, version);
		Map<String, String> before = audit.auditSnapshot();
		audit.cancel(reason, now());
		return saved(caller, before, audit);
	}

	/**
	 * Raises an improvement action from a finding (managers): the feedback module starts
	 * it with the metric and target the manager chose, its links naming the audit and the
	 * finding; the finding records the action.
	 * @param details the action as the manager filled it in; its links are kept after the
	 * audit's reference
	 * @return the action started
	 */
	@Transactional
	public ActionView raiseAction(UUID id, long version, int findingNumber, ActionDetails details) {
		CurrentUser caller = this.access.requireManage();
		Audit audit = load(id);
		this.audit.checkVersion(ENTITY, audit, version);
		audit.actionable(findingNumber);
		Map<String, String> before = audit.auditSnapshot();
		String link = audit.reference() + " finding " + findingNumber;
		String links = (details.links() == null || details.links().isBlank()) ? link
				: link + "; " + details.links().strip();
		ActionView action = this.improvement.start(new ActionDetails(details.title(), details.owner(), details.metric(),
				details.surveyId(), details.serviceId(), details.theme(), details.target(), details.deadline(),
				details.alertId(), links, details.agreementId()));
		audit.raised(findingNumber, action.id(), action.title());
		saved(caller, before, audit);
		return action;
	}

	private AuditView saved(CurrentUser caller, Map<String, String> before, Audit audit) {
		this.audits.saveAndFlush(audit);
		this.audit.updated(ENTITY, before, audit);
		return view(caller, audit);
	}

	// Queries

	@Transactional(readOnly = true)
	public AuditView audit(UUID id) {
		CurrentUser caller = this.access.caller();
		Audit audit = load(id);
		this.access.requireRead(caller, audit);
		return view(caller, audit);
	}

	@Transactional(readOnly = true)
	public PageResponse<AuditSummary> audits(AuditFilter filter, int page, int size) {
		return Paging.slice(visible(filter), page, size);
	}

	/**
	 * @return how many audits the caller may see are overdue (for the managers' card)
	 */
	@Transactional(readOnly = true)
	public long overdueCount() {
		return visible(new AuditFilter(null, null, true)).size();
	}

	/**
	 * What the dashboard shows a member of staff about audits: the overdue ones they may
	 * see, and the open audits they are to conduct, soonest due first.
	 */
	@Transactional(readOnly = true)
	public Attention attention() {
		CurrentUser caller = this.access.requireStaff();
		LocalDate today = today();
		List<Audit> visible = this.audits.findAllByOrderByDueOnDescNumberDesc()
			.stream()
			.filter((audit) -> this.access.canRead(caller, audit))
			.toList();
		return new Attention(visible.stream().filter((audit) -> audit.overdue(today)).count(),
				visible.stream()
					.filter((audit) -> audit.open() && audit.getAuditor().equals(caller.getUsername()))
					.map((audit) -> summary(audit, today))
					.sorted(Comparator.comparing(AuditSummary::dueOn))
					.toList());
	}

	/**
	 * The dashboard's audit panel.
	 */
	public record Attention(long overdue, List<AuditSummary> toConduct) {

		public boolean empty() {
			return this.overdue == 0 && this.toConduct.isEmpty();
		}

	}

	/**
	 * @return the subjects of the audits the caller may see, key → name, by name
	 */
	@Transactional(readOnly = true)
	public Map<String, String> subjects() {
		Map<String, String> subjects = new java.util.TreeMap<>();
		visible(AuditFilter.none()).forEach((summary) -> subjects.put(summary.subjectKey(), summary.subjectName()));
		Map<String, String> byName = new java.util.LinkedHashMap<>();
		subjects.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
			.forEach((entry) -> byName.put(entry.getKey(), entry.getValue()));
		return byName;
	}

	/**
	 * A subject's audits and the trend of its completed scores.
	 * @param subjectKey a party id or a channel name
	 */
	@Transactional(readOnly = true)
	public SubjectHistory history(String subjectKey) {
		List<AuditSummary> audits = visible(new AuditFilter(null, subjectKey, false));
		if (audits.isEmpty()) {
			throw new NotFoundException("Audit subject", subjectKey);
		}
		CurrentUser caller = this.access.caller();
		List<SubjectHistory.Point> points = this.audits.findAllByOrderByDueOnDescNumberDesc()
			.stream()
			.filter((audit) -> audit.subject().key().equals(subjectKey))
			.filter((audit) -> this.access.canRead(caller, audit))
			.filter((audit) -> audit.getStatus() == AuditStatus.COMPLETED && audit.getScore() != null)
			.sorted(Comparator.comparing(Audit::getCompletedAt))
			.map((audit) -> new SubjectHistory.Point(audit.reference(),
					audit.getCompletedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), audit.getTemplateName(),
					audit.getScore()))
			.toList();
		Double latest = points.isEmpty() ? null : points.get(points.size() - 1).score();
		Double average = points.isEmpty() ? null
				: Math.round(10.0 * points.stream().mapToDouble(SubjectHistory.Point::score).average().orElse(0))
						/ 10.0;
		return new SubjectHistory(subjectKey, audits.get(0).subjectName(), audits, points, latest, average);
	}

	/**
	 * @return the audit's trail of changes, newest first, for whoever may read it
	 */
	@Transactional(readOnly = true)
	public List<org.servicechain.shared.AuditEntryView> changes(UUID id) {
		CurrentUser caller = this.access.caller();
		Audit audit = load(id);
		this.access.requireRead(caller, audit);
		return this.audit.history(id);
	}

	private List<AuditSummary> visible(AuditFilter filter) {
		CurrentUser caller = this.access.requireStaff();
		LocalDate today = today();
		return this.audits.findAllByOrderByDueOnDescNumberDesc()
			.stream()
			.filter((audit) -> this.access.canRead(caller, audit))
			.filter((audit) -> filter.status() == null || audit.getStatus() == filter.status())
			.filter((audit) -> filter.subject() == null || filter.subject().isBlank()
					|| audit.subject().key().equals(filter.subject()))
			.filter((audit) -> !filter.overdueOnly() || audit.overdue(today))
			.map((audit) -> summary(audit, today))
			.toList();
	}

	private static AuditSummary summary(Audit audit, LocalDate today) {
		return new AuditSummary(audit.getId(), audit.reference(), audit.getTemplateName(), audit.getKind(),
				audit.subject().kind(), audit.subject().key(), audit.subject().name(), audit.getAuditorName(),
				audit.getDueOn(), audit.getStatus(), audit.overdue(today), audit.getScore(),
				audit.getFindings().size());
	}

	private Audit load(UUID id) {
		return this.audits.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private AuditView view(CurrentUser caller, Audit audit) {
		Audit previous = (audit.getPreviousId() != null) ? this.audits.findById(audit.getPreviousId()).orElse(null)
				: null;
		Audit next = (audit.getNextId() != null) ? this.audits.findById(audit.getNextId()).orElse(null) : null;
		Map<String, String> people = new java.util.HashMap<>();
		List<AuditView.Item> items = new ArrayList<>();
		for (int i = 0; i < audit.getItems().size(); i++) {
			AuditItem item = audit.getItems().get(i);
			items.add(new AuditView.Item(i + 1, item.getQuestion(), item.getGuidance(), item.getWeight(),
					item.getResult(), item.getNote()));
		}
		List<AuditView.Finding> findings = audit.getFindings()
			.stream()
			.map((finding) -> new AuditView.Finding(finding.getNumber(), finding.getItemPosition(),
					finding.getSeverity(), finding.getText(), finding.getActionId(), finding.getActionTitle(),
					people.computeIfAbsent(finding.getRecordedBy(),
							(username) -> this.identity.displayNameOf(username).orElse(username)),
					finding.getRecordedAt()))
			.toList();
		Audit.Subject subject = audit.subject();
		Double score = (audit.getStatus() == AuditStatus.COMPLETED) ? audit.getScore() : audit.currentScore();
		return new AuditView(audit.getId(), audit.getVersion(), audit.reference(), audit.getTemplateId(),
				audit.getTemplateName(), audit.getTemplateRevision(), audit.getKind(), subject.kind(),
				subject.partyId(), subject.channel(), subject.name(), audit.getAuditor(), audit.getAuditorName(),
				audit.getDueOn(), audit.getStatus(), audit.overdue(today()), audit.recurrence(), score,
				audit.getStartedAt(), audit.getCompletedAt(), audit.getCancelReason(),
				(previous != null) ? previous.reference() : null, audit.getPreviousId(),
				(next != null) ? next.reference() : null, audit.getNextId(), items, findings,
				audit.open() && this.access.canConduct(caller, audit), AuditAccessPolicy.manager(caller));
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
