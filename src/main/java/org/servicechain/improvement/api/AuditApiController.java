package org.servicechain.improvement.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

import org.servicechain.feedback.ActionDetails;
import org.servicechain.feedback.ActionMetric;
import org.servicechain.feedback.ActionView;
import org.servicechain.improvement.AuditFilter;
import org.servicechain.improvement.AuditManagement;
import org.servicechain.improvement.AuditSchedule;
import org.servicechain.improvement.AuditStatus;
import org.servicechain.improvement.AuditSummary;
import org.servicechain.improvement.AuditView;
import org.servicechain.improvement.FindingDetails;
import org.servicechain.improvement.ItemAnswer;
import org.servicechain.improvement.SubjectHistory;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Versions;

/**
 * Audits and mystery shops (FB-7): the list the caller may see (filters: status, subject,
 * overdue), an audit, scheduling (managers), recording results and findings and
 * completing (the auditor or a manager), cancelling and raising an action from a finding
 * (managers). Every change names the version it was made on in {@code If-Match}: 428
 * without, 409 when stale; bad input or a broken rule answers 422 naming the field and
 * the rule. Partner users and customers are refused.
 */
@RestController
@RequestMapping(path = "/api/v1/audits", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audits")
class AuditApiController {

	private final AuditManagement audits;

	AuditApiController(AuditManagement audits) {
		this.audits = audits;
	}

	@GetMapping
	@Operation(summary = "The audits the caller may see, newest due first, filtered and paged")
	PageResponse<AuditSummary> list(@RequestParam(required = false) @Nullable AuditStatus status,
			@RequestParam(required = false) @Nullable String subject,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.audits.audits(new AuditFilter(status, subject, overdue), page, size);
	}

	@GetMapping("/subjects/{subject}")
	@Operation(summary = "A subject's audits and the trend of its completed scores")
	SubjectHistory history(@PathVariable String subject) {
		return this.audits.history(subject);
	}

	@GetMapping("/{id}")
	ResponseEntity<AuditView> get(@PathVariable UUID id) {
		AuditView audit = this.audits.audit(id);
		return Versions.ok(audit.version(), audit);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Schedule an audit from a template (managers)")
	ResponseEntity<AuditView> schedule(@RequestBody AuditSchedule body) {
		AuditView audit = this.audits.schedule(body);
		return ResponseEntity.created(URI.create("/api/v1/audits/" + audit.id()))
			.eTag(Versions.etag(audit.version()))
			.body(audit);
	}

	@PutMapping(path = "/{id}/results", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record results and notes of some or all items (auditor or manager)")
	ResponseEntity<AuditView> results(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody Results body) {
		long version = Versions.fromIfMatch(ifMatch);
		AuditView audit = this.audits.record(id, version, (body.items() != null) ? body.items() : List.of());
		return Versions.ok(audit.version(), audit);
	}

	@PostMapping(path = "/{id}/findings", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record a finding, on an item partly or not met or free-standing (auditor or manager)")
	ResponseEntity<AuditView> finding(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody FindingDetails body) {
		long version = Versions.fromIfMatch(ifMatch);
		AuditView audit = this.audits.addFinding(id, version, body);
		return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(audit.version())).body(audit);
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "Complete the audit (every item answered); a recurring one schedules its next")
	ResponseEntity<AuditView> complete(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = Versions.fromIfMatch(ifMatch);
		AuditView audit = this.audits.complete(id, version);
		return Versions.ok(audit.version(), audit);
	}

	@PostMapping(path = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Cancel the audit, saying why (managers)")
	ResponseEntity<AuditView> cancel(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody Cancel body) {
		long version = Versions.fromIfMatch(ifMatch);
		AuditView audit = this.audits.cancel(id, version, body.reason());
		return Versions.ok(audit.version(), audit);
	}

	@PostMapping(path = "/{id}/findings/{number}/action", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Raise an improvement action from a finding (managers): metric and target as for any action")
	ResponseEntity<ActionView> raise(@PathVariable UUID id, @PathVariable int number,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody Action body) {
		long version = Versions.fromIfMatch(ifMatch);
		ActionView action = this.audits.raiseAction(id, version, number, body.details());
		return ResponseEntity.created(URI.create("/api/v1/feedback/actions/" + action.id())).body(action);
	}

	record Results(@Nullable List<ItemAnswer> items) {

	}

	record Cancel(@Nullable String reason) {

	}

	record Action(@Nullable String title, @Nullable String owner, @Nullable ActionMetric metric,
			@Nullable UUID surveyId, @Nullable UUID serviceId, @Nullable String theme, @Nullable Double target,
			@Nullable LocalDate deadline, @Nullable String links, @Nullable UUID agreementId) {

		ActionDetails details() {
			return new ActionDetails((this.title != null) ? this.title : "", (this.owner != null) ? this.owner : "",
					this.metric, this.surveyId, this.serviceId, this.theme, this.target, this.deadline, null,
					this.links, this.agreementId);
		}

	}

}
