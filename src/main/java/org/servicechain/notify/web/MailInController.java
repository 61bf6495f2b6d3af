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

import org.servicechain.notify.MailInManagement;
import org.servicechain.notify.MailInView;
import org.servicechain.shared.InvalidInputException;

/**
 * Administrators' page of mail in: every mail taken from the mailbox with what became of
 * it, and the quarantine with "release" and "discard".
 */
@Controller
class MailInController {

	private static final String VIEW = "notify/mail-in";

	private final MailInManagement mailIn;

	MailInController(MailInManagement mailIn) {
		this.mailIn = mailIn;
	}

	@GetMapping("/admin/mail-in")
	String mails(@RequestParam(required = false) @Nullable String outcome, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("page", this.mailIn.mails(outcome, page, 50));
		model.addAttribute("outcome", outcome);
		model.addAttribute("mailbox", this.mailIn.mailbox());
		model.addAttribute("complaintRule", this.mailIn.complaintRule());
		return VIEW;
	}

	@PostMapping("/admin/mail-in/{id}/release")
	String release(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			MailInView mail = this.mailIn.release(id);
			redirect.addFlashAttribute("message",
					"Released: " + mail.outcomeLabel() + ((mail.reason() != null) ? " (" + mail.reason() + ")" : ""));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
		}
		return "redirect:/admin/mail-in";
	}

	@PostMapping("/admin/mail-in/{id}/discard")
	String discard(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.mailIn.discard(id);
			redirect.addFlashAttribute("message", "Discarded");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
		}
		return "redirect:/admin/mail-in";
	}

}
