package org.servicechain.chain.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.chain.ChainAccessPolicy;
import org.servicechain.chain.ChainAnalysis;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.MergingParties;
import org.servicechain.chain.Channel;
import org.servicechain.chain.CustomerType;
import org.servicechain.chain.PartnerStatus;
import org.servicechain.chain.PartyDetails;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.PartyView;
import org.servicechain.chain.PossibleDuplicatesException;
import org.servicechain.chain.RelationshipEntryDetails;
import org.servicechain.chain.RelationshipKind;
import org.servicechain.chain.SuspectedDuplicate;
import org.servicechain.shared.ConflictException;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.Paging;
import org.servicechain.shared.StaleVersionException;

/**
 * Pages for parties: the list, a party's page with its contacts, links, relationship log,
 * impact and history, and the create and edit forms (CHAIN-1, CHAIN-3, CHAIN-5).
 */
@Controller
@RequestMapping("/parties")
class PartyController {

	private static final String LIST = "chain/party-list";

	private static final String DETAIL = "chain/party-detail";

	private static final String FORM = "chain/party-form";

	private final ChainManagement chain;

	private final ChainAnalysis analysis;

	private final ChainAccessPolicy policy;

	private final Validator validator;

	private final MergingParties merging;

	PartyController(ChainManagement chain, ChainAnalysis analysis, ChainAccessPolicy policy, Validator validator,
			MergingParties merging) {
		this.chain = chain;
		this.merging = merging;
		this.analysis = analysis;
		this.policy = policy;
		this.validator = validator;
	}

	@ModelAttribute
	void lookups(Model model) {
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("customerTypes", CustomerType.values());
		model.addAttribute("partnerStatuses", PartnerStatus.values());
		model.addAttribute("relationshipKinds", RelationshipKind.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("canEdit", this.policy.canEdit());
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable PartyKind kind,
			@RequestParam(required = false) @Nullable Boolean internal,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			HtmxRequest htmx, Model model) {
		model.addAttribute("page", this.chain.parties(kind, internal, q, Math.max(page, 0), 25));
		model.addAttribute("kind", kind);
		model.addAttribute("internal", internal);
		model.addAttribute("q", q);
		return htmx.isHtmxRequest() ? LIST + " :: results" : LIST;
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) @Nullable PartyKind kind, Model model) {
		model.addAttribute("form", PartyForm.empty(kind));
		model.addAttribute("errors", Map.of());
		return FORM;
	}

	@PostMapping
	String create(@ModelAttribute("form") PartyForm form, BindingResult binding,
			@RequestParam(defaultValue = "false") boolean allowDuplicate, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = errorsOf(form, binding);
		if (errors.isEmpty()) {
			try {
				PartyView party = this.chain.createParty(form.toDetails(), allowDuplicate);
				redirect.addFlashAttribute("message", "Party '" + party.name() + "' created.");
				return "redirect:/parties/" + party.id();
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
			catch (PossibleDuplicatesException ex) {
				model.addAttribute("duplicates", ex.getCandidates());
			}
		}
		model.addAttribute("errors", errors);
		return FORM;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		PartyView party = this.chain.party(id);
		model.addAttribute("party", party);
		model.addAttribute("contacts", this.chain.contacts(id));
		java.util.List<org.servicechain.chain.LinkView> links = this.chain.links(id, null);
		model.addAttribute("links", links);
		// Links to customers are grouped per provider and service, so a front line
		// serving
		// dozens of customers does not push its contacts off the page.
		model.addAttribute("supplyLinks", links.stream().filter((link) -> !link.consumerIsCustomer()).toList());
		model.addAttribute("customerLinks",
				links.stream()
					.filter(org.servicechain.chain.LinkView::consumerIsCustomer)
					.collect(java.util.stream.Collectors.groupingBy(
							(link) -> link.providerName() + " · " + link.serviceName(), java.util.TreeMap::new,
							java.util.stream.Collectors.toList())));
		model.addAttribute("log", this.chain.relationshipLog(id));
		model.addAttribute("impact", this.analysis.impactOfParty(id));
		model.addAttribute("history", this.chain.history(id));
		model.addAttribute("logForm",
				new RelationshipEntryDetails(java.time.LocalDate.now(), RelationshipKind.NOTE, ""));
		model.addAttribute("logErrors", Map.of());
		if (party.mergedIntoId() != null) {
			model.addAttribute("mergedIntoName", this.chain.partyName(party.mergedIntoId()).orElse("another party"));
		}
		else if (party.customer() && this.policy.canEdit()) {
			model.addAttribute("mergeTargets",
					this.chain.allParties()
						.stream()
						.filter((other) -> other.customer() && !other.merged() && !other.id().equals(id)
								&& other.internal() == party.internal())
						.toList());
		}
		return DETAIL;
	}

	/**
	 * The suspected duplicates a page at a time, optionally only the pairs where either
	 * name or party name holds the text searched for.
	 */
	@GetMapping("/duplicates")
	String duplicates(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		List<SuspectedDuplicate> matching = this.chain.suspectedDuplicates(q);
		int size = 50;
		int shown = Math.max(0, Math.min(page, Math.max(0, (matching.size() - 1) / size)));
		model.addAttribute("page", Paging.slice(matching, shown, size));
		model.addAttribute("q", q);
		return "chain/duplicate-list";
	}

	@PostMapping("/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID intoId,
			@RequestParam long version, RedirectAttributes redirect) {
		if (intoId == null) {
			redirect.addFlashAttribute("error", "Choose the party that stays.");
			return "redirect:/parties/" + id + "#merge";
		}
		try {
			PartyView merged = this.merging.mergeParties(id, intoId, version);
			redirect.addFlashAttribute("message", "'" + merged.name() + "' was merged into this party.");
			return "redirect:/parties/" + intoId;
		}
		catch (InvalidInputException | ConflictException | StaleVersionException ex) {
			redirect.addFlashAttribute("error", "Not merged: " + ex.getMessage());
			return "redirect:/parties/" + id;
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		model.addAttribute("party", this.chain.party(id));
		model.addAttribute("form", PartyForm.of(this.chain.party(id)));
		model.addAttribute("errors", Map.of());
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") PartyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		PartyView current = this.chain.party(id);
		model.addAttribute("party", current);
		Map<String, String> errors = errorsOf(form, binding);
		if (errors.isEmpty()) {
			try {
				this.chain.updateParty(id, form.version() == null ? -1 : form.version(), form.toDetails());
				redirect.addFlashAttribute("message", "Saved.");
				return "redirect:/parties/" + id;
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
			catch (StaleVersionException ex) {
				model.addAttribute("conflict", ex);
				model.addAttribute("form", form.withVersion(ex.getCurrentVersion()));
			}
		}
		model.addAttribute("errors", errors);
		return FORM;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.chain.deleteParty(id, version);
			redirect.addFlashAttribute("message", "Party deleted.");
			return "redirect:/parties";
		}
		catch (ConflictException | StaleVersionException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/parties/" + id;
		}
	}

	@PostMapping("/{id}/relationship-log")
	String logRelationship(@PathVariable UUID id, @ModelAttribute("logForm") RelationshipEntryDetails form,
			BindingResult binding, RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.of(binding);
		if (errors.isEmpty()) {
			errors = FormErrors.of(this.validator, form);
		}
		if (errors.isEmpty()) {
			try {
				this.chain.logRelationship(id, form);
				redirect.addFlashAttribute("message", "Added to the relationship log.");
				return "redirect:/parties/" + id + "#relationship-log";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
		}
		redirect.addFlashAttribute("error", "The log entry was not added: "
				+ String.join("; ", errors.entrySet().stream().map((e) -> e.getKey() + " " + e.getValue()).toList()));
		return "redirect:/parties/" + id + "#relationship-log";
	}

	private Map<String, String> errorsOf(PartyForm form, BindingResult binding) {
		Map<String, String> errors = FormErrors.of(binding);
		if (!errors.isEmpty()) {
			return errors;
		}
		PartyDetails details = form.toDetails();
		Map<String, String> invalid = FormErrors.of(this.validator, details);
		// Information sources are typed as lines of text; point their messages at that
		// field.
		Map<String, String> mapped = new java.util.LinkedHashMap<>();
		invalid.forEach((field, message) -> mapped.merge(field.startsWith("informationSources") ? "sources" : field,
				field.startsWith("informationSources") ? "each line needs a label and an http(s) address" : message,
				(a, b) -> a));
		return mapped;
	}

}
