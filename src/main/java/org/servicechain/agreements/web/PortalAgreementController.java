package org.servicechain.agreements.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;
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
import org.servicechain.agreements.AgreementView;
import org.servicechain.agreements.Side;
import org.servicechain.identity.CurrentUser;

/**
 * The partner portal's agreements (INT-2; AGREE-3): a partner user or customer reads the
 * agreements of their own party, compares versions, comments, counter-proposes and
 * accepts for their own side. The facade decides what they may see and do: other parties'
 * agreements are not found (404), acting for the other side is refused (403).
 */
@Controller
@RequestMapping("/portal/agreements")
class PortalAgreementController {

	private static final String BASE = "/portal/agreements";

	private static final String LIST = "agreements/portal-agreement-list";

	private final AgreementManagement agreements;

	private final AgreementPages pages;

	private final Validator validator;

	PortalAgreementController(AgreementManagement agreements, AgreementPages pages, Validator validator) {
		this.agreements = agreements;
		this.pages = pages;
		this.validator = validator;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(Model model) {
		// The facade lists only the agreements of the signed-in user's own party.
		model.addAttribute("agreements", this.agreements.agreements(null));
		return LIST;
	}

	/**
	 * The agreements card of the portal's landing page: what is on the table for the
	 * user's party, or nothing at all when there are no agreements (a customer without an
	 * SLA is not invited to negotiate one).
	 */
	@GetMapping("/overview")
	String overview(Model model) {
		List<AgreementView> mine = this.agreements.agreements(null)
			.stream()
			.filter((a) -> !a.status().finished())
			.toList();
		UUID me = CurrentUser.get().map(CurrentUser::partyId).orElse(null);
		// Terms the other side put forward wait for this user's party; its own wait for
		// us.
		model.addAttribute("agreements", mine);
		model.addAttribute("onTheTable",
				mine.stream()
					.filter((a) -> a.status().negotiating() && a.currentProposedBy() != null
							&& !a.partyOf(a.currentProposedBy()).equals(me))
					.toList());
		model.addAttribute("withUs",
				mine.stream()
					.filter((a) -> a.status().negotiating() && a.currentProposedBy() != null
							&& a.partyOf(a.currentProposedBy()).equals(me))
					.toList());
		return LIST + " :: overview";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		this.pages.detail(model, this.agreements.agreement(id), BASE);
		return AgreementPages.DETAIL;
	}

	@GetMapping("/{id}/counter")
	String counterForm(@PathVariable UUID id, Model model) {
		AgreementView agreement = this.agreements.agreement(id);
		this.pages.counter(model, agreement, BASE, TermsForm.of(agreement.terms()), null, Map.of());
		model.addAttribute("version", agreement.version());
		return AgreementPages.COUNTER;
	}

	@PostMapping("/{id}/counter")
	String counter(@PathVariable UUID id, @RequestParam long version, @RequestParam Side side,
			@ModelAttribute("terms") TermsForm terms, BindingResult binding, Model model, RedirectAttributes redirect) {
		return AgreementController.counter(this.agreements, this.pages, this.validator, BASE, id, version, side, terms,
				binding, model, redirect);
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam Side side, @RequestParam int termsNumber,
			@RequestParam(required = false) @Nullable UUID contactId, Model model, RedirectAttributes redirect) {
		return AgreementController.accept(this.agreements, this.pages, BASE, id, side, termsNumber, contactId, model,
				redirect);
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, Model model,
			RedirectAttributes redirect) {
		return this.pages.act(id, BASE, model, redirect, "Comment added.", () -> this.agreements.comment(id, text));
	}

	@GetMapping("/{id}/diff")
	String diff(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Model model) {
		return AgreementController.diff(this.agreements, BASE, id, from, to, model);
	}

}
