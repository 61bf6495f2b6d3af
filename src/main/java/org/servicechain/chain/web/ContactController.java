package org.servicechain.chain.web;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.chain.ChainAccessPolicy;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.Channel;
import org.servicechain.chain.ContactDetails;
import org.servicechain.chain.ContactView;
import org.servicechain.chain.Influence;
import org.servicechain.chain.PartyView;
import org.servicechain.shared.ConflictException;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.StaleVersionException;

/**
 * Pages for contacts: how to reach them and the authority they hold (CHAIN-4, CHAIN-5).
 */
@Controller
class ContactController {

	private static final String FORM = "chain/contact-form";

	private static final String VIEW = "chain/contact-detail";

	private static final String DIRECTORY = "chain/contact-list";

	private final ChainManagement chain;

	private final ChainAccessPolicy policy;

	private final Validator validator;

	ContactController(ChainManagement chain, ChainAccessPolicy policy, Validator validator) {
		this.chain = chain;
		this.policy = policy;
		this.validator = validator;
	}

	@ModelAttribute
	void lookups(Model model) {
		model.addAttribute("channels", Channel.values());
		model.addAttribute("canEdit", this.policy.canEdit());
	}

	@GetMapping("/parties/{partyId}/contacts/new")
	String createForm(@PathVariable UUID partyId, Model model) {
		prepare(model, this.chain.party(partyId), null, ContactForm.empty(), Map.of());
		return FORM;
	}

	@PostMapping("/parties/{partyId}/contacts")
	String create(@PathVariable UUID partyId, @ModelAttribute("form") ContactForm form, BindingResult binding,
			@RequestParam(defaultValue = "false") boolean allowDuplicate, Model model, RedirectAttributes redirect) {
		PartyView party = this.chain.party(partyId);
		Map<String, String> errors = FormErrors.of(binding);
		if (errors.isEmpty()) {
			ContactDetails details = form.toDetails(Map.of());
			errors = FormErrors.of(this.validator, details);
			if (errors.isEmpty()) {
				try {
					ContactView contact = this.chain.createContact(partyId, details, allowDuplicate);
					redirect.addFlashAttribute("message", "Contact '" + contact.name() + "' added.");
					return "redirect:/parties/" + partyId + "#contacts";
				}
				catch (InvalidInputException ex) {
					errors = FormErrors.of(ex);
				}
				catch (org.servicechain.chain.PossibleDuplicatesException ex) {
					model.addAttribute("duplicates", ex.getCandidates());
				}
			}
		}
		prepare(model, party, null, form, errors);
		return FORM;
	}

	/**
	 * The contacts directory: everyone at every party, searched by name, role, party,
	 * email or phone, a page at a time (CHAIN-4, CHAIN-5).
	 */
	@GetMapping("/contacts")
	String directory(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "false") boolean signers, HtmxRequest htmx, Model model) {
		String needle = (q == null) ? "" : q.strip().toLowerCase(Locale.ROOT);
		List<ContactView> matching = this.chain.allContacts()
			.stream()
			.filter((c) -> !signers || c.canSignAgreements())
			.filter((c) -> needle.isEmpty() || Stream.of(c.name(), c.jobRole(), c.partyName(), c.email(), c.phone())
				.anyMatch((text) -> text != null && text.toLowerCase(Locale.ROOT).contains(needle)))
			.sorted(Comparator.comparing(ContactView::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		int size = 25;
		int shown = Math.max(0, Math.min(page, Math.max(0, (matching.size() - 1) / size)));
		List<ContactView> slice = matching.subList(Math.min(matching.size(), shown * size),
				Math.min(matching.size(), (shown + 1) * size));
		model.addAttribute("page", PageResponse.of(new PageImpl<>(slice, PageRequest.of(shown, size), matching.size()),
				Function.identity()));
		model.addAttribute("q", q);
		model.addAttribute("signers", signers);
		return htmx.isHtmxRequest() ? DIRECTORY + " :: results" : DIRECTORY;
	}

	@GetMapping("/contacts/{id}")
	String detail(@PathVariable UUID id, Model model) {
		ContactView contact = this.chain.contact(id);
		prepare(model, this.chain.party(contact.partyId()), contact, ContactForm.of(contact), Map.of());
		model.addAttribute("history", this.chain.history(id));
		// Read-only roles read the contact; only editors get the form.
		return this.policy.canEdit() ? FORM : VIEW;
	}

	@PostMapping("/contacts/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") ContactForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		ContactView contact = this.chain.contact(id);
		Map<String, String> errors = FormErrors.of(binding);
		ContactForm shown = form;
		if (errors.isEmpty()) {
			Map<UUID, String> notes = contact.influences()
				.stream()
				.filter((influence) -> influence.note() != null)
				.collect(Collectors.toMap(ContactView.InfluenceView::contactId, ContactView.InfluenceView::note));
			ContactDetails details = form.toDetails(notes);
			errors = FormErrors.of(this.validator, details);
			if (errors.isEmpty()) {
				try {
					this.chain.updateContact(id, form.version() == null ? -1 : form.version(), details);
					redirect.addFlashAttribute("message", "Saved.");
					return "redirect:/contacts/" + id;
				}
				catch (InvalidInputException ex) {
					errors = FormErrors.of(ex);
				}
				catch (StaleVersionException ex) {
					model.addAttribute("conflict", ex);
					shown = form.withVersion(ex.getCurrentVersion());
				}
			}
		}
		prepare(model, this.chain.party(contact.partyId()), contact, shown, errors);
		model.addAttribute("history", this.chain.history(id));
		return FORM;
	}

	@PostMapping("/contacts/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		ContactView contact = this.chain.contact(id);
		try {
			this.chain.deleteContact(id, version);
			redirect.addFlashAttribute("message", "Contact removed.");
			return "redirect:/parties/" + contact.partyId() + "#contacts";
		}
		catch (ConflictException | StaleVersionException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/contacts/" + id;
		}
	}

	private void prepare(Model model, PartyView party, @Nullable ContactView contact, ContactForm form,
			Map<String, String> errors) {
		model.addAttribute("party", party);
		model.addAttribute("contact", contact);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		List<ContactView> colleagues = this.chain.contacts(party.id());
		model.addAttribute("colleagues",
				colleagues.stream().filter((c) -> contact == null || !c.id().equals(contact.id())).toList());
		// Influence reaches across parties: offer every contact of the chain.
		model.addAttribute("allContacts",
				this.chain.allContacts()
					.stream()
					.filter((c) -> contact == null || !c.id().equals(contact.id()))
					.toList());
		if (!model.containsAttribute("history")) {
			model.addAttribute("history", List.of());
		}
	}

	record ContactForm(@Nullable String name, @Nullable String jobRole, @Nullable String email, @Nullable String phone,
			@Nullable Channel preferredChannel, @Nullable String communicationStyle, @Nullable String availability,
			@Nullable Boolean canApproveSpend, @Nullable BigDecimal spendLimit, @Nullable Boolean canSetPriorities,
			@Nullable Boolean canSignAgreements, @Nullable Integer escalationLevel, @Nullable UUID reportsToId,
			@Nullable List<UUID> influenceIds, @Nullable Long version, @Nullable String postalAddress,
			@Nullable String postcode) {

		static ContactForm empty() {
			return new ContactForm("", null, null, null, null, null, null, false, null, false, false, null, null,
					List.of(), null, null, null);
		}

		static ContactForm of(ContactView c) {
			return new ContactForm(c.name(), c.jobRole(), c.email(), c.phone(), c.preferredChannel(),
					c.communicationStyle(), c.availability(), c.canApproveSpend(), c.spendLimit(), c.canSetPriorities(),
					c.canSignAgreements(), c.escalationLevel(), c.reportsToId(),
					c.influences().stream().map(ContactView.InfluenceView::contactId).toList(), c.version(),
					c.postalAddress(), c.postcode());
		}

		ContactForm withVersion(long newVersion) {
			return new ContactForm(this.name, this.jobRole, this.email, this.phone, this.preferredChannel,
					this.communicationStyle, this.availability, this.canApproveSpend, this.spendLimit,
					this.canSetPriorities, this.canSignAgreements, this.escalationLevel, this.reportsToId,
					this.influenceIds, newVersion, this.postalAddress, this.postcode);
		}

		public boolean influences(UUID contactId) {
			return this.influenceIds != null && this.influenceIds.contains(contactId);
		}

		ContactDetails toDetails(Map<UUID, String> notes) {
			List<Influence> influences = (this.influenceIds == null) ? List.of()
					: this.influenceIds.stream().distinct().map((id) -> new Influence(id, notes.get(id))).toList();
			return new ContactDetails(this.name == null ? "" : this.name, this.jobRole, this.email, this.phone,
					this.preferredChannel, this.communicationStyle, this.availability,
					Boolean.TRUE.equals(this.canApproveSpend), this.spendLimit,
					Boolean.TRUE.equals(this.canSetPriorities), Boolean.TRUE.equals(this.canSignAgreements),
					this.escalationLevel, this.reportsToId, influences, this.postalAddress, this.postcode);
		}

	}

}
