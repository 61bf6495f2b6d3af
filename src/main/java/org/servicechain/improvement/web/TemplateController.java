package org.servicechain.improvement.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

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

import org.servicechain.improvement.AuditAccessPolicy;
import org.servicechain.improvement.AuditKind;
import org.servicechain.improvement.AuditSubjectKind;
import org.servicechain.improvement.AuditTemplates;
import org.servicechain.improvement.TemplateView;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * Checklist templates (FB-7): the list, and the form managers design one with (items as
 * rows with question, guidance and weight).
 */
@Controller
@RequestMapping("/improvement/templates")
class TemplateController {

	static final String LIST = "improvement/templates";

	static final String FORM = "improvement/template-form";

	private final AuditTemplates templates;

	private final AuditAccessPolicy access;

	TemplateController(AuditTemplates templates, AuditAccessPolicy access) {
		this.templates = templates;
		this.access = access;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "version");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("templates", this.templates.templates());
		model.addAttribute("manager", this.access.canManage());
		return LIST;
	}

	@GetMapping("/new")
	String create(Model model) {
		this.templates.templates();
		return form(null, TemplateForm.empty(), Map.of(), model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		TemplateView template = this.templates.template(id);
		return form(template, TemplateForm.of(template), Map.of(), model);
	}

	@PostMapping
	String save(@ModelAttribute("form") TemplateForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding));
		// A value that could not be read was left empty, so the facade refuses the
		// checklist too and every other problem is named in the same answer.
		var details = form.toDetails(errors);
		try {
			TemplateView saved = this.templates.create(details);
			redirect.addFlashAttribute("message", "Checklist “" + saved.name() + "” saved.");
			return "redirect:/improvement/templates";
		}
		catch (InvalidInputException ex) {
			FormErrors.of(ex).forEach(errors::putIfAbsent);
		}
		return form(null, form.forRedisplay(), errors, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") TemplateForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding));
		var details = form.toDetails(errors);
		try {
			TemplateView saved = this.templates.update(id, version, details);
			redirect.addFlashAttribute("message",
					"Checklist saved as revision " + saved.revision() + "; audits already scheduled keep theirs.");
			return "redirect:/improvement/templates";
		}
		catch (InvalidInputException ex) {
			FormErrors.of(ex).forEach(errors::putIfAbsent);
		}
		catch (StaleVersionException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", ex);
		}
		model.addAttribute("editedVersion", version);
		return form(this.templates.template(id), form.forRedisplay(), errors, model);
	}

	private String form(TemplateView template, TemplateForm form, Map<String, String> errors, Model model) {
		model.addAttribute("template", template);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("subjectKinds", AuditSubjectKind.values());
		model.addAttribute("kinds", AuditKind.values());
		return FORM;
	}

}
