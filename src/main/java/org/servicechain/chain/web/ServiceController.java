package org.servicechain.chain.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
import org.servicechain.chain.ServiceDetails;
import org.servicechain.chain.ServiceView;
import org.servicechain.shared.ConflictException;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * Pages for services: the list, and each service's chain: map, links, single points of
 * failure and where authority sits (CHAIN-2, CHAIN-4).
 */
@Controller
@RequestMapping("/services")
class ServiceController {

	private static final String LIST = "chain/service-list";

	private static final String DETAIL = "chain/service-detail";

	private static final String FORM = "chain/service-form";

	private final ChainManagement chain;

	private final ChainAnalysis analysis;

	private final ChainAccessPolicy policy;

	private final Validator validator;

	ServiceController(ChainManagement chain, ChainAnalysis analysis, ChainAccessPolicy policy, Validator validator) {
		this.chain = chain;
		this.analysis = analysis;
		this.policy = policy;
		this.validator = validator;
	}

	@ModelAttribute
	void lookups(Model model) {
		model.addAttribute("canEdit", this.policy.canEdit());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("services", this.chain.services());
		return LIST;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new ServiceForm("", null, true, List.of(), null));
		model.addAttribute("allServices", this.chain.services());
		model.addAttribute("errors", Map.of());
		return FORM;
	}

	@PostMapping
	String create(@ModelAttribute("form") ServiceForm form, Model model, RedirectAttributes redirect) {
		ServiceDetails details = form.toDetails();
		Map<String, String> errors = FormErrors.of(this.validator, details);
		if (errors.isEmpty()) {
			try {
				ServiceView service = this.chain.createService(details);
				redirect.addFlashAttribute("message",
						"Service '" + service.name() + "' created. Now add the links that provide it.");
				return "redirect:/services/" + service.id();
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("allServices", this.chain.services());
		return FORM;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		ServiceView service = this.chain.service(id);
		model.addAttribute("service", service);
		model.addAttribute("chain", this.analysis.chainOf(id));
		model.addAttribute("needed", service.needsEverything() ? List.of()
				: this.chain.services().stream().filter((other) -> service.needs(other.id())).toList());
		model.addAttribute("history", this.chain.history(id));
		return DETAIL;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		ServiceView service = this.chain.service(id);
		model.addAttribute("service", service);
		model.addAttribute("form", ServiceForm.of(service));
		model.addAttribute("allServices", otherServices(id));
		model.addAttribute("errors", Map.of());
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") ServiceForm form, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("service", this.chain.service(id));
		ServiceDetails details = form.toDetails();
		Map<String, String> errors = FormErrors.of(this.validator, details);
		if (errors.isEmpty()) {
			try {
				this.chain.updateService(id, form.version() == null ? -1 : form.version(), details);
				redirect.addFlashAttribute("message", "Saved.");
				return "redirect:/services/" + id;
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
			catch (StaleVersionException ex) {
				model.addAttribute("conflict", ex);
				model.addAttribute("form", new ServiceForm(form.name(), form.description(), form.needsEverything(),
						form.needs(), ex.getCurrentVersion()));
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("allServices", otherServices(id));
		return FORM;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.chain.deleteService(id, version);
			redirect.addFlashAttribute("message", "Service deleted.");
			return "redirect:/services";
		}
		catch (ConflictException | StaleVersionException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/services/" + id;
		}
	}

	private List<ServiceView> otherServices(@Nullable UUID id) {
		return this.chain.services().stream().filter((service) -> !service.id().equals(id)).toList();
	}

	/**
	 * The service form. {@code needsEverything} is the choice between "everything its
	 * provider receives" and "only the services ticked in {@code needs}".
	 */
	record ServiceForm(@Nullable String name, @Nullable String description, @Nullable Boolean needsEverything,
			@Nullable List<UUID> needs, @Nullable Long version) {

		static ServiceForm of(ServiceView service) {
			return new ServiceForm(service.name(), service.description(), service.needsEverything(),
					service.needs() == null ? List.of() : service.needs(), service.version());
		}

		public boolean ticked(UUID serviceId) {
			return this.needs != null && this.needs.contains(serviceId);
		}

		ServiceDetails toDetails() {
			return new ServiceDetails(this.name == null ? "" : this.name, this.description,
					Boolean.FALSE.equals(this.needsEverything) ? (this.needs == null ? List.of() : this.needs) : null);
		}

	}

}
