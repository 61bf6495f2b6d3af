package org.servicechain.workforce.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.chain.ChainManagement;
import org.servicechain.identity.SystemActor;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;
import org.servicechain.workforce.Contingency;
import org.servicechain.workforce.ContingencyViews.IncidentView;
import org.servicechain.workforce.ContingencyViews.ProcedureView;
import org.servicechain.workforce.ProcedureDetails;
import org.servicechain.workforce.Situation;
import org.servicechain.workforce.WorkforceAccessPolicy;

/**
 * Contingency pages (WF-4): the procedures and incidents, a procedure with its
 * activation, and an incident's checklist, affected services and customers, and review.
 */
@Controller
class ContingencyController {

	private static final String LIST = "workforce/contingency";

	private static final String PROCEDURE = "workforce/procedure";

	private final Contingency contingency;

	private final WorkforceAccessPolicy policy;

	private final ChainManagement chain;

	ContingencyController(Contingency contingency, WorkforceAccessPolicy policy, ChainManagement chain) {
		this.contingency = contingency;
		this.policy = policy;
		this.chain = chain;
	}

	record ProcedureForm(@Nullable String title, @Nullable String situation, @Nullable String partyId,
			@Nullable String steps, @Nullable String contacts) {

		static ProcedureForm empty() {
			return new ProcedureForm("", "", "", "", "");
		}

		static ProcedureForm of(ProcedureView view) {
			return new ProcedureForm(view.title(), view.situation().name(),
					(view.partyId() != null) ? view.partyId().toString() : "", view.stepsText(), view.contacts());
		}

		ProcedureDetails details() {
			Situation chosen;
			try {
				chosen = Situation.valueOf((this.situation != null) ? this.situation : "");
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("situation", "required", "choose the situation");
			}
			UUID party;
			try {
				party = (this.partyId == null || this.partyId.isBlank()) ? null : UUID.fromString(this.partyId);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("partyId", "unknown", "choose a party from the list");
			}
			return new ProcedureDetails((this.title != null) ? this.title : "", chosen, party,
					ProcedureDetails.steps(this.steps), this.contacts);
		}

	}

	@GetMapping("/team/contingency")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("procedures", this.contingency.procedures(page, 50));
		model.addAttribute("open", this.contingency.incidents(true, 0, 50));
		model.addAttribute("recent", this.contingency.incidents(false, 0, 10));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProcedureForm.empty());
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return form(model, LIST);
	}

	@PostMapping("/team/contingency/procedures")
	String create(ProcedureForm form, Model model, RedirectAttributes redirect) {
		try {
			ProcedureView created = this.contingency.createProcedure(form.details());
			redirect.addFlashAttribute("message", "Procedure “" + created.title() + "” saved.");
			return "redirect:/team/contingency/procedures/" + created.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("form", form);
			model.addAttribute("errors", FormErrors.of(ex));
			return list(0, model);
		}
	}

	@GetMapping("/team/contingency/procedures/{id}")
	String procedure(@PathVariable UUID id, Model model) {
		ProcedureView procedure = this.contingency.procedure(id);
		model.addAttribute("procedure", procedure);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProcedureForm.of(procedure));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return form(model, PROCEDURE);
	}

	@PostMapping("/team/contingency/procedures/{id}")
	String update(@PathVariable UUID id, @RequestParam long version, ProcedureForm form, Model model,
			RedirectAttributes redirect) {
		try {
			this.contingency.updateProcedure(id, version, form.details());
			redirect.addFlashAttribute("message", "Procedure saved.");
			return "redirect:/team/contingency/procedures/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("form", form);
			model.addAttribute("errors", FormErrors.of(ex));
			return procedure(id, model);
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error",
					"Someone changed this procedure meanwhile; nothing was saved. Here it is as it is now.");
			return "redirect:/team/contingency/procedures/" + id;
		}
	}

	@PostMapping("/team/contingency/procedures/{id}/activate")
	String activate(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			RedirectAttributes redirect) {
		try {
			IncidentView incident = this.contingency.activate(id, note);
			redirect.addFlashAttribute("message", "Incident opened: work through the checklist and tick each step.");
			return "redirect:/team/incidents/" + incident.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
			return "redirect:/team/contingency/procedures/" + id;
		}
	}

	@GetMapping("/team/incidents/{id}")
	String incident(@PathVariable UUID id, Model model) {
		model.addAttribute("incident", this.contingency.incident(id));
		model.addAttribute("notice", this.contingency.noticeOf(id).orElse(null));
		model.addAttribute("manager", this.policy.isManager());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "workforce/incident";
	}

	@PostMapping("/team/incidents/{id}/steps/{step}")
	String tick(@PathVariable UUID id, @PathVariable int step, @RequestParam long version,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			this.contingency.tick(id, version, step, note);
			redirect.addFlashAttribute("message", "Step " + (step + 1) + " done.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error",
					"Someone updated this incident meanwhile; nothing was saved. Check the checklist and try again.");
		}
		return "redirect:/team/incidents/" + id;
	}

	/**
	 * Tells the parties and customers affected through the chain: a service notice.
	 */
	@PostMapping("/team/incidents/{id}/tell")
	String tell(@PathVariable UUID id, @RequestParam(required = false) @Nullable String message,
			RedirectAttributes redirect) {
		try {
			org.servicechain.notices.ServiceNoticeView notice = this.contingency.tellTheAffected(id, message);
			redirect.addFlashAttribute("message", notice.reference() + " issued: " + notice.reachedCount()
					+ " people told, " + notice.unreached().size() + " not reached.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
		}
		return "redirect:/team/incidents/" + id;
	}

	/**
	 * Defers the low-priority work of the affected services and tells the affected.
	 */
	@PostMapping("/team/incidents/{id}/defer")
	String defer(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			java.util.List<String> deferred = this.contingency.deferLowPriority(id);
			redirect.addFlashAttribute("message", deferred.size() + " low-priority requests deferred ("
					+ String.join(", ", deferred) + "); the affected were told through the notice.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error", "The notice changed meanwhile; nothing was deferred. Try again.");
		}
		return "redirect:/team/incidents/" + id;
	}

	@PostMapping("/team/incidents/{id}/close")
	String close(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String whatHappened,
			@RequestParam(required = false) @Nullable String whatChanges, Model model, RedirectAttributes redirect) {
		try {
			this.contingency.close(id, version, whatHappened, whatChanges);
			redirect.addFlashAttribute("message", "Incident closed with its review.");
			return "redirect:/team/incidents/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
			model.addAttribute("whatHappened", whatHappened);
			model.addAttribute("whatChanges", whatChanges);
			return incident(id, model);
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error",
					"Someone updated this incident meanwhile; nothing was saved. Check it and close it again.");
			return "redirect:/team/incidents/" + id;
		}
	}

	private String form(Model model, String view) {
		model.addAttribute("manager", this.policy.isManager());
		model.addAttribute("situations", Situation.values());
		model.addAttribute("parties", SystemActor.call(this.chain::allParties));
		return view;
	}

}
