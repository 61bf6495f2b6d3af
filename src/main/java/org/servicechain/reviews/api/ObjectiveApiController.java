package org.servicechain.reviews.api;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
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

import org.servicechain.reviews.NewObjective;
import org.servicechain.reviews.ObjectiveManagement;
import org.servicechain.reviews.ObjectiveOutcome;
import org.servicechain.reviews.ObjectiveView;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Versions;

/**
 * SMART objectives over the API (PM-1), each with its progress computed from the data.
 */
@RestController
@RequestMapping(path = "/api/v1/objectives", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Objectives")
class ObjectiveApiController {

	private final ObjectiveManagement objectives;

	ObjectiveApiController(ObjectiveManagement objectives) {
		this.objectives = objectives;
	}

	@GetMapping
	@Operation(summary = "The objectives the caller may see, soonest deadline first",
			description = "Optionally of one person (login name) or one party.")
	PageResponse<ObjectiveView> objectives(@RequestParam(required = false) @Nullable String person,
			@RequestParam(required = false) @Nullable UUID party, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.objectives.objectives(person, party, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One objective with its progress")
	ResponseEntity<ObjectiveView> objective(@PathVariable UUID id) {
		ObjectiveView view = this.objectives.objective(id);
		return Versions.ok(view.version(), view);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set an objective (managers): subject, person or partyId, specific, metric, baseline, "
			+ "target, startsOn, deadline, serviceId, achievableBy")
	ResponseEntity<ObjectiveView> create(@RequestBody NewObjective objective) {
		ObjectiveView view = this.objectives.create(objective);
		return ResponseEntity.status(201).eTag(Versions.etag(view.version())).body(view);
	}

	/**
	 * An objective's new target and deadline.
	 */
	record ObjectiveChange(@Nullable Double target, @Nullable LocalDate deadline) {

	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change an open objective's target and deadline (managers); send its ETag in If-Match")
	ResponseEntity<ObjectiveView> change(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody ObjectiveChange change) {
		ObjectiveView view = this.objectives.change(id, Versions.fromIfMatch(ifMatch), change.target(),
				change.deadline());
		return Versions.ok(view.version(), view);
	}

	/**
	 * How an objective closes: achieved or not, and why.
	 */
	record ObjectiveClose(@Nullable ObjectiveOutcome outcome, @Nullable String note) {

	}

	@PostMapping(path = "/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Close an objective as ACHIEVED or NOT_ACHIEVED with a note (managers); send its ETag in "
			+ "If-Match")
	ResponseEntity<ObjectiveView> close(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody ObjectiveClose close) {
		ObjectiveView view = this.objectives.close(id, Versions.fromIfMatch(ifMatch), close.outcome(), close.note());
		return Versions.ok(view.version(), view);
	}

}
