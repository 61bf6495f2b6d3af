package org.servicechain.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servicechain.chain.ChainManagement;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.StaffMember;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestView;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.AuditTrail;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;
import org.servicechain.shared.Markdown;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * The knowledge base's facade (REC-3; B10 3.3, 4.1): list, read, write and version
 * articles, suggest them beside a request and link them to the requests they helped with.
 * Every path asks {@link KnowledgeAccessPolicy}; every change is audited; an edit names
 * the version it follows and a stale one is refused; nothing half-checked is saved.
 */
@Service
public class KnowledgeBase {

	static final String ENTITY = "knowledge-article";

	private final Articles articles;

	private final ArticleVersions versions;

	private final ArticleLinks links;

	private final KnowledgeSearch search;

	private final KnowledgeAccessPolicy policy;

	private final IdentityManagement identity;

	private final ChainManagement chain;

	private final RequestQueries requests;

	private final AuditTrail audit;

	private final Clock clock;

	KnowledgeBase(Articles articles, ArticleVersions versions, ArticleLinks links, KnowledgeSearch search,
			KnowledgeAccessPolicy policy, IdentityManagement identity, ChainManagement chain, RequestQueries requests,
			AuditTrail audit, Clock clock) {
		this.articles = articles;
		this.versions = versions;
		this.links = links;
		this.search = search;
		this.policy = policy;
		this.identity = identity;
		this.chain = chain;
		this.requests = requests;
		this.audit = audit;
		this.clock = clock;
	}

	// Queries

	/**
	 * The articles the caller may read that match the filter, one page.
	 */
	@Transactional(readOnly = true)
	public PageResponse<ArticleSummary> articles(ArticleFilter filter, int page, int size) {
		CurrentUser user = this.policy.caller();
		List<ArticleAudience> readable = this.policy.readable(user);
		Sort sort = switch ((filter.sort() != null) ? filter.sort() : "updated") {
			case "useful" -> Sort.by(Sort.Order.desc("linkCount"), Sort.Order.asc("title"), Sort.Order.asc("id"));
			case "title" -> Sort.by(Sort.Order.asc("title"), Sort.Order.asc("id"));
			case "updated" -> Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));
			default -> throw new InvalidInputException("sort", "one-of", "sort must be updated, useful or title");
		};
		Pageable pageable = Paging.of(page, size, sort);
		if (readable.isEmpty()) {
			return new PageResponse<>(List.of(), page, size, 0, 0);
		}
		LocalDate today = today();
		Specification<Article> where = (root, query, cb) -> {
			List<jakarta.persistence.criteria.Predicate> all = new ArrayList<>();
			all.add(root.get("audience").in(readable));
			if (filter.kind() != null) {
				all.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.audience() != null) {
				all.add(cb.equal(root.get("audience"), filter.audience()));
			}
			if (filter.reviewOverdue()) {
				all.add(cb.lessThan(root.get("reviewOn"), today));
			}
			return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
		Page<Article> found = this.articles.findAll(where, pageable);
		boolean staff = this.policy.seesStaffDetails(user);
		return PageResponse.of(found, (article) -> summary(article, today, staff));
	}

	@Transactional(readOnly = true)
	public ArticleView article(UUID id) {
		CurrentUser user = this.policy.caller();
		Article article = load(id);
		this.policy.requireRead(user, article);
		return view(article, user);
	}

	/**
	 * One saved version of an article, as it was; the caller must be able to read the
	 * article now, and an outsider only versions that were published themselves.
	 */
	@Transactional(readOnly = true)
	public ArticleVersionView version(UUID id, int number) {
		CurrentUser user = this.policy.caller();
		Article article = load(id);
		this.policy.requireRead(user, article);
		ArticleVersion version = this.versions.findById(new ArticleVersion.Key(id, number))
			.filter((found) -> this.policy.canRead(user, found.getAudience()))
			.orElseThrow(() -> new NotFoundException("Article version", id));
		return version.view(number == article.getCurrentNumber());
	}

	/**
	 * Who linked the article to which request (staff).
	 */
	@Transactional(readOnly = true)
	public List<ArticleLinkView> links(UUID id) {
		CurrentUser user = this.policy.requireLink();
		Article article = load(id);
		this.policy.requireRead(user, article);
		return this.links.findByKeyArticleIdOrderByLinkedAtDesc(id)
			.stream()
			.map((link) -> link.view(article.getTitle()))
			.toList();
	}

	/**
	 * The articles most like a request's subject and description, for staff handling it;
	 * the request is read through {@link RequestQueries}, which checks the caller may
	 * open it.
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> suggestions(UUID requestId, int limit) {
		CurrentUser user = this.policy.requireLink();
		RequestView request = this.requests.request(requestId);
		List<UUID> ids = this.search.moreLikeThis(request.summary() + "\n" + request.description(),
				this.policy.readable(user), Math.max(1, Math.min(limit, 20)));
		if (ids.isEmpty()) {
			return List.of();
		}
		Set<UUID> linked = this.links.findByKeyRequestId(requestId)
			.stream()
			.map(ArticleLink::articleId)
			.collect(Collectors.toSet());
		Map<UUID, Article> byId = new HashMap<>();
		this.articles.findAllById(ids).forEach((article) -> byId.put(article.getId(), article));
		LocalDate today = today();
		return ids.stream()
			.map(byId::get)
			.filter((article) -> article != null && this.policy.canRead(user, article.getAudience()))
			.map((article) -> new Suggestion(article.getId(), article.getTitle(), article.getKind(),
					article.getAudience(), article.reviewOverdue(today), article.getLinkCount(),
					linked.contains(article.getId())))
			.toList();
	}

	// Commands

	@Transactional
	public ArticleView create(ArticleDraft draft) {
		CurrentUser user = this.policy.requireWrite(null, draft.audience());
		Article.Fields fields = checked(draft, user);
		Instant now = this.clock.instant();
		Article article = new Article(fields, now);
		this.articles.saveAndFlush(article);
		this.versions.save(new ArticleVersion(article, user.getUsername(), user.displayName(), now));
		this.audit.created(ENTITY, article);
		return view(article, user);
	}

	/**
	 * Saves a new version of the article.
	 * @param version the version the writer edited (If-Match)
	 */
	@Transactional
	public ArticleView update(UUID id, long version, ArticleDraft draft) {
		Article article = load(id);
		CurrentUser user = this.policy.requireWrite(article, draft.audience());
		this.audit.checkVersion(ENTITY, article, version);
		Article.Fields fields = checked(draft, user);
		Instant now = this.clock.instant();
		Map<String, String> before = article.auditSnapshot();
		article.apply(fields, now);
		this.articles.saveAndFlush(article);
		this.versions.save(new ArticleVersion(article, user.getUsername(), user.displayName(), now));
		this.audit.updated(ENTITY, before, article);
		return view(article, user);
	}

	/**
	 * Records that the article helped with the request (once per request) and counts it.
	 * @return the link, the existing one when it was linked before
	 */
	@Transactional
	public ArticleLinkView link(UUID articleId, UUID requestId) {
		CurrentUser user = this.policy.requireLink();
		Article article = load(articleId);
		this.policy.requireRead(user, article);
		RequestView request = this.requests.request(requestId);
		Optional<ArticleLink> existing = this.links.findById(new ArticleLink.Key(articleId, requestId));
		if (existing.isPresent()) {
			return existing.get().view(article.getTitle());
		}
		ArticleLink link = new ArticleLink(articleId, requestId, request.reference(), user.getUsername(),
				user.displayName(), this.clock.instant());
		this.links.save(link);
		article.linked();
		this.articles.saveAndFlush(article);
		this.audit.record(ENTITY, article.getId(), article.getVersion(), "linked-to-request",
				List.of(new AuditEntryView.FieldChange("request", null, request.reference()),
						new AuditEntryView.FieldChange("links", String.valueOf(article.getLinkCount() - 1),
								String.valueOf(article.getLinkCount()))));
		return link.view(article.getTitle());
	}

	// Helpers

	private Article.Fields checked(ArticleDraft draft, CurrentUser user) {
		List<FieldViolation> violations = new ArrayList<>(KnowledgeValidation.violations(draft));
		String owner = user.getUsername();
		String ownerName = user.displayName();
		if (draft.owner() != null && !draft.owner().isBlank() && !draft.owner().strip().equals(owner)) {
			Optional<StaffMember> member = this.identity.staffMember(draft.owner()).filter(StaffMember::enabled);
			if (member.isEmpty()) {
				violations.add(new FieldViolation("owner", "staff", "the owner must be an active member of staff"));
			}
			else {
				owner = member.get().username();
				ownerName = member.get().displayName();
			}
		}
		else if (!user.isStaff()) {
			violations.add(new FieldViolation("owner", "staff", "the owner must be an active member of staff"));
		}
		String serviceName = null;
		if (draft.serviceId() != null) {
			try {
				serviceName = this.chain.service(draft.serviceId()).name();
			}
			catch (NotFoundException ex) {
				violations.add(new FieldViolation("serviceId", "exists", "no such service in the chain"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Article.Fields(draft.title().strip(), draft.body().strip(), draft.kind(), draft.audience(), owner,
				ownerName, draft.reviewOn(), draft.serviceId(), serviceName);
	}

	private Article load(UUID id) {
		return this.articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static ArticleSummary summary(Article article, LocalDate today, boolean staff) {
		return new ArticleSummary(article.getId(), article.getVersion(), article.getTitle(), article.getKind(),
				article.getAudience(), article.getOwnerName(), article.getReviewOn(), article.reviewOverdue(today),
				article.getServiceName(), article.getCurrentNumber(), staff ? article.getLinkCount() : 0,
				article.getUpdatedAt());
	}

	private ArticleView view(Article article, CurrentUser user) {
		boolean staff = this.policy.seesStaffDetails(user);
		List<ArticleView.VersionSummary> history = this.versions.findByKeyArticleIdOrderByKeyNumberDesc(article.getId())
			.stream()
			.filter((version) -> this.policy.canRead(user, version.getAudience()))
			.map(ArticleVersion::summary)
			.toList();
		return new ArticleView(article.getId(), article.getVersion(), article.getCurrentNumber(), article.getTitle(),
				article.getBody(), Markdown.toHtml(article.getBody()), article.getKind(), article.getAudience(),
				staff ? article.getOwner() : null, article.getOwnerName(), article.getReviewOn(),
				article.reviewOverdue(today()), article.getServiceId(), article.getServiceName(),
				staff ? article.getLinkCount() : 0, article.getCreatedAt(), article.getUpdatedAt(), history);
	}

}
