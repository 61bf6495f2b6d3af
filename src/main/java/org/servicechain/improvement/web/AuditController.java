package org.servicechain.improvement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
import org.servicechain.chain.PartyKind;
import org.servicechain.feedback.ActionMetric;
import org.servicechain.feedback.ActionView;
import org.servicechain.feedback.FeedbackChannel;
import org.servicechain.feedback.SurveyManagement;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.improvement.AuditAccessPolicy;
import org.servicechain.improvement.AuditFilter;
import org.servicechain.improvement.AuditManagement;
import org.servicechain.improvement.AuditStatus;
import org.servicechain.improvement.AuditTemplates;
import org.servicechain.improvement.AuditView;
import org.servicechain.improvement.FindingDetails;
import org.servicechain.improvement.FindingSeverity;
import org.servicechain.improvement.ItemAnswer;
import org.servicechain.improvement.ItemResult;
import org.servicechain.improvement.RecurrenceUnit;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * Audits (FB-7): the list with overdue ones flagged and counted, the schedule form, the
 * audit's page where the auditor records results and findings and completes it, the form
 * a manager raises an action from a finding with, and a subject's history.
 */
@Controller
@RequestMapping("/improvement/audits")
class AuditController {

	static final String LIST = "improvement/audits";

	static final String DETAIL = "improvement/audit";

	private final AuditManagement audits;

	private final AuditTemplates templates;

	private final AuditAccessPolicy access;

	private final ChainManagement chain;

	private final IdentityManagement identity;

	private final SurveyManagement surveys;

	private final AgreementManagement agreements;

	AuditController(AuditManagement audits, AuditTemplates templates, AuditAccessPolicy access, ChainManagement chain,
			IdentityManagement identity, SurveyManagement surveys, AgreementManagement agreements) {
		this.audits = audits;
		this.templates = templates;
		this.access = access;
		this.chain = chain;
		this.identity = identity;
		this.surveys = surveys;
		this.agreements = agreements;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "version");
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable AuditStatus status,
			@RequestParam(required = false) @Nullable String subject,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("audits", this.audits.audits(new AuditFilter(status, subject, overdue), page, 25));
		model.addAttribute("overdueCount", this.audits.overdueCount());
		model.addAttribute("subjects", this.audits.subjects());
		model.addAttribute("statuses", AuditStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("subject", subject);
		model.addAttribute("overdue", overdue);
		model.addAttribute("manager", this.access.canManage());
		return LIST;
	}

	/**
	 * The dashboard's panel (loaded by the home page): overdue audits and the caller's
	 * audits to conduct; nothing when there are none.
	 */
	@GetMapping("/attention")
	String attention(Model model) {
		model.addAttribute("attention", this.audits.attention());
		model.addAttribute("manager", this.access.canManage());
		return "improvement/panels :: attention";
	}

	@GetMapping("/new")
	String scheduleForm(@RequestParam(required = false) @Nullable UUID template, Model model) {
		return scheduleForm(ScheduleForm.empty(template), Map.of(), model);
	}

	@PostMapping
	String schedule(@ModelAttribute("form") ScheduleForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.of(binding);
		if (errors.isEmpty()) {
			try {
				AuditView audit = this.audits.schedule(form.toSchedule());
				redirect.addFlashAttribute("message", audit.reference() + " scheduled.");
				return "redirect:/improvement/audits/" + audit.id();
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
		}
		return scheduleForm(form, errors, model);
	}

	private String scheduleForm(ScheduleForm form, Map<String, String> errors, Model model) {
		if (!this.access.canManage()) {
			throw new org.springframework.security.access.AccessDeniedException("Only managers schedule audits");
		}
		model.addAttribute("templates", this.templates.templates());
		model.addAttribute("teams",
				this.chain.allParties().stream().filter((p) -> p.kind() == PartyKind.INTERNAL_TEAM).toList());
		model.addAttribute("partners",
				this.chain.allParties()
					.stream()
					.filter((p) -> p.kind() == PartyKind.PARTNER || p.kind() == PartyKind.SUPPLIER)
					.toList());
		model.addAttribute("channels", FeedbackChannel.values());
		model.addAttribute("units", RecurrenceUnit.values());
		model.addAttribute("staff", this.identity.staffDirectory());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "improvement/schedule-form";
	}

	@GetMapping("/subjects/{subject}")
	String history(@PathVariable String subject, Model model) {
		model.addAttribute("history", this.audits.history(subject));
		return "improvement/subject";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return detail(this.audits.audit(id), Map.of(), model);
	}

	private String detail(AuditView audit, Map<String, String> errors, Model model) {
		model.addAttribute("audit", audit);
		model.addAttribute("errors", errors);
		model.addAttribute("results", ItemResult.values());
		model.addAttribute("severities", FindingSeverity.values());
		model.addAttribute("entries", this.audits.changes(audit.id()));
		return DETAIL;
	}

	@PostMapping("/{id}/results")
	String results(@PathVariable UUID id, @RequestParam long version,
			@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "save") String then,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		List<ItemAnswer> answers = new ArrayList<>();
		for (String key : params.keySet()) {
			if (key.startsWith("result-")) {
				int position;
				try {
					position = Integer.parseInt(key.substring("result-".length()));
				}
				catch (NumberFormatException ex) {
					continue;
				}
				String value = params.getFirst(key);
				ItemResult result = (value == null || value.isBlank()) ? null : ItemResult.valueOf(value);
				answers.add(new ItemAnswer(position, result, params.getFirst("note-" + position)));
			}
		}
		try {
			AuditView saved = this.audits.record(id, version, answers);
			if ("complete".equals(then)) {
				saved = this.audits.complete(id, saved.version());
				redirect.addFlashAttribute("message",
						saved.reference() + " completed with a score of " + saved.score() + "%."
								+ ((saved.nextReference() != null)
										? " The next, " + saved.nextReference() + ", is scheduled." : ""));
			}
			else {
				redirect.addFlashAttribute("message", "Results saved.");
			}
			return "redirect:/improvement/audits/" + id;
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			model.addAttribute("error", ex.getMessage());
			return detail(this.audits.audit(id), FormErrors.of(ex), model);
		}
		catch (StaleVersionException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", ex);
			return detail(this.audits.audit(id), Map.of(), model);
		}
	}

	@PostMapping("/{id}/findings")
	String finding(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable Integer itemPosition,
			@RequestParam(required = false) @Nullable FindingSeverity severity,
			@RequestParam(required = false) @Nullable String text, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.audits.addFinding(id, version, new FindingDetails(itemPosition, severity, text));
			redirect.addFlashAttribute("message", "Finding recorded.");
			return "redirect:/improvement/audits/" + id + "#findings";
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			model.addAttribute("findingText", text);
			return detail(this.audits.audit(id), FormErrors.of(ex), model);
		}
		catch (StaleVersionException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", ex);
			return detail(this.audits.audit(id), Map.of(), model);
		}
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String reason, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.audits.cancel(id, version, reason);
			redirect.addFlashAttribute("message", "Audit cancelled.");
			return "redirect:/improvement/audits/" + id;
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			return detail(this.audits.audit(id), FormErrors.of(ex), model);
		}
		catch (StaleVersionException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", ex);
			return detail(this.audits.audit(id), Map.of(), model);
		}
	}

	@GetMapping("/{id}/findings/{number}/action")
	String actionForm(@PathVariable UUID id, @PathVariable int number, Model model) {
		AuditView audit = this.audits.audit(id);
		AuditView.Finding finding = finding(audit, number);
		return actionForm(audit, finding, ActionForm.from(finding.text()), Map.of(), model);
	}

	@PostMapping("/{id}/findings/{number}/action")
	String raise(@PathVariable UUID id, @PathVariable int number, @RequestParam long version,
			@ModelAttribute("form") ActionForm form, BindingResult binding, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> errors = FormErrors.of(binding);
		if (errors.isEmpty()) {
			try {
				ActionView action = this.audits.raiseAction(id, version, number, form.toDetails());
				redirect.addFlashAttribute("message",
						"Action “" + action.title() + "” raised; its baseline was measured.");
				return "redirect:/improvement/audits/" + id + "#findings";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
			catch (StaleVersionException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("conflict", ex);
			}
		}
		AuditView audit = this.audits.audit(id);
		return actionForm(audit, finding(audit, number), form, errors, model);
	}

	private static AuditView.Finding finding(AuditView audit, int number) {
		return audit.findings()
			.stream()
			.filter((finding) -> finding.number() == number)
			.findFirst()
			.orElseThrow(
					() -> new org.servicechain.shared.NotFoundException("Finding", audit.reference() + "/" + number));
	}

	private String actionForm(AuditView audit, AuditView.Finding finding, ActionForm form, Map<String, String> errors,
			Model model) {
		if (!audit.canManage()) {
			throw new org.springframework.security.access.AccessDeniedException("Managers raise actions");
		}
		model.addAttribute("audit", audit);
		model.addAttribute("finding", finding);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("metrics", ActionMetric.values());
		model.addAttribute("surveys", this.surveys.surveys());
		model.addAttribute("services", this.chain.services());
		model.addAttribute("agreements", this.agreements.agreements(AgreementStatus.ACTIVE));
		model.addAttribute("staff", this.identity.staffDirectory());
		return "improvement/raise-action";
	}

}
