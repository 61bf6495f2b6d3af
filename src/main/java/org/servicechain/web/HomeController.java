package org.servicechain.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.SingleSignOn;

/**
 * The dashboard and the sign-in page. Partner users and customers are sent to their
 * portal.
 */
@Controller
class HomeController {

	private final SingleSignOn singleSignOn;

	HomeController(SingleSignOn singleSignOn) {
		this.singleSignOn = singleSignOn;
	}

	@GetMapping("/")
	String home() {
		if (CurrentUser.get().map((user) -> user.hasRole(org.servicechain.identity.Role.ASSESSOR)).orElse(false)) {
			return "redirect:/portfolio";
		}
		if (CurrentUser.get().map((user) -> !user.isStaff()).orElse(false)) {
			return "redirect:/portal";
		}
		return "web/home";
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		// Decided here rather than in the template: Thymeleaf 3.1 refuses type references
		// such as T(LockedException) in expressions, which broke the page after every
		// failed sign-in.
		HttpSession session = request.getSession(false);
		Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		model.addAttribute("locked", failure instanceof LockedException);
		model.addAttribute("ssoFailure",
				(failure instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException sso)
						? sso.getError().getDescription() : null);
		model.addAttribute("providers", this.singleSignOn.providers());
		return "login";
	}

}
