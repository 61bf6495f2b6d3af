package org.servicechain.agreements.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
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

import org.servicechain.agreements.AgreementAccessPolicy;
import org.servicechain.agreements.AgreementHeader;
import org.servicechain.agreements.AgreementHealth;
import org.servicechain.agreements.Health;
import org.servicechain.agreements.AgreementKind;
import org.servicechain.agreements.AgreementManagement;
import org.servicechain.agreements.CheckingFeasibility;
import org.servicechain.agreements.AgreementStatus;
import org.servicechain.agreements.AgreementView;
import org.servicechain.agreements.Formality;
import org.servicechain.agreements.Side;
import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.ContactView;
import org.servicechain.chain.PartyView;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * Staff pages for agreements (AGREE-1 … AGREE-3, AGREE-6): the list with review
 * reminders, the draft and header forms, the agreement page with its negotiation steps,
 * counter-proposals and the comparison of versions.
 */
@Controller
@RequestMapping("/agreements")
class AgreementController {

	private static final String BASE = "/agreements";

	private static final String LIST = "agreements/agreement-list";

	private static final String FORM = "agreements/agreement-form";

	private final AgreementManagement agreements;

	private final AgreementAccessPolicy policy;

	private final AgreementPages pages;

	private final CheckingFeasibility feasibility;

	private final ChainManagement chain;

	private final BusinessCalendarManagement calendars;

	private final Validator validator;

	private final AgreementHealth health;

	AgreementController(AgreementManagement agreements, CheckingFeasibility feasibility, AgreementAccessPolicy policy,
			AgreementPages pages, ChainManagement chain, BusinessCalendarManagement calendars, Validator validator,
			AgreementHealth health) {
		this.health = health;
		this.agreements = agreements;
		this.feasibility = feasibility;
		this.policy = policy;
		this.pages = pages;
		this.chain = chain;
		this.calendars = calendars;
		this.validator = validator;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable AgreementStatus status,
			@RequestParam(required = false) @Nullable Health health, Model model) {
		AgreementHealth.Report report = this.health.report();
		model.addAttribute("agreements", this.agreements.agreements(status)
			.stream()
			.filter((a) -> health == null || (report.of(a.id()) != null && report.of(a.id()).health() == health))
			.toList());
		model.addAttribute("report", report);
		model.addAttribute("health", health);
		model.addAttribute("healths", Health.values());
		model.addAttribute("status", status);
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("parties",
				this.chain.allParties().stream().collect(Collectors.toMap(PartyView::id, Function.identity())));
		model.addAttribute("reminders", this.agreements.myReminders());
		model.addAttribute("canEdit", this.policy.canEdit());
		return LIST;
	}

	@PostMapping("/reminders/{reminderId}/dismiss")
	String dismissReminder(@PathVariable UUID reminderId, RedirectAttributes redirect) {
		this.agreements.dismissReminder(reminderId);
		redirect.addFlashAttribute("message", "Reminder dismissed.");
		return "redirect:/agreements";
	}

	// Drafting

	/**
	 * The new agreement form, blank, from a template of a kind, or as a copy of another
	 * agreement (its parties, services, calendar and terms; not its dates or history).
	 */
	@GetMapping("/new")
	String createForm(@RequestParam(required = false) @Nullable AgreementKind template,
			@RequestParam(required = false) @Nullable UUID from, Model model) {
		HeaderForm header = HeaderForm.empty();
		TermsForm terms = TermsForm.empty();
		if (from != null) {
			AgreementView original = this.agreements.agreement(from);
			header = new HeaderForm("Copy of " + original.title(), original.kind(), original.formality(),
					original.providerId(), original.consumerId(), original.serviceIds(), original.calendarId(), null,
					null, null, null, null);
			terms = TermsForm.of(original.terms());
			model.addAttribute("startedFrom", "a copy of " + original.reference() + " " + original.title());
		}
		else if (template != null) {
			header = new HeaderForm("", template, Formality.FORMAL, null, null, List.of(), null, null, null, null, null,
					null);
			terms = TermsForm.of(AgreementTemplates.of(template));
			String kind = template.label().toLowerCase(java.util.Locale.ROOT);
			model.addAttribute("startedFrom",
					"the template for " + (("aeiou".indexOf(kind.charAt(0)) >= 0) ? "an " : "a ") + kind);
		}
		form(model, null, header, terms, Map.of());
		model.addAttribute("copyable", this.agreements.agreements(null));
		return FORM;
	}

	@PostMapping
	String create(@ModelAttribute("form") HeaderForm form, BindingResult headerBinding,
			@ModelAttribute("terms") TermsForm terms, BindingResult termsBinding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(headerBinding));
		errors.putAll(FormErrors.of(termsBinding));
		if (errors.isEmpty()) {
			AgreementHeader header = form.toHeader();
			errors.putAll(FormErrors.of(this.validator, header));
			errors.putAll(form.missing());
			TermsForm.Parsed parsed = null;
			try {
				parsed = terms.parse();
				errors.putAll(parsed.toFormFields(FormErrors.of(this.validator, parsed.terms())));
			}
			catch (InvalidInputException ex) {
				errors.putAll(FormErrors.of(ex));
			}
			if (errors.isEmpty() && parsed != null) {
				try {
					AgreementView created = this.agreements.create(header, parsed.terms());
					redirect.addFlashAttribute("message", created.reference() + " drafted.");
					return "redirect:/agreements/" + created.id();
				}
				catch (InvalidInputException ex) {
					errors.putAll(parsed.toFormFields(FormErrors.of(ex)));
				}
			}
		}
		form(model, null, form, terms, errors);
		return FORM;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		AgreementView agreement = this.agreements.agreement(id);
		form(model, agreement, HeaderForm.of(agreement), TermsForm.of(agreement.terms()), Map.of());
		return FORM;
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") HeaderForm form, BindingResult headerBinding,
			@ModelAttribute("terms") TermsForm terms, BindingResult termsBinding, Model model,
			RedirectAttributes redirect) {
		AgreementView agreement = this.agreements.agreement(id);
		boolean draft = agreement.status() == AgreementStatus.DRAFT;
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(headerBinding));
		if (draft) {
			errors.putAll(FormErrors.of(termsBinding));
		}
		HeaderForm shown = form;
		if (errors.isEmpty()) {
			AgreementHeader header = form.toHeader();
			errors.putAll(FormErrors.of(this.validator, header));
			errors.putAll(form.missing());
			TermsForm.Parsed parsed = null;
			if (draft) {
				try {
					parsed = terms.parse();
					errors.putAll(parsed.toFormFields(FormErrors.of(this.validator, parsed.terms())));
				}
				catch (InvalidInputException ex) {
					errors.putAll(FormErrors.of(ex));
				}
			}
			if (errors.isEmpty()) {
				try {
					this.agreements.update(id, form.version() == null ? -1 : form.version(), header,
							parsed != null ? parsed.terms() : null);
					redirect.addFlashAttribute("message", "Saved.");
					return "redirect:/agreements/" + id;
				}
				catch (InvalidInputException ex) {
					errors.putAll(parsed != null ? parsed.toFormFields(FormErrors.of(ex)) : FormErrors.of(ex));
				}
				catch (StaleVersionException ex) {
					model.addAttribute("conflict", ex);
					shown = form.withVersion(ex.getCurrentVersion());
				}
			}
		}
		form(model, agreement, shown, terms, errors);
		return FORM;
	}

	// The agreement page and its negotiation steps

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		AgreementView agreement = this.agreements.agreement(id);
		this.pages.detail(model, agreement, BASE);
		model.addAttribute("health", this.health.report().of(id));
		if (agreement.kind() == AgreementKind.CUSTOMER_SLA) {
			try {
				model.addAttribute("feasibility", this.feasibility.check(id));
			}
			catch (InvalidInputException ex) {
				model.addAttribute("feasibility", List.of());
				model.addAttribute("feasibilityProblem", ex.getMessage());
			}
		}
		return AgreementPages.DETAIL;
	}

	@PostMapping("/{id}/propose")
	String propose(@PathVariable UUID id, @RequestParam long version, @RequestParam Side side,
			@RequestParam(required = false) @Nullable String note, Model model, RedirectAttributes redirect) {
		return this.pages.act(id, BASE, model, redirect,
				"Proposed to the other side as the " + side.label().toLowerCase(java.util.Locale.ROOT) + ".",
				() -> this.agreements.propose(id, version, side, note));
	}

	@GetMapping("/{id}/counter")
	String counterForm(@PathVariable UUID id, @RequestParam(required = false) @Nullable Side side, Model model) {
		AgreementView agreement = this.agreements.agreement(id);
		this.pages.counter(model, agreement, BASE, TermsForm.of(agreement.terms()), side, Map.of());
		model.addAttribute("version", agreement.version());
		return AgreementPages.COUNTER;
	}

	@PostMapping("/{id}/counter")
	String counter(@PathVariable UUID id, @RequestParam long version, @RequestParam Side side,
			@ModelAttribute("terms") TermsForm terms, BindingResult binding, Model model, RedirectAttributes redirect) {
		return counter(this.agreements, this.pages, this.validator, BASE, id, version, side, terms, binding, model,
				redirect);
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam Side side, @RequestParam int termsNumber,
			@RequestParam(required = false) @Nullable UUID contactId, Model model, RedirectAttributes redirect) {
		return accept(this.agreements, this.pages, BASE, id, side, termsNumber, contactId, model, redirect);
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes redirect) {
		return this.pages.act(id, BASE, model, redirect, "Activated.", () -> this.agreements.activate(id, version));
	}

	@PostMapping("/{id}/review")
	String startReview(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes redirect) {
		return this.pages.act(id, BASE, model, redirect, "Review started.",
				() -> this.agreements.startReview(id, version));
	}

	@PostMapping("/{id}/review/close")
	String closeReview(
			@PathVariable UUID id, @RequestParam long version, @RequestParam(
					required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReview,
			Model model, RedirectAttributes redirect) {
		return this.pages.act(id, BASE, model, redirect, "Review closed; the terms stay as they are.", () -> {
			if (nextReview == null) {
				throw new InvalidInputException("nextReview", "required", "give the date of the next review");
			}
			return this.agreements.closeReviewUnchanged(id, version, nextReview);
		});
	}

	@PostMapping("/{id}/supersede")
	String supersede(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes redirect) {
		return this.pages.act(id, BASE, model, redirect, "Superseded.", () -> this.agreements.supersede(id, version));
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, Model model,
			RedirectAttributes redirect) {
		return this.pages.act(id, BASE, model, redirect, "Comment added.", () -> this.agreements.comment(id, text));
	}

	@GetMapping("/{id}/diff")
	String diff(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Model model) {
		return diff(this.agreements, BASE, id, from, to, model);
	}

	// Shared with the portal, which works on the same pages under its own address

	static String counter(AgreementManagement agreements, AgreementPages pages, Validator validator, String base,
			UUID id, long version, Side side, TermsForm terms, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding));
		if (errors.isEmpty()) {
			try {
				TermsForm.Parsed parsed = terms.parse();
				errors.putAll(parsed.toFormFields(FormErrors.of(validator, parsed.terms())));
				if (errors.isEmpty()) {
					try {
						AgreementView countered = agreements.counter(id, version, side, parsed.terms(), terms.note());
						redirect.addFlashAttribute("message", "Version " + countered.currentNumber()
								+ " put forward for the " + side.label().toLowerCase(java.util.Locale.ROOT) + ".");
						return "redirect:" + base + "/" + id;
					}
					catch (InvalidInputException ex) {
						errors.putAll(parsed.toFormFields(FormErrors.of(ex)));
					}
					catch (StaleVersionException ex) {
						model.addAttribute("conflict", ex);
						version = ex.getCurrentVersion();
					}
				}
			}
			catch (InvalidInputException ex) {
				errors.putAll(FormErrors.of(ex));
			}
		}
		pages.counter(model, agreements.agreement(id), base, terms, side, errors);
		model.addAttribute("version", version);
		return AgreementPages.COUNTER;
	}

	static String accept(AgreementManagement agreements, AgreementPages pages, String base, UUID id, Side side,
			int termsNumber, @Nullable UUID contactId, Model model, RedirectAttributes redirect) {
		model.addAttribute("acceptSide", side);
		return pages.act(id, base, model, redirect,
				"Accepted for the " + side.label().toLowerCase(java.util.Locale.ROOT) + ".", () -> {
					if (contactId == null) {
						throw new InvalidInputException("contactId", "required", "choose the contact who signs for the "
								+ side.label().toLowerCase(java.util.Locale.ROOT));
					}
					return agreements.accept(id, side, termsNumber, contactId);
				});
	}

	static String diff(AgreementManagement agreements, String base, UUID id, @Nullable Integer from,
			@Nullable Integer to, Model model) {
		AgreementView agreement = agreements.agreement(id);
		int after = (to != null) ? to : agreement.currentNumber();
		int before = (from != null) ? from : Math.max(1, after - 1);
		model.addAttribute("agreement", agreement);
		model.addAttribute("base", base);
		model.addAttribute("portal", base.startsWith("/portal"));
		model.addAttribute("diff", agreements.diff(id, before, after));
		return AgreementPages.DIFF;
	}

	private void form(Model model, @Nullable AgreementView agreement, HeaderForm form, TermsForm terms,
			Map<String, String> errors) {
		List<PartyView> parties = this.chain.allParties();
		model.addAttribute("agreement", agreement);
		model.addAttribute("form", form);
		model.addAttribute("terms", terms);
		model.addAttribute("errors", errors);
		model.addAttribute("draft", agreement == null || agreement.status() == AgreementStatus.DRAFT);
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("formalities", Formality.values());
		model.addAttribute("parties", parties);
		model.addAttribute("services", this.chain.services());
		model.addAttribute("calendars", this.calendars.list());
		List<ContactView> contacts = (agreement != null)
				? this.pages.contactsBySide(agreement).values().stream().flatMap(List::stream).toList()
				: this.chain.allContacts();
		AgreementPages.terms(model, contacts);
	}

}
