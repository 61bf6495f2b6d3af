package org.servicechain.notices.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.servicechain.notices.ServiceNotices;

/**
 * Service notices in the portal: customers and partner users see those that concern their
 * own party (the facade's policy decides; another party's notice is "not found").
 */
@Controller
class PortalNoticeController {

	private final ServiceNotices notices;

	PortalNoticeController(ServiceNotices notices) {
		this.notices = notices;
	}

	@GetMapping("/portal/notices")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("notices", this.notices.notices(false, page, 25));
		return "notices/portal-notices";
	}

	@GetMapping("/portal/notices/{id}")
	String notice(@PathVariable UUID id, Model model) {
		model.addAttribute("notice", this.notices.notice(id));
		return "notices/portal-notice";
	}

}
