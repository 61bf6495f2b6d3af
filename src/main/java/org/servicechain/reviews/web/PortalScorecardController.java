package org.servicechain.reviews.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.identity.CurrentUser;
import org.servicechain.reviews.Scorecard;
import org.servicechain.reviews.ScorecardMeasure;
import org.servicechain.reviews.Scorecards;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;

/**
 * A partner's own scorecard in the portal (PM-2): the same card staff see, with a form to
 * dispute a figure. Customers and parties without a card get "not found".
 */
@Controller
@RequestMapping("/portal/scorecard")
class PortalScorecardController {

	/** Relationship comments per page on the card. */
	static final int COMMENTS_PAGE = 10;

	private final Scorecards scorecards;

	PortalScorecardController(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	@GetMapping
	String card(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int commentsPage, Model model) {
		Scorecards.Period period = this.scorecards.period(from, to);
		Scorecard card = this.scorecards.scorecard(ownParty(), period.from(), period.to());
		model.addAttribute("card", card);
		model.addAttribute("measures", ScorecardMeasure.values());
		// How the party rated us in the period, beside its card: it is about us, so never
		// one of its measures. The same figures as the API's; the comments are shown to
		// whoever the feedback policy shows the rating to.
		model.addAttribute("ratesUs", card.ratesUs());
		model.addAttribute("ratesUsComments", (card.ratesUs() != null) ? this.scorecards.ratesUsComments(card.partyId(),
				card.from(), card.to(), Math.min(Math.max(commentsPage, 0), 100_000), COMMENTS_PAGE) : null);
		model.addAttribute("canManage", false);
		model.addAttribute("portal", true);
		return "reviews/scorecard";
	}

	@PostMapping("/disputes")
	String dispute(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable ScorecardMeasure measure,
			@RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		try {
			this.scorecards.dispute(ownParty(), from, to, measure, comment);
			redirect.addFlashAttribute("message", "Your dispute was sent; the answer will appear on this page.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not sent: " + ex.getMessage());
			redirect.addFlashAttribute("comment", comment);
		}
		return "redirect:/portal/scorecard?from=" + from + "&to=" + to + "#disputes";
	}

	private static UUID ownParty() {
		UUID party = CurrentUser.get().map(CurrentUser::partyId).orElse(null);
		if (party == null) {
			throw new NotFoundException("Scorecard", new UUID(0, 0));
		}
		return party;
	}

}
