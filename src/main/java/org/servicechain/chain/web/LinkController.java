package org.servicechain.chain.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.chain.ChainAccessPolicy;
import org.servicechain.chain.ChainAnalysis;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.LinkDetails;
import org.servicechain.chain.LinkView;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.StaleVersionException;

/**
 * Pages for links: who provides which service to whom (CHAIN-2), and each link's impact
 * (CHAIN-3).
 */
@Controller
@RequestMapping("/links")
class LinkController {

	private static final String LIST = "chain/link-list";

	private static final String DETAIL = "chain/link-detail";

	private final ChainManagement chain;

	private final ChainAnalysis analysis;

	private final ChainAccessPolicy policy;

	private final Validator validator;

	LinkController(ChainManagement chain, ChainAnalysis analysis, ChainAccessPolicy policy, Validator validator) {
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
	String list(@RequestParam(required = false) @Nullable UUID serviceId,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "provider") String sort, @RequestParam(defaultValue = "0") int page,
			HtmxRequest htmx, Model model) {
		fill(model, serviceId, q, to, sort, page);
		if (htmx.isHtmxRequest()) {
			return LIST + " :: results";
		}
		model.addAttribute("form", new LinkForm(serviceId, null, null, null, null));
		model.addAttribute("errors", Map.of());
		addChoices(model);
		return LIST;
	}

	@PostMapping
	String create(@ModelAttribute("form") LinkForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = errorsOf(form, binding);
		if (errors.isEmpty()) {
			try {
				LinkView link = this.chain.createLink(form.toDetails());
				redirect.addFlashAttribute("message", "Link added: " + link.providerName() + " provides "
						+ link.serviceName() + " to " + link.consumerName() + ".");
				return "redirect:/links";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
		}
		fill(model, null, null, null, "provider", 0);
		model.addAttribute("errors", errors);
		addChoices(model);
		return LIST;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		LinkView link = this.chain.link(id);
		model.addAttribute("link", link);
		model.addAttribute("form", new LinkForm(link.serviceId(), link.providerId(), link.consumerId(),
				link.description(), link.version()));
		model.addAttribute("errors", Map.of());
		model.addAttribute("impact", this.analysis.impactOfLink(id));
		model.addAttribute("history", this.chain.history(id));
		addChoices(model);
		return DETAIL;
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") LinkForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = errorsOf(form, binding);
		if (errors.isEmpty()) {
			try {
				this.chain.updateLink(id, form.version() == null ? -1 : form.version(), form.toDetails());
				redirect.addFlashAttribute("message", "Saved.");
				return "redirect:/links/" + id;
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
			catch (StaleVersionException ex) {
				model.addAttribute("conflict", ex);
				model.addAttribute("form", new LinkForm(form.serviceId(), form.providerId(), form.consumerId(),
						form.description(), ex.getCurrentVersion()));
			}
		}
		LinkView link = this.chain.link(id);
		model.addAttribute("link", link);
		model.addAttribute("errors", errors);
		model.addAttribute("impact", this.analysis.impactOfLink(id));
		model.addAttribute("history", this.chain.history(id));
		addChoices(model);
		return DETAIL;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.chain.deleteLink(id, version);
			redirect.addFlashAttribute("message", "Link removed.");
			return "redirect:/links";
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/links/" + id;
		}
	}

	/** The list below the form: searched, filtered, sorted and a page at a time. */
	private void fill(Model model, @Nullable UUID serviceId, @Nullable String q, @Nullable String to, String sort,
			int page) {
		String needle = (q == null) ? "" : q.strip().toLowerCase(Locale.ROOT);
		Comparator<LinkView> order = switch (sort) {
			case "service" -> Comparator.comparing(LinkView::serviceName, String.CASE_INSENSITIVE_ORDER);
			case "consumer" -> Comparator.comparing(LinkView::consumerName, String.CASE_INSENSITIVE_ORDER);
			default -> Comparator.comparing(LinkView::providerName, String.CASE_INSENSITIVE_ORDER);
		};
		order = order.thenComparing(LinkView::providerName, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(LinkView::serviceName, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(LinkView::consumerName, String.CASE_INSENSITIVE_ORDER);
		List<LinkView> matching = this.chain.links(null, serviceId)
			.stream()
			.filter((link) -> to == null || to.isBlank() || ("customers".equals(to) == link.consumerIsCustomer()))
			.filter((link) -> needle.isEmpty()
					|| Stream.of(link.providerName(), link.serviceName(), link.consumerName())
						.anyMatch((text) -> text.toLowerCase(Locale.ROOT).contains(needle)))
			.sorted(order)
			.toList();
		int size = 25;
		int shown = Math.max(0, Math.min(page, Math.max(0, (matching.size() - 1) / size)));
		List<LinkView> slice = matching.subList(Math.min(matching.size(), shown * size),
				Math.min(matching.size(), (shown + 1) * size));
		model.addAttribute("page", PageResponse.of(new PageImpl<>(slice, PageRequest.of(shown, size), matching.size()),
				Function.identity()));
		model.addAttribute("links", slice);
		model.addAttribute("q", q);
		model.addAttribute("to", to);
		model.addAttribute("sort", sort);
		model.addAttribute("filterServiceId", serviceId);
	}

	private void addChoices(Model model) {
		model.addAttribute("services", this.chain.services());
		model.addAttribute("parties", this.chain.allParties());
	}

	private Map<String, String> errorsOf(LinkForm form, BindingResult binding) {
		Map<String, String> errors = FormErrors.of(binding);
		if (errors.isEmpty()) {
			errors = FormErrors.of(this.validator, form);
		}
		return errors;
	}

	record LinkForm(@jakarta.validation.constraints.NotNull(message = "choose a service") @Nullable UUID serviceId,
			@jakarta.validation.constraints.NotNull(message = "choose the provider") @Nullable UUID providerId,
			@jakarta.validation.constraints.NotNull(message = "choose the consumer") @Nullable UUID consumerId,
			@Nullable @jakarta.validation.constraints.Size(max = 2000) String description, @Nullable Long version) {

		LinkDetails toDetails() {
			return new LinkDetails(this.serviceId, this.providerId, this.consumerId, this.description);
		}

	}

}
