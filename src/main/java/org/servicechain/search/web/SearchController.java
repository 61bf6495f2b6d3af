package org.servicechain.search.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.search.SearchIndexing;
import org.servicechain.search.SiteSearch;
import org.servicechain.shared.ConflictException;
import org.servicechain.shared.InvalidInputException;

/**
 * The results of the header's search box: the best hits of each kind with their totals,
 * or, with a kind chosen, that kind's hits page by page. The administrators' index page
 * rebuilds the index and shows its progress.
 */
@Controller
class SearchController {

	static final int PER_KIND = 5;

	static final int PAGE_SIZE = 20;

	private final SiteSearch search;

	private final SearchIndexing indexing;

	SearchController(SiteSearch search, SearchIndexing indexing) {
		this.search = search;
		this.indexing = indexing;
	}

	@GetMapping("/search")
	String results(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String text = (q != null) ? q.strip() : "";
		model.addAttribute("q", text);
		model.addAttribute("kind", (kind != null && !kind.isBlank()) ? kind : null);
		model.addAttribute("kinds", this.search.kinds());
		if (text.isEmpty()) {
			model.addAttribute("groups", List.of());
			return "search/results";
		}
		try {
			if (kind != null && !kind.isBlank()) {
				model.addAttribute("page", this.search.page(text, kind, page, PAGE_SIZE));
				model.addAttribute("kindLabel",
						this.search.kinds()
							.stream()
							.filter((k) -> k.code().equals(kind))
							.map(SiteSearch.Kind::label)
							.findFirst()
							.orElse(kind));
			}
			else {
				model.addAttribute("groups", this.search.overview(text, PER_KIND));
			}
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getViolations().get(0).message());
			model.addAttribute("groups", List.of());
			model.addAttribute("page", null);
		}
		return "search/results";
	}

	@GetMapping("/admin/search")
	String index(Model model) {
		model.addAttribute("progress", this.indexing.progress());
		model.addAttribute("documents", this.indexing.documents());
		return "search/index";
	}

	@GetMapping("/admin/search/progress")
	String progress(Model model) {
		model.addAttribute("progress", this.indexing.progress());
		model.addAttribute("documents", this.indexing.documents());
		return "search/index :: progress";
	}

	@PostMapping("/admin/search/reindex")
	String reindex(RedirectAttributes redirect) {
		try {
			this.indexing.reindex();
			redirect.addFlashAttribute("message", "Rebuilding the search index.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/search";
	}

}
