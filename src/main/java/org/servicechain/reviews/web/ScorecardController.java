package org.servicechain.reviews.web;

import java.time.LocalDate;
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

import org.servicechain.reviews.ReviewAccessPolicy;
import org.servicechain.reviews.Scorecard;
import org.servicechain.reviews.ScorecardMeasure;
import org.servicechain.reviews.Scorecards;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * Scorecards for staff (PM-2): every partner's and team's card for a period, worst first;
 * one card with its evidence, trend and disputes; how measures are weighed.
 */
@Controller
@RequestMapping("/reviews")
class ScorecardController {

	/** Relationship comments per page on the card. */
	static final int COMMENTS_PAGE = 10;

	private final Scorecards scorecards;

	private final ReviewAccessPolicy policy;

	ScorecardController(Scorecards scorecards, ReviewAccessPolicy policy) {
		this.scorecards = scorecards;
		this.policy = policy;
	}

	@GetMapping("/scorecards")
	String overview(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Scorecards.Period period = this.scorecards.period(from, to);
		model.addAttribute("period", period);
		model.addAttribute("q", q);
		try {
			model.addAttribute("cards", this.scorecards.overview(period.from(), period.to(), q, page, 50));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex));
			Scorecards.Period fallback = this.scorecards.defaultPeriod();
			model.addAttribute("cards", this.scorecards.overview(fallback.from(), fallback.to(), 0, 50));
		}
		model.addAttribute("settings", this.scorecards.settings());
		model.addAttribute("canManage", this.policy.canManage());
		return "reviews/scorecards";
	}

	/**
	 * The dashboard's panel (managers): partners and teams failing or to watch over the
	 * default period, and disputes waiting for an answer.
	 */
	@GetMapping("/attention")
	String attention(Model model) {
		Scorecards.Period period = this.scorecards.defaultPeriod();
		java.util.List<org.servicechain.reviews.ScorecardSummary> worrying = this.scorecards
			.overview(period.from(), period.to(), 0, org.servicechain.shared.Paging.MAX_SIZE)
			.items()
			.stream()
			.filter((card) -> card.verdict() == org.servicechain.reviews.ScorecardPolicy.Verdict.FAILING
					|| card.verdict() == org.servicechain.reviews.ScorecardPolicy.Verdict.WATCH)
			.toList();
		model.addAttribute("worrying", worrying);
		model.addAttribute("openDisputes", this.scorecards.openDisputes());
		model.addAttribute("period", period);
		return "reviews/attention :: panel";
	}

	@GetMapping("/scorecards/{partyId}")
	String card(@PathVariable UUID partyId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int commentsPage, Model model) {
		Scorecards.Period period = this.scorecards.period(from, to);
		Scorecard card = this.scorecards.scorecard(partyId, period.from(), period.to());
		model.addAttribute("card", card);
		model.addAttribute("measures", ScorecardMeasure.values());
		// How the party rated us in the period, beside its card: it is about us, so never
		// one of its measures. The same figures as the API's; the comments are shown to
		// whoever the feedback policy shows the rating to.
		model.addAttribute("ratesUs", card.ratesUs());
		model.addAttribute("ratesUsComments", (card.ratesUs() != null) ? this.scorecards.ratesUsComments(card.partyId(),
				card.from(), card.to(), Math.min(Math.max(commentsPage, 0), 100_000), COMMENTS_PAGE) : null);
		model.addAttribute("canManage", this.policy.canManage());
		model.addAttribute("portal", false);
		return "reviews/scorecard";
	}

	@PostMapping("/disputes/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam long version, @RequestParam UUID partyId,
			@RequestParam(required = false) @Nullable String answer, RedirectAttributes redirect) {
		try {
			this.scorecards.answer(id, version, answer);
			redirect.addFlashAttribute("message", "Your answer was recorded; the party sees it on its scorecard.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not answered: " + ex.getMessage());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error", "Someone answered this dispute meanwhile; read their answer below.");
		}
		return "redirect:/reviews/scorecards/" + partyId + "#disputes";
	}

	@PostMapping("/settings/{id}")
	String changeSetting(@PathVariable UUID id, @RequestParam long version, @RequestParam String weight,
			@RequestParam String threshold, @RequestParam(defaultValue = "false") boolean critical,
			RedirectAttributes redirect) {
		try {
			this.scorecards.changeSetting(id, version, FormNumbers.integer("weight", weight),
					FormNumbers.decimal("threshold", threshold), critical);
			redirect.addFlashAttribute("message", "The measure's weighting was changed; every card uses it now.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not changed: " + ex.getMessage());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error",
					"Someone changed this measure meanwhile; the table shows their values. Nothing was saved.");
		}
		return "redirect:/reviews/scorecards#settings";
	}

}
