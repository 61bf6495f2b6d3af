package org.servicechain.privacy.api;

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

import org.servicechain.privacy.BreachDetails;
import org.servicechain.privacy.BreachLog;
import org.servicechain.privacy.BreachStatus;
import org.servicechain.privacy.DataBreachView;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Versions;

/**
 * The personal-data breach log with the 72-hour deadline for reporting to the ICO (UK
 * GDPR Art. 33, 34). Administrators only.
 */
@RestController
@RequestMapping(path = "/api/v1/privacy/breaches", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Privacy")
class BreachApiController {

	private final BreachLog breaches;

	BreachApiController(BreachLog breaches) {
		this.breaches = breaches;
	}

	@GetMapping
	@Operation(summary = "The breach log, the most recent first")
	PageResponse<DataBreachView> list(@RequestParam(required = false) @Nullable BreachStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		return this.breaches.list(status, page, size);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record a breach; it must be reported within 72 hours of becoming aware")
	ResponseEntity<DataBreachView> record(@RequestBody BreachDetails details) {
		DataBreachView created = this.breaches.record(details);
		return ResponseEntity.status(HttpStatus.CREATED)
			.eTag(Versions.etag(created.version()))
			.location(java.net.URI.create("/api/v1/privacy/breaches/" + created.id()))
			.body(created);
	}

	@GetMapping("/{id}")
	ResponseEntity<DataBreachView> get(@PathVariable UUID id) {
		DataBreachView breach = this.breaches.get(id);
		return Versions.ok(breach.version(), breach);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Update a breach: assessment, report, people told, closing (If-Match)",
			description = "A report later than 72 hours after becoming aware needs delayReason.")
	ResponseEntity<DataBreachView> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody BreachDetails details) {
		DataBreachView breach = this.breaches.update(id, Versions.fromIfMatch(ifMatch), details);
		return Versions.ok(breach.version(), breach);
	}

}
