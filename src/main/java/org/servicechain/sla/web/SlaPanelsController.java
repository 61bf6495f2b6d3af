package org.servicechain.sla.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.servicechain.sla.SlaManagement;

/**
 * The SLA panels, loaded by htmx into the request and agreement pages: a request's clocks
 * with their explanations, its ledger and attribution; an agreement's measured compliance
 * and what-if.
 */
@Controller
class SlaPanelsController {

	private final SlaManagement sla;

	SlaPanelsController(SlaManagement sla) {
		this.sla = sla;
	}

	@org.springframework.web.bind.annotation.PostMapping("/agreements/{id}/clocks/rebase")
	String rebase(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		try {
			SlaManagement.Rebased rebased = this.sla.rebase(id, (reason != null) ? reason : "");
			redirect.addFlashAttribute("message", "Re-based " + rebased.moved().size() + " open requests on version "
					+ rebased.termsNumber() + "; the history of each says what moved.");
		}
		catch (org.servicechain.shared.InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/agreements/" + id;
	}

	@GetMapping("/requests/{id}/sla")
	String requestSla(@PathVariable UUID id, Model model) {
		model.addAttribute("sla", this.sla.requestSla(id));
		return "sla/request-sla :: panel";
	}

	@GetMapping("/agreements/{id}/compliance")
	String compliance(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer terms, @RequestParam(defaultValue = "90") int days,
			Model model) {
		LocalDate end = (to != null) ? to : LocalDate.now();
		LocalDate start = (from != null) ? from : end.minusDays(90);
		model.addAttribute("compliance", this.sla.compliance(id, start, end));
		model.addAttribute("agreementId", id);
		model.addAttribute("canRebase", this.sla.canRebase());
		if (terms != null) {
			model.addAttribute("whatIf", this.sla.whatIf(id, terms, days));
		}
		return "sla/agreement-compliance :: panel";
	}

}
