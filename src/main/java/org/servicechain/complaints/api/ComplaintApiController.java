package org.servicechain.complaints.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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

import org.servicechain.complaints.ComplaintChannel;
import org.servicechain.complaints.ComplaintCommands;
import org.servicechain.complaints.ComplaintFilter;
import org.servicechain.complaints.ComplaintManagement;
import org.servicechain.complaints.ComplaintPolicyManagement;
import org.servicechain.complaints.ComplaintQueries;
import org.servicechain.complaints.ComplaintReport;
import org.servicechain.complaints.ComplaintStatus;
import org.servicechain.complaints.ComplaintSummary;
import org.servicechain.complaints.ComplaintView;
import org.servicechain.complaints.NewComplaint;
import org.servicechain.complaints.PolicyDetails;
import org.servicechain.complaints.PolicyView;
import org.servicechain.complaints.Severity;
import org.servicechain.complaints.web.RegisterPdf;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Versions;

/**
 * Complaints over the API (CMP-1 … CMP-4): receive, read, take the five steps, answer the
 * proposed resolution, refer; the policy; the register and its report. Every step sends
 * the complaint's ETag back in If-Match and answers the complaint with its new ETag.
 */
@RestController
@RequestMapping(path = "/api/v1/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Complaints")
class ComplaintApiController {

	private final ComplaintManagement complaints;

	private final ComplaintQueries queries;

	private final ComplaintPolicyManagement policy;

	private final RegisterPdf pdf;

	ComplaintApiController(ComplaintManagement complaints, ComplaintQueries queries, ComplaintPolicyManagement policy,
			RegisterPdf pdf) {
		this.pdf = pdf;
		this.complaints = complaints;
		this.queries = queries;
		this.policy = policy;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Receive a complaint",
			description = "From a customer party, internal or external; customers complain for their own party only. Honours Idempotency-Key.")
	ResponseEntity<ComplaintView> receive(@Valid @RequestBody NewComplaint complaint) {
		UUID id = this.complaints.receive(complaint, ComplaintChannel.API);
		ComplaintView view = this.queries.complaint(id);
		return ResponseEntity.created(URI.create("/api/v1/complaints/" + id))
			.eTag(Versions.etag(view.version()))
			.body(view);
	}

	@GetMapping
	@Operation(summary = "The complaints register: what the caller may see, filtered and paged")
	PageResponse<ComplaintSummary> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable ComplaintStatus status,
			@RequestParam(required = false) @Nullable Boolean open,
			@RequestParam(required = false) @Nullable Severity severity,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable UUID complainant,
			@RequestParam(required = false) @Nullable UUID service,
			@RequestParam(required = false) @Nullable UUID responsible,
			@RequestParam(required = false) @Nullable Boolean internal,
			@RequestParam(required = false) @Nullable Boolean referred, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.queries.register(new ComplaintFilter(q, status, open, severity, category, complainant, service,
				responsible, internal, referred), page, size);
	}

	// Also under JSON: a client that accepts only JSON still gets the PDF, not the
	// "/{id}" route.
	@GetMapping(path = "/export.pdf", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The complaints register as a PDF (staff)",
			description = "The same filters as the register; every matching complaint the caller may see, unpaged.")
	ResponseEntity<byte[]> exportPdf(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable ComplaintStatus status,
			@RequestParam(required = false) @Nullable Boolean open,
			@RequestParam(required = false) @Nullable Severity severity,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable UUID complainant,
			@RequestParam(required = false) @Nullable UUID service,
			@RequestParam(required = false) @Nullable UUID responsible,
			@RequestParam(required = false) @Nullable Boolean internal,
			@RequestParam(required = false) @Nullable Boolean referred) {
		ComplaintFilter filter = new ComplaintFilter(q, status, open, severity, category, complainant, service,
				responsible, internal, referred);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"complaints.pdf\"")
			.body(this.pdf.render(filter, filter.description()));
	}

	@GetMapping("/report")
	@Operation(summary = "Complaints by cause, party, service, severity and time to resolve (staff)")
	ComplaintReport report() {
		return this.queries.report(ComplaintFilter.none());
	}

	@GetMapping("/{id}")
	ResponseEntity<ComplaintView> get(@PathVariable UUID id) {
		ComplaintView view = this.queries.complaint(id);
		return Versions.ok(view.version(), view);
	}

	@GetMapping("/{id}/audit")
	@Operation(summary = "Who changed what on the complaint (staff)")
	List<AuditEntryView> audit(@PathVariable UUID id) {
		return this.queries.audit(id);
	}

	@PostMapping("/{id}/acknowledge")
	@Operation(summary = "Acknowledge, with a message to the customer (empty: the policy's template)")
	ResponseEntity<ComplaintView> acknowledge(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ComplaintCommands.Acknowledgement command) {
		this.complaints.acknowledge(id, Versions.fromIfMatch(ifMatch), command);
		return current(id);
	}

	@PostMapping("/{id}/apologise")
	ResponseEntity<ComplaintView> apologise(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ComplaintCommands.Apology command) {
		this.complaints.apologise(id, Versions.fromIfMatch(ifMatch), command);
		return current(id);
	}

	@PostMapping("/{id}/analyse")
	@Operation(
			summary = "Record the root cause and the responsible link; the request's clock ledger is kept as evidence")
	ResponseEntity<ComplaintView> analyse(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ComplaintCommands.Analysis command) {
		this.complaints.analyse(id, Versions.fromIfMatch(ifMatch), command);
		return current(id);
	}

	@PostMapping("/{id}/act")
	@Operation(
			summary = "Propose the remedy; above the handler's discretion an approver with the authority must be named")
	ResponseEntity<ComplaintView> act(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ComplaintCommands.Action command) {
		this.complaints.act(id, Versions.fromIfMatch(ifMatch), command);
		return current(id);
	}

	@PostMapping("/{id}/answer")
	@Operation(summary = "Accept or reject the proposed resolution (the customer; staff for an answer given by phone)")
	ResponseEntity<ComplaintView> answer(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ComplaintCommands.Answer command) {
		this.complaints.answer(id, Versions.fromIfMatch(ifMatch), command);
		return current(id);
	}

	@PostMapping("/{id}/assure")
	ResponseEntity<ComplaintView> assure(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ComplaintCommands.Assurance command) {
		this.complaints.assure(id, Versions.fromIfMatch(ifMatch), command);
		return current(id);
	}

	@PostMapping("/{id}/follow-up")
	ResponseEntity<ComplaintView> followUp(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ComplaintCommands.FollowUp command) {
		this.complaints.followUp(id, Versions.fromIfMatch(ifMatch), command);
		return current(id);
	}

	@PostMapping("/{id}/referrals")
	@Operation(
			summary = "Refer or escalate: to a team, partner or manager with a reason and a new due time, or outside to the ombudsman")
	ResponseEntity<ComplaintView> refer(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ComplaintCommands.Referral command) {
		this.complaints.refer(id, Versions.fromIfMatch(ifMatch), command);
		return current(id);
	}

	@GetMapping("/policy")
	@Operation(summary = "The complaints policy in force; its ETag is its version number")
	ResponseEntity<PolicyView> policy() {
		PolicyView view = this.policy.current()
			.orElseThrow(() -> new NotFoundException("Complaints policy", "current"));
		return Versions.ok(view.number(), view);
	}

	@GetMapping("/policy/versions")
	@Operation(summary = "The policy's versions, newest first (paged)")
	PageResponse<PolicyView> policyVersions(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.policy.versions(page, size);
	}

	@PutMapping(path = "/policy", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Write a new version of the complaints policy (If-Match: the version edited, \"0\" for the first)")
	ResponseEntity<PolicyView> savePolicy(@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody PolicyDetails details) {
		PolicyView view = this.policy.save((int) Versions.fromIfMatch(ifMatch), details);
		return Versions.ok(view.number(), view);
	}

	private ResponseEntity<ComplaintView> current(UUID id) {
		ComplaintView view = this.queries.complaint(id);
		return Versions.ok(view.version(), view);
	}

}
