package org.servicechain.requests.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.servicechain.agreements.Priority;
import org.servicechain.requests.Conversation;
import org.servicechain.requests.MessageView;
import org.servicechain.requests.NewRequest;
import org.servicechain.requests.NewTask;
import org.servicechain.requests.RequestChannel;
import org.servicechain.requests.RequestEventView;
import org.servicechain.requests.RequestFilter;
import org.servicechain.requests.RequestManagement;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestStatus;
import org.servicechain.requests.RequestSummary;
import org.servicechain.requests.RequestView;
import org.servicechain.requests.TaskCandidate;
import org.servicechain.requests.TaskManagement;
import org.servicechain.requests.TaskView;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Versions;

/**
 * Requests over the API (REQ-1, REQ-2, REQ-4, REQ-5). The names of the paths and of the
 * create fields are fixed: tools outside the project are written against them. Creates
 * honour {@code Idempotency-Key}; changes to a request name the version they were made
 * from in {@code If-Match}. Customers use the same endpoints and see only their own
 * requests' public side.
 */
@RestController
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Requests")
class RequestApiController {

	private final RequestManagement requests;

	private final RequestQueries queries;

	private final Conversation conversation;

	private final TaskManagement tasks;

	RequestApiController(RequestManagement requests, RequestQueries queries, Conversation conversation,
			TaskManagement tasks) {
		this.requests = requests;
		this.queries = queries;
		this.conversation = conversation;
		this.tasks = tasks;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Raise a request",
			description = "The service must be delivered to the requester on the chain. Priority follows from impact and urgency through the desk's matrix; staff may set another with priorityReason. Honours Idempotency-Key.")
	ResponseEntity<RequestView> raise(@Valid @RequestBody NewRequest request) {
		return created(this.requests.raise(request, List.of(), RequestChannel.API));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Raise a request with attachments",
			description = "The request as JSON in the part 'request', files in parts named 'files'.")
	ResponseEntity<RequestView> raiseWithFiles(@Valid @RequestPart("request") NewRequest request,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) {
		return created(this.requests.raise(request, ApiUploads.of(files), RequestChannel.API));
	}

	@GetMapping
	@Operation(summary = "Requests the caller may see, filtered and paged",
			description = "sort: due, priority, opened, activity, reference or status, '-' in front for descending.")
	PageResponse<RequestSummary> list(@RequestParam(required = false) @Nullable List<RequestStatus> status,
			@RequestParam(required = false) @Nullable Boolean active,
			@RequestParam(required = false) @Nullable Priority priority,
			@RequestParam(required = false) @Nullable UUID service,
			@RequestParam(required = false) @Nullable UUID requester,
			@RequestParam(required = false) @Nullable UUID team,
			@RequestParam(required = false) @Nullable Boolean internal,
			@RequestParam(required = false) @Nullable String waitingOn,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant dueBefore,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Boolean escalated,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.queries.list(new RequestFilter(status, active, priority, service, requester, team, internal,
				waitingOn, dueBefore, assignee, q, escalated, sort), page, size);
	}

	@GetMapping("/{id}")
	ResponseEntity<RequestView> get(@PathVariable UUID id) {
		RequestView request = this.queries.request(id);
		return Versions.ok(request.version(), request);
	}

	@GetMapping("/{id}/events")
	@Operation(summary = "The request's append-only history (staff)")
	List<RequestEventView> events(@PathVariable UUID id) {
		return this.queries.history(id);
	}

	@GetMapping("/{id}/audit")
	@Operation(summary = "Who changed what on the request and its tasks (staff)")
	List<AuditEntryView> audit(@PathVariable UUID id) {
		return this.queries.audit(id);
	}

	@PostMapping(path = "/{id}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A public reply, by the staff who work the request or by the customer",
			description = "Honours Idempotency-Key.")
	ResponseEntity<MessageView> reply(@PathVariable UUID id, @Valid @RequestBody Message message) {
		return message(id, this.conversation.reply(id, message.body(), List.of(), message.minutesSpent()));
	}

	@PostMapping(path = "/{id}/replies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MessageView> replyWithFiles(@PathVariable UUID id, @RequestParam("body") String body,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) {
		return message(id, this.conversation.reply(id, body, ApiUploads.of(files)));
	}

	@PostMapping(path = "/{id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "An internal note: staff only, never shown to customers or partners")
	ResponseEntity<MessageView> note(@PathVariable UUID id, @Valid @RequestBody Message message) {
		return message(id, this.conversation.note(id, message.body(), List.of(), message.minutesSpent()));
	}

	@PostMapping(path = "/{id}/notes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MessageView> noteWithFiles(@PathVariable UUID id, @RequestParam("body") String body,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) {
		return message(id, this.conversation.note(id, body, ApiUploads.of(files)));
	}

	@PostMapping(path = "/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Move the request along its lifecycle",
			description = "to: OPEN, WAITING_ON_CUSTOMER, WAITING_ON_PARTNER, RESOLVED or CLOSED, with a reason. OPEN takes, resumes or reopens it, whichever applies. Customers may CLOSE (confirm) or reopen (OPEN) a resolved request. Needs If-Match.")
	ResponseEntity<RequestView> transition(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody Transition transition) {
		return ok(this.requests.transition(id, Versions.fromIfMatch(ifMatch), transition.to(), transition.reason()));
	}

	@PutMapping(path = "/{id}/assignee", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Give the request to someone (null to nobody), or auto: true for least-loaded assignment")
	ResponseEntity<RequestView> assign(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody AssigneeChange change) {
		long version = Versions.fromIfMatch(ifMatch);
		if (Boolean.TRUE.equals(change.auto())) {
			return ok(this.requests.autoAssign(id, version));
		}
		return ok(this.requests.assign(id, version, change.assignee(), change.reason()));
	}

	@PutMapping(path = "/{id}/priority", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change the priority, with a reason; the due times follow")
	ResponseEntity<RequestView> priority(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody PriorityChange change) {
		return ok(this.requests.changePriority(id, Versions.fromIfMatch(ifMatch), change.priority(), change.reason()));
	}

	@PostMapping(path = "/{id}/escalations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The customer escalates an overdue or urgent request, with a reason")
	ResponseEntity<RequestView> escalate(@PathVariable UUID id, @Valid @RequestBody Escalation escalation) {
		return ok(this.requests.escalate(id, escalation.reason()));
	}

	@PostMapping(path = "/reassignments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Give many requests to one person with one reason; all or none")
	Reassigned reassign(@Valid @RequestBody Reassignment reassignment) {
		return new Reassigned(
				this.requests.reassign(reassignment.requests(), reassignment.assignee(), reassignment.reason()));
	}

	@GetMapping("/{id}/tasks")
	List<TaskView> tasks(@PathVariable UUID id) {
		return this.queries.request(id).tasks();
	}

	@GetMapping("/{id}/task-candidates")
	@Operation(summary = "Where the request's work can go: links upstream of its service, with their agreements")
	List<TaskCandidate> candidates(@PathVariable UUID id) {
		return this.tasks.candidates(id);
	}

	@PostMapping(path = "/{id}/tasks", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Hand a task to a team or supplier upstream of the request's service",
			description = "A party that is not upstream needs offChainReason. Honours Idempotency-Key.")
	ResponseEntity<TaskView> handOver(@PathVariable UUID id, @Valid @RequestBody NewTask task) {
		TaskView created = this.tasks.handOver(id, task, List.of());
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + created.id()))
			.eTag(Versions.etag(created.version()))
			.body(created);
	}

	private static ResponseEntity<RequestView> created(RequestView request) {
		return ResponseEntity.created(URI.create("/api/v1/requests/" + request.id()))
			.eTag(Versions.etag(request.version()))
			.body(request);
	}

	private static ResponseEntity<RequestView> ok(RequestView request) {
		return Versions.ok(request.version(), request);
	}

	private static ResponseEntity<MessageView> message(UUID requestId, MessageView message) {
		return ResponseEntity.created(URI.create("/api/v1/requests/" + requestId + "#" + message.id())).body(message);
	}

	/**
	 * @param minutesSpent optional time accounting by staff: minutes worked, 1 to 1,440
	 */
	record Message(@NotBlank @Size(max = 20000) String body, @Nullable Integer minutesSpent) {

	}

	record Transition(@NotNull RequestStatus to, @Nullable @Size(max = 1000) String reason) {

	}

	record AssigneeChange(@Nullable String assignee, @Nullable @Size(max = 1000) String reason,
			@Nullable Boolean auto) {

	}

	record PriorityChange(@NotNull Priority priority, @Nullable @Size(max = 1000) String reason) {

	}

	record Escalation(@Nullable @Size(max = 1000) String reason) {

	}

	record Reassignment(@NotNull @Size(min = 1, max = 200) List<UUID> requests, @Nullable String assignee,
			@Nullable @Size(max = 1000) String reason) {

	}

	record Reassigned(int reassigned) {

	}

}
