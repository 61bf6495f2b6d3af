package org.servicechain.reviews.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.reviews.NewObjective;
import org.servicechain.reviews.ObjectiveManagement;
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

}
