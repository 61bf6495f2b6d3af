package org.servicechain.identity.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;

/**
 * The signed-in user's API tokens: create (the secret is shown once), list and revoke
 * (INT-1).
 */
@Controller
class AccountController {

	private final IdentityManagement identity;

	AccountController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping("/account/tokens")
	String tokens(Model model) {
		model.addAttribute("tokens", this.identity.myTokens());
		return "identity/tokens";
	}

	/**
	 * Shows the new secret in the response itself rather than after a redirect, so that
	 * it never rests in the (database-stored) session.
	 */
	@PostMapping("/account/tokens")
	String create(@RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable Integer validDays, Model model) {
		try {
			model.addAttribute("created", this.identity.createToken(name, validDays));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		model.addAttribute("tokens", this.identity.myTokens());
		return "identity/tokens";
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("rules", this.identity.passwordRules());
		model.addAttribute("errors", Map.of());
		return "identity/password";
	}

	/**
	 * Changes the user's own password; their other sessions end, this one stays.
	 */
	@PostMapping("/account/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			this.identity.changeOwnPassword(currentPassword, newPassword, request.getSession().getId());
			redirect.addFlashAttribute("message", "Password changed. Your other sessions have been signed out.");
			return "redirect:/";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
		}
		model.addAttribute("rules", this.identity.passwordRules());
		return "identity/password";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		this.identity.revokeToken(id);
		redirect.addFlashAttribute("message", "Token revoked; it no longer works.");
		return "redirect:/account/tokens";
	}

}
