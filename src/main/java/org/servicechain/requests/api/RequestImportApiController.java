package org.servicechain.requests.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.requests.ImportedRequest;
import org.servicechain.requests.RequestImport;

/**
 * Bringing requests in from another service desk, with their history (administrators).
 */
@RestController
@Tag(name = "Requests")
class RequestImportApiController {

	private final RequestImport imports;

	RequestImportApiController(RequestImport imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/requests/imports", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import requests with their history (administrators)", description = """
			Each request is raised at its raisedAt and its steps are replayed at their own instants, oldest \
			first, through the same lifecycle arrows as the live commands; the agreement in force and its \
			due times are found as for a new request. Step types: reply, customer-reply, note, assign, \
			status, priority, escalation, task-handed-over, task-accepted, task-message, task-completed, \
			task-declined, task-cancelled; task steps name the task by its number (1 for the first handed \
			over). Steps are taken literally: a reply does not move the request. 1 to 100 requests per \
			call, all or none; errors name requests[i].steps[j].field. Honours Idempotency-Key.""")
	ResponseEntity<Imports> importRequests(@Valid @RequestBody Batch batch) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new Imports(this.imports.importAll(batch.requests())));
	}

	record Batch(@NotNull @Size(min = 1, max = 100) List<@Valid @NotNull ImportedRequest> requests) {

	}

	record Imports(List<RequestImport.Imported> imported) {

	}

}
