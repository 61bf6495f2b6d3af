package org.servicechain.reviews.web;

import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import org.servicechain.identity.CurrentUser;
import org.servicechain.reviews.Evaluation;
import org.servicechain.reviews.EvaluationPdf;
import org.servicechain.reviews.Evaluations;
import org.servicechain.reviews.ObjectiveManagement;
import org.servicechain.reviews.ReviewAccessPolicy;

/**
 * Evaluation reports and development plans (PM-4) of a person or a team: the page, and
 * each as a PDF. Who may read them is the reviews policy's to say ({@link Evaluations}).
 */
@Controller
@RequestMapping("/reviews/evaluations")
class EvaluationController {

	private final Evaluations evaluations;

	private final EvaluationPdf pdf;

	private final ObjectiveManagement objectives;

	private final ReviewAccessPolicy policy;

	EvaluationController(Evaluations evaluations, EvaluationPdf pdf, ObjectiveManagement objectives,
			ReviewAccessPolicy policy) {
		this.evaluations = evaluations;
		this.pdf = pdf;
		this.objectives = objectives;
		this.policy = policy;
	}

	/**
	 * Managers choose whose evaluation to open; everyone else goes to their own.
	 */
	@GetMapping
	String index(Model model) {
		if (!this.policy.canLead()) {
			return mine();
		}
		model.addAttribute("people", this.objectives.people());
		return "reviews/evaluations";
	}

	@GetMapping("/me")
	String mine() {
		String me = CurrentUser.get().map(CurrentUser::getUsername).orElseThrow();
		return "redirect:/reviews/evaluations/person/" + me;
	}

	@GetMapping("/person/{username}")
	String person(@PathVariable String username, Model model) {
		model.addAttribute("e", this.evaluations.person(username));
		model.addAttribute("base", "/reviews/evaluations/person/" + username);
		return "reviews/evaluation";
	}

	@GetMapping("/team/{id}")
	String team(@PathVariable UUID id, Model model) {
		model.addAttribute("e", this.evaluations.team(id));
		model.addAttribute("base", "/reviews/evaluations/team/" + id);
		return "reviews/evaluation";
	}

	@GetMapping("/person/{username}/{kind:report|plan}.pdf")
	ResponseEntity<byte[]> personPdf(@PathVariable String username, @PathVariable String kind) {
		EvaluationPdf.Kind which = kind(kind);
		Evaluation evaluation = this.evaluations.person(username);
		return pdf(evaluation, this.pdf.render(evaluation, which), which);
	}

	@GetMapping("/team/{id}/{kind:report|plan}.pdf")
	ResponseEntity<byte[]> teamPdf(@PathVariable UUID id, @PathVariable String kind) {
		EvaluationPdf.Kind which = kind(kind);
		Evaluation evaluation = this.evaluations.team(id);
		return pdf(evaluation, this.pdf.render(evaluation, which), which);
	}

	static EvaluationPdf.Kind kind(String kind) {
		return "plan".equals(kind) ? EvaluationPdf.Kind.PLAN : EvaluationPdf.Kind.REPORT;
	}

	static ResponseEntity<byte[]> pdf(Evaluation evaluation, byte[] body, EvaluationPdf.Kind kind) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + EvaluationPdf.fileName(evaluation, kind) + "\"")
			.body(body);
	}

}
