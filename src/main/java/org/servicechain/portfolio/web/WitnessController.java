package org.servicechain.portfolio.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.servicechain.portfolio.PortfolioManagement;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;

/**
 * The witness page behind a single-use link: works without signing in, shows the one
 * piece of evidence (customers' personal data removed) and takes one answer before the
 * link expires. An unknown link answers "not found".
 */
@Controller
@RequestMapping("/witness/{token}")
class WitnessController {

	static final String PAGE = "portfolio/witness";

	private final PortfolioManagement portfolios;

	WitnessController(PortfolioManagement portfolios) {
		this.portfolios = portfolios;
	}

	@GetMapping
	String show(@PathVariable String token, Model model) {
		model.addAttribute("form", this.portfolios.witness(token));
		model.addAttribute("action", "/witness/" + token);
		model.addAttribute("errors", java.util.Map.of());
		return PAGE;
	}

	@PostMapping
	String answer(@PathVariable String token, @RequestParam(required = false) @Nullable Boolean confirmed,
			@RequestParam(required = false) @Nullable String statement, Model model) {
		try {
			model.addAttribute("form", this.portfolios.answerWitness(token, confirmed, statement));
			model.addAttribute("thanks", true);
			model.addAttribute("errors", java.util.Map.of());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("form", this.portfolios.witness(token));
			model.addAttribute("errors", FormErrors.of(ex));
			model.addAttribute("statement", statement);
		}
		model.addAttribute("action", "/witness/" + token);
		return PAGE;
	}

}
