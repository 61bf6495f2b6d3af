package org.servicechain.workforce.api;

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

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Versions;
import org.servicechain.workforce.Contingency;
import org.servicechain.workforce.ContingencyViews.IncidentSummary;
import org.servicechain.workforce.ContingencyViews.IncidentView;
import org.servicechain.workforce.ContingencyViews.ProcedureView;
import org.servicechain.workforce.ProcedureDetails;
import org.servicechain.workforce.Situation;

/**
 * Contingency procedures and the incidents they open (WF-4). Staff only; managers write
 * procedures and close incidents (anyone else: 422 with rule {@code authority}); anyone
 * on staff activates a procedure and ticks its steps.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Workforce")
class ContingencyApiController {

	private final Contingency contingency;

	ContingencyApiController(Contingency contingency) {
		this.contingency = contingency;
	}

	record ProcedureBody(@Nullable String title, @Nullable Situation situation, @Nullable UUID partyId,
			@Nullable List<ProcedureDetails.Step> steps, @Nullable String contacts) {

		ProcedureDetails details() {
			if (this.situation == null) {
				throw new InvalidInputException("situation", "required",
						"choose the situation: SYSTEM_DOWN, SUPPLIER_FAILURE, SURGE, STAFF_SHORTAGE or OTHER");
			}
			List<ProcedureDetails.Step> given = (this.steps != null) ? this.steps : List.of();
			return new ProcedureDetails((this.title != null) ? this.title : "", this.situation, this.partyId,
					given.stream()
						.map((step) -> new ProcedureDetails.Step(
								(step.role() == null || step.role().isBlank()) ? null : step.role().strip(),
								(step.text() != null) ? step.text().strip() : ""))
						.toList(),
					this.contacts);
		}

	}

	record Note(@Nullable String note) {

	}

	record Review(@Nullable String whatHappened, @Nullable String whatChanges) {

	}

	@GetMapping("/api/v1/contingency/procedures")
	PageResponse<ProcedureView> procedures(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.contingency.procedures(page, size);
	}

	@PostMapping(path = "/api/v1/contingency/procedures", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Write a contingency procedure (managers)",
			description = "steps: [{role, text}] in order; partyId: the party of the chain it concerns.")
	ResponseEntity<ProcedureView> create(@RequestBody ProcedureBody body) {
		ProcedureView created = this.contingency.createProcedure(body.details());
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(HttpHeaders.ETAG, Versions.etag(created.version()))
			.body(created);
	}

	@GetMapping("/api/v1/contingency/procedures/{id}")
	ResponseEntity<ProcedureView> procedure(@PathVariable UUID id) {
		ProcedureView procedure = this.contingency.procedure(id);
		return Versions.ok(procedure.version(), procedure);
	}

	@PutMapping(path = "/api/v1/contingency/procedures/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProcedureView> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody ProcedureBody body) {
		ProcedureView procedure = this.contingency.updateProcedure(id, Versions.fromIfMatch(ifMatch), body.details());
		return Versions.ok(procedure.version(), procedure);
	}

	@PostMapping(path = "/api/v1/contingency/procedures/{id}/activation")
	@Operation(summary = "Put a procedure to work: opens an incident with its checklist (staff)")
	ResponseEntity<IncidentView> activate(@PathVariable UUID id, @RequestBody(required = false) @Nullable Note body) {
		IncidentView incident = this.contingency.activate(id, (body != null) ? body.note() : null);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(HttpHeaders.ETAG, Versions.etag(incident.version()))
			.body(incident);
	}

	@GetMapping("/api/v1/incidents")
	PageResponse<IncidentSummary> incidents(@RequestParam(defaultValue = "false") boolean open,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.contingency.incidents(open, page, size);
	}

	@GetMapping("/api/v1/incidents/{id}")
	ResponseEntity<IncidentView> incident(@PathVariable UUID id) {
		IncidentView incident = this.contingency.incident(id);
		return Versions.ok(incident.version(), incident);
	}

	@PostMapping(path = "/api/v1/incidents/{id}/steps/{step}")
	@Operation(summary = "Tick a step of the checklist (1 for the first), with a note of what was done")
	ResponseEntity<IncidentView> tick(@PathVariable UUID id, @PathVariable int step,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable Note body) {
		IncidentView incident = this.contingency.tick(id, Versions.fromIfMatch(ifMatch), step - 1,
				(body != null) ? body.note() : null);
		return Versions.ok(incident.version(), incident);
	}

	@PostMapping(path = "/api/v1/incidents/{id}/notice")
	@Operation(summary = "Tell the affected of an open incident: a service notice for its party, told along the chain "
			+ "(managers; once per incident)")
	ResponseEntity<org.servicechain.notices.ServiceNoticeView> tellTheAffected(@PathVariable UUID id,
			@RequestBody(required = false) @Nullable Note body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.contingency.tellTheAffected(id, (body != null) ? body.note() : null));
	}

	@PostMapping(path = "/api/v1/incidents/{id}/deferrals")
	@Operation(summary = "Defer the new and open P4 requests of the affected services and tell the affected through "
			+ "the incident's notice (managers); answers the references deferred")
	java.util.Map<String, List<String>> deferLowPriority(@PathVariable UUID id) {
		return java.util.Map.of("deferred", this.contingency.deferLowPriority(id));
	}

	@PostMapping(path = "/api/v1/incidents/{id}/closure", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Close an incident with its post-incident review (managers)")
	ResponseEntity<IncidentView> close(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody Review body) {
		IncidentView incident = this.contingency.close(id, Versions.fromIfMatch(ifMatch), body.whatHappened(),
				body.whatChanges());
		return Versions.ok(incident.version(), incident);
	}

}
