package org.servicechain.feedback.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.servicechain.feedback.RelationshipSurveys;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;

/**
 * Answering a relationship survey (FB-1, PM-2), signed in: partner users in the portal,
 * team members in the app. Only the person asked sees the page; anyone else is told "not
 * found".
 */
@Controller
class RelationshipSurveyController {

	private final RelationshipSurveys relationships;

	RelationshipSurveyController(RelationshipSurveys relationships) {
		this.relationships = relationships;
	}

	@GetMapping({ "/portal/feedback/relationship/{id}", "/feedback/relationship/{id}" })
	String survey(@PathVariable UUID id, Model model, HttpServletRequest request) {
		return page(id, portal(request), null, null, Map.of(), model);
	}

	@PostMapping({ "/portal/feedback/relationship/{id}", "/feedback/relationship/{id}" })
	String answer(@PathVariable UUID id, @RequestParam(required = false) @Nullable String score,
			@RequestParam(required = false) @Nullable String comment, Model model, HttpServletRequest request) {
		Integer value = null;
		try {
			value = SurveyAnswers.score(score);
			this.relationships.answer(id, value, comment);
			model.addAttribute("thanks", true);
			return page(id, portal(request), null, null, Map.of(), model);
		}
		catch (InvalidInputException ex) {
			return page(id, portal(request), value, comment, FormErrors.of(ex), model);
		}
	}

	private static boolean portal(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/portal/");
	}

	private String page(UUID id, boolean portal, @Nullable Integer score, @Nullable String comment,
			Map<String, String> errors, Model model) {
		model.addAttribute("survey", this.relationships.open(id));
		model.addAttribute("action", (portal ? "/portal/feedback/relationship/" : "/feedback/relationship/") + id);
		model.addAttribute("score", score);
		model.addAttribute("comment", comment);
		model.addAttribute("errors", errors);
		model.addAttribute("portal", portal);
		model.addAttribute("relationship", true);
		return PortalFeedbackController.SURVEY;
	}

}
