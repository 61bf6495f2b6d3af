package org.servicechain.identity.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.SecondFactors;
import org.servicechain.identity.SecondFactors.Verification;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;

/**
 * The second factor in the browser: the code asked for after the password, setting one up
 * (QR code, then the recovery codes shown once), renewing recovery codes and removing it;
 * for administrators, which roles must use one and removing a user's lost one.
 */
@Controller
class SecondFactorController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final SecondFactors secondFactors;

	SecondFactorController(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	@GetMapping("/login/second-factor")
	String codeForm(HttpSession session) {
		return (session.getAttribute(SecondFactors.PENDING) != null) ? "identity/second-factor-login" : "redirect:/";
	}

	/**
	 * Checks the code; when right, the session gets a new id and the user goes home.
	 */
	@PostMapping("/login/second-factor")
	String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpSession session,
			Model model) {
		if (session.getAttribute(SecondFactors.PENDING) == null) {
			return "redirect:/";
		}
		CurrentUser me = CurrentUser.get().orElseThrow();
		Verification verification = this.secondFactors.verify(me.id(), code);
		if (verification.accepted()) {
			session.removeAttribute(SecondFactors.PENDING);
			request.changeSessionId();
			if (verification.recoveryCodeUsed()) {
				request.getSession().setAttribute("servicechain.recovery-codes-left", verification.recoveryCodesLeft());
				return "redirect:/account/second-factor";
			}
			return me.isStaff() ? "redirect:/" : "redirect:/portal";
		}
		model.addAttribute("error", (verification.retryAfter() != null)
				? "Too many wrong codes. Try again after "
						+ TIME.format(verification.retryAfter().atZone(ZoneId.of("Europe/London"))) + "."
				: "That code is not right, or was used already. Type the code your app shows now, or a recovery code.");
		return "identity/second-factor-login";
	}

	@GetMapping("/account/second-factor")
	String account(Model model, HttpSession session) {
		CurrentUser me = CurrentUser.get().orElseThrow();
		Object left = session.getAttribute("servicechain.recovery-codes-left");
		if (left != null) {
			session.removeAttribute("servicechain.recovery-codes-left");
			model.addAttribute("message", "You signed in with a recovery code; " + left
					+ " left. Renew them below if you are running short.");
		}
		return page(model, me, null, Map.of(), null);
	}

	@PostMapping("/account/second-factor/start")
	String start(Model model) {
		CurrentUser me = CurrentUser.get().orElseThrow();
		return page(model, me, this.secondFactors.offer(), Map.of(), null);
	}

	@PostMapping("/account/second-factor")
	String enrol(@RequestParam(defaultValue = "") String secret, @RequestParam(defaultValue = "") String code,
			Model model) {
		CurrentUser me = CurrentUser.get().orElseThrow();
		try {
			return page(model, me, null, Map.of(), this.secondFactors.enrol(secret, code));
		}
		catch (InvalidInputException ex) {
			// The same secret again, so a mistyped code needs no new scan.
			return page(model, me, this.secondFactors.offer(secret), FormErrors.of(ex), null);
		}
	}

	@PostMapping("/account/second-factor/recovery-codes")
	String renew(@RequestParam(defaultValue = "") String code, Model model) {
		CurrentUser me = CurrentUser.get().orElseThrow();
		try {
			return page(model, me, null, Map.of(), this.secondFactors.renewRecoveryCodes(code));
		}
		catch (InvalidInputException ex) {
			return page(model, me, null, FormErrors.of(ex), null);
		}
	}

	@PostMapping("/account/second-factor/remove")
	String remove(@RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect) {
		CurrentUser me = CurrentUser.get().orElseThrow();
		try {
			this.secondFactors.removeOwn(code);
			redirect.addFlashAttribute("message", "Second factor removed. You sign in with your password alone.");
			return "redirect:/account/second-factor";
		}
		catch (InvalidInputException ex) {
			return page(model, me, null, FormErrors.of(ex), null);
		}
	}

	@GetMapping("/admin/security")
	String settings(Model model) {
		model.addAttribute("required", this.secondFactors.requiredFor());
		model.addAttribute("roles", Role.values());
		return "identity/security-settings";
	}

	@PostMapping("/admin/security")
	String saveSettings(@RequestParam(required = false) @Nullable List<Role> requiredFor, RedirectAttributes redirect) {
		Set<Role> roles = (requiredFor == null || requiredFor.isEmpty()) ? EnumSet.noneOf(Role.class)
				: EnumSet.copyOf(requiredFor);
		this.secondFactors.requireFor(roles);
		redirect.addFlashAttribute("message", roles.isEmpty() ? "No role must use a second factor."
				: "A second factor is now required for: " + roles.stream().map(Role::label).toList() + ".");
		return "redirect:/admin/security";
	}

	@PostMapping("/admin/users/{id}/second-factor/remove")
	String removeFor(@PathVariable UUID id, RedirectAttributes redirect) {
		this.secondFactors.remove(id);
		redirect.addFlashAttribute("message", "Second factor removed. The user sets up a new one if their role "
				+ "requires it, or signs in with their password alone.");
		return "redirect:/admin/users/" + id;
	}

	private String page(Model model, CurrentUser me, SecondFactors.@Nullable Offer offer, Map<String, String> errors,
			@Nullable List<String> recoveryCodes) {
		model.addAttribute("enrolled", this.secondFactors.enrolled(me.id()));
		model.addAttribute("required", this.secondFactors.requiredFor().contains(me.role()));
		model.addAttribute("codesLeft", this.secondFactors.recoveryCodesLeft(me.id()));
		model.addAttribute("offer", offer);
		model.addAttribute("errors", errors);
		model.addAttribute("recoveryCodes", recoveryCodes);
		return "identity/second-factor";
	}

}
