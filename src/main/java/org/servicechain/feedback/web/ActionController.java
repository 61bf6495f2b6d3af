package org.servicechain.feedback.web;

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

import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.AgreementStatus;
import org.servicechain.chain.ChainManagement;
import org.servicechain.feedback.ActionMetric;
import org.servicechain.feedback.ActionStatus;
import org.servicechain.feedback.ActionView;
import org.servicechain.feedback.ImprovementManagement;
import org.servicechain.feedback.SurveyManagement;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * Improvement actions (FB-6): the list with before and after, the form that starts one,
 * and the action's page with its metric week by week as a chart.
 */
@Controller
@RequestMapping("/feedback/actions")
class ActionController {

	static final String LIST = "feedback/actions";

	static final String DETAIL = "feedback/action";

	private final ImprovementManagement actions;

	private final SurveyManagement surveys;

	private final ChainManagement chain;

	private final IdentityManagement identity;

	private final AgreementManagement agreements;

	ActionController(ImprovementManagement actions, SurveyManagement surveys, ChainManagement chain,
			IdentityManagement identity, AgreementManagement agreements) {
		this.agreements = agreements;
		this.actions = actions;
		this.surveys = surveys;
		this.chain = chain;
		this.identity = identity;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "version");
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable UUID alertId,
			@RequestParam(required = false) @Nullable String theme, Model model) {
		return list(ActionForm.empty(alertId, theme), Map.of(), model);
	}

	@PostMapping
	String start(@ModelAttribute("form") ActionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.of(binding);
		if (!errors.isEmpty()) {
			return list(form, errors, model);
		}
		try {
			ActionView started = this.actions.start(form.toDetails());
			redirect.addFlashAttribute("message", "Action started; its baseline was measured.");
			return "redirect:/feedback/actions/" + started.id();
		}
		catch (InvalidInputException ex) {
			return list(form, FormErrors.of(ex), model);
		}
	}

	private String list(ActionForm form, Map<String, String> errors, Model model) {
		model.addAttribute("actions", this.actions.actions());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("metrics", ActionMetric.values());
		model.addAttribute("surveys", this.surveys.surveys());
		model.addAttribute("services", this.chain.services());
		model.addAttribute("agreements", this.agreements.agreements(AgreementStatus.ACTIVE));
		model.addAttribute("staff", this.identity.staffDirectory());
		return LIST;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		ActionView action = this.actions.action(id);
		model.addAttribute("action", action);
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("chart", Charts.beforeAfter(action));
		return DETAIL;
	}

	@PostMapping("/{id}/status")
	String status(@PathVariable UUID id, @RequestParam long version, @RequestParam ActionStatus status,
			RedirectAttributes redirect) {
		try {
			this.actions.changeStatus(id, version, status);
			redirect.addFlashAttribute("message", "Status changed.");
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("message", "Someone changed the action meanwhile: check it and try again.");
		}
		return "redirect:/feedback/actions/" + id;
	}

}
