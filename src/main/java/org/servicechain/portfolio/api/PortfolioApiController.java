package org.servicechain.portfolio.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.portfolio.AssessmentStatus;
import org.servicechain.portfolio.AssessmentView;
import org.servicechain.portfolio.EvidenceView;
import org.servicechain.portfolio.NewEvidence;
import org.servicechain.portfolio.PortfolioExport;
import org.servicechain.portfolio.PortfolioManagement;
import org.servicechain.portfolio.PortfolioView;
import org.servicechain.portfolio.Suggestion;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Versions;

/**
 * Portfolios over the API (REP-3). {@code GET /api/v1/portfolios/{user}} is a fixed name:
 * {@code user} is the user's id or login name. Only the practitioner, managers and the
 * assigned assessor see a portfolio; anyone else gets 404.
 */
@RestController
@RequestMapping(path = "/api/v1/portfolios", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Portfolios")
class PortfolioApiController {

	private final PortfolioManagement portfolios;

	private final PortfolioExport export;

	PortfolioApiController(PortfolioManagement portfolios, PortfolioExport export) {
		this.portfolios = portfolios;
		this.export = export;
	}

	@GetMapping("/{user}")
	@Operation(summary = "A practitioner's competence evidence portfolio",
			description = "Every criterion of OCR units B9, B10, 328 and NOS CFACSB9 with its status (the assessor's "
					+ "mark), the evidence mapped to it and its sufficiency (pieces, period, different customers and "
					+ "occasions); gaps have no pieces. The evidence itself pages (page, size). user is an id or a "
					+ "login name. The practitioner, managers and the assigned assessor read it; anyone else gets 404.")
	PortfolioView portfolio(@PathVariable String user, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.portfolios.portfolio(user, page, size);
	}

	@GetMapping("/{user}/suggestions")
	@Operation(summary = "The practitioner's own records that could evidence criteria (the practitioner only)")
	PageResponse<Suggestion> suggestions(@PathVariable String user, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.portfolios.suggestions(user, page, size);
	}

	@PostMapping(path = "/{user}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add one of the practitioner's records as evidence, annotated and mapped to criteria")
	ResponseEntity<EvidenceView> add(@PathVariable String user, @RequestBody NewEvidence evidence) {
		EvidenceView view = this.portfolios.addEvidence(user, evidence);
		return ResponseEntity.status(201).eTag(Versions.etag(view.version())).body(view);
	}

	record EvidenceChange(@Nullable String annotation, @Nullable List<String> criteria) {

	}

	@PutMapping(path = "/{user}/evidence/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a piece's annotation and criteria (If-Match with its ETag)")
	ResponseEntity<EvidenceView> change(@PathVariable String user, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody EvidenceChange change) {
		EvidenceView view = this.portfolios.changeEvidence(user, id, Versions.fromIfMatch(ifMatch), change.annotation(),
				change.criteria());
		return Versions.ok(view.version(), view);
	}

	record Mark(@Nullable AssessmentStatus status, @Nullable String comment) {

	}

	@PutMapping(path = "/{user}/criteria/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Mark a criterion working towards or signed off, with a comment (the assigned assessor)",
			description = "code as in the catalogue, e.g. 'B9 2.3' (URL-encoded). If-Match with the mark's ETag when "
					+ "changing an earlier mark.")
	ResponseEntity<AssessmentView> assess(@PathVariable String user, @PathVariable String code,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody Mark mark) {
		Long version = (ifMatch != null) ? Versions.fromIfMatch(ifMatch) : null;
		AssessmentView view = this.portfolios.assess(user, code, mark.status(), mark.comment(), version);
		return Versions.ok(view.version(), view);
	}

	@GetMapping(path = "/{user}/export", produces = { "application/zip", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The portfolio for the assessor as a ZIP: index.pdf and each piece as a PDF, customers' "
			+ "personal data redacted")
	ResponseEntity<byte[]> export(@PathVariable String user) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("portfolio.zip").build().toString())
			.body(this.export.zip(user));
	}

}
