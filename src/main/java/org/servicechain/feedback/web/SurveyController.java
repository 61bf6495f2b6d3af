package org.servicechain.feedback.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.PartyKind;
import org.servicechain.feedback.RelationshipSent;
import org.servicechain.feedback.RelationshipSurveys;
import org.servicechain.feedback.RequesterScope;
import org.servicechain.feedback.SurveyKind;
import org.servicechain.feedback.SurveyManagement;
import org.servicechain.feedback.SurveyView;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * The survey pages for staff (FB-1): the surveys with their rules and how each is doing,
 * the design form, and the answers.
 */
@Controller
@RequestMapping("/feedback/surveys")
class SurveyController {

	static final String LIST = "feedback/survey-list";

	static final String FORM = "feedback/survey-form";

	static final String RESPONSES = "feedback/responses";

	private final SurveyManagement surveys;

	private final RelationshipSurveys relationships;

	private final ChainManagement chain;

	SurveyController(SurveyManagement surveys, RelationshipSurveys relationships, ChainManagement chain) {
		this.surveys = surveys;
		this.relationships = relationships;
		this.chain = chain;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "version");
	}

	@GetMapping
	String list(Model model) {
		return list(null, null, Map.of(), model);
	}

	/**
	 * Sends a relationship survey to a party's people (managers).
	 */
	@PostMapping("/relationship")
	String sendRelationship(@RequestParam(required = false) @Nullable UUID surveyId,
			@RequestParam(required = false) @Nullable UUID partyId, Model model, RedirectAttributes redirect) {
		try {
			RelationshipSent sent = this.relationships.send(surveyId, partyId);
			redirect.addFlashAttribute("message", "Relationship survey sent to " + sent.invited() + " "
					+ ((sent.invited() == 1) ? "person" : "people") + " at " + sent.partyName() + ".");
			return "redirect:/feedback/surveys";
		}
		catch (InvalidInputException ex) {
			return list(surveyId, partyId, FormErrors.of(ex), model);
		}
	}

	private String list(@Nullable UUID surveyId, @Nullable UUID partyId, Map<String, String> errors, Model model) {
		model.addAttribute("surveys", this.surveys.surveys());
		model.addAttribute("waiting", this.relationships.waitingForMe());
		boolean manager = CurrentUser.get().map((user) -> user.hasRole(Role.ADMIN, Role.MANAGER)).orElse(false);
		model.addAttribute("manager", manager);
		model.addAttribute("ratings", manager ? this.relationships.ratings() : List.of());
		model.addAttribute("parties", manager
				? this.chain.allParties().stream().filter((party) -> party.kind() != PartyKind.CUSTOMER).toList()
				: List.of());
		model.addAttribute("relSurveyId", surveyId);
		model.addAttribute("relPartyId", partyId);
		model.addAttribute("errors", errors);
		return LIST;
	}

	@GetMapping("/answers")
	String answers(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.surveys.responses(page, 25));
		return RESPONSES;
	}

	@GetMapping("/new")
	String newSurvey(Model model) {
		return form(SurveyDesign.empty(), null, Map.of(), model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") SurveyDesign form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.of(binding);
		if (!errors.isEmpty()) {
			return form(form, null, errors, model);
		}
		try {
			SurveyView created = this.surveys.create(form.toDetails());
			redirect.addFlashAttribute("message", "Survey \"" + created.name() + "\" saved.");
			return "redirect:/feedback/surveys";
		}
		catch (InvalidInputException ex) {
			return form(form, null, FormErrors.of(ex), model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		SurveyView survey = this.surveys.survey(id);
		return form(SurveyDesign.of(survey), survey, Map.of(), model);
	}

	@PostMapping("/{id}")
	String change(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") SurveyDesign form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		SurveyView survey = this.surveys.survey(id);
		Map<String, String> errors = FormErrors.of(binding);
		if (!errors.isEmpty()) {
			return form(form, survey, errors, model);
		}
		try {
			this.surveys.change(id, version, form.toDetails());
			redirect.addFlashAttribute("message", "Survey saved.");
			return "redirect:/feedback/surveys";
		}
		catch (InvalidInputException ex) {
			return form(form, survey, FormErrors.of(ex), model);
		}
		catch (StaleVersionException ex) {
			model.addAttribute("conflict", ex);
			return form(form, this.surveys.survey(id), Map.of(), model);
		}
	}

	private String form(SurveyDesign form, @Nullable SurveyView survey, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("survey", survey);
		model.addAttribute("gapChart",
				(survey != null && survey.servqual() != null) ? Charts.gaps(survey.servqual()) : null);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", SurveyKind.values());
		model.addAttribute("scopes", RequesterScope.values());
		model.addAttribute("services", this.chain.services());
		return FORM;
	}

}
