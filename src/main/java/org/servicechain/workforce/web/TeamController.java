package org.servicechain.workforce.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;
import org.servicechain.workforce.AbsenceCover;
import org.servicechain.workforce.AbsenceKind;
import org.servicechain.workforce.AbsenceView;
import org.servicechain.workforce.CoverMode;
import org.servicechain.workforce.CoverResult;
import org.servicechain.workforce.NewAbsence;
import org.servicechain.workforce.PatternView;
import org.servicechain.workforce.WorkforceAccessPolicy;
import org.servicechain.workforce.WorkforceManagement;

/**
 * The team page (WF-1, WF-3): the team calendar, one's own absences and the form to ask
 * for one; for managers the absences waiting for a decision, who is away with work not
 * yet moved, and the working patterns. Every decision is the facade's; the page only
 * shows what the access policy lets it.
 */
@Controller
class TeamController {

	static final String TEAM = "workforce/team";

	static final int WEEKS = 4;

	private final WorkforceManagement workforce;

	private final AbsenceCover cover;

	private final WorkforceAccessPolicy policy;

	private final Clock clock;

	private final BusinessCalendarManagement calendars;

	private final org.servicechain.workforce.Contingency contingency;

	TeamController(WorkforceManagement workforce, AbsenceCover cover, WorkforceAccessPolicy policy,
			BusinessCalendarManagement calendars, Clock clock, org.servicechain.workforce.Contingency contingency) {
		this.contingency = contingency;
		this.calendars = calendars;
		this.workforce = workforce;
		this.cover = cover;
		this.policy = policy;
		this.clock = clock;
	}

	@GetMapping("/team")
	String team(@RequestParam(required = false) @Nullable String from, Model model) {
		LocalDate start = monday(parseOr(from, today()));
		return show(start, AbsenceForm.empty(), Map.of(), model);
	}

	@PostMapping("/team/absences")
	String request(AbsenceForm form, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate startsOn = date(form.startsOn(), "startsOn", errors);
		LocalDate endsOn = date(form.endsOn(), "endsOn", errors);
		AbsenceKind kind = kind(form.kind(), errors);
		if (errors.isEmpty()) {
			try {
				AbsenceView created = this.workforce
					.requestAbsence(new NewAbsence(form.person(), kind, startsOn, endsOn, form.standIn(), form.note()));
				redirect.addFlashAttribute("message", "Absence " + created.startsOn() + " to " + created.endsOn()
						+ " asked for; a manager decides it.");
				return "redirect:/team?from=" + created.startsOn();
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
		}
		return show(monday((startsOn != null) ? startsOn : today()), form, errors, model);
	}

	@PostMapping("/team/absences/{id}/approve")
	String approve(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		return act(redirect, () -> {
			AbsenceView absence = this.workforce.approve(id, version, note);
			return "Approved " + absence.personName() + "'s absence " + absence.startsOn() + " to " + absence.endsOn()
					+ ".";
		});
	}

	@PostMapping("/team/absences/{id}/refuse")
	String refuse(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return act(redirect, () -> {
			AbsenceView absence = this.workforce.refuse(id, version, reason);
			return "Refused " + absence.personName() + "'s absence.";
		});
	}

	@PostMapping("/team/absences/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return act(redirect, () -> {
			this.workforce.cancel(id, version);
			return "Absence cancelled.";
		});
	}

	@GetMapping("/team/absences/{id}/cover")
	String coverPage(@PathVariable UUID id, Model model) {
		model.addAttribute("plan", this.cover.plan(id));
		model.addAttribute("modes", CoverMode.values());
		model.addAttribute("errors", model.getAttribute("errors") != null ? model.getAttribute("errors") : Map.of());
		return "workforce/cover";
	}

	@PostMapping("/team/absences/{id}/cover")
	String move(@PathVariable UUID id, @RequestParam(required = false) @Nullable CoverMode mode,
			@RequestParam(required = false) @Nullable String person, Model model, RedirectAttributes redirect) {
		try {
			CoverResult result = this.cover.move(id, mode, person);
			StringBuilder text = new StringBuilder(
					"Moved " + result.requestsMoved() + " requests and " + result.tasksMoved() + " tasks");
			if (!result.byOwner().isEmpty()) {
				text.append(": ");
				result.byOwner().forEach((name, count) -> text.append(name).append(" ").append(count).append("; "));
			}
			redirect.addFlashAttribute("message", text.toString().replaceAll("; $", "."));
			return "redirect:/team";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
			model.addAttribute("plan", this.cover.plan(id));
			model.addAttribute("modes", CoverMode.values());
			return "workforce/cover";
		}
	}

	@GetMapping("/team/patterns")
	String patterns(Model model) {
		model.addAttribute("patterns", this.workforce.patterns());
		model.addAttribute("canEdit", this.policy.isManager());
		model.addAttribute("calendars", this.calendars.list());
		model.addAttribute("errors", Map.of());
		return "workforce/patterns";
	}

	@PostMapping("/team/patterns")
	String setPattern(@RequestParam String username, @RequestParam(required = false) @Nullable String calendar,
			@RequestParam(defaultValue = "0") int shrinkage, @RequestParam(defaultValue = "0") long version,
			RedirectAttributes redirect) {
		try {
			UUID calendarId = (calendar == null || calendar.isBlank()) ? null : UUID.fromString(calendar.strip());
			PatternView saved = this.workforce.setPattern(username, calendarId, shrinkage, version);
			redirect.addFlashAttribute("message", saved.displayName() + " works to " + saved.calendarName() + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "Calendar: choose one from the list");
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error", "Someone changed this pattern meanwhile; here it is as it is now.");
		}
		return "redirect:/team/patterns";
	}

	/**
	 * The dashboard's hint for managers: who is away today with work still on them, and
	 * absences waiting for a decision.
	 */
	@GetMapping("/team/hint")
	String hint(Model model) {
		// Open incidents concern everyone on staff; the rest is for managers.
		org.servicechain.shared.PageResponse<org.servicechain.workforce.ContingencyViews.IncidentSummary> incidents = this.contingency
			.incidents(true, 0, 5);
		model.addAttribute("incidents", incidents);
		if (!this.policy.isManager()) {
			return incidents.items().isEmpty() ? "workforce/hint :: nothing" : "workforce/hint :: incidents";
		}
		LocalDate today = today();
		List<AbsenceView> away = this.workforce.approvedOn(today, today);
		Map<AbsenceView, Integer> stranded = new LinkedHashMap<>();
		for (AbsenceView absence : away) {
			int open = this.cover.openItemsOf(absence.username());
			if (open > 0) {
				stranded.put(absence, open);
			}
		}
		model.addAttribute("away", away);
		model.addAttribute("stranded", stranded);
		model.addAttribute("awaiting", this.workforce.awaitingDecision().size());
		model.addAttribute("understaffed", this.workforce.teamCalendar(today, 14).understaffedDays());
		return "workforce/hint :: hint";
	}

	private String show(LocalDate from, AbsenceForm form, Map<String, String> errors, Model model) {
		boolean manager = this.policy.isManager();
		model.addAttribute("calendar", this.workforce.teamCalendar(from, WEEKS * 7));
		model.addAttribute("previous", from.minusWeeks(WEEKS));
		model.addAttribute("next", from.plusWeeks(WEEKS));
		model.addAttribute("today", today());
		model.addAttribute("mine", this.workforce.myAbsences());
		model.addAttribute("awaiting", this.workforce.awaitingDecision());
		model.addAttribute("people", this.workforce.patterns());
		model.addAttribute("kinds", AbsenceKind.values());
		model.addAttribute("manager", manager);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		if (manager) {
			Map<AbsenceView, Integer> upcoming = new LinkedHashMap<>();
			for (AbsenceView absence : this.workforce.approvedOn(today(), today().plusWeeks(2))) {
				upcoming.put(absence, this.cover.openItemsOf(absence.username()));
			}
			model.addAttribute("upcoming", upcoming);
		}
		return TEAM;
	}

	private String act(RedirectAttributes redirect, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("message", action.get());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error", "Someone changed this absence meanwhile; here it is as it is now.");
		}
		return "redirect:/team";
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Europe/London")));
	}

	private static LocalDate monday(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static LocalDate parseOr(@Nullable String text, LocalDate fallback) {
		try {
			return (text == null || text.isBlank()) ? fallback : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
	}

	private static @Nullable LocalDate date(@Nullable String text, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "'" + text + "' is not a date (year-month-day)");
			return null;
		}
	}

	private static @Nullable AbsenceKind kind(@Nullable String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return AbsenceKind.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.put("kind", "choose holiday, sickness, training or other");
			return null;
		}
	}

	/**
	 * The absence form as typed, so a refused form comes back as it was.
	 */
	record AbsenceForm(@Nullable String person, @Nullable String kind, @Nullable String startsOn,
			@Nullable String endsOn, @Nullable String standIn, @Nullable String note) {

		static AbsenceForm empty() {
			return new AbsenceForm(null, null, null, null, null, null);
		}

	}

}
