package org.servicechain.reviews.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.reviews.Evaluation;
import org.servicechain.reviews.EvaluationPdf;
import org.servicechain.reviews.Evaluations;

/**
 * Evaluation reports and development plans over the API (PM-4): the evidence as JSON, and
 * each document as a PDF. A person's for that person and managers; a team's for its
 * members and managers; partners and customers never.
 */
@RestController
@RequestMapping(path = "/api/v1/evaluations")
@Tag(name = "Evaluations")
class EvaluationApiController {

	private final Evaluations evaluations;

	private final EvaluationPdf pdf;

	EvaluationApiController(Evaluations evaluations, EvaluationPdf pdf) {
		this.evaluations = evaluations;
		this.pdf = pdf;
	}

	@GetMapping(path = "/people/{username}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A person's evaluation: objectives with progress, 1:1s with actions, work evidence")
	Evaluation person(@PathVariable String username) {
		return this.evaluations.person(username);
	}

	@GetMapping(path = "/teams/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A team's evaluation: objectives, scorecard, reviews with actions, work evidence")
	Evaluation team(@PathVariable UUID id) {
		return this.evaluations.team(id);
	}

	@GetMapping(path = "/people/{username}/{kind:report|plan}.pdf",
			produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "A person's evaluation report or development plan as PDF")
	ResponseEntity<byte[]> personPdf(@PathVariable String username, @PathVariable String kind) {
		EvaluationPdf.Kind which = "plan".equals(kind) ? EvaluationPdf.Kind.PLAN : EvaluationPdf.Kind.REPORT;
		Evaluation evaluation = this.evaluations.person(username);
		return pdf(evaluation, this.pdf.render(evaluation, which), which);
	}

	@GetMapping(path = "/teams/{id}/{kind:report|plan}.pdf",
			produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "A team's evaluation report or development plan as PDF")
	ResponseEntity<byte[]> teamPdf(@PathVariable UUID id, @PathVariable String kind) {
		EvaluationPdf.Kind which = "plan".equals(kind) ? EvaluationPdf.Kind.PLAN : EvaluationPdf.Kind.REPORT;
		Evaluation evaluation = this.evaluations.team(id);
		return pdf(evaluation, this.pdf.render(evaluation, which), which);
	}

	private static ResponseEntity<byte[]> pdf(Evaluation evaluation, byte[] body, EvaluationPdf.Kind kind) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + EvaluationPdf.fileName(evaluation, kind) + "\"")
			.body(body);
	}

}
