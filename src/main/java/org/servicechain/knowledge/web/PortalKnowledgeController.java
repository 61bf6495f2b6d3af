package org.servicechain.knowledge.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.servicechain.knowledge.ArticleAudience;
import org.servicechain.knowledge.ArticleFilter;
import org.servicechain.knowledge.KnowledgeBase;

/**
 * Published articles in the customer and partner portals (the facade's policy keeps a
 * staff-only article "not found").
 */
@Controller
class PortalKnowledgeController {

	private final KnowledgeBase knowledge;

	PortalKnowledgeController(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	@GetMapping("/portal/knowledge")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("articles",
				this.knowledge.articles(new ArticleFilter(null, ArticleAudience.PUBLISHED, false, "title"), page, 25));
		return "knowledge/portal-articles";
	}

	@GetMapping("/portal/knowledge/{id}")
	String article(@PathVariable UUID id, Model model) {
		model.addAttribute("article", this.knowledge.article(id));
		return "knowledge/portal-article";
	}

}
