package org.servicechain.notify.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.notify.MailTemplateView;
import org.servicechain.notify.NotifyAdministration;
import org.servicechain.notify.WebhookManagement;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * Administrators' pages: the outbox (mail log, webhook deliveries, failures) with "retry
 * now", one message as it was sent, the mail templates, and the webhook subscriptions.
 */
@Controller
class NotifyAdminController {

	private final NotifyAdministration administration;

	private final WebhookManagement webhooks;

	NotifyAdminController(NotifyAdministration administration, WebhookManagement webhooks) {
		this.administration = administration;
		this.webhooks = webhooks;
	}

	@GetMapping("/admin/outbox")
	String outbox(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("page", this.administration.outbox(kind, status, page, 50));
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("mailServer", this.administration.mailServerConfigured());
		return "notify/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	String message(@PathVariable UUID id, Model model) {
		model.addAttribute("m", this.administration.message(id));
		return "notify/outbox-message";
	}

	@PostMapping("/admin/outbox/{id}/retry")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		this.administration.retryNow(id);
		redirect.addFlashAttribute("message", "Queued to be sent at the next drain");
		return "redirect:/admin/outbox/" + id;
	}

	@GetMapping("/admin/mail-templates")
	String templates(Model model) {
		model.addAttribute("templates", this.administration.templates());
		return "notify/mail-templates";
	}

	@GetMapping("/admin/mail-templates/{event}/{language}")
	String template(@PathVariable String event, @PathVariable String language, Model model) {
		MailTemplateView template = this.administration.template(event, language);
		model.addAttribute("t", template);
		model.addAttribute("form", template);
		model.addAttribute("errors", java.util.Map.of());
		return "notify/mail-template-form";
	}

	@PostMapping("/admin/mail-templates/{event}/{language}")
	String change(@PathVariable String event, @PathVariable String language, @RequestParam long version,
			@RequestParam String subject, @RequestParam String textBody, @RequestParam String htmlBody,
			@RequestParam(required = false) @Nullable String reset, Model model, RedirectAttributes redirect) {
		if (reset != null) {
			this.administration.resetTemplate(event, language);
			redirect.addFlashAttribute("message", "Back to the default template");
			return "redirect:/admin/mail-templates/" + event + "/" + language;
		}
		try {
			this.administration.changeTemplate(event, language, version, subject, textBody, htmlBody);
		}
		catch (InvalidInputException | StaleVersionException ex) {
			MailTemplateView current = this.administration.template(event, language);
			model.addAttribute("t", current);
			model.addAttribute("form", new MailTemplateView(current.event(), current.label(), current.language(),
					subject, textBody, htmlBody, current.customised(), version));
			model.addAttribute("errors", (ex instanceof InvalidInputException invalid) ? FormErrors.of(invalid)
					: java.util.Map.of("version", ex.getMessage()));
			return "notify/mail-template-form";
		}
		redirect.addFlashAttribute("message", "Template saved");
		return "redirect:/admin/mail-templates/" + event + "/" + language;
	}

	@GetMapping("/admin/webhooks")
	String webhooks(Model model) {
		model.addAttribute("webhooks", this.webhooks.webhooks());
		model.addAttribute("allowedHosts", this.webhooks.allowedHosts());
		return "notify/webhooks";
	}

}
