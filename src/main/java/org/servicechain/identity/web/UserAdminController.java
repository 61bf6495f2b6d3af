package org.servicechain.identity.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.PartyDirectory;
import org.servicechain.identity.Role;
import org.servicechain.identity.UserChanges;
import org.servicechain.identity.UserView;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * Administrators manage users and their roles (REC-4).
 */
@Controller
class UserAdminController {

	private final IdentityManagement identity;

	private final Validator validator;

	private final PartyDirectory parties;

	UserAdminController(IdentityManagement identity, Validator validator, PartyDirectory parties) {
		this.identity = identity;
		this.validator = validator;
		this.parties = parties;
	}

	@ModelAttribute
	void lookups(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("parties", this.parties.partyNames());
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", this.identity.users());
		model.addAttribute("form", new UserForm(null, null, null, null, Role.AGENT, null, true, null));
		model.addAttribute("errors", Map.of());
		return "identity/users";
	}

	@PostMapping("/admin/users")
	String create(@ModelAttribute("form") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.of(binding);
		if (errors.isEmpty()) {
			NewUser command = new NewUser(nonNull(form.username()), nonNull(form.displayName()), form.email(),
					nonNull(form.password()), form.role(), form.partyId());
			errors = FormErrors.of(this.validator, command);
			if (errors.isEmpty()) {
				try {
					UserView user = this.identity.createUser(command);
					redirect.addFlashAttribute("message", "User '" + user.username() + "' created.");
					return "redirect:/admin/users";
				}
				catch (InvalidInputException ex) {
					errors = FormErrors.of(ex);
				}
			}
		}
		model.addAttribute("users", this.identity.users());
		model.addAttribute("errors", errors);
		return "identity/users";
	}

	@GetMapping("/admin/users/{id}")
	String edit(@PathVariable UUID id, Model model) {
		UserView user = this.identity.user(id);
		model.addAttribute("user", user);
		model.addAttribute("form", new UserForm(user.username(), user.displayName(), user.email(), null, user.role(),
				user.partyId(), user.enabled(), user.version()));
		model.addAttribute("errors", Map.of());
		return "identity/user-form";
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		UserView user = this.identity.user(id);
		Map<String, String> errors = FormErrors.of(binding);
		if (errors.isEmpty()) {
			UserChanges changes = new UserChanges(form.version() == null ? -1L : form.version(),
					nonNull(form.displayName()), form.email(), form.role(), form.partyId(),
					Boolean.TRUE.equals(form.enabled()));
			errors = FormErrors.of(this.validator, changes);
			if (errors.isEmpty()) {
				try {
					this.identity.updateUser(id, changes);
					redirect.addFlashAttribute("message", "User '" + user.username() + "' saved.");
					return "redirect:/admin/users";
				}
				catch (InvalidInputException ex) {
					errors = FormErrors.of(ex);
				}
				catch (StaleVersionException ex) {
					model.addAttribute("conflict", ex);
				}
			}
		}
		model.addAttribute("user", user);
		model.addAttribute("errors", errors);
		return "identity/user-form";
	}

	/**
	 * Shows the temporary password in the response itself, never in the session.
	 */
	@PostMapping("/admin/users/{id}/temporary-password")
	String temporaryPassword(@PathVariable UUID id, Model model) {
		String temporary = this.identity.setTemporaryPassword(id);
		UserView user = this.identity.user(id);
		model.addAttribute("user", user);
		model.addAttribute("form", new UserForm(user.username(), user.displayName(), user.email(), null, user.role(),
				user.partyId(), user.enabled(), user.version()));
		model.addAttribute("errors", Map.of());
		model.addAttribute("temporaryPassword", temporary);
		return "identity/user-form";
	}

	@PostMapping("/admin/users/{id}/end-sessions")
	String endSessions(@PathVariable UUID id, RedirectAttributes redirect) {
		int ended = this.identity.endSessions(id);
		redirect.addFlashAttribute("message", ended == 1 ? "1 session ended." : ended + " sessions ended.");
		return "redirect:/admin/users/" + id;
	}

	private static String nonNull(@Nullable String value) {
		return value == null ? "" : value;
	}

	record UserForm(@Nullable String username, @Nullable String displayName, @Nullable String email,
			@Nullable String password, @Nullable Role role, @Nullable UUID partyId, @Nullable Boolean enabled,
			@Nullable Long version) {

	}

}
