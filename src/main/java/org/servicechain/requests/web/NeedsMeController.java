package org.servicechain.requests.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.servicechain.requests.Queues;

/**
 * The dashboard's panel of what needs the signed-in person now: their work, what is
 * overdue or at risk where they work, work nobody has taken, notices and, for managers,
 * escalations. Rendered alone for the dashboard's htmx request, or as a page without
 * JavaScript.
 */
@Controller
class NeedsMeController {

	private final Queues queues;

	NeedsMeController(Queues queues) {
		this.queues = queues;
	}

	@GetMapping("/requests/needs-me")
	String needsMe(Model model, @org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request",
			required = false) @org.jspecify.annotations.Nullable String htmx) {
		model.addAttribute("needs", this.queues.needsMe());
		model.addAttribute("now", java.time.Instant.now());
		return htmx != null ? "requests/needs-me :: panel" : "requests/needs-me";
	}

}
