package org.servicechain.reviews.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.reviews.ActionStatus;
import org.servicechain.reviews.MeetingManagement;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * The forms staff and partners share on a meeting page: updating an action, commenting on
 * the minutes.
 */
final class ActionForms {

	private ActionForms() {
	}

	static String update(MeetingManagement meetings, UUID actionId, long version, @Nullable ActionStatus status,
			@Nullable String note, RedirectAttributes redirect, String back) {
		try {
			meetings.updateAction(actionId, version, status, note);
			redirect.addFlashAttribute("message", "The action was updated.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not updated: " + ex.getMessage());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error",
					"Someone updated this action meanwhile; the page shows where it stands now. Nothing was saved.");
		}
		return back;
	}

	static String comment(MeetingManagement meetings, UUID meetingId, @Nullable String text,
			RedirectAttributes redirect, String back) {
		try {
			meetings.comment(meetingId, text);
			redirect.addFlashAttribute("message", "Your comment was added to the minutes.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not added: " + ex.getMessage());
		}
		return back;
	}

}
