package org.servicechain.workforce.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.workforce.DemandForecasting;
import org.servicechain.workforce.PatternView;
import org.servicechain.workforce.WhatIfScenario;
import org.servicechain.workforce.WorkforceAccessPolicy;
import org.servicechain.workforce.WorkforceManagement;
import org.servicechain.workforce.ErlangC;

/**
 * Demand and capacity for managers (WF-2): the forecast with its method and error, the
 * coming weeks flagged busy or quiet, a week hour by hour coloured by staffing, the work
 * falling due, forecast adjustments, and an Erlang C calculator for telephone queues.
 */
@Controller
class DemandController {

	private final DemandForecasting demand;

	private final WorkforceManagement workforce;

	private final WorkforceAccessPolicy policy;

	DemandController(DemandForecasting demand, WorkforceManagement workforce, WorkforceAccessPolicy policy) {
		this.demand = demand;
		this.workforce = workforce;
		this.policy = policy;
	}

	@GetMapping("/team/demand")
	String page(@RequestParam(required = false) @Nullable UUID service,
			@RequestParam(required = false) @Nullable String week, Model model) {
		LocalDate shown = null;
		try {
			shown = (week == null || week.isBlank()) ? null : LocalDate.parse(week.strip());
		}
		catch (DateTimeParseException ex) {
			model.addAttribute("errors", Map.of("week", "'" + week + "' is not a date (year-month-day)"));
		}
		try {
			model.addAttribute("demand", this.demand.demand(service, shown));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
			model.addAttribute("demand", null);
			if (service != null) {
				// Still offer the other services.
				try {
					model.addAttribute("services", this.demand.demand(null, null).services());
				}
				catch (InvalidInputException none) {
					// No history at all: nothing to offer.
				}
			}
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("days", new String[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" });
		return "workforce/demand";
	}

	/**
	 * The what-if page: tick who would be off and when, or change demand, and see which
	 * agreements' deadlines in the coming week would be missed.
	 */
	@GetMapping("/team/demand/what-if")
	String whatIf(@RequestParam(name = "off", required = false) @Nullable List<String> off,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") String demand, @RequestParam(defaultValue = "false") boolean run,
			Model model) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		LocalDate first = date("from", from, errors);
		LocalDate last = date("to", to, errors);
		int percent = 0;
		try {
			percent = Integer.parseInt(demand.strip());
		}
		catch (NumberFormatException ex) {
			errors.put("demandChangePercent", "'" + demand + "' is not a whole number of per cent");
		}
		if (!this.policy.isManager()) {
			errors.put("peopleOff", "only a manager or an administrator may run a what-if");
		}
		List<String> people = (off != null) ? off : List.of();
		model.addAttribute("off", people);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("demand", demand);
		if (run && errors.isEmpty()) {
			List<WhatIfScenario.PersonOff> away = people.stream()
				.map((username) -> new WhatIfScenario.PersonOff(username, first, last))
				.toList();
			try {
				model.addAttribute("result", this.demand.whatIf(new WhatIfScenario(away, percent)));
			}
			catch (InvalidInputException ex) {
				// Per-person fields name the form's single pair of dates.
				FormErrors.of(ex)
					.forEach((field, message) -> errors.put(field.replaceFirst("^peopleOff\\[\\d+]\\.", ""), message));
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("people", this.policy.isManager()
				? this.workforce.patterns().stream().filter(PatternView::hasPattern).toList() : List.of());
		return "workforce/what-if";
	}

	private static @Nullable LocalDate date(String field, @Nullable String value, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "'" + value + "' is not a date (year-month-day)");
			return null;
		}
	}

	@PostMapping("/team/demand/adjustments")
	String adjust(@RequestParam(required = false) @Nullable UUID service,
			@RequestParam(required = false) @Nullable LocalDate week, @RequestParam(defaultValue = "0") int percent,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		try {
			this.demand.adjust(service, week, percent, reason);
			redirect.addFlashAttribute("message",
					"Forecast adjusted by " + percent + " % for the week of " + week + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
		}
		return "redirect:/team/demand" + ((service != null) ? "?service=" + service : "");
	}

	/**
	 * Erlang C for a telephone queue: how many agents a half-hour needs.
	 */
	@GetMapping("/team/demand/erlang")
	String erlang(@RequestParam(defaultValue = "100") double calls, @RequestParam(defaultValue = "180") double aht,
			@RequestParam(defaultValue = "20") double target, @RequestParam(defaultValue = "80") double level,
			@RequestParam(defaultValue = "30") double shrinkage, Model model) {
		if (calls <= 0 || aht <= 0 || target < 0 || level <= 0 || level >= 100 || shrinkage < 0 || shrinkage >= 100) {
			model.addAttribute("erlangError",
					"Calls and handling time must be above 0, the service level between 0 and 100 %, shrinkage below 100 %.");
			return "workforce/demand :: erlang";
		}
		double intensity = ErlangC.trafficIntensity(calls, aht, 1800);
		int agents = ErlangC.agentsFor(intensity, aht, target, level / 100);
		model.addAttribute("calls", calls);
		model.addAttribute("aht", aht);
		model.addAttribute("target", target);
		model.addAttribute("level", level);
		model.addAttribute("shrinkage", shrinkage);
		model.addAttribute("intensity", intensity);
		model.addAttribute("agents", agents);
		model.addAttribute("serviceLevel", ErlangC.serviceLevel(agents, intensity, aht, target));
		model.addAttribute("asa", ErlangC.averageSpeedOfAnswer(agents, intensity, aht));
		model.addAttribute("occupancy", ErlangC.occupancy(agents, intensity));
		model.addAttribute("rostered", ErlangC.rostered(agents, shrinkage / 100));
		return "workforce/demand :: erlang";
	}

}
