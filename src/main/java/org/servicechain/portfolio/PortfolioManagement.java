package org.servicechain.portfolio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.ContactView;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.identity.UserView;
import org.servicechain.portfolio.PortfolioAccessPolicy.Standing;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * The competence evidence portfolio (REP-3): a practitioner's records suggested as
 * evidence, the pieces they choose, annotate and map to criteria, sufficiency and gaps
 * per criterion, the assessor's marks, witness testimony and the redacted export. Every
 * operation asks {@link PortfolioAccessPolicy} first; the other modules are read as the
 * system afterwards ({@link RecordFinder}).
 * <p>
 * A user is named by id or by login name.
 */
@Service
public class PortfolioManagement {

	static final String PORTFOLIO = "Portfolio";

	static final String EVIDENCE = "Portfolio evidence";

	static final String ASSESSMENT = "Portfolio assessment";

	static final String WITNESS = "Portfolio witness";

	static final int MAX_ANNOTATION = 4000;

	private final Portfolios portfolios;

	private final EvidencePieces pieces;

	private final CriterionAssessments assessments;

	private final WitnessRequests witnesses;

	private final CriteriaCatalogue catalogue;

	private final RecordFinder finder;

	private final PortfolioAccessPolicy policy;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final Clock clock;

	private final ChainManagement chain;

	private final ApplicationEventPublisher events;

	PortfolioManagement(Portfolios portfolios, EvidencePieces pieces, CriterionAssessments assessments,
			WitnessRequests witnesses, CriteriaCatalogue catalogue, RecordFinder finder, PortfolioAccessPolicy policy,
			IdentityManagement identity, AuditTrail audit, Clock clock, ChainManagement chain,
			ApplicationEventPublisher events) {
		this.chain = chain;
		this.events = events;
		this.portfolios = portfolios;
		this.pieces = pieces;
		this.assessments = assessments;
		this.witnesses = witnesses;
		this.catalogue = catalogue;
		this.finder = finder;
		this.policy = policy;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * One user's portfolio with every criterion's status, evidence and sufficiency.
	 * @param user id or login name; must not be {@literal null}.
	 * @throws NotFoundException when there is no such staff member or the caller may not
	 * see their portfolio
	 */
	@Transactional(readOnly = true)
	public PortfolioView portfolio(String user, int page, int size) {
		Access access = access(user);
		List<EvidencePiece> found = access.portfolio()
			.map((p) -> this.pieces.findByPortfolioIdOrderByOccurredAtAscIdAsc(p.getId()))
			.orElse(List.of());
		Map<String, AssessmentView> marks = access.portfolio()
			.map((p) -> this.assessments.findByPortfolioId(p.getId())
				.stream()
				.map(CriterionAssessment::toView)
				.collect(Collectors.toMap(AssessmentView::criterion, Function.identity())))
			.orElse(Map.of());
		List<EvidenceView> views = views(found);
		List<EvidenceView> newestFirst = new ArrayList<>(views);
		newestFirst.sort(Comparator.comparing(EvidenceView::occurredAt).reversed());
		UUID assessorId = access.portfolio().map(Portfolio::getAssessorId).orElse(null);
		return new PortfolioView(access.owner().id(), access.owner().username(), access.owner().displayName(),
				assessorId, (assessorId != null) ? displayName(assessorId) : null, standards(found, marks),
				Paging.slice(newestFirst, page, size), access.standing() == Standing.OWNER,
				access.standing() == Standing.ASSESSOR, access.standing() == Standing.MANAGER);
	}

	/**
	 * The practitioner's own records that could evidence criteria, newest first, each
	 * with the criteria it usually shows; those already chosen are marked.
	 */
	@Transactional(readOnly = true)
	public PageResponse<Suggestion> suggestions(String user, int page, int size) {
		Access access = access(user);
		this.policy.requireOwner(access.standing());
		Set<String> chosen = access.portfolio()
			.map((p) -> this.pieces.findByPortfolioIdOrderByOccurredAtAscIdAsc(p.getId())
				.stream()
				.map((piece) -> piece.getSourceKind() + ":" + piece.getSourceId())
				.collect(Collectors.toSet()))
			.orElse(Set.of());
		List<Suggestion> records = this.finder.recordsOf(access.owner())
			.stream()
			.map((s) -> s.withChosen(chosen.contains(s.kind() + ":" + s.sourceId())))
			.toList();
		return Paging.slice(records, page, size);
	}

	/**
	 * Adds one of the practitioner's own records as evidence, with what they did and why,
	 * mapped to one or more criteria.
	 */
	@Transactional
	public EvidenceView addEvidence(String user, NewEvidence evidence) {
		Access access = access(user);
		this.policy.requireOwner(access.standing());
		if (evidence.kind() == null) {
			throw new InvalidInputException("kind", "required", "say which kind of record this is");
		}
		if (evidence.sourceId() == null) {
			throw new InvalidInputException("sourceId", "required", "choose a record");
		}
		String annotation = annotation(evidence.annotation());
		Set<String> criteria = criteria(evidence.criteria());
		Suggestion source = this.finder.ownRecord(access.owner(), evidence.kind(), evidence.sourceId())
			.orElseThrow(() -> new InvalidInputException("sourceId", "own-record",
					"only records of your own work can be evidence"));
		Portfolio portfolio = access.portfolio().orElseGet(() -> create(access.owner()));
		boolean already = this.pieces.findByPortfolioIdOrderByOccurredAtAscIdAsc(portfolio.getId())
			.stream()
			.anyMatch((p) -> p.getSourceKind() == source.kind() && p.getSourceId().equals(source.sourceId()));
		if (already) {
			throw new InvalidInputException("sourceId", "unique", "this record is in the portfolio already");
		}
		EvidencePiece piece = this.pieces
			.save(new EvidencePiece(portfolio.getId(), source, annotation, criteria, Instant.now(this.clock)));
		this.audit.created(EVIDENCE, piece);
		return views(List.of(piece)).get(0);
	}

	/**
	 * Changes what a piece says and which criteria it shows.
	 */
	@Transactional
	public EvidenceView changeEvidence(String user, UUID evidenceId, long version, @Nullable String annotation,
			@Nullable List<String> criteria) {
		Access access = access(user);
		this.policy.requireOwner(access.standing());
		EvidencePiece piece = piece(access, evidenceId);
		this.audit.checkVersion(EVIDENCE, piece, version);
		Map<String, String> before = piece.auditSnapshot();
		piece.change(annotation(annotation), criteria(criteria));
		EvidencePiece saved = this.pieces.saveAndFlush(piece);
		this.audit.updated(EVIDENCE, before, saved);
		return views(List.of(saved)).get(0);
	}

	/**
	 * Takes a piece out of the portfolio, with its witness requests.
	 */
	@Transactional
	public void removeEvidence(String user, UUID evidenceId, long version) {
		Access access = access(user);
		this.policy.requireOwner(access.standing());
		EvidencePiece piece = piece(access, evidenceId);
		this.audit.checkVersion(EVIDENCE, piece, version);
		this.witnesses.deleteAll(this.witnesses.findByEvidenceIdInOrderByAskedAtAsc(List.of(evidenceId)));
		this.audit.deleted(EVIDENCE, piece);
		this.pieces.delete(piece);
	}

	/**
	 * The assigned assessor marks one criterion "working towards" or "signed off", with a
	 * comment.
	 * @param version the mark's version when changing one, {@literal null} for a first
	 * mark
	 */
	@Transactional
	public AssessmentView assess(String user, String code, @Nullable AssessmentStatus status, @Nullable String comment,
			@Nullable Long version) {
		Access access = access(user);
		this.policy.requireAssessor(access.standing());
		Portfolio portfolio = access.portfolio().orElseThrow();
		Criterion criterion = this.catalogue.criterion(code)
			.orElseThrow(() -> new InvalidInputException("criterion", "known", "no such criterion: " + code));
		if (status == null) {
			throw new InvalidInputException("status", "required", "choose working towards or signed off");
		}
		String text = (comment != null) ? comment.strip() : "";
		if (text.isEmpty()) {
			throw new InvalidInputException("comment", "required", "say why, for the practitioner");
		}
		if (text.length() > 2000) {
			throw new InvalidInputException("comment", "max-length", "at most 2000 characters");
		}
		Optional<CriterionAssessment> existing = this.assessments.findByPortfolioIdAndCriterionCode(portfolio.getId(),
				criterion.code());
		CurrentUser caller = this.policy.caller();
		Instant now = Instant.now(this.clock);
		if (existing.isPresent()) {
			CriterionAssessment mark = existing.get();
			if (version != null) {
				this.audit.checkVersion(ASSESSMENT, mark, version);
			}
			Map<String, String> before = mark.auditSnapshot();
			mark.mark(status, text, caller.getUsername(), caller.displayName(), now);
			CriterionAssessment saved = this.assessments.saveAndFlush(mark);
			this.audit.updated(ASSESSMENT, before, saved);
			return saved.toView();
		}
		CriterionAssessment mark = new CriterionAssessment(portfolio.getId(), criterion.code());
		mark.mark(status, text, caller.getUsername(), caller.displayName(), now);
		CriterionAssessment saved = this.assessments.save(mark);
		this.audit.created(ASSESSMENT, saved);
		return saved.toView();
	}

	/**
	 * A manager assigns the portfolio's assessor (a user with the assessor role), or
	 * takes the assignment away.
	 * @param assessor login name, or {@literal null} or blank for none
	 */
	@Transactional
	public PortfolioView assignAssessor(String user, @Nullable String assessor) {
		Access access = access(user);
		this.policy.requireManager(access.standing());
		UUID assessorId = null;
		if (assessor != null && !assessor.isBlank()) {
			UserView found = findUser(assessor).filter((u) -> u.role() == Role.ASSESSOR && u.enabled())
				.orElseThrow(
						() -> new InvalidInputException("assessor", "assessor", "name a user with the assessor role"));
			assessorId = found.id();
		}
		Portfolio portfolio = access.portfolio().orElseGet(() -> create(access.owner()));
		Map<String, String> before = portfolio.auditSnapshot();
		portfolio.assignAssessor(assessorId);
		Portfolio saved = this.portfolios.saveAndFlush(portfolio);
		this.audit.updated(PORTFOLIO, before, saved);
		return portfolio(user, 0, 20);
	}

	/**
	 * The portfolios assigned to the calling assessor.
	 */
	@Transactional(readOnly = true)
	public PageResponse<PortfolioSummary> assigned(int page, int size) {
		CurrentUser caller = this.policy.caller();
		if (!caller.hasRole(Role.ASSESSOR)) {
			return new PageResponse<>(List.of(), 0, size, 0, 0);
		}
		return PageResponse.of(
				this.portfolios.findByAssessorId(caller.id(),
						Paging.of(page, size, org.springframework.data.domain.Sort.by("ownerUsername"))),
				(portfolio) -> {
					UserView owner = SystemActor.call(() -> this.identity.user(portfolio.getOwnerId()));
					return new PortfolioSummary(owner.id(), owner.username(), owner.displayName(),
							this.pieces.findByPortfolioIdOrderByOccurredAtAscIdAsc(portfolio.getId()).size());
				});
	}

	/**
	 * Asks a witness named only in words to confirm a piece: the single-use link is shown
	 * once, for the practitioner to pass on.
	 * @param days how long the link works, 1 to 30
	 */
	@Transactional
	public WitnessLink askWitness(String user, UUID evidenceId, @Nullable String name, @Nullable String role,
			@Nullable Integer days) {
		return askWitness(user, evidenceId, name, role, days, null, null);
	}

	/**
	 * Asks a colleague or partner contact to confirm a piece through a single-use link
	 * that expires. A colleague named by login name, or a contact of the chain named by
	 * id, gets the link by mail through the outbox ({@link WitnessAsked}; the
	 * practitioner never sees it); a witness named only in words gets it from the
	 * practitioner, who sees it once.
	 * @param witnessUser a colleague's login name, or {@literal null}
	 * @param contactId a contact of a party of the chain, or {@literal null}
	 * @param days how long the link works, 1 to 30
	 */
	@Transactional
	public WitnessLink askWitness(String user, UUID evidenceId, @Nullable String name, @Nullable String role,
			@Nullable Integer days, @Nullable String witnessUser, @Nullable UUID contactId) {
		Access access = access(user);
		this.policy.requireOwner(access.standing());
		EvidencePiece piece = piece(access, evidenceId);
		Addressee addressee = addressee(access.owner(), witnessUser, contactId);
		String witness = required("witnessName", (addressee != null && isBlank(name)) ? addressee.name() : name, 200,
				"name the witness");
		String standing = required("witnessRole", (addressee != null && isBlank(role)) ? addressee.role() : role, 200,
				"say who they are, e.g. team leader or partner contact");
		int valid = (days != null) ? days : 14;
		if (valid < 1 || valid > 30) {
			throw new InvalidInputException("days", "range", "between 1 and 30 days");
		}
		String token = WitnessTokens.newToken();
		Instant now = Instant.now(this.clock);
		Instant expires = now.plus(Duration.ofDays(valid));
		WitnessRequest request = this.witnesses
			.save(new WitnessRequest(piece.getId(), witness, standing, WitnessTokens.hash(token), now, expires));
		this.audit.created(WITNESS, request);
		String path = "/witness/" + token;
		if (addressee == null) {
			return new WitnessLink(request.getId(), path, null, expires);
		}
		Set<String> identity = this.finder.customerIdentity(piece.getSourceKind(), piece.getSourceId());
		this.events.publishEvent(new WitnessAsked(request.getId(), piece.getId(), access.owner().displayName(), witness,
				addressee.username(), addressee.email(), piece.getSourceKind().label() + " "
						+ piece.getSourceReference() + ": " + Redaction.redact(piece.getTitle(), identity),
				path, expires, now));
		return new WitnessLink(request.getId(), null, witness, expires);
	}

	/**
	 * Who a witness named by account or contact is, with their address.
	 */
	private record Addressee(@Nullable String username, String name, String role, String email) {

	}

	private @Nullable Addressee addressee(UserView owner, @Nullable String witnessUser, @Nullable UUID contactId) {
		if (!isBlank(witnessUser) && contactId != null) {
			throw new InvalidInputException("witnessUser", "one-witness", "name a colleague or a contact, not both");
		}
		if (!isBlank(witnessUser)) {
			UserView colleague = findUser(java.util.Objects.requireNonNull(witnessUser))
				.filter((u) -> u.enabled() && u.role() != Role.CUSTOMER && u.role() != Role.ASSESSOR)
				.orElseThrow(() -> new InvalidInputException("witnessUser", "colleague",
						"name a colleague or partner user by their login name"));
			if (colleague.id().equals(owner.id())) {
				throw new InvalidInputException("witnessUser", "not-self", "a witness is somebody else");
			}
			if (isBlank(colleague.email())) {
				throw new InvalidInputException("witnessUser", "no-address",
						"this colleague has no e-mail address to send the link to");
			}
			String role = colleague.role().label()
					+ ((colleague.partyName() != null) ? ", " + colleague.partyName() : "");
			return new Addressee(colleague.username(), colleague.displayName(), role,
					java.util.Objects.requireNonNull(colleague.email()));
		}
		if (contactId != null) {
			ContactView contact = SystemActor.call(() -> {
				try {
					return this.chain.contact(contactId);
				}
				catch (NotFoundException ex) {
					return null;
				}
			});
			if (contact == null) {
				throw new InvalidInputException("contactId", "contact", "name a contact of a party of the chain");
			}
			if (isBlank(contact.email())) {
				throw new InvalidInputException("contactId", "no-address",
						"this contact has no e-mail address to send the link to");
			}
			String role = ((contact.jobRole() != null) ? contact.jobRole() + ", " : "") + contact.partyName();
			return new Addressee(null, contact.name(), role, java.util.Objects.requireNonNull(contact.email()));
		}
		return null;
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/**
	 * What the witness sees behind their link (no sign-in: the token is the key).
	 * @throws NotFoundException for an unknown link
	 */
	@Transactional(readOnly = true)
	public WitnessForm witness(String token) {
		WitnessRequest request = witnessRequest(token);
		EvidencePiece piece = this.pieces.findById(request.getEvidenceId())
			.orElseThrow(() -> new NotFoundException("Witness link", "?"));
		Portfolio portfolio = this.portfolios.findById(piece.getPortfolioId()).orElseThrow();
		Set<String> identity = this.finder.customerIdentity(piece.getSourceKind(), piece.getSourceId());
		WitnessView view = request.toView();
		return new WitnessForm(displayName(portfolio.getOwnerId()), view.witnessName(), piece.getSourceKind().label(),
				piece.getSourceReference(), Redaction.redact(piece.getTitle(), identity),
				Redaction.redact(piece.getAnnotation(), identity),
				piece.getCriteria()
					.stream()
					.map((code) -> code + " " + this.catalogue.criterion(code).map(Criterion::text).orElse(""))
					.toList(),
				piece.getOccurredAt(), view.expiresAt(), request.answered(), request.expiredAt(Instant.now(this.clock)),
				view.confirmed());
	}

	/**
	 * The witness's answer: once, before the link expires.
	 */
	@Transactional
	public WitnessForm answerWitness(String token, @Nullable Boolean confirms, @Nullable String statement) {
		WitnessRequest request = witnessRequest(token);
		if (request.answered()) {
			throw new InvalidInputException("token", "single-use", "this link has been used already");
		}
		if (request.expiredAt(Instant.now(this.clock))) {
			throw new InvalidInputException("token", "expired", "this link has expired");
		}
		if (confirms == null) {
			throw new InvalidInputException("confirmed", "required", "say whether you confirm it");
		}
		String text = required("statement", statement, 2000, "say what you saw, in a sentence or two");
		Map<String, String> before = request.auditSnapshot();
		request.answer(confirms, text, Instant.now(this.clock));
		WitnessRequest saved = this.witnesses.saveAndFlush(request);
		SystemActor.run(() -> this.audit.updated(WITNESS, before, saved));
		return witness(token);
	}

	// ---- for the export

	/**
	 * The portfolio, its pieces and what to redact in each, for {@link PortfolioExport}.
	 */
	@Transactional(readOnly = true)
	ExportData exportData(String user) {
		PortfolioView view = portfolio(user, 0, Paging.MAX_SIZE);
		Access access = access(user);
		List<EvidencePiece> found = access.portfolio()
			.map((p) -> this.pieces.findByPortfolioIdOrderByOccurredAtAscIdAsc(p.getId()))
			.orElse(List.of());
		Map<UUID, Set<String>> identities = new HashMap<>();
		for (EvidencePiece piece : found) {
			identities.put(piece.getId(), this.finder.customerIdentity(piece.getSourceKind(), piece.getSourceId()));
		}
		return new ExportData(view, views(found), identities);
	}

	record ExportData(PortfolioView portfolio, List<EvidenceView> pieces, Map<UUID, Set<String>> identities) {

	}

	// ---- helpers

	private record Access(UserView owner, Optional<Portfolio> portfolio, Standing standing) {

	}

	private Access access(String user) {
		CurrentUser caller = this.policy.caller();
		UserView owner = findUser(user).orElseThrow(() -> PortfolioAccessPolicy.notFound(user));
		Optional<Portfolio> portfolio = this.portfolios.findByOwnerId(owner.id());
		Standing standing = this.policy.requireReadable(caller, owner,
				portfolio.map(Portfolio::getAssessorId).orElse(null));
		return new Access(owner, portfolio, standing);
	}

	private Optional<UserView> findUser(String user) {
		return SystemActor.call(() -> {
			try {
				return Optional.of(this.identity.user(UUID.fromString(user)));
			}
			catch (IllegalArgumentException notAnId) {
				String name = user.strip().toLowerCase(Locale.ROOT);
				return this.identity.users().stream().filter((u) -> u.username().equals(name)).findFirst();
			}
			catch (NotFoundException ex) {
				return Optional.empty();
			}
		});
	}

	private String displayName(UUID userId) {
		return SystemActor.call(() -> {
			try {
				return this.identity.user(userId).displayName();
			}
			catch (NotFoundException ex) {
				return "A former user";
			}
		});
	}

	private Portfolio create(UserView owner) {
		Portfolio portfolio = this.portfolios
			.save(new Portfolio(owner.id(), owner.username(), Instant.now(this.clock)));
		this.audit.created(PORTFOLIO, portfolio);
		return portfolio;
	}

	private EvidencePiece piece(Access access, UUID evidenceId) {
		return this.pieces.findById(evidenceId)
			.filter((p) -> access.portfolio()
				.map((portfolio) -> portfolio.getId().equals(p.getPortfolioId()))
				.orElse(false))
			.orElseThrow(() -> new NotFoundException(EVIDENCE, evidenceId));
	}

	private WitnessRequest witnessRequest(String token) {
		return this.witnesses.findByTokenHash(WitnessTokens.hash(token))
			.orElseThrow(() -> new NotFoundException("Witness link", "?"));
	}

	private static String annotation(@Nullable String text) {
		return required("annotation", text, MAX_ANNOTATION, "say what you did and why");
	}

	private static String required(String field, @Nullable String text, int max, String message) {
		String value = (text != null) ? text.strip() : "";
		if (value.isEmpty()) {
			throw new InvalidInputException(field, "required", message);
		}
		if (value.length() > max) {
			throw new InvalidInputException(field, "max-length", "at most " + max + " characters");
		}
		return value;
	}

	private Set<String> criteria(@Nullable List<String> codes) {
		Set<String> criteria = new LinkedHashSet<>();
		for (String code : (codes != null) ? codes : List.<String>of()) {
			if (code == null || code.isBlank()) {
				continue;
			}
			Criterion criterion = this.catalogue.criterion(code.strip())
				.orElseThrow(() -> new InvalidInputException("criteria", "known", "no such criterion: " + code));
			if (!criterion.kind().takesEvidence()) {
				throw new InvalidInputException("criteria", "takes-evidence",
						criterion.code() + " is a learning outcome: map the piece to its assessment criteria");
			}
			criteria.add(criterion.code());
		}
		if (criteria.isEmpty()) {
			throw new InvalidInputException("criteria", "required", "map the piece to at least one criterion");
		}
		return criteria;
	}

	private List<EvidenceView> views(List<EvidencePiece> found) {
		Map<UUID, List<WitnessView>> byPiece = new HashMap<>();
		if (!found.isEmpty()) {
			for (WitnessRequest request : this.witnesses
				.findByEvidenceIdInOrderByAskedAtAsc(found.stream().map(EvidencePiece::getId).toList())) {
				byPiece.computeIfAbsent(request.getEvidenceId(), (id) -> new ArrayList<>()).add(request.toView());
			}
		}
		return found.stream()
			.map((piece) -> new EvidenceView(piece.getId(), piece.getVersion(), piece.getSourceKind(),
					piece.getSourceId(), piece.getSourceReference(), piece.getTitle(), piece.getOccurredAt(),
					piece.getCustomerInternal(), piece.getAnnotation(),
					piece.getCriteria().stream().sorted(this::byCatalogue).toList(),
					byPiece.getOrDefault(piece.getId(), List.of()), piece.getAddedAt()))
			.toList();
	}

	private int byCatalogue(String a, String b) {
		return Integer.compare(this.catalogue.criterion(a).map(Criterion::position).orElse(Integer.MAX_VALUE),
				this.catalogue.criterion(b).map(Criterion::position).orElse(Integer.MAX_VALUE));
	}

	private List<StandardView> standards(List<EvidencePiece> found, Map<String, AssessmentView> marks) {
		Map<String, List<EvidencePiece>> byCriterion = new HashMap<>();
		for (EvidencePiece piece : found) {
			for (String code : piece.getCriteria()) {
				byCriterion.computeIfAbsent(code, (c) -> new ArrayList<>()).add(piece);
			}
		}
		List<StandardView> standards = new ArrayList<>();
		for (Map.Entry<String, String> standard : CriteriaCatalogue.STANDARDS.entrySet()) {
			List<CriterionView> criteria = new ArrayList<>();
			int evidenced = 0;
			int taking = 0;
			int signedOff = 0;
			for (Criterion criterion : this.catalogue.criteria()) {
				if (!criterion.standard().equals(standard.getKey())) {
					continue;
				}
				List<EvidencePiece> mapped = mapped(criterion, found, byCriterion);
				SufficiencyView sufficiency = SufficiencyPolicy.of(criterion.kind(),
						mapped.stream()
							.map((p) -> new SufficiencyPolicy.Piece(p.getOccurredAt(), p.getCustomerId()))
							.toList());
				AssessmentView mark = marks.get(criterion.code());
				if (criterion.kind().takesEvidence()) {
					taking++;
					evidenced += sufficiency.gap() ? 0 : 1;
					signedOff += (mark != null && mark.status() == AssessmentStatus.SIGNED_OFF) ? 1 : 0;
				}
				criteria.add(new CriterionView(criterion, mapped.stream().map(EvidencePiece::getId).toList(),
						sufficiency, mark));
			}
			standards
				.add(new StandardView(standard.getKey(), standard.getValue(), criteria, evidenced, taking, signedOff));
		}
		return standards;
	}

	/**
	 * A learning outcome is evidenced through its assessment criteria ({@code B9 LO2}
	 * through {@code B9 2.1} … {@code B9 2.6}); every other line by the pieces mapped to
	 * it.
	 */
	private static List<EvidencePiece> mapped(Criterion criterion, List<EvidencePiece> found,
			Map<String, List<EvidencePiece>> byCriterion) {
		if (criterion.kind() != CriterionKind.LEARNING_OUTCOME) {
			return byCriterion.getOrDefault(criterion.code(), List.of());
		}
		String prefix = criterion.standard() + " " + criterion.shortCode().substring(2) + ".";
		return found.stream().filter((p) -> p.getCriteria().stream().anyMatch((c) -> c.startsWith(prefix))).toList();
	}

}
