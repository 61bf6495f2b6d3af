package org.servicechain.businesscalendars.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.businesscalendars.CalendarAccessPolicy;
import org.servicechain.businesscalendars.CalendarView;
import org.servicechain.businesscalendars.DueQuery;
import org.servicechain.businesscalendars.DueView;
import org.servicechain.businesscalendars.HolidayImport;
import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.calendar.NoWorkingTimeException;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * Pages for business calendars (AGREE-5): the list; a calendar's page with its working
 * week drawn, holidays, special working days, a "raised now, due when?" preview, holiday
 * import and history; the create and edit forms.
 */
@Controller
@RequestMapping("/calendars")
class CalendarController {

	private static final String LIST = "businesscalendars/calendar-list";

	private static final String DETAIL = "businesscalendars/calendar-detail";

	private static final String FORM = "businesscalendars/calendar-form";

	private final BusinessCalendarManagement calendars;

	private final CalendarAccessPolicy policy;

	private final Validator validator;

	private final Clock clock;

	CalendarController(BusinessCalendarManagement calendars, CalendarAccessPolicy policy, Validator validator,
			Clock clock) {
		this.calendars = calendars;
		this.policy = policy;
		this.validator = validator;
		this.clock = clock;
	}

	@ModelAttribute
	void lookups(Model model) {
		model.addAttribute("canEdit", this.policy.canEdit());
	}

	@GetMapping
	String list(Model model) {
		List<CalendarView> all = this.calendars.list();
		model.addAttribute("calendars", all);
		model.addAttribute("today", LocalDate.now(this.clock));
		return LIST;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		populate(id, model);
		model.addAttribute("preview", Preview.empty());
		return DETAIL;
	}

	/**
	 * The "raised then, due when?" preview: the whole page for an ordinary request (so it
	 * works without JavaScript and can be bookmarked), only the preview for htmx.
	 */
	@GetMapping("/{id}/due")
	String due(@PathVariable UUID id, @RequestParam(required = false) @Nullable String start,
			@RequestParam(required = false) @Nullable String duration,
			@RequestParam(required = false) @Nullable Integer days,
			@RequestParam(required = false) @Nullable Integer hours,
			@RequestParam(required = false) @Nullable Integer minutes,
			@RequestParam(defaultValue = "false") boolean back, HtmxRequest htmx, Model model) {
		CalendarView calendar = this.calendars.get(id);
		// People type hours and minutes; the API's ISO-8601 duration is still understood.
		if ((duration == null || duration.isBlank()) && (hours != null || minutes != null)) {
			java.time.Duration typed = java.time.Duration.ofHours((hours != null) ? hours : 0)
				.plusMinutes((minutes != null) ? minutes : 0);
			duration = (back ? typed.negated() : typed).toString();
		}
		Preview preview;
		try {
			preview = Preview.answered(start, duration, days,
					this.calendars.due(id, DueQuery.parse(start, duration, days)));
		}
		catch (InvalidInputException ex) {
			preview = Preview.failed(start, duration, days, FormErrors.of(ex));
		}
		model.addAttribute("preview", preview);
		if (htmx.isHtmxRequest()) {
			model.addAttribute("calendar", calendar);
			return DETAIL + " :: preview";
		}
		populate(id, model);
		return DETAIL;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		requireEdit();
		model.addAttribute("form", CalendarForm.empty());
		model.addAttribute("errors", Map.of());
		return form(model);
	}

	@PostMapping
	String create(@ModelAttribute("form") CalendarForm form, Model model, RedirectAttributes redirect) {
		CalendarForm.Parsed parsed = form.parse();
		Map<String, String> errors = errorsOf(parsed);
		if (errors.isEmpty()) {
			try {
				CalendarView calendar = this.calendars.create(parsed.details());
				redirect.addFlashAttribute("message", "Calendar '" + calendar.name() + "' created.");
				return "redirect:/calendars/" + calendar.id();
			}
			catch (InvalidInputException ex) {
				errors = parsed.errorsOf(ex);
			}
		}
		model.addAttribute("errors", errors);
		return form(model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		requireEdit();
		CalendarView calendar = this.calendars.get(id);
		model.addAttribute("calendar", calendar);
		model.addAttribute("form", CalendarForm.of(calendar));
		model.addAttribute("errors", Map.of());
		return form(model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") CalendarForm form, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("calendar", this.calendars.get(id));
		CalendarForm.Parsed parsed = form.parse();
		Map<String, String> errors = errorsOf(parsed);
		if (errors.isEmpty()) {
			try {
				this.calendars.update(id, (form.version() == null) ? -1 : form.version(), parsed.details());
				redirect.addFlashAttribute("message", "Saved.");
				return "redirect:/calendars/" + id;
			}
			catch (InvalidInputException ex) {
				errors = parsed.errorsOf(ex);
			}
			catch (StaleVersionException ex) {
				model.addAttribute("conflict", ex);
				model.addAttribute("form", form.withVersion(ex.getCurrentVersion()));
			}
		}
		model.addAttribute("errors", errors);
		return form(model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.calendars.delete(id, version);
			redirect.addFlashAttribute("message", "Calendar deleted.");
			return "redirect:/calendars";
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/calendars/" + id;
		}
	}

	@PostMapping("/{id}/holidays")
	String importHolidays(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "Choose an .ics file to import holidays from.");
			return "redirect:/calendars/" + id + "#holidays";
		}
		try (InputStream ics = file.getInputStream()) {
			HolidayImport result = this.calendars.importHolidays(id, version, ics);
			redirect.addFlashAttribute("message",
					"Imported " + result.found() + " holidays from " + file.getOriginalFilename() + ": "
							+ result.added() + " new, " + result.replaced() + " renamed, "
							+ (result.found() - result.added() - result.replaced()) + " already there.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "No holidays were imported: " + ex.getMessage());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/calendars/" + id + "#holidays";
	}

	/**
	 * Forms are refused up front, so nobody fills one in to be told on saving.
	 */
	private void requireEdit() {
		if (!this.policy.canEdit()) {
			throw new AccessDeniedException("Only administrators and managers may change business calendars");
		}
	}

	private void populate(UUID id, Model model) {
		CalendarView view = this.calendars.get(id);
		BusinessCalendar calendar = this.calendars.calendar(id);
		ZoneId zone = calendar.zone();
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
		LocalDate today = LocalDate.ofInstant(now, zone);
		model.addAttribute("calendar", view);
		model.addAttribute("week", WeekPicture.of(calendar.weeklySchedule()));
		model.addAttribute("localNow", LocalDateTime.ofInstant(now, zone));
		model.addAttribute("openNow", calendar.isWorking(now));
		model.addAttribute("nextOpening", nextOpening(calendar, now));
		model.addAttribute("upcomingHolidays", view.holidaysFrom(today));
		model.addAttribute("pastHolidays", view.holidaysBefore(today));
		model.addAttribute("history", this.calendars.history(id));
	}

	private static @Nullable LocalDateTime nextOpening(BusinessCalendar calendar, Instant now) {
		try {
			return LocalDateTime.ofInstant(calendar.nextWorkingInstant(now), calendar.zone());
		}
		catch (NoWorkingTimeException ex) {
			return null;
		}
	}

	private Map<String, String> errorsOf(CalendarForm.Parsed parsed) {
		Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
		FormErrors.of(this.validator, parsed.details())
			.forEach((field, message) -> errors
				.putIfAbsent(field.startsWith("holidays") || field.startsWith("specialWorkingDays")
						? field.replaceFirst("\\[.*", "") : field, message));
		return errors;
	}

	private String form(Model model) {
		model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
		model.addAttribute("weekdays", DayOfWeek.values());
		return FORM;
	}

	/**
	 * What the preview form holds and, once asked, its answer or what is wrong.
	 */
	record Preview(@Nullable String start, @Nullable String duration, @Nullable Integer days, @Nullable DueView due,
			Map<String, String> errors) {

		static Preview empty() {
			return new Preview(null, "PT4H", null, null, Map.of());
		}

		/** The working time asked about, as whole hours for the form (4 for PT4H30M). */
		public @Nullable Long hours() {
			java.time.Duration asked = asked();
			return (asked != null) ? asked.abs().toHours() : null;
		}

		/** The minutes beyond the whole hours, for the form. */
		public @Nullable Long minutes() {
			java.time.Duration asked = asked();
			return (asked != null) ? Long.valueOf(asked.abs().toMinutesPart()) : null;
		}

		/** Whether the working time was asked for backwards (the latest start). */
		public boolean back() {
			java.time.Duration asked = asked();
			return asked != null && asked.isNegative();
		}

		/** The working time of the answer in words, e.g. {@code 4 h 30 min}. */
		public String durationText() {
			if (this.due == null || this.due.duration() == null) {
				return "";
			}
			try {
				java.time.Duration d = java.time.Duration.parse(this.due.duration()).abs();
				return d.toHours() + " h" + ((d.toMinutesPart() != 0) ? " " + d.toMinutesPart() + " min" : "");
			}
			catch (java.time.format.DateTimeParseException ex) {
				return this.due.duration();
			}
		}

		private java.time.@Nullable Duration asked() {
			if (this.duration == null || this.duration.isBlank()) {
				return null;
			}
			try {
				return java.time.Duration.parse(this.duration.strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				return null;
			}
		}

		static Preview answered(@Nullable String start, @Nullable String duration, @Nullable Integer days,
				DueView due) {
			return new Preview(start, duration, days, due, Map.of());
		}

		static Preview failed(@Nullable String start, @Nullable String duration, @Nullable Integer days,
				Map<String, String> errors) {
			return new Preview(start, duration, days, null, errors);
		}

		/**
		 * @return whether the answer went back in time (a negative duration or days).
		 */
		public boolean backwards() {
			return this.due != null && ((this.due.duration() != null && this.due.duration().startsWith("PT-"))
					|| (this.due.days() != null && this.due.days() < 0));
		}

	}

}
