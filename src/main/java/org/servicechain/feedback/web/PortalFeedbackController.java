package org.servicechain.feedback.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.chain.ChainManagement;
import org.servicechain.feedback.FeedbackChannel;
import org.servicechain.feedback.FeedbackKind;
import org.servicechain.feedback.FeedbackManagement;
import org.servicechain.feedback.NewFeedback;
import org.servicechain.feedback.RelationshipSurveys;
import org.servicechain.feedback.SurveyManagement;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;

/**
 * The portal side of feedback (FB-1, FB-2): a customer answers the surveys waiting for
 * them, leaves a comment at any time and sees their own feedback; a partner user sees the
 * feedback about their own party and answers the relationship surveys sent to them.
 */
@Controller
@RequestMapping("/portal/feedback")
class PortalFeedbackController {

	static final String PAGE = "feedback/portal";

	static final String SURVEY = "feedback/survey";

	private final FeedbackManagement feedback;

	private final SurveyManagement surveys;

	private final RelationshipSurveys relationships;

	private final ChainManagement chain;

	PortalFeedbackController(FeedbackManagement feedback, SurveyManagement surveys, RelationshipSurveys relationships,
			ChainManagement chain) {
		this.feedback = feedback;
		this.surveys = surveys;
		this.relationships = relationships;
		this.chain = chain;
	}

	@GetMapping
	String page(@RequestParam(defaultValue = "0") int page, Model model) {
		return page(page, FeedbackKind.COMMENT, null, "", Map.of(), model);
	}

	@PostMapping
	String leave(@RequestParam(required = false) @Nullable FeedbackKind kind,
			@RequestParam(required = false) @Nullable UUID serviceId,
			@RequestParam(required = false) @Nullable String text, Model model, RedirectAttributes redirect) {
		try {
			this.feedback.capture(
					new NewFeedback(kind, FeedbackChannel.PORTAL, null, serviceId, null, (text != null) ? text : ""));
			redirect.addFlashAttribute("message", "Thank you: your feedback was sent.");
			return "redirect:/portal/feedback";
		}
		catch (InvalidInputException ex) {
			return page(0, kind, serviceId, text, FormErrors.of(ex), model);
		}
	}

	private String page(int page, @Nullable FeedbackKind kind, @Nullable UUID serviceId, @Nullable String text,
			Map<String, String> errors, Model model) {
		boolean customer = CurrentUser.get().map((user) -> user.hasRole(Role.CUSTOMER)).orElse(false);
		model.addAttribute("customer", customer);
		model.addAttribute("waiting", this.surveys.waitingForMe());
		model.addAttribute("relationshipWaiting", this.relationships.waitingForMe());
		model.addAttribute("answers", this.surveys.responses(0, 20).items());
		model.addAttribute("page", this.feedback.comments(null, page, 25));
		model.addAttribute("kinds", FeedbackKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("serviceId", serviceId);
		model.addAttribute("text", text);
		model.addAttribute("services", customer ? SystemActor.call(this.chain::services) : java.util.List.of());
		model.addAttribute("errors", errors);
		return PAGE;
	}

	@GetMapping("/surveys/{id}")
	String survey(@PathVariable UUID id, Model model) {
		return survey(id, null, null, Map.of(), model);
	}

	@PostMapping("/surveys/{id}")
	String answer(@PathVariable UUID id, @RequestParam(required = false) @Nullable String score,
			@RequestParam(required = false) @Nullable String comment, @RequestParam Map<String, String> form,
			Model model) {
		Integer value = null;
		try {
			if (this.surveys.openAsCustomer(id).kind().servqual()) {
				this.surveys.answerAsCustomer(id, null, SurveyAnswers.servqual(form), comment);
			}
			else {
				value = SurveyAnswers.score(score);
				this.surveys.answerAsCustomer(id, value, comment);
			}
			model.addAttribute("thanks", true);
			return survey(id, null, null, Map.of(), model);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("chosen", SurveyAnswers.chosen(form));
			return survey(id, value, comment, FormErrors.of(ex), model);
		}
	}

	private String survey(UUID id, @Nullable Integer score, @Nullable String comment, Map<String, String> errors,
			Model model) {
		model.addAttribute("survey", this.surveys.openAsCustomer(id));
		model.addAttribute("action", "/portal/feedback/surveys/" + id);
		model.addAttribute("score", score);
		model.addAttribute("comment", comment);
		model.addAttribute("errors", errors);
		model.addAttribute("portal", true);
		if (!model.containsAttribute("chosen")) {
			model.addAttribute("chosen", Map.of());
		}
		return SURVEY;
	}

}
