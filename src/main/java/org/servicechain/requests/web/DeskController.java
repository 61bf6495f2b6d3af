package org.servicechain.requests.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.agreements.Priority;
import org.servicechain.chain.ChainManagement;
import org.servicechain.requests.DeskManagement;
import org.servicechain.requests.Level;
import org.servicechain.requests.PriorityMatrix;
import org.servicechain.requests.RequestQueries;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * How the desk works (REQ-4, REQ-5): the priority matrix, categories, the closing of
 * quiet resolved requests, automatic assignment, and who works which queue with which
 * skills. Staff read it; managers change it.
 */
@Controller
@RequestMapping("/desk")
class DeskController {

	private final DeskManagement desk;

	private final RequestQueries queries;

	private final ChainManagement chain;

	DeskController(DeskManagement desk, RequestQueries queries, ChainManagement chain) {
		this.desk = desk;
		this.queries = queries;
		this.chain = chain;
	}

	@GetMapping
	String desk(Model model) {
		model.addAttribute("desk", this.desk.desk());
		model.addAttribute("levels", Level.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("teams", this.queries.teams());
		model.addAttribute("services", this.chain.services());
		model.addAttribute("organisations", this.desk.organisations());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "requests/desk";
	}

	@PostMapping
	String change(@RequestParam long version, @RequestParam Map<String, String> fields,
			@RequestParam(defaultValue = "") String categories, @RequestParam(defaultValue = "5") String closeAfterDays,
			@RequestParam(defaultValue = "false") boolean autoAssign, Model model, RedirectAttributes redirect) {
		try {
			Map<Level, Map<Level, Priority>> cells = new EnumMap<>(Level.class);
			for (Level impact : Level.values()) {
				Map<Level, Priority> row = new EnumMap<>(Level.class);
				for (Level urgency : Level.values()) {
					String value = fields.get("matrix." + impact + "." + urgency);
					row.put(urgency, parsePriority(value, impact, urgency));
				}
				cells.put(impact, row);
			}
			int days;
			try {
				days = Integer.parseInt(closeAfterDays.strip());
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("closeAfterDays", "number", "give a whole number of days");
			}
			List<String> lines = new ArrayList<>(List.of(categories.split("\\R")));
			this.desk.change(version, new PriorityMatrix(cells), lines, days, autoAssign);
			redirect.addFlashAttribute("message", "The desk's settings are saved.");
			return "redirect:/desk";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
			return desk(model);
		}
		catch (StaleVersionException ex) {
			model.addAttribute("conflict", ex);
			return desk(model);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("error", "Someone else saved the settings at the same moment; yours were not saved.");
			return desk(model);
		}
	}

	@PostMapping("/profiles/{username}")
	String profile(@PathVariable String username, @RequestParam(required = false) @Nullable UUID team,
			@RequestParam(name = "services", required = false) @Nullable List<UUID> services,
			@RequestParam(defaultValue = "") String categories,
			@RequestParam(defaultValue = "false") boolean autoAssign, Model model, RedirectAttributes redirect) {
		try {
			Set<String> skills = new LinkedHashSet<>();
			for (String line : categories.split("\\R|,")) {
				if (!line.isBlank()) {
					skills.add(line.strip());
				}
			}
			this.desk.changeProfile(username, team, services == null ? Set.of() : new LinkedHashSet<>(services), skills,
					autoAssign);
			redirect.addFlashAttribute("message", "Saved how " + username + " takes work.");
			return "redirect:/desk#people";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getViolations().get(0).message());
			return desk(model);
		}
	}

	@PostMapping("/organisations/{party}")
	String share(@PathVariable UUID party, @RequestParam(defaultValue = "false") boolean share,
			RedirectAttributes redirect) {
		this.desk.shareWithinOrganisation(party, share);
		redirect.addFlashAttribute("message", share ? "Its contacts now see all of its requests."
				: "Its contacts now see only the requests they raised.");
		return "redirect:/desk#organisations";
	}

	private static Priority parsePriority(@Nullable String value, Level impact, Level urgency) {
		try {
			return Priority.valueOf(String.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("matrix." + impact + "." + urgency, "priority",
					"choose a priority for " + impact.label().toLowerCase(java.util.Locale.ROOT) + " impact and "
							+ urgency.label().toLowerCase(java.util.Locale.ROOT) + " urgency");
		}
	}

}
