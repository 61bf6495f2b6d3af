package org.servicechain.privacy.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.privacy.NewSubjectAccessRequest;
import org.servicechain.privacy.SubjectAccess;
import org.servicechain.privacy.SubjectAccessPdf;
import org.servicechain.privacy.SubjectAccessRequestView;
import org.servicechain.privacy.SubjectAccessStatus;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Versions;

/**
 * Subject access requests as tracked work (UK GDPR Art. 12(3), 15): list, record, move on
 * (If-Match), extend, hand over, and download the export given on completion as JSON or
 * PDF. Administrators only.
 */
@RestController
@RequestMapping(path = "/api/v1/privacy/subject-access-requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Privacy")
class SubjectAccessApiController {

	private final SubjectAccess subjectAccess;

	private final SubjectAccessPdf pdf;

	SubjectAccessApiController(SubjectAccess subjectAccess, SubjectAccessPdf pdf) {
		this.subjectAccess = subjectAccess;
		this.pdf = pdf;
	}

	@GetMapping
	@Operation(summary = "Subject access requests, the soonest due first",
			description = "show: OPEN (default), OVERDUE or ALL; status narrows to one status.")
	PageResponse<SubjectAccessRequestView> list(@RequestParam(required = false) @Nullable SubjectAccessStatus status,
			@RequestParam(defaultValue = "OPEN") SubjectAccess.Show show, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		return this.subjectAccess.list(status, show, page, size);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record a subject access request; due one calendar month from receipt")
	ResponseEntity<SubjectAccessRequestView> create(@RequestBody NewSubjectAccessRequest command) {
		SubjectAccessRequestView created = this.subjectAccess.create(command);
		return ResponseEntity.status(HttpStatus.CREATED)
			.eTag(Versions.etag(created.version()))
			.location(java.net.URI.create("/api/v1/privacy/subject-access-requests/" + created.id()))
			.body(created);
	}

	@GetMapping("/{id}")
	ResponseEntity<SubjectAccessRequestView> get(@PathVariable UUID id) {
		SubjectAccessRequestView request = this.subjectAccess.get(id);
		return Versions.ok(request.version(), request);
	}

	/**
	 * @param to IDENTITY_VERIFIED, GATHERING, COMPLETED or REFUSED
	 * @param reason why, when refused
	 */
	record Transition(@Nullable SubjectAccessStatus to, @Nullable String reason) {

	}

	@PostMapping(path = "/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Move the request on (If-Match)",
			description = "COMPLETED produces the export (JSON and PDF) of everything held about the person.")
	ResponseEntity<SubjectAccessRequestView> transition(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody Transition transition) {
		SubjectAccessRequestView request = this.subjectAccess.moveTo(id, Versions.fromIfMatch(ifMatch), transition.to(),
				transition.reason());
		return Versions.ok(request.version(), request);
	}

	record Extension(int months, @Nullable String reason) {

	}

	@PostMapping(path = "/{id}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Extend the time for the answer by 1 or 2 further months, with the reason (If-Match)")
	ResponseEntity<SubjectAccessRequestView> extend(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody Extension extension) {
		SubjectAccessRequestView request = this.subjectAccess.extend(id, Versions.fromIfMatch(ifMatch),
				extension.months(), extension.reason());
		return Versions.ok(request.version(), request);
	}

	record HandOver(@Nullable String handler) {

	}

	@PostMapping(path = "/{id}/handler", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Hand the request to another administrator (If-Match)")
	ResponseEntity<SubjectAccessRequestView> handOver(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody HandOver handOver) {
		SubjectAccessRequestView request = this.subjectAccess.handOver(id, Versions.fromIfMatch(ifMatch),
				handOver.handler());
		return Versions.ok(request.version(), request);
	}

	@GetMapping(path = "/{id}/export.json",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "The export given on completion, as JSON (409 before completion)")
	ResponseEntity<byte[]> exportJson(@PathVariable UUID id) {
		byte[] export = this.subjectAccess.exportJson(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("subject-access-" + id + ".json").build().toString())
			.body(export);
	}

	@GetMapping(path = "/{id}/export.pdf",
			produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE,
					MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "The same export as a readable PDF (409 before completion)")
	ResponseEntity<byte[]> exportPdf(@PathVariable UUID id) {
		byte[] export = this.pdf.render(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("subject-access-" + id + ".pdf").build().toString())
			.body(export);
	}

}
