package org.servicechain.knowledge.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.chain.ChainManagement;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.StaffMember;
import org.servicechain.knowledge.ArticleAudience;
import org.servicechain.knowledge.ArticleDraft;
import org.servicechain.knowledge.ArticleFilter;
import org.servicechain.knowledge.ArticleKind;
import org.servicechain.knowledge.ArticleView;
import org.servicechain.knowledge.KnowledgeAccessPolicy;
import org.servicechain.knowledge.KnowledgeBase;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * The knowledge base for staff: the paged list with its filters, an article with its
 * versions and how often it helped, the forms to write one (writers; publishing for
 * managers) and the "Suggested articles" panel a request's page loads with htmx.
 */
@Controller
class KnowledgeController {

	private final KnowledgeBase knowledge;

	private final KnowledgeAccessPolicy policy;

	private final IdentityManagement identity;

	private final ChainManagement chain;

	private final Clock clock;

	KnowledgeController(KnowledgeBase knowledge, KnowledgeAccessPolicy policy, IdentityManagement identity,
			ChainManagement chain, Clock clock) {
		this.clock = clock;
		this.knowledge = knowledge;
		this.policy = policy;
		this.identity = identity;
		this.chain = chain;
	}

	/**
	 * The form as typed.
	 */
	record ArticleForm(@Nullable String title, @Nullable String body, @Nullable String kind, @Nullable String audience,
			@Nullable String owner, @Nullable String reviewOn, @Nullable String serviceId) {

		static ArticleForm empty(LocalDate reviewOn) {
			return new ArticleForm(null, null, ArticleKind.KNOWN_SOLUTION.name(), ArticleAudience.STAFF.name(), null,
					reviewOn.toString(), null);
		}

		static ArticleForm of(ArticleView article) {
			return new ArticleForm(article.title(), article.body(), article.kind().name(), article.audience().name(),
					article.owner(), article.reviewOn().toString(),
					(article.serviceId() != null) ? article.serviceId().toString() : null);
		}

	}

	@GetMapping("/knowledge")
	String list(@RequestParam(required = false) @Nullable ArticleKind kind,
			@RequestParam(required = false) @Nullable ArticleAudience audience,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "updated") String sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("articles",
				this.knowledge.articles(new ArticleFilter(kind, audience, overdue, sort), page, 25));
		model.addAttribute("kind", kind);
		model.addAttribute("audience", audience);
		model.addAttribute("overdue", overdue);
		model.addAttribute("sort", sort);
		model.addAttribute("kinds", List.of(ArticleKind.values()));
		model.addAttribute("audiences", List.of(ArticleAudience.values()));
		model.addAttribute("writer", this.policy.canWrite());
		return "knowledge/articles";
	}

	@GetMapping("/knowledge/new")
	String newArticle(Model model) {
		return form(null, ArticleForm.empty(LocalDate.now(this.clock).plusMonths(6)), Map.of(), model);
	}

	@PostMapping("/knowledge")
	String create(ArticleForm form, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		ArticleDraft draft = draft(form, errors);
		if (errors.isEmpty()) {
			try {
				ArticleView article = this.knowledge.create(draft);
				redirect.addFlashAttribute("message", "Article saved as version 1.");
				return "redirect:/knowledge/" + article.id();
			}
			catch (InvalidInputException ex) {
				ex.getViolations().forEach((violation) -> errors.putIfAbsent(violation.field(), violation.message()));
			}
		}
		return form(null, form, errors, model);
	}

	@GetMapping("/knowledge/{id}")
	String article(@PathVariable UUID id, Model model) {
		model.addAttribute("article", this.knowledge.article(id));
		model.addAttribute("links", this.knowledge.links(id));
		model.addAttribute("writer", this.policy.canWrite());
		model.addAttribute("publisher", this.policy.canPublish());
		return "knowledge/article";
	}

	@GetMapping("/knowledge/{id}/versions/{number}")
	String version(@PathVariable UUID id, @PathVariable int number, Model model) {
		model.addAttribute("article", this.knowledge.article(id));
		model.addAttribute("version", this.knowledge.version(id, number));
		return "knowledge/version";
	}

	@GetMapping("/knowledge/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		ArticleView article = this.knowledge.article(id);
		return form(article, ArticleForm.of(article), Map.of(), model);
	}

	@PostMapping("/knowledge/{id}")
	String update(@PathVariable UUID id, @RequestParam long version, ArticleForm form, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		ArticleDraft draft = draft(form, errors);
		if (errors.isEmpty()) {
			try {
				ArticleView article = this.knowledge.update(id, version, draft);
				redirect.addFlashAttribute("message", "Saved as version " + article.number() + ".");
				return "redirect:/knowledge/" + id;
			}
			catch (InvalidInputException ex) {
				ex.getViolations().forEach((violation) -> errors.putIfAbsent(violation.field(), violation.message()));
			}
			catch (StaleVersionException ex) {
				model.addAttribute("stale", true);
				return form(this.knowledge.article(id), form, errors, model);
			}
		}
		ArticleView article = this.knowledge.article(id);
		model.addAttribute("editedVersion", version);
		return form(article, form, errors, model);
	}

	/**
	 * The request page's panel: the articles most like the request, each with a button to
	 * link it.
	 */
	@GetMapping("/knowledge/suggestions")
	String suggestions(@RequestParam UUID request, Model model) {
		model.addAttribute("requestId", request);
		model.addAttribute("suggestions", this.knowledge.suggestions(request, 5));
		return "knowledge/panels :: suggestions";
	}

	/**
	 * Links an article to a request from the panel (htmx swaps the panel), or from a
	 * plain form (back to the request).
	 */
	@PostMapping("/knowledge/{id}/links")
	String link(@PathVariable UUID id, @RequestParam UUID request,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request",
					required = false) @Nullable String htmx,
			Model model) {
		this.knowledge.link(id, request);
		if (htmx != null) {
			return suggestions(request, model);
		}
		return "redirect:/requests/" + request;
	}

	private String form(@Nullable ArticleView article, ArticleForm form, Map<String, String> errors, Model model) {
		model.addAttribute("article", article);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", List.of(ArticleKind.values()));
		model.addAttribute("audiences", List.of(ArticleAudience.values()));
		model.addAttribute("publisher", this.policy.canPublish());
		model.addAttribute("staff",
				this.identity.staffDirectory().stream().filter(StaffMember::enabled).limit(500).toList());
		model.addAttribute("services", this.chain.services());
		if (!model.containsAttribute("editedVersion") && article != null) {
			model.addAttribute("editedVersion", article.version());
		}
		return "knowledge/form";
	}

	private static ArticleDraft draft(ArticleForm form, Map<String, String> errors) {
		ArticleKind kind = null;
		if (form.kind() != null && !form.kind().isBlank()) {
			try {
				kind = ArticleKind.valueOf(form.kind());
			}
			catch (IllegalArgumentException ex) {
				errors.put("kind", "choose a kind from the list");
			}
		}
		ArticleAudience audience = null;
		if (form.audience() != null && !form.audience().isBlank()) {
			try {
				audience = ArticleAudience.valueOf(form.audience());
			}
			catch (IllegalArgumentException ex) {
				errors.put("audience", "choose staff only or published");
			}
		}
		LocalDate reviewOn = null;
		if (form.reviewOn() != null && !form.reviewOn().isBlank()) {
			try {
				reviewOn = LocalDate.parse(form.reviewOn());
			}
			catch (DateTimeParseException ex) {
				errors.put("reviewOn", "give a date, e.g. 2027-06-30");
			}
		}
		UUID serviceId = null;
		if (form.serviceId() != null && !form.serviceId().isBlank()) {
			try {
				serviceId = UUID.fromString(form.serviceId());
			}
			catch (IllegalArgumentException ex) {
				errors.put("serviceId", "choose a service from the list");
			}
		}
		return new ArticleDraft(form.title(), form.body(), kind, audience, form.owner(), reviewOn, serviceId);
	}

}
