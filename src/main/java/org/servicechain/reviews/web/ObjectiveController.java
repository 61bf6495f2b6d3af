package org.servicechain.reviews.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.chain.ChainManagement;
import org.servicechain.reviews.NewObjective;
import org.servicechain.reviews.ObjectiveManagement;
import org.servicechain.reviews.ObjectiveOutcome;
import org.servicechain.reviews.ObjectiveMetric;
import org.servicechain.reviews.ObjectiveSubject;
import org.servicechain.reviews.ReviewAccessPolicy;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * SMART objectives (PM-1): every objective the caller may see with its progress from the
 * data, and a form for managers to set one.
 */
@Controller
@RequestMapping("/reviews/objectives")
class ObjectiveController {

	private final ObjectiveManagement objectives;

	private final ChainManagement chain;

	private final ReviewAccessPolicy policy;

	ObjectiveController(ObjectiveManagement objectives, ChainManagement chain, ReviewAccessPolicy policy) {
		this.objectives = objectives;
		this.chain = chain;
		this.policy = policy;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String person,
			@RequestParam(required = false) @Nullable UUID party, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("objectives", this.objectives.objectives(person, party, page, 50));
		model.addAttribute("canLead", this.policy.canLead());
		if (this.policy.canLead()) {
			model.addAttribute("people", this.objectives.people());
			model.addAttribute("parties",
					this.chain.allParties().stream().filter((candidate) -> !candidate.customer()).toList());
			model.addAttribute("services", this.chain.services());
		}
		model.addAttribute("subjects", ObjectiveSubject.values());
		model.addAttribute("metrics", ObjectiveMetric.values());
		return "reviews/objectives";
	}

	@PostMapping
	String create(@RequestParam(required = false) @Nullable ObjectiveSubject subject,
			@RequestParam(required = false) @Nullable String person,
			@RequestParam(required = false) @Nullable UUID partyId,
			@RequestParam(required = false) @Nullable String specific,
			@RequestParam(required = false) @Nullable ObjectiveMetric metric,
			@RequestParam(required = false) @Nullable String baseline,
			@RequestParam(required = false) @Nullable String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
			@RequestParam(required = false) @Nullable UUID serviceId,
			@RequestParam(required = false) @Nullable String achievableBy, RedirectAttributes redirect) {
		try {
			this.objectives
				.create(new NewObjective(subject, (subject == ObjectiveSubject.PERSON) ? blankToNull(person) : null,
						(subject != ObjectiveSubject.PERSON) ? partyId : null, specific, metric,
						number("baseline", baseline), number("target", target), startsOn, deadline, serviceId,
						achievableBy));
			redirect.addFlashAttribute("message", "The objective was set; its progress comes from the data.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not set: " + ex.getMessage());
			redirect.addFlashAttribute("errors", FormErrors.of(ex));
		}
		return "redirect:/reviews/objectives";
	}

	@GetMapping("/{id}")
	String objective(@PathVariable UUID id, Model model) {
		model.addAttribute("o", this.objectives.objective(id));
		model.addAttribute("canLead", this.policy.canLead());
		model.addAttribute("outcomes", ObjectiveOutcome.values());
		return "reviews/objective";
	}

	@PostMapping("/{id}/edit")
	String change(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
			RedirectAttributes redirect) {
		try {
			this.objectives.change(id, version, number("target", target), deadline);
			redirect.addFlashAttribute("message", "The objective was changed.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not changed: " + ex.getMessage());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error",
					"Someone changed this objective meanwhile; the page shows their version. Nothing was saved.");
		}
		return "redirect:/reviews/objectives/" + id;
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable ObjectiveOutcome outcome,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			this.objectives.close(id, version, outcome, note);
			redirect.addFlashAttribute("message", "The objective was closed.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not closed: " + ex.getMessage());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error",
					"Someone changed this objective meanwhile; the page shows their version. Nothing was saved.");
		}
		return "redirect:/reviews/objectives/" + id;
	}

	private static @Nullable Double number(String field, @Nullable String text) {
		return (text == null || text.isBlank()) ? null : FormNumbers.decimal(field, text);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
