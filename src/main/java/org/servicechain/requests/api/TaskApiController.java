package org.servicechain.requests.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
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

import org.servicechain.requests.TaskManagement;
import org.servicechain.requests.TaskStatus;
import org.servicechain.requests.TaskView;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Versions;

/**
 * Chain tasks over the API (REQ-2): the party a task was handed to (a partner user, an
 * internal team member) lists, accepts, asks about, completes or declines it; the
 * request's side answers questions and cancels.
 */
@RestController
@RequestMapping(path = "/api/v1/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tasks")
class TaskApiController {

	private final TaskManagement tasks;

	TaskApiController(TaskManagement tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	@Operation(summary = "Tasks handed to a party: the caller's own party, or any for staff")
	PageResponse<TaskView> list(@RequestParam(required = false) @Nullable UUID party,
			@RequestParam(defaultValue = "true") boolean active, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.tasks.tasksOf(party, active, page, size);
	}

	@GetMapping("/{id}")
	ResponseEntity<TaskView> get(@PathVariable UUID id) {
		TaskView task = this.tasks.task(id);
		return Versions.ok(task.version(), task);
	}

	@PostMapping(path = "/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Move the task along its lifecycle",
			description = "to: ACCEPTED, QUERIED (with the question as text), COMPLETED (with the outcome), DECLINED or CANCELLED (with the reason). Needs If-Match.")
	ResponseEntity<TaskView> transition(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody Transition transition) {
		TaskView task = this.tasks.transition(id, Versions.fromIfMatch(ifMatch), transition.to(), transition.text());
		return Versions.ok(task.version(), task);
	}

	@PostMapping(path = "/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A message on the task, from either side")
	ResponseEntity<TaskView> message(@PathVariable UUID id, @Valid @RequestBody Message message) {
		TaskView task = this.tasks.message(id, message.body(), List.of());
		return Versions.ok(task.version(), task);
	}

	@PostMapping(path = "/{id}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The request's side answers the party's question")
	ResponseEntity<TaskView> answer(@PathVariable UUID id, @Valid @RequestBody Message message) {
		TaskView task = this.tasks.answer(id, message.body(), List.of());
		return Versions.ok(task.version(), task);
	}

	record Transition(@NotNull TaskStatus to, @Nullable @Size(max = 4000) String text) {

	}

	record Message(@NotBlank @Size(max = 20000) String body) {

	}

}
