package org.servicechain.reviews.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.chain.ChainManagement;
import org.servicechain.reviews.ActionStatus;
import org.servicechain.reviews.Cadence;
import org.servicechain.reviews.MeetingKind;
import org.servicechain.reviews.MeetingManagement;
import org.servicechain.reviews.MeetingView;
import org.servicechain.reviews.NewAction;
import org.servicechain.reviews.NewSeries;
import org.servicechain.reviews.ObjectiveManagement;
import org.servicechain.reviews.ReviewAccessPolicy;
import org.servicechain.reviews.SeriesView;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * Review meetings and 1:1s for staff (PM-3): the series and recent meetings, a series
 * with its actions, and a meeting with its agenda drafted from the data, minutes,
 * decisions, actions and comments.
 */
@Controller
@RequestMapping("/reviews/meetings")
class MeetingController {

	static final String BASE = "/reviews/meetings";

	private final MeetingManagement meetings;

	private final ObjectiveManagement objectives;

	private final ChainManagement chain;

	private final ReviewAccessPolicy policy;

	MeetingController(MeetingManagement meetings, ObjectiveManagement objectives, ChainManagement chain,
			ReviewAccessPolicy policy) {
		this.meetings = meetings;
		this.objectives = objectives;
		this.chain = chain;
		this.policy = policy;
	}

	@GetMapping
	String overview(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("series", this.meetings.series(0, org.servicechain.shared.Paging.MAX_SIZE));
		model.addAttribute("recent", this.meetings.meetings(null, page, 25));
		model.addAttribute("parties", this.chain.allParties().stream().filter((party) -> !party.customer()).toList());
		model.addAttribute("canLead", this.policy.canLead());
		if (this.policy.canLead()) {
			model.addAttribute("people", this.objectives.people());
		}
		model.addAttribute("cadences", Cadence.values());
		return "reviews/meetings";
	}

	@PostMapping("/series")
	String createSeries(@RequestParam(required = false) @Nullable MeetingKind kind,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable Cadence cadence,
			@RequestParam(required = false) @Nullable UUID partyId,
			@RequestParam(required = false) @Nullable String person, RedirectAttributes redirect) {
		try {
			SeriesView created = this.meetings
				.createSeries(new NewSeries(kind, title, cadence, (kind == MeetingKind.PARTNER_REVIEW) ? partyId : null,
						(kind == MeetingKind.ONE_TO_ONE) ? person : null, null));
			redirect.addFlashAttribute("message", "The series was started; plan its first meeting below.");
			return "redirect:" + BASE + "/series/" + created.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not started: " + ex.getMessage());
			return "redirect:" + BASE;
		}
	}

	@GetMapping("/series/{id}")
	String series(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		SeriesView series = this.meetings.oneSeries(id);
		model.addAttribute("one", series);
		model.addAttribute("meetings", this.meetings.meetings(id, page, 25));
		model.addAttribute("actions", this.meetings.actionsOf(id));
		model.addAttribute("canManageSeries", !series.closed() && this.meetings.canManageSeries(id));
		model.addAttribute("cadences", Cadence.values());
		return "reviews/meeting-series";
	}

	@PostMapping("/series/{id}/edit")
	String changeSeries(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable Cadence cadence, RedirectAttributes redirect) {
		try {
			this.meetings.changeSeries(id, version, title, cadence);
			redirect.addFlashAttribute("message", "The series was changed.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not changed: " + ex.getMessage());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error",
					"Someone changed this series meanwhile; the page shows their version. Nothing was saved.");
		}
		return "redirect:" + BASE + "/series/" + id;
	}

	@PostMapping("/series/{id}/close")
	String closeSeries(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.meetings.closeSeries(id, version);
			redirect.addFlashAttribute("message", "The series was closed; its meetings and actions stay here.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not closed: " + ex.getMessage());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error",
					"Someone changed this series meanwhile; the page shows their version. Nothing was saved.");
		}
		return "redirect:" + BASE + "/series/" + id;
	}

	@PostMapping("/series/{id}/meetings")
	String plan(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
			RedirectAttributes redirect) {
		try {
			MeetingView planned = this.meetings.plan(id, heldOn);
			redirect.addFlashAttribute("message",
					"The meeting was planned with an agenda drafted from the data; edit it as you need.");
			return "redirect:" + BASE + "/" + planned.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not planned: " + ex.getMessage());
			return "redirect:" + BASE + "/series/" + id;
		}
	}

	@GetMapping("/{id}")
	String meeting(@PathVariable UUID id, Model model) {
		MeetingView meeting = this.meetings.meeting(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("canEdit", this.meetings.canEdit(id));
		model.addAttribute("portal", false);
		model.addAttribute("statuses", ActionStatus.values());
		return "reviews/meeting";
	}

	@PostMapping("/{id}")
	String record(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String agenda,
			@RequestParam(required = false) @Nullable String minutes,
			@RequestParam(required = false) @Nullable String decisions,
			@RequestParam(defaultValue = "false") boolean held, RedirectAttributes redirect) {
		try {
			this.meetings.record(id, version, agenda, minutes, decisions, held);
			redirect.addFlashAttribute("message", "The record of the meeting was saved.");
		}
		catch (InvalidInputException ex) {
			keep(redirect, agenda, minutes, decisions);
			redirect.addFlashAttribute("error", "Not saved: " + ex.getMessage());
		}
		catch (StaleVersionException ex) {
			keep(redirect, agenda, minutes, decisions);
			redirect.addFlashAttribute("error", "Someone changed this meeting meanwhile; the page shows their version "
					+ "and yours is kept in the form. Nothing was saved.");
		}
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping("/{id}/redraft")
	String redraft(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.meetings.redraft(id, version);
			redirect.addFlashAttribute("message", "The agenda was drafted again from today's data.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not redrafted: " + ex.getMessage());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error", "Someone changed this meeting meanwhile; nothing was redrafted.");
		}
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping("/{id}/actions")
	String addAction(@PathVariable UUID id, @RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String owner,
			@RequestParam(defaultValue = "false") boolean partnerOwned,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn,
			RedirectAttributes redirect) {
		try {
			this.meetings.addAction(id, new NewAction(description, owner, partnerOwned, dueOn));
			redirect.addFlashAttribute("message", "The action was agreed; it is carried forward until done.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not added: " + ex.getMessage());
		}
		return "redirect:" + BASE + "/" + id + "#actions";
	}

	@PostMapping("/actions/{actionId}")
	String updateAction(@PathVariable UUID actionId, @RequestParam UUID meetingId, @RequestParam long version,
			@RequestParam(required = false) @Nullable ActionStatus status,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return ActionForms.update(this.meetings, actionId, version, status, note, redirect,
				"redirect:" + BASE + "/" + meetingId + "#actions");
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
			RedirectAttributes redirect) {
		return ActionForms.comment(this.meetings, id, text, redirect, "redirect:" + BASE + "/" + id + "#comments");
	}

	private static void keep(RedirectAttributes redirect, @Nullable String agenda, @Nullable String minutes,
			@Nullable String decisions) {
		redirect.addFlashAttribute("typed", Map.of("agenda", (agenda != null) ? agenda : "", "minutes",
				(minutes != null) ? minutes : "", "decisions", (decisions != null) ? decisions : ""));
	}

}
