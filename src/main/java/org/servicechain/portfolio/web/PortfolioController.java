package org.servicechain.portfolio.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import org.servicechain.identity.CurrentUser;
import org.servicechain.portfolio.AssessmentStatus;
import org.servicechain.portfolio.CriteriaCatalogue;
import org.servicechain.portfolio.EvidenceSource;
import org.servicechain.portfolio.NewEvidence;
import org.servicechain.portfolio.PortfolioAccessPolicy;
import org.servicechain.portfolio.PortfolioExport;
import org.servicechain.portfolio.PortfolioManagement;
import org.servicechain.portfolio.PortfolioView;
import org.servicechain.portfolio.WitnessLink;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * The portfolio pages (REP-3): {@code /portfolio} is the practitioner's own portfolio, or
 * the list of portfolios assigned to an assessor; {@code /portfolio/{user}} is one
 * portfolio for its practitioner, managers and the assigned assessor. Every handler goes
 * through {@link PortfolioManagement}, which asks the access policy.
 */
@Controller
@RequestMapping("/portfolio")
class PortfolioController {

	static final String PAGE = "portfolio/portfolio";

	static final String ASSIGNED = "portfolio/assigned";

	private final PortfolioManagement portfolios;

	private final PortfolioExport export;

	private final PortfolioAccessPolicy policy;

	PortfolioController(PortfolioManagement portfolios, PortfolioExport export, PortfolioAccessPolicy policy) {
		this.portfolios = portfolios;
		this.export = export;
		this.policy = policy;
	}

	@GetMapping
	String mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int records,
			Model model) {
		if (this.policy.isAssessor()) {
			model.addAttribute("assigned", this.portfolios.assigned(page, 50));
			return ASSIGNED;
		}
		return show(CurrentUser.get().orElseThrow().getUsername(), page, records, model);
	}

	@GetMapping("/{user}")
	String show(@PathVariable String user, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int records, Model model) {
		PortfolioView portfolio = this.portfolios.portfolio(user, page, 20);
		model.addAttribute("portfolio", portfolio);
		model.addAttribute("base", "/portfolio/" + UriUtils.encodePathSegment(portfolio.username(), "UTF-8"));
		model.addAttribute("standardTitles", CriteriaCatalogue.STANDARDS);
		model.addAttribute("statuses", AssessmentStatus.values());
		if (portfolio.canEdit()) {
			model.addAttribute("suggestions", this.portfolios.suggestions(user, records, 15));
		}
		return PAGE;
	}

	@PostMapping("/{user}/evidence")
	String add(@PathVariable String user, @RequestParam(required = false) @Nullable EvidenceSource kind,
			@RequestParam(required = false) @Nullable UUID sourceId,
			@RequestParam(required = false) @Nullable String annotation,
			@RequestParam(required = false) @Nullable List<String> criteria,
			@RequestParam(required = false) @Nullable String moreCriteria, RedirectAttributes redirect) {
		try {
			this.portfolios.addEvidence(user,
					new NewEvidence(kind, sourceId, annotation, codes(criteria, moreCriteria)));
			redirect.addFlashAttribute("message", "Added to your portfolio.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not added: " + describe(ex));
		}
		return "redirect:/portfolio/" + path(user) + "#evidence";
	}

	@PostMapping("/{user}/evidence/{id}")
	String change(@PathVariable String user, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String annotation,
			@RequestParam(required = false) @Nullable String criteria, RedirectAttributes redirect) {
		try {
			this.portfolios.changeEvidence(user, id, version, annotation, codes(null, criteria));
			redirect.addFlashAttribute("message", "Saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not saved: " + describe(ex));
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error", "Not saved: the piece was changed meanwhile; here it is as it is now.");
		}
		return "redirect:/portfolio/" + path(user) + "#evidence";
	}

	@PostMapping("/{user}/evidence/{id}/remove")
	String remove(@PathVariable String user, @PathVariable UUID id, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.portfolios.removeEvidence(user, id, version);
			redirect.addFlashAttribute("message", "Taken out of your portfolio.");
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error", "Not removed: the piece was changed meanwhile.");
		}
		return "redirect:/portfolio/" + path(user) + "#evidence";
	}

	@PostMapping("/{user}/evidence/{id}/witnesses")
	String witness(@PathVariable String user, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String witnessName,
			@RequestParam(required = false) @Nullable String witnessRole,
			@RequestParam(required = false) @Nullable Integer days,
			@RequestParam(required = false) @Nullable String witnessUser,
			@RequestParam(required = false) @Nullable UUID contactId, RedirectAttributes redirect) {
		try {
			WitnessLink link = this.portfolios.askWitness(user, id, witnessName, witnessRole, days, witnessUser,
					contactId);
			if (link.path() == null) {
				redirect.addFlashAttribute("message",
						"Witness asked: " + link.mailedTo() + " gets a single-use link by e-mail, valid until "
								+ link.expiresAt().toString().substring(0, 10) + ".");
			}
			else {
				// Flash attributes live in the JDBC session: plain strings only.
				redirect.addFlashAttribute("witnessPath", link.path());
				redirect.addFlashAttribute("witnessExpires", link.expiresAt().toString());
				redirect.addFlashAttribute("message",
						"Witness asked. Send them the link below; it is shown only now and works once.");
			}
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not asked: " + describe(ex));
		}
		return "redirect:/portfolio/" + path(user) + "#evidence";
	}

	@PostMapping("/{user}/assessments")
	String assess(@PathVariable String user, @RequestParam String criterion,
			@RequestParam(required = false) @Nullable AssessmentStatus status,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		try {
			this.portfolios.assess(user, criterion, status, comment, version);
			redirect.addFlashAttribute("message", criterion + " marked.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", criterion + " not marked: " + describe(ex));
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error", criterion + " not marked: it was marked meanwhile; check it again.");
		}
		return "redirect:/portfolio/" + path(user) + "#criteria";
	}

	@PostMapping("/{user}/assessor")
	String assign(@PathVariable String user, @RequestParam(required = false) @Nullable String assessor,
			RedirectAttributes redirect) {
		try {
			this.portfolios.assignAssessor(user, assessor);
			redirect.addFlashAttribute("message", "Assessor changed.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Not changed: " + describe(ex));
		}
		return "redirect:/portfolio/" + path(user);
	}

	@GetMapping("/{user}/export")
	ResponseEntity<byte[]> export(@PathVariable String user) {
		byte[] zip = this.export.zip(user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("portfolio.zip").build().toString())
			.body(zip);
	}

	static List<String> codes(@Nullable List<String> chosen, @Nullable String more) {
		List<String> codes = new ArrayList<>((chosen != null) ? chosen : List.of());
		if (more != null) {
			Arrays.stream(more.split("[,;\\n]")).map(String::strip).filter((c) -> !c.isEmpty()).forEach(codes::add);
		}
		return codes;
	}

	private static String describe(InvalidInputException ex) {
		return FormErrors.of(ex)
			.entrySet()
			.stream()
			.map((e) -> e.getKey() + ": " + e.getValue())
			.reduce((a, b) -> a + "; " + b)
			.orElse("check the form");
	}

	private static String path(String user) {
		return UriUtils.encodePathSegment(user, "UTF-8");
	}

}
