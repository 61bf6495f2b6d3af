package org.servicechain.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.ConflictException;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * Subject access requests as tracked work (UK GDPR Art. 12(3) and 15): recorded when they
 * arrive, the requester's identity checked, the data gathered, and answered within one
 * calendar month (extendable by two) with the export of everything every module holds
 * about the person, as JSON and as a readable PDF of the same content. Open requests that
 * are overdue or due soon are what administrators see first. Every change and every
 * download is audited; all of it is for administrators.
 */
@Service
public class SubjectAccess {

	static final String ENTITY = "SubjectAccessRequest";

	private final SubjectAccessRequests requests;

	private final PrivacyReferences references;

	private final Privacy privacy;

	private final PrivacyAccessPolicy policy;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final Clock clock;

	SubjectAccess(SubjectAccessRequests requests, PrivacyReferences references, Privacy privacy,
			PrivacyAccessPolicy policy, IdentityManagement identity, AuditTrail audit, Clock clock) {
		this.requests = requests;
		this.references = references;
		this.privacy = privacy;
		this.policy = policy;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Which requests a list shows.
	 */
	public enum Show {

		/**
		 * Received, identity verified or gathering.
		 */
		OPEN,
		/**
		 * Open and past the due date.
		 */
		OVERDUE,
		/**
		 * Every request.
		 */
		ALL

	}

	/**
	 * One page of requests, the soonest due first.
	 * @param status only this status when given; otherwise what {@code show} says
	 */
	@Transactional(readOnly = true)
	public PageResponse<SubjectAccessRequestView> list(@Nullable SubjectAccessStatus status, Show show, int page,
			int size) {
		this.policy.requireAdminister();
		PageRequest paging = Paging.of(page, size,
				Sort.by(Sort.Order.asc("dueOn"), Sort.Order.desc("referenceNumber")));
		LocalDate today = today();
		Page<SubjectAccessRequest> found;
		if (status != null) {
			found = this.requests.findByStatusIn(List.of(status), paging);
		}
		else if (show == Show.OVERDUE) {
			found = this.requests.findByStatusInAndDueOnBefore(SubjectAccessStatus.open(), today, paging);
		}
		else if (show == Show.OPEN) {
			found = this.requests.findByStatusIn(SubjectAccessStatus.open(), paging);
		}
		else {
			found = this.requests.findAll(paging);
		}
		return PageResponse.of(found, (request) -> request.view(today));
	}

	/**
	 * The open requests that are overdue or due within
	 * {@value SubjectAccessDeadline#DUE_SOON_DAYS} days, the soonest first, for the
	 * privacy overview; empty for anyone but administrators.
	 */
	@Transactional(readOnly = true)
	public List<SubjectAccessRequestView> atRisk() {
		if (!this.policy.canAdminister()) {
			return List.of();
		}
		LocalDate today = today();
		return this.requests
			.findByStatusInAndDueOnLessThanEqualOrderByDueOnAsc(SubjectAccessStatus.open(),
					today.plusDays(SubjectAccessDeadline.DUE_SOON_DAYS))
			.stream()
			.map((request) -> request.view(today))
			.toList();
	}

	/**
	 * @return how many requests are open; 0 for anyone but administrators
	 */
	@Transactional(readOnly = true)
	public long openCount() {
		return this.policy.canAdminister() ? this.requests.countByStatusIn(SubjectAccessStatus.open()) : 0;
	}

	@Transactional(readOnly = true)
	public SubjectAccessRequestView get(UUID id) {
		this.policy.requireAdminister();
		return load(id).view(today());
	}

	/**
	 * Records a request as it arrives; the one-month clock starts on the day received.
	 */
	@Transactional
	public SubjectAccessRequestView create(NewSubjectAccessRequest command) {
		this.policy.requireAdminister();
		if (command.subjectKind() == null) {
			throw new InvalidInputException("subjectKind", "required",
					"Say whether the person is a contact or a customer");
		}
		if (command.subjectId() == null) {
			throw new InvalidInputException("subjectId", "required", "Say who the person is (their id)");
		}
		DataSubject subject = new DataSubject(command.subjectKind(), command.subjectId());
		try {
			this.privacy.requireKnownSubject(subject);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("subjectId", "known",
					"No " + command.subjectKind().path() + " with this id is held");
		}
		LocalDate today = today();
		if (command.receivedOn() == null) {
			throw new InvalidInputException("receivedOn", "required", "Say on which day the request was received");
		}
		if (command.receivedOn().isAfter(today)) {
			throw new InvalidInputException("receivedOn", "not-future", "A request cannot be received in the future");
		}
		if (command.receivedVia() == null) {
			throw new InvalidInputException("receivedVia", "required", "Say how the request was received");
		}
		if (command.note() != null && command.note().length() > 1000) {
			throw new InvalidInputException("note", "max-length", "Keep the note to 1000 characters");
		}
		String handler = handler(command.handler());
		SubjectAccessRequest request = new SubjectAccessRequest(this.references.nextRequest(), subject,
				command.receivedOn(), command.receivedVia(), command.note(), handler, this.clock.instant());
		this.requests.saveAndFlush(request);
		this.audit.created(ENTITY, request);
		return request.view(today);
	}

	/**
	 * Moves the request on: identity verified (by the caller, now), gathering, completed
	 * (which produces and keeps the export) or refused (with the reason).
	 */
	@Transactional
	public SubjectAccessRequestView moveTo(UUID id, long expectedVersion, @Nullable SubjectAccessStatus to,
			@Nullable String reason) {
		this.policy.requireAdminister();
		SubjectAccessRequest request = load(id);
		this.audit.checkVersion(ENTITY, request, expectedVersion);
		if (to == null) {
			throw new InvalidInputException("to", "required", "Say which status the request goes to");
		}
		Map<String, String> before = request.auditSnapshot();
		Instant now = this.clock.instant();
		if (to == SubjectAccessStatus.COMPLETED) {
			// Refused before the export is gathered when the request may not be
			// completed.
			request.requireCanMoveTo(to);
			request.complete(this.privacy.exportDocument(request.subject()), now);
			this.privacy.recordExported(request.subject(), "subject access export for " + request.reference());
		}
		else {
			request.moveTo(to, reason, actor(), now);
		}
		this.requests.saveAndFlush(request);
		this.audit.updated(ENTITY, before, request);
		return request.view(today());
	}

	/**
	 * Extends the time for the answer by one or two further months (Art. 12(3)), counted
	 * from the day the request was received.
	 */
	@Transactional
	public SubjectAccessRequestView extend(UUID id, long expectedVersion, int months, @Nullable String reason) {
		this.policy.requireAdminister();
		SubjectAccessRequest request = load(id);
		this.audit.checkVersion(ENTITY, request, expectedVersion);
		Map<String, String> before = request.auditSnapshot();
		request.extend(months, reason);
		this.requests.saveAndFlush(request);
		this.audit.updated(ENTITY, before, request);
		return request.view(today());
	}

	/**
	 * Hands the request to another administrator.
	 */
	@Transactional
	public SubjectAccessRequestView handOver(UUID id, long expectedVersion, @Nullable String handler) {
		this.policy.requireAdminister();
		SubjectAccessRequest request = load(id);
		this.audit.checkVersion(ENTITY, request, expectedVersion);
		if (handler == null || handler.isBlank()) {
			throw new InvalidInputException("handler", "required", "Say who handles the request");
		}
		Map<String, String> before = request.auditSnapshot();
		request.handOver(handler(handler));
		this.requests.saveAndFlush(request);
		this.audit.updated(ENTITY, before, request);
		return request.view(today());
	}

	/**
	 * The export given when the request was completed, as JSON. Every download is
	 * recorded in the person's trail.
	 * @throws ConflictException before the request is completed
	 */
	@Transactional
	public byte[] exportJson(UUID id) {
		this.policy.requireAdminister();
		SubjectAccessRequest request = load(id);
		byte[] export = request.getExportJson();
		if (export == null) {
			throw new ConflictException(
					request.reference() + " has no export yet: it is produced when the request is completed");
		}
		this.privacy.recordExported(request.subject(), "JSON of " + request.reference() + " downloaded");
		return export;
	}

	/**
	 * The same export, for {@link SubjectAccessPdf}; the download is recorded.
	 */
	@Transactional
	public ExportForPrint exportForPrint(UUID id) {
		this.policy.requireAdminister();
		SubjectAccessRequest request = load(id);
		byte[] export = request.getExportJson();
		if (export == null) {
			throw new ConflictException(
					request.reference() + " has no export yet: it is produced when the request is completed");
		}
		this.privacy.recordExported(request.subject(), "PDF of " + request.reference() + " downloaded");
		return new ExportForPrint(request.view(today()), export);
	}

	/**
	 * @param request the request the export answered
	 * @param json the export
	 */
	public record ExportForPrint(SubjectAccessRequestView request, byte[] json) {

	}

	/**
	 * The trail of one request, newest first.
	 */
	@Transactional(readOnly = true)
	public List<org.servicechain.shared.AuditEntryView> history(UUID id) {
		this.policy.requireAdminister();
		return this.audit.history(load(id).getId());
	}

	private String handler(@Nullable String handler) {
		if (handler == null || handler.isBlank()) {
			return actor();
		}
		String name = handler.strip();
		boolean administrator = this.identity.staffDirectory()
			.stream()
			.anyMatch((member) -> member.username().equalsIgnoreCase(name) && member.role() == Role.ADMIN);
		if (!administrator) {
			throw new InvalidInputException("handler", "administrator", "The handler must be an administrator");
		}
		return name;
	}

	private SubjectAccessRequest load(UUID id) {
		return this.requests.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), PrivacyTimes.ZONE);
	}

	private static String actor() {
		return CurrentUser.get().map(CurrentUser::getUsername).orElse("system");
	}

}
