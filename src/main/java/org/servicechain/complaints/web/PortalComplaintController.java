package org.servicechain.complaints.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
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

import org.servicechain.complaints.ComplaintChannel;
import org.servicechain.complaints.ComplaintCommands;
import org.servicechain.complaints.ComplaintFilter;
import org.servicechain.complaints.ComplaintManagement;
import org.servicechain.complaints.ComplaintQueries;
import org.servicechain.complaints.CustomerWants;
import org.servicechain.complaints.Remedy;
import org.servicechain.complaints.Severity;
import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFilter;
import org.servicechain.requests.RequestQueries;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * The portals' complaints (CMP-1, CMP-3): a customer complains about one of their
 * requests or a service they receive, follows where each complaint stands and accepts or
 * rejects the proposed resolution; a partner user sees the complaints referred to their
 * party, without the customer's personal data unless it was shared. The module decides
 * what each sees: anything else is not found.
 */
@Controller
@RequestMapping("/portal/complaints")
class PortalComplaintController {

	static final String LIST = "complaints/portal-list";

	static final String FORM = "complaints/portal-form";

	static final String DETAIL = "complaints/portal-detail";

	static final List<String> CATEGORIES = List.of("Late delivery", "Quality of goods", "Repair", "Staff attitude",
			"Billing", "Communication", "Something else");

	private final ComplaintManagement complaints;

	private final ComplaintQueries queries;

	private final RequestQueries requests;

	private final Validator validator;

	PortalComplaintController(ComplaintManagement complaints, ComplaintQueries queries, RequestQueries requests,
			Validator validator) {
		this.complaints = complaints;
		this.queries = queries;
		this.requests = requests;
		this.validator = validator;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "version", "complainant", "responsiblePartyId");
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.queries.register(ComplaintFilter.none(), page, 20));
		model.addAttribute("partner", me().hasRole(Role.PARTNER));
		return LIST;
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) @Nullable UUID request, Model model) {
		ComplaintForm form = ComplaintForm.empty();
		form = new ComplaintForm(null, request, null, null, null, Severity.MEDIUM, CustomerWants.EXPLANATION, null,
				null, null, null, null, null, null, null);
		return showForm(form, Map.of(), model);
	}

	@PostMapping("/new")
	String complain(@ModelAttribute("form") ComplaintForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		CurrentUser me = me();
		if (!me.hasRole(Role.CUSTOMER) || me.partyId() == null) {
			throw new AccessDeniedException("Customers complain in the portal");
		}
		ComplaintForm mine = new ComplaintForm(me.partyId(), form.requestId(), form.serviceId(), null, form.category(),
				Severity.MEDIUM, form.wants(), form.wantedRemedy(), form.goodsDeliveredOn(), form.summary(),
				form.description(),
				(form.contactName() == null || form.contactName().isBlank()) ? me.displayName() : form.contactName(),
				form.contactEmail(), form.contactPhone(), form.communicationNeeds());
		Map<String, String> errors = FormErrors.of(binding);
		if (errors.isEmpty()) {
			errors = FormErrors.of(this.validator, mine.toCommand());
		}
		if (errors.isEmpty() && mine.requestId() == null && mine.serviceId() == null) {
			errors = Map.of("requestId", "Choose the request or the service your complaint is about");
		}
		if (!errors.isEmpty()) {
			return showForm(mine, errors, model);
		}
		try {
			UUID id = this.complaints.receive(mine.toCommand(), ComplaintChannel.PORTAL);
			redirect.addFlashAttribute("message",
					"Thank you: we have your complaint and will acknowledge it within a working day.");
			return "redirect:/portal/complaints/" + id;
		}
		catch (InvalidInputException ex) {
			return showForm(mine, FormErrors.of(ex), model);
		}
	}

	private String showForm(ComplaintForm form, Map<String, String> errors, Model model) {
		CurrentUser me = me();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("requestsOf", this.requests
			.list(new RequestFilter(null, null, null, null, null, null, null, null, null, null, null, null, "-opened"),
					0, 50)
			.items());
		model.addAttribute("services", (me.partyId() != null) ? this.requests.servicesFor(me.partyId()) : List.of());
		model.addAttribute("categories", CATEGORIES);
		model.addAttribute("wants", CustomerWants.values());
		model.addAttribute("remedies", Remedy.values());
		return FORM;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("complaint", this.queries.complaint(id));
		model.addAttribute("partner", me().hasRole(Role.PARTNER));
		return DETAIL;
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam long version, @RequestParam boolean accepted,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		try {
			this.complaints.answer(id, version, new ComplaintCommands.Answer(accepted, comment));
			redirect.addFlashAttribute("message", accepted ? "Thank you: we will check with you that all is well."
					: "We are sorry it does not put things right: we will look at it again.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message() + ".");
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error",
					"The complaint changed while you were reading it: here it is as it is now.");
		}
		return "redirect:/portal/complaints/" + id;
	}

	private static CurrentUser me() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

}
