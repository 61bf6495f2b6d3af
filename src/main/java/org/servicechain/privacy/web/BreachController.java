package org.servicechain.privacy.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
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

import org.servicechain.privacy.BreachDetails;
import org.servicechain.privacy.BreachLog;
import org.servicechain.privacy.BreachRisk;
import org.servicechain.privacy.BreachStatus;
import org.servicechain.privacy.DataBreachView;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * The administrators' breach log pages: the list with the hours left to report each open
 * breach, the form to record one, and a breach's page, which is its edit form and its
 * history. Times are typed and shown in London time.
 */
@Controller
class BreachController {

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	private final BreachLog breaches;

	BreachController(BreachLog breaches) {
		this.breaches = breaches;
	}

	/**
	 * The form as typed; times as {@code datetime-local} values in London time.
	 */
	record BreachForm(@Nullable String awareAt, @Nullable String description, @Nullable String categories,
			@Nullable String approxPeople, @Nullable String approxRecords, @Nullable String consequences,
			@Nullable String measures, @Nullable String risk, @Nullable String notReportableReason,
			@Nullable String reportedAt, @Nullable String delayReason, @Nullable String peopleInformedAt,
			@Nullable String closed) {

		static BreachForm of(BreachDetails details) {
			return new BreachForm(local(details.awareAt()), details.description(), details.categories(),
					(details.approxPeople() != null) ? details.approxPeople().toString() : null,
					(details.approxRecords() != null) ? details.approxRecords().toString() : null,
					details.consequences(), details.measures(), (details.risk() != null) ? details.risk().name() : null,
					details.notReportableReason(), local(details.reportedAt()), details.delayReason(),
					local(details.peopleInformedAt()), Boolean.TRUE.equals(details.closed()) ? "true" : null);
		}

		BreachDetails details(Map<String, String> errors) {
			return new BreachDetails(instant("awareAt", this.awareAt, errors), this.description, this.categories,
					number("approxPeople", this.approxPeople, errors),
					number("approxRecords", this.approxRecords, errors), this.consequences, this.measures, risk(errors),
					this.notReportableReason, instant("reportedAt", this.reportedAt, errors), this.delayReason,
					instant("peopleInformedAt", this.peopleInformedAt, errors), "true".equals(this.closed));
		}

		private @Nullable BreachRisk risk(Map<String, String> errors) {
			if (this.risk == null || this.risk.isBlank()) {
				return null;
			}
			try {
				return BreachRisk.valueOf(this.risk);
			}
			catch (IllegalArgumentException ex) {
				errors.put("risk", "Choose a risk");
				return null;
			}
		}

		private static @Nullable Instant instant(String field, @Nullable String text, Map<String, String> errors) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return LocalDateTime.parse(text.strip()).atZone(ZONE).toInstant();
			}
			catch (DateTimeParseException ex) {
				errors.put(field, "'" + text + "' is not a date and time");
				return null;
			}
		}

		private static @Nullable Integer number(String field, @Nullable String text, Map<String, String> errors) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return Integer.valueOf(text.strip());
			}
			catch (NumberFormatException ex) {
				errors.put(field, "'" + text + "' is not a whole number");
				return null;
			}
		}

		private static @Nullable String local(@Nullable Instant instant) {
			return (instant != null) ? LocalDateTime.ofInstant(instant, ZONE).truncatedTo(ChronoUnit.MINUTES).toString()
					: null;
		}

	}

	@GetMapping("/admin/privacy/breaches")
	String list(@RequestParam(required = false) @Nullable BreachStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("breaches", this.breaches.list(status, page, 25));
		model.addAttribute("status", status);
		model.addAttribute("statuses", List.of(BreachStatus.values()));
		return "privacy/breaches";
	}

	@GetMapping("/admin/privacy/breaches/new")
	String newBreach(Model model) {
		return form(null, new BreachForm(null, null, null, null, null, null, null, BreachRisk.NOT_ASSESSED.name(), null,
				null, null, null, null), Map.of(), model);
	}

	@PostMapping("/admin/privacy/breaches")
	String create(BreachForm form, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		BreachDetails details = form.details(errors);
		if (errors.isEmpty()) {
			try {
				DataBreachView breach = this.breaches.record(details);
				redirect.addFlashAttribute("message", breach.reference() + " recorded.");
				return "redirect:/admin/privacy/breaches/" + breach.id();
			}
			catch (InvalidInputException ex) {
				errors.putAll(FormErrors.of(ex));
			}
		}
		return form(null, form, errors, model);
	}

	@GetMapping("/admin/privacy/breaches/{id}")
	String breach(@PathVariable UUID id, Model model) {
		DataBreachView breach = this.breaches.get(id);
		model.addAttribute("editedVersion", breach.version());
		return form(breach, BreachForm.of(breach.details()), Map.of(), model);
	}

	@PostMapping("/admin/privacy/breaches/{id}")
	String update(@PathVariable UUID id, @RequestParam long version, BreachForm form, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		BreachDetails details = form.details(errors);
		if (errors.isEmpty()) {
			try {
				DataBreachView breach = this.breaches.update(id, version, details);
				redirect.addFlashAttribute("message", breach.reference() + " saved.");
				return "redirect:/admin/privacy/breaches/" + id;
			}
			catch (InvalidInputException ex) {
				errors.putAll(FormErrors.of(ex));
			}
			catch (StaleVersionException ex) {
				model.addAttribute("conflict", ex);
				DataBreachView current = this.breaches.get(id);
				model.addAttribute("editedVersion", current.version());
				return form(current, form, errors, model);
			}
		}
		model.addAttribute("editedVersion", version);
		return form(this.breaches.get(id), form, errors, model);
	}

	private String form(@Nullable DataBreachView breach, BreachForm form, Map<String, String> errors, Model model) {
		model.addAttribute("breach", breach);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("risks", List.of(BreachRisk.values()));
		model.addAttribute("history", (breach != null) ? this.breaches.history(breach.id()) : List.of());
		return "privacy/breach";
	}

}
