package org.servicechain.feedback.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.servicechain.feedback.SurveyForm;
import org.servicechain.feedback.SurveyManagement;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;

/**
 * The survey page behind a single-use link (FB-1): works without signing in, shows the
 * questions of that one survey, takes one answer, and lets the customer unsubscribe. An
 * unknown link answers "not found"; an answered or expired one says so.
 */
@Controller
@RequestMapping("/survey/{token}")
class PublicSurveyController {

	static final String PAGE = "feedback/survey";

	private final SurveyManagement surveys;

	PublicSurveyController(SurveyManagement surveys) {
		this.surveys = surveys;
	}

	@GetMapping
	String show(@PathVariable String token, Model model) {
		return page(this.surveys.open(token), token, null, null, Map.of(), model);
	}

	@PostMapping
	String answer(@PathVariable String token, @RequestParam(required = false) @Nullable String score,
			@RequestParam(required = false) @Nullable String comment, @RequestParam Map<String, String> form,
			Model model) {
		Integer value = null;
		SurveyForm survey = this.surveys.open(token);
		try {
			if (survey.kind().servqual()) {
				this.surveys.answer(token, null, SurveyAnswers.servqual(form), comment);
			}
			else {
				value = SurveyAnswers.score(score);
				this.surveys.answer(token, value, comment);
			}
			model.addAttribute("thanks", true);
			return page(this.surveys.open(token), token, null, null, Map.of(), model);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("chosen", SurveyAnswers.chosen(form));
			return page(survey, token, value, comment, FormErrors.of(ex), model);
		}
	}

	@PostMapping("/unsubscribe")
	String unsubscribe(@PathVariable String token, Model model) {
		this.surveys.unsubscribe(token);
		model.addAttribute("unsubscribed", true);
		return page(this.surveys.open(token), token, null, null, Map.of(), model);
	}

	private static String page(SurveyForm survey, String token, @Nullable Integer score, @Nullable String comment,
			Map<String, String> errors, Model model) {
		model.addAttribute("survey", survey);
		model.addAttribute("action", "/survey/" + token);
		model.addAttribute("unsubscribeAction", "/survey/" + token + "/unsubscribe");
		model.addAttribute("score", score);
		model.addAttribute("comment", comment);
		model.addAttribute("errors", errors);
		if (!model.containsAttribute("chosen")) {
			model.addAttribute("chosen", Map.of());
		}
		return PAGE;
	}

}
