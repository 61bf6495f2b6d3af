package org.servicechain.reviews.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.identity.CurrentUser;
import org.servicechain.identity.Role;
import org.servicechain.reviews.ActionStatus;
import org.servicechain.reviews.MeetingManagement;
import org.servicechain.shared.NotFoundException;

/**
 * A partner's own review meetings in the portal (PM-3): the same meeting page staff see,
 * read-only but for comments on the minutes and updates to the actions the partner's side
 * owns. Customers, and any other party's meetings, get "not found".
 */
@Controller
@RequestMapping("/portal/meetings")
class PortalMeetingController {

	private static final String BASE = "/portal/meetings";

	private final MeetingManagement meetings;

	PortalMeetingController(MeetingManagement meetings) {
		this.meetings = meetings;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		requirePartner();
		model.addAttribute("recent", this.meetings.meetings(null, page, 25));
		return "reviews/portal-meetings";
	}

	@GetMapping("/{id}")
	String meeting(@PathVariable UUID id, Model model) {
		requirePartner();
		model.addAttribute("meeting", this.meetings.meeting(id));
		model.addAttribute("canEdit", false);
		model.addAttribute("portal", true);
		model.addAttribute("statuses", ActionStatus.values());
		return "reviews/meeting";
	}

	@PostMapping("/actions/{actionId}")
	String updateAction(@PathVariable UUID actionId, @RequestParam UUID meetingId, @RequestParam long version,
			@RequestParam(required = false) @Nullable ActionStatus status,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		requirePartner();
		return ActionForms.update(this.meetings, actionId, version, status, note, redirect,
				"redirect:" + BASE + "/" + meetingId + "#actions");
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
			RedirectAttributes redirect) {
		requirePartner();
		return ActionForms.comment(this.meetings, id, text, redirect, "redirect:" + BASE + "/" + id + "#comments");
	}

	private static void requirePartner() {
		if (CurrentUser.get().filter((user) -> user.hasRole(Role.PARTNER) && user.partyId() != null).isEmpty()) {
			throw new NotFoundException("Meeting", new UUID(0, 0));
		}
	}

}
