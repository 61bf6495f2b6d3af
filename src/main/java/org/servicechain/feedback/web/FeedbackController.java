package org.servicechain.feedback.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.PartyView;
import org.servicechain.feedback.FeedbackAnalysis;
import org.servicechain.feedback.FeedbackChannel;
import org.servicechain.feedback.FeedbackKind;
import org.servicechain.feedback.FeedbackManagement;
import org.servicechain.feedback.ScoreBoard;
import org.servicechain.feedback.SurveyKind;
import org.servicechain.feedback.ThemeAlerting;
import org.servicechain.feedback.ThemeDecisionKind;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;

/**
 * The staff pages of feedback (FB-2 … FB-5): capture in a few seconds beside the latest
 * feedback; scores and trends as charts; themes ranked for deciding what to act on; theme
 * alerts; and the dashboard hint.
 */
@Controller
@RequestMapping("/feedback")
class FeedbackController {

	static final String OVERVIEW = "feedback/overview";

	static final String ANALYSIS = "feedback/analysis";

	static final String THEMES = "feedback/themes";

	static final String ALERTS = "feedback/alerts";

	static final String ALERT = "feedback/alert";

	static final String DASHBOARD = "feedback/dashboard :: hint";

	private final FeedbackManagement feedback;

	private final FeedbackAnalysis analysis;

	private final ThemeAlerting alerting;

	private final ChainManagement chain;

	FeedbackController(FeedbackManagement feedback, FeedbackAnalysis analysis, ThemeAlerting alerting,
			ChainManagement chain) {
		this.feedback = feedback;
		this.analysis = analysis;
		this.alerting = alerting;
		this.chain = chain;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "version");
	}

	// Capture and the latest

	@GetMapping
	String overview(@RequestParam(required = false) @Nullable FeedbackKind kind,
			@RequestParam(defaultValue = "0") int page, Model model) {
		return overview(CaptureForm.empty(), Map.of(), kind, page, model);
	}

	@PostMapping
	String capture(@ModelAttribute("form") CaptureForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.of(binding);
		if (!errors.isEmpty()) {
			return overview(form, errors, null, 0, model);
		}
		try {
			this.feedback.capture(form.toCommand());
			redirect.addFlashAttribute("message", "Feedback saved.");
			return "redirect:/feedback";
		}
		catch (InvalidInputException ex) {
			return overview(form, FormErrors.of(ex), null, 0, model);
		}
	}

	private String overview(CaptureForm form, Map<String, String> errors, @Nullable FeedbackKind kind, int page,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kind", kind);
		model.addAttribute("page", this.feedback.comments(kind, page, 25));
		model.addAttribute("kinds", FeedbackKind.values());
		model.addAttribute("channels", FeedbackChannel.values());
		List<PartyView> parties = this.chain.allParties();
		model.addAttribute("customers", parties.stream().filter((p) -> p.kind() == PartyKind.CUSTOMER).toList());
		model.addAttribute("parties", parties.stream().filter((p) -> p.kind() != PartyKind.CUSTOMER).toList());
		model.addAttribute("services", this.chain.services());
		return OVERVIEW;
	}

	// Scores

	@GetMapping("/analysis")
	String analysis(@RequestParam(defaultValue = "CSAT") SurveyKind kind, @RequestParam(defaultValue = "12") int weeks,
			Model model) {
		ScoreBoard board = this.analysis.scores(kind, weeks);
		model.addAttribute("board", board);
		model.addAttribute("kinds", SurveyKind.values());
		model.addAttribute("weeks", weeks);
		model.addAttribute("trendChart", Charts.line(board.byWeek(), kind.label()));
		model.addAttribute("serviceChart", Charts.bars(board.byService(), kind.label()));
		model.addAttribute("partyChart", Charts.bars(board.byParty(), kind.label()));
		model.addAttribute("gapChart", (board.servqual() != null) ? Charts.gaps(board.servqual()) : null);
		return ANALYSIS;
	}

	// Themes and decisions

	@GetMapping("/themes")
	String themes(@RequestParam(defaultValue = "90") int days, Model model) {
		return themes(days, Map.of(), model);
	}

	private String themes(int days, Map<String, String> errors, Model model) {
		model.addAttribute("themes", this.analysis.themes(days));
		model.addAttribute("days", days);
		model.addAttribute("decisions", ThemeDecisionKind.values());
		model.addAttribute("history", this.feedback.decisions());
		model.addAttribute("errors", errors);
		return THEMES;
	}

	@PostMapping("/themes/decisions")
	String decide(@RequestParam String theme, @RequestParam(required = false) @Nullable ThemeDecisionKind decision,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable UUID alertId, @RequestParam(defaultValue = "90") int days,
			Model model, RedirectAttributes redirect) {
		try {
			this.feedback.decide(theme, decision, (reason != null) ? reason : "", alertId);
			redirect.addFlashAttribute("message", "Decision on \"" + theme + "\" recorded.");
			return (alertId != null) ? "redirect:/feedback/alerts/" + alertId
					: "redirect:/feedback/themes?days=" + days;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("decidingTheme", theme);
			if (alertId != null) {
				return alert(alertId, FormErrors.of(ex), model);
			}
			return themes(days, FormErrors.of(ex), model);
		}
	}

	// Alerts

	@GetMapping("/alerts")
	String alerts(Model model) {
		model.addAttribute("alerts", this.feedback.alerts());
		return ALERTS;
	}

	@PostMapping("/alerts/check")
	String check(RedirectAttributes redirect) {
		int raised = this.alerting.check().size();
		redirect.addFlashAttribute("message",
				(raised == 0) ? "No theme is past the threshold without an alert." : raised + " alert(s) raised.");
		return "redirect:/feedback/alerts";
	}

	@GetMapping("/alerts/{id}")
	String alert(@PathVariable UUID id, Model model) {
		return alert(id, Map.of(), model);
	}

	private String alert(UUID id, Map<String, String> errors, Model model) {
		model.addAttribute("alert", this.feedback.alert(id));
		model.addAttribute("decisions", ThemeDecisionKind.values());
		model.addAttribute("errors", errors);
		return ALERT;
	}

	@PostMapping("/alerts/{id}/acknowledge")
	String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
		this.feedback.acknowledge(id);
		redirect.addFlashAttribute("message", "Alert acknowledged.");
		return "redirect:/feedback/alerts/" + id;
	}

	// The dashboard hint

	@GetMapping("/dashboard")
	String dashboard(Model model) {
		model.addAttribute("openAlerts", this.feedback.openAlerts());
		model.addAttribute("now", Instant.now());
		return DASHBOARD;
	}

}
