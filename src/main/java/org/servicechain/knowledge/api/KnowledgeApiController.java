package org.servicechain.knowledge.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.knowledge.ArticleAudience;
import org.servicechain.knowledge.ArticleDraft;
import org.servicechain.knowledge.ArticleFilter;
import org.servicechain.knowledge.ArticleKind;
import org.servicechain.knowledge.ArticleLinkView;
import org.servicechain.knowledge.ArticleSummary;
import org.servicechain.knowledge.ArticleVersionView;
import org.servicechain.knowledge.ArticleView;
import org.servicechain.knowledge.KnowledgeBase;
import org.servicechain.knowledge.Suggestion;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Versions;

/**
 * Knowledge articles (REC-3): the list the caller may read (customers and partners only
 * published ones), an article with its versions, writing (a new version per update,
 * naming the version edited in {@code If-Match}), and the requests an article was linked
 * to. Bad input answers 422 naming the field and the rule; a stale If-Match 409, a
 * missing one 428.
 */
@RestController
@RequestMapping(path = "/api/v1/knowledge", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Knowledge base")
class KnowledgeApiController {

	private final KnowledgeBase knowledge;

	KnowledgeApiController(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	@GetMapping("/articles")
	@Operation(summary = "The articles the caller may read, filtered and paged")
	PageResponse<ArticleSummary> list(@RequestParam(required = false) @Nullable ArticleKind kind,
			@RequestParam(required = false) @Nullable ArticleAudience audience,
			@RequestParam(defaultValue = "false") boolean reviewOverdue,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.knowledge.articles(new ArticleFilter(kind, audience, reviewOverdue, sort), page, size);
	}

	@PostMapping(path = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Write an article (administrators, managers, agents; publishing: managers)")
	ResponseEntity<ArticleView> create(@RequestBody Body body) {
		ArticleView article = this.knowledge.create(body.draft());
		return ResponseEntity.created(URI.create("/api/v1/knowledge/articles/" + article.id()))
			.eTag(Versions.etag(article.version()))
			.body(article);
	}

	@GetMapping("/articles/{id}")
	ResponseEntity<ArticleView> get(@PathVariable UUID id) {
		ArticleView article = this.knowledge.article(id);
		return Versions.ok(article.version(), article);
	}

	@PutMapping(path = "/articles/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Save a new version of the article")
	ResponseEntity<ArticleView> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody Body body) {
		long version = Versions.fromIfMatch(ifMatch);
		ArticleView article = this.knowledge.update(id, version, body.draft());
		return Versions.ok(article.version(), article);
	}

	@GetMapping("/articles/{id}/versions/{number}")
	@Operation(summary = "One saved version of the article, as it was")
	ArticleVersionView version(@PathVariable UUID id, @PathVariable int number) {
		return this.knowledge.version(id, number);
	}

	@GetMapping("/articles/{id}/links")
	@Operation(summary = "The requests the article was linked to (staff)")
	List<ArticleLinkView> links(@PathVariable UUID id) {
		return this.knowledge.links(id);
	}

	@PostMapping(path = "/articles/{id}/links", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Link the article to a request it helped with (staff)")
	ResponseEntity<ArticleLinkView> link(@PathVariable UUID id, @RequestBody LinkBody body) {
		if (body.requestId() == null) {
			throw new org.servicechain.shared.InvalidInputException("requestId", "required", "name the request");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(this.knowledge.link(id, body.requestId()));
	}

	@GetMapping("/suggestions")
	@Operation(summary = "The articles most like a request's subject and description (staff)")
	List<Suggestion> suggestions(@RequestParam UUID request, @RequestParam(defaultValue = "5") int limit) {
		return this.knowledge.suggestions(request, limit);
	}

	record Body(@Nullable String title, @Nullable String body, @Nullable ArticleKind kind,
			@Nullable ArticleAudience audience, @Nullable String owner, @Nullable LocalDate reviewOn,
			@Nullable UUID serviceId) {

		ArticleDraft draft() {
			return new ArticleDraft(this.title, this.body, this.kind, this.audience, this.owner, this.reviewOn,
					this.serviceId);
		}

	}

	record LinkBody(@Nullable UUID requestId) {

	}

}
