package org.servicechain.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.servicechain.identity.CurrentUser;

/**
 * The dashboard and the sign-in page. Partner users and customers are sent to their
 * portal.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		if (CurrentUser.get().map((user) -> !user.isStaff()).orElse(false)) {
			return "redirect:/portal";
		}
		return "web/home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
