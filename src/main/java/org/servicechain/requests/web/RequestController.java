package org.servicechain.requests.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.agreements.Priority;
import org.servicechain.requests.Conversation;
import org.servicechain.requests.DeskManagement;
import org.servicechain.requests.Level;
import org.servicechain.requests.NewTask;
import org.servicechain.requests.RequestManagement;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestStatus;
import org.servicechain.requests.RequestView;
import org.servicechain.requests.TaskManagement;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.StaleVersionException;

/**
 * The staff pages of a request (REQ-1, REQ-2, REQ-4, REQ-5): the list with filters,
 * sorting, saved views and bulk reassignment, and the request page with everything an
 * agent does to it. Each action either succeeds and returns to the page with a message,
 * or shows the page again with the error beside the form and what was typed kept.
 */
@Controller
@RequestMapping("/requests")
class RequestController {

	static final String LIST = "requests/request-list";

	static final String DETAIL = "requests/request-detail";

	private final RequestManagement requests;

	private final RequestQueries queries;

	private final Conversation conversation;

	private final TaskManagement tasks;

	private final DeskManagement desk;

	RequestController(RequestManagement requests, RequestQueries queries, Conversation conversation,
			TaskManagement tasks, DeskManagement desk) {
		this.requests = requests;
		this.queries = queries;
		this.conversation = conversation;
		this.tasks = tasks;
		this.desk = desk;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	// The list

	@GetMapping
	String list(@ModelAttribute("query") ListQuery query, HttpServletRequest http, Model model) {
		PageResponse<org.servicechain.requests.RequestSummary> page = this.queries.list(query.filter(),
				query.pageNumber(), query.pageSize());
		model.addAttribute("page", page);
		String queryString = http.getQueryString() == null ? "" : http.getQueryString();
		model.addAttribute("queryString", without(queryString, "page"));
		model.addAttribute("sortBase", prefix(without(queryString, "sort", "page")));
		model.addAttribute("pageBase", prefix(without(queryString, "page")));
		model.addAttribute("now", java.time.Instant.now());
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("requesters", this.queries.requesters());
		model.addAttribute("teams", this.queries.teams());
		model.addAttribute("views", this.desk.savedViews());
		model.addAttribute("staff", this.queries.assignable(null));
		return LIST;
	}

	@PostMapping("/views")
	String saveView(@RequestParam String name, @RequestParam(defaultValue = "") String query,
			RedirectAttributes redirect) {
		try {
			this.desk.saveView(name, query);
			redirect.addFlashAttribute("message", "View '" + name.strip() + "' saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
		}
		return "redirect:/requests" + (query.isBlank() ? "" : "?" + query);
	}

	@PostMapping("/views/{viewId}/delete")
	String deleteView(@PathVariable UUID viewId, RedirectAttributes redirect) {
		this.desk.deleteView(viewId);
		redirect.addFlashAttribute("message", "View removed.");
		return "redirect:/requests";
	}

	@PostMapping("/reassign")
	String reassign(@RequestParam(name = "ids", required = false) @Nullable List<UUID> ids,
			@RequestParam(defaultValue = "") String assignee, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String query, RedirectAttributes redirect) {
		try {
			int moved = this.requests.reassign(ids == null ? List.of() : ids, assignee, reason);
			redirect.addFlashAttribute("message", moved + (moved == 1 ? " request" : " requests")
					+ (assignee.isBlank() ? " unassigned." : " reassigned."));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Nothing was reassigned: " + ex.getViolations().get(0).message() + ".");
		}
		return "redirect:/requests" + (query.isBlank() ? "" : "?" + query);
	}

	/**
	 * @return the query string without the named parameters.
	 */
	static String without(String queryString, String... names) {
		List<String> kept = new ArrayList<>();
		for (String pair : queryString.split("&")) {
			String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
			if (!pair.isEmpty() && !List.of(names).contains(name)) {
				kept.add(pair);
			}
		}
		return String.join("&", kept);
	}

	private static String prefix(String queryString) {
		return queryString.isEmpty() ? "" : queryString + "&";
	}

	// One request

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return page(this.queries.request(id), model);
	}

	@GetMapping("/{id}/conversation")
	String conversationPartial(@PathVariable UUID id, Model model) {
		model.addAttribute("request", this.queries.request(id));
		return DETAIL + " :: conversation";
	}

	@PostMapping("/{id}/messages")
	String message(@PathVariable UUID id, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "PUBLIC") String visibility,
			@RequestParam(defaultValue = "") String minutesSpent,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		boolean note = "INTERNAL".equals(visibility);
		try {
			Integer minutes = minutes(minutesSpent);
			if (note) {
				this.conversation.note(id, body, Uploads.of(files), minutes);
			}
			else {
				this.conversation.reply(id, body, Uploads.of(files), minutes);
			}
			redirect.addFlashAttribute("message", note ? "Note added." : "Reply sent.");
			return "redirect:/requests/" + id + "#conversation";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("messageErrors", FormErrors.of(ex));
			model.addAttribute("draft", body);
			model.addAttribute("draftMinutes", minutesSpent);
			model.addAttribute("draftVisibility", visibility);
			return page(this.queries.request(id), model);
		}
	}

	@PostMapping("/{id}/transition")
	String transition(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable RequestStatus to, @RequestParam(defaultValue = "") String reason,
			Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "transition", () -> {
			if (to == null) {
				throw new InvalidInputException("to", "required", "choose where the request goes");
			}
			RequestView moved = this.requests.transition(id, version, to, reason);
			return moved.reference() + " is now " + moved.status().label().toLowerCase(java.util.Locale.ROOT) + ".";
		}, Map.of("reason", reason));
	}

	@PostMapping("/{id}/take")
	String take(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "assign", () -> {
			String me = org.servicechain.identity.CurrentUser.get().orElseThrow().getUsername();
			RequestView taken = this.requests.assign(id, version, me, "Taken by " + me);
			if (taken.status() == RequestStatus.NEW) {
				this.requests.transition(id, taken.version(), RequestStatus.OPEN, "Taken on");
			}
			return "You have " + taken.reference() + ".";
		}, Map.of());
	}

	@PostMapping("/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String assignee,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean auto,
			Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "assign", () -> {
			RequestView assigned = auto ? this.requests.autoAssign(id, version)
					: this.requests.assign(id, version, assignee, reason);
			return assigned.assigneeName() != null ? assigned.reference() + " is with " + assigned.assigneeName() + "."
					: assigned.reference() + " is unassigned.";
		}, Map.of("reason", reason));
	}

	@PostMapping("/{id}/priority")
	String priority(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable Priority priority, @RequestParam(defaultValue = "") String reason,
			Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "priority", () -> {
			if (priority == null) {
				throw new InvalidInputException("priority", "required", "choose a priority");
			}
			RequestView changed = this.requests.changePriority(id, version, priority, reason);
			return changed.reference() + " is now " + changed.priority().label() + "; its due times follow.";
		}, Map.of("reason", reason));
	}

	@PostMapping("/{id}/tasks")
	String handOver(@PathVariable UUID id, @ModelAttribute("taskForm") TaskForm form,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		try {
			NewTask task = form.toCommand();
			var handed = this.tasks.handOver(id, task, Uploads.of(files));
			redirect.addFlashAttribute("message", handed.reference() + " handed to " + handed.partyName() + ".");
			return "redirect:/requests/" + id + "#tasks";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("taskErrors", FormErrors.of(ex));
			return page(this.queries.request(id), model);
		}
	}

	@PostMapping("/{id}/tasks/{taskId}/answer")
	String answer(@PathVariable UUID id, @PathVariable UUID taskId, @RequestParam(defaultValue = "") String body,
			Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "task-" + taskId, () -> {
			var task = this.tasks.answer(taskId, body, List.of());
			return "Answer sent to " + task.partyName() + ".";
		}, Map.of("body", body));
	}

	@PostMapping("/{id}/tasks/{taskId}/cancel")
	String cancel(@PathVariable UUID id, @PathVariable UUID taskId, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "task-" + taskId, () -> {
			var task = this.tasks.cancel(taskId, version, reason);
			return task.reference() + " cancelled.";
		}, Map.of("reason", reason));
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID attachmentId) {
		return Downloads.of(this.conversation.download(attachmentId));
	}

	@PostMapping("/notices/{noticeId}/dismiss")
	String dismiss(@PathVariable UUID noticeId, @RequestParam(defaultValue = "/") String back,
			RedirectAttributes redirect) {
		this.desk.dismissNotice(noticeId);
		return "redirect:" + (back.startsWith("/") && !back.startsWith("//") ? back : "/");
	}

	// Helpers

	@FunctionalInterface
	interface Action {

		String run();

	}

	/**
	 * Runs one action on a request: on success back to the page with a message; on bad
	 * input or a stale copy, the page again with the problem beside the form it came
	 * from.
	 */
	private String act(UUID id, Model model, RedirectAttributes redirect, String form, Action action,
			Map<String, String> typed) {
		try {
			redirect.addFlashAttribute("message", action.run());
			return "redirect:/requests/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("actionForm", form);
			model.addAttribute("actionErrors", FormErrors.of(ex));
			model.addAttribute("typed", typed);
			return page(this.queries.request(id), model);
		}
		catch (StaleVersionException ex) {
			model.addAttribute("conflict", ex);
			return page(this.queries.request(id), model);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("raceLost", true);
			return page(this.queries.request(id), model);
		}
	}

	private String page(RequestView request, Model model) {
		model.addAttribute("request", request);
		model.addAttribute("now", java.time.Instant.now());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("levels", Level.values());
		boolean works = !request.transitions().isEmpty() || request.status() == RequestStatus.CLOSED;
		model.addAttribute("works", works);
		if (request.status().active()) {
			model.addAttribute("candidates", safe(() -> this.tasks.candidates(request.id())));
			model.addAttribute("staff", safe(() -> this.queries.assignable(request.teamId())));
			model.addAttribute("parties", safe(() -> this.queries.taskParties()));
		}
		if (!model.containsAttribute("taskForm")) {
			model.addAttribute("taskForm", TaskForm.empty());
		}
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		Map<String, String> labels = new LinkedHashMap<>();
		for (RequestStatus status : request.transitions()) {
			labels.put(status.name(), TransitionLabels.of(request.status(), status));
		}
		model.addAttribute("transitionLabels", labels);
		model.addAttribute("history", safe(() -> this.queries.history(request.id())));
		return DETAIL;
	}

	private static <T> List<T> safe(java.util.function.Supplier<List<T>> read) {
		try {
			return read.get();
		}
		catch (org.springframework.security.access.AccessDeniedException ex) {
			return new ArrayList<>();
		}
	}

	private static @Nullable Integer minutes(String typed) {
		if (typed.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("minutesSpent", "number", "time spent is a whole number of minutes");
		}
	}

}
