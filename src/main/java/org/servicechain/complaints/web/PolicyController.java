package org.servicechain.complaints.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.businesscalendars.BusinessCalendarManagement;
import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.complaints.ComplaintFilter;
import org.servicechain.complaints.ComplaintPolicyManagement;
import org.servicechain.complaints.ComplaintQueries;
import org.servicechain.complaints.ComplaintStep;
import org.servicechain.complaints.PolicyDetails;
import org.servicechain.complaints.PolicyView;
import org.servicechain.shared.ConflictException;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;

/**
 * The complaints policy page (managers edit, staff read) and the reports (CMP-2, CMP-4).
 * Timescales are typed in working days ({@code 1d}), weeks of working days ({@code 8w}),
 * hours ({@code 8h}) or ISO-8601; a working day is the chosen calendar's.
 */
@Controller
@RequestMapping("/complaints")
class PolicyController {

	static final String POLICY = "complaints/policy";

	static final String REPORTS = "complaints/reports";

	private static final int VERSIONS_PER_PAGE = 20;

	private static final Pattern HUMAN = Pattern.compile("(\\d+)\\s*([dwh])");

	private final ComplaintPolicyManagement policy;

	private final ComplaintQueries queries;

	private final BusinessCalendarManagement calendars;

	private final Validator validator;

	PolicyController(ComplaintPolicyManagement policy, ComplaintQueries queries, BusinessCalendarManagement calendars,
			Validator validator) {
		this.policy = policy;
		this.queries = queries;
		this.calendars = calendars;
		this.validator = validator;
	}

	@GetMapping("/reports")
	String reports(Model model) {
		org.servicechain.complaints.ComplaintReport report = this.queries.report(ComplaintFilter.none());
		model.addAttribute("report", report);
		model.addAttribute("charts", java.util.List.of(new Chart("By cause", report.byCause()),
				new Chart("By party of the chain", report.byParty()), new Chart("By service", report.byService()),
				new Chart("By severity", report.bySeverity()), new Chart("Time to resolve", report.timeToResolve())));
		return REPORTS;
	}

	record Chart(String title, java.util.List<org.servicechain.complaints.ComplaintReport.Line> lines) {

	}

	@GetMapping("/policy")
	String show(@RequestParam(name = "versions", defaultValue = "0") int versionsPage, Model model) {
		PolicyView current = this.policy.current().orElse(null);
		Map<String, String> form = new LinkedHashMap<>();
		if (current != null) {
			form.put("calendarId", current.calendarId().toString());
			for (ComplaintStep step : ComplaintStep.values()) {
				form.put(step.name().toLowerCase(Locale.ROOT),
						typed(current.targets().get(step), current.workingDay()));
			}
			form.put("warningPercent", String.valueOf(current.warningPercent()));
			form.put("followUpDays", String.valueOf(current.followUpDays()));
			form.put("discretionLimit", current.discretionLimit().toPlainString());
			form.put("seniorThreshold",
					(current.seniorThreshold() != null) ? current.seniorThreshold().toPlainString() : "");
			form.put("seniorLevel", (current.seniorLevel() != null) ? current.seniorLevel().toString() : "");
			form.put("ombudsmanName", current.ombudsmanName());
			form.put("ombudsmanMonths", String.valueOf(current.ombudsmanMonths()));
			form.put("acknowledgeTemplate", current.acknowledgeTemplate());
		}
		return page(current, form, Map.of(), versionsPage, model);
	}

	private String page(@Nullable PolicyView current, Map<String, String> form, Map<String, String> errors,
			int versionsPage, Model model) {
		model.addAttribute("current", current);
		model.addAttribute("versions", this.policy.versions(versionsPage, VERSIONS_PER_PAGE));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("steps", ComplaintStep.values());
		model.addAttribute("calendars", this.calendars.list());
		return POLICY;
	}

	@PostMapping("/policy")
	String save(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		PolicyView current = this.policy.current().orElse(null);
		Map<String, String> errors = new LinkedHashMap<>();
		PolicyDetails details = parse(form, errors);
		if (details != null && errors.isEmpty()) {
			errors.putAll(FormErrors.of(this.validator, details));
		}
		if (details != null && errors.isEmpty()) {
			try {
				PolicyView saved = this.policy.save(Integer.parseInt(form.getOrDefault("number", "0")), details);
				redirect.addFlashAttribute("message", "Policy version " + saved.number() + " is in force.");
				return "redirect:/complaints/policy";
			}
			catch (InvalidInputException ex) {
				errors.putAll(FormErrors.of(ex));
			}
			catch (ConflictException ex) {
				errors.put("number", ex.getMessage());
			}
		}
		return page(current, form, errors, 0, model);
	}

	private @Nullable PolicyDetails parse(Map<String, String> form, Map<String, String> errors) {
		UUID calendarId;
		Duration workingDay;
		try {
			calendarId = UUID.fromString(form.getOrDefault("calendarId", ""));
			BusinessCalendar calendar = this.calendars.calendar(calendarId);
			long days = calendar.weeklySchedule().values().stream().filter((hours) -> !hours.isEmpty()).count();
			workingDay = (days == 0) ? Duration.ofHours(8) : calendar.standardWeeklyWorkingTime().dividedBy(days);
		}
		catch (RuntimeException ex) {
			errors.put("calendarId", "Choose a calendar");
			return null;
		}
		Map<ComplaintStep, Duration> targets = new LinkedHashMap<>();
		for (ComplaintStep step : ComplaintStep.values()) {
			String field = step.name().toLowerCase(Locale.ROOT);
			Duration duration = duration(form.getOrDefault(field, ""), workingDay);
			if (duration == null) {
				errors.put(field, "Type a timescale such as 1d (working days), 8w, 4h or PT8H");
			}
			else {
				targets.put(step, duration);
			}
		}
		try {
			if (!errors.isEmpty()) {
				return null;
			}
			return new PolicyDetails(calendarId, targets.get(ComplaintStep.ACKNOWLEDGE),
					targets.get(ComplaintStep.APOLOGISE), targets.get(ComplaintStep.ANALYSE),
					targets.get(ComplaintStep.ACT), targets.get(ComplaintStep.ASSURE),
					number(form, "warningPercent", errors), number(form, "followUpDays", errors),
					money(form, "discretionLimit", errors), optionalMoney(form, "seniorThreshold", errors),
					optionalNumber(form, "seniorLevel", errors), form.getOrDefault("ombudsmanName", ""),
					number(form, "ombudsmanMonths", errors), form.getOrDefault("acknowledgeTemplate", ""));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static @Nullable Duration duration(String text, Duration workingDay) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		if (value.isEmpty()) {
			return null;
		}
		if (value.startsWith("p")) {
			try {
				return Duration.parse(value.toUpperCase(Locale.ROOT));
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		Matcher matcher = HUMAN.matcher(value);
		if (!matcher.matches()) {
			return null;
		}
		long amount = Long.parseLong(matcher.group(1));
		return switch (matcher.group(2)) {
			case "d" -> workingDay.multipliedBy(amount);
			case "w" -> workingDay.multipliedBy(amount * 5);
			default -> Duration.ofHours(amount);
		};
	}

	static String typed(Duration duration, Duration workingDay) {
		if (!workingDay.isZero() && duration.toMinutes() % workingDay.toMinutes() == 0) {
			long days = duration.toMinutes() / workingDay.toMinutes();
			return (days >= 10 && days % 5 == 0) ? (days / 5) + "w" : days + "d";
		}
		return (duration.toMinutes() % 60 == 0) ? duration.toHours() + "h" : duration.toString();
	}

	private static int number(Map<String, String> form, String field, Map<String, String> errors) {
		try {
			return Integer.parseInt(form.getOrDefault(field, "").strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, "Type a whole number");
			throw new IllegalArgumentException(field);
		}
	}

	private static @Nullable Integer optionalNumber(Map<String, String> form, String field,
			Map<String, String> errors) {
		return form.getOrDefault(field, "").isBlank() ? null : number(form, field, errors);
	}

	private static BigDecimal money(Map<String, String> form, String field, Map<String, String> errors) {
		try {
			return new BigDecimal(form.getOrDefault(field, "").strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, "Type an amount, e.g. 50 or 49.99");
			throw new IllegalArgumentException(field);
		}
	}

	private static @Nullable BigDecimal optionalMoney(Map<String, String> form, String field,
			Map<String, String> errors) {
		return form.getOrDefault(field, "").isBlank() ? null : money(form, field, errors);
	}

}
