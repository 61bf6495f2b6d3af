package org.servicechain.requests.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.agreements.Priority;
import org.servicechain.requests.Level;
import org.servicechain.requests.RequestChannel;
import org.servicechain.requests.RequestManagement;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestView;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;

/**
 * Raising a request on behalf of a customer (REQ-1): choose the customer, then one of the
 * services delivered to them on the chain; the priority follows from impact and urgency
 * unless it is overridden with a reason. Works without JavaScript (choosing the customer
 * reloads the form); htmx only swaps the service list and the priority in place.
 */
@Controller
@RequestMapping("/requests/new")
class RaiseController {

	static final String FORM = "requests/request-new";

	private final RequestManagement requests;

	private final RequestQueries queries;

	RaiseController(RequestManagement requests, RequestQueries queries) {
		this.requests = requests;
		this.queries = queries;
	}

	@GetMapping
	String form(@RequestParam(required = false) @Nullable UUID requester, Model model) {
		return form(RequestForm.empty(requester), Map.of(), model);
	}

	@GetMapping("/priority")
	String priority(@RequestParam(required = false) @Nullable Level impact,
			@RequestParam(required = false) @Nullable Level urgency, Model model) {
		model.addAttribute("matrixPriority", this.queries.matrix()
			.priorityOf(impact != null ? impact : Level.MEDIUM, urgency != null ? urgency : Level.MEDIUM));
		return FORM + " :: matrix-priority";
	}

	@PostMapping
	String raise(@ModelAttribute("form") RequestForm form,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		try {
			RequestView raised = this.requests.raise(form.toCommand(), Uploads.of(files), RequestChannel.STAFF);
			redirect.addFlashAttribute("message",
					raised.reference() + " raised for " + raised.requesterName() + (raised.agreement() != null
							? " under " + raised.agreement().reference() + "." : "; no agreement covers it."));
			return "redirect:/requests/" + raised.id();
		}
		catch (InvalidInputException ex) {
			return form(form, FormErrors.of(ex), model);
		}
	}

	private String form(RequestForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		Map<String, String> shown = new java.util.LinkedHashMap<>(errors);
		List<RequestQueries.ServiceOption> services = List.of();
		if (form.requester() != null) {
			try {
				services = this.queries.servicesFor(form.requester());
			}
			catch (InvalidInputException ex) {
				shown.putAll(FormErrors.of(ex));
			}
		}
		model.addAttribute("errors", shown);
		model.addAttribute("requesters", this.queries.requesters());
		model.addAttribute("services", services);
		model.addAttribute("categories", this.queries.categories());
		model.addAttribute("levels", Level.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("matrix", this.queries.matrix());
		model.addAttribute("matrixPriority",
				this.queries.matrix()
					.priorityOf(form.impact() != null ? form.impact() : Level.MEDIUM,
							form.urgency() != null ? form.urgency() : Level.MEDIUM));
		return FORM;
	}

}
