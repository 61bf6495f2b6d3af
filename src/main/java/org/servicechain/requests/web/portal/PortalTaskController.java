package org.servicechain.requests.web.portal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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

import org.servicechain.identity.CurrentUser;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.TaskManagement;
import org.servicechain.requests.TaskView;
import org.servicechain.requests.web.portal.TaskPages.Where;
import org.servicechain.shared.PageResponse;

/**
 * The partner portal's tasks (INT-2, REQ-2): the tasks handed to the partner user's own
 * party, open ones first by due time, and the task page where they are worked. Another
 * party's task is not found, exactly like one that does not exist.
 */
@Controller
@RequestMapping("/portal/tasks")
class PortalTaskController {

	private static final int OVERVIEW_SIZE = 3;

	private final TaskPages pages;

	private final TaskManagement tasks;

	private final RequestQueries queries;

	private final Clock clock;

	PortalTaskController(TaskPages pages, TaskManagement tasks, RequestQueries queries, Clock clock) {
		this.pages = pages;
		this.tasks = tasks;
		this.queries = queries;
		this.clock = clock;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("times")
	DisplayTimes times() {
		return new DisplayTimes(this.clock);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		this.pages.list(model, null, page, Where.PORTAL);
		CurrentUser.get()
			.map(CurrentUser::partyId)
			.ifPresent((party) -> model.addAttribute("teamName", this.queries.partyNames().get(party)));
		return TaskPages.LIST;
	}

	/**
	 * The portal landing page's card: how many tasks are open and which are due next,
	 * loaded by htmx.
	 */
	@HxRequest
	@GetMapping("/overview")
	String overview(Model model) {
		PageResponse<TaskView> next = this.tasks.queueOf(null, 0, OVERVIEW_SIZE);
		model.addAttribute("next", next.items().stream().filter((task) -> task.status().active()).toList());
		model.addAttribute("openCount", this.tasks.tasksOf(null, true, 0, 1).totalItems());
		return PortalRequestController.CARDS + " :: tasks";
	}

	@GetMapping("/overview")
	String overviewPage() {
		return "redirect:" + Where.PORTAL.base();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return this.pages.detail(id, Where.PORTAL, model);
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version, Model model,
			RedirectAttributes redirect) {
		return this.pages.accept(id, version, Where.PORTAL, model, redirect);
	}

	@PostMapping("/{id}/messages")
	String message(@PathVariable UUID id, @Valid @ModelAttribute("reply") @Nullable MessageForm form,
			BindingResult binding, @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			Model model, RedirectAttributes redirect) {
		return this.pages.message(id, form, binding, files, Where.PORTAL, model, redirect);
	}

	@PostMapping("/{id}/questions")
	String ask(@PathVariable UUID id, @Valid @ModelAttribute("question") @Nullable MessageForm form,
			BindingResult binding, @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			Model model, RedirectAttributes redirect) {
		return this.pages.ask(id, form, binding, files, Where.PORTAL, model, redirect);
	}

	@PostMapping("/{id}/complete")
	String complete(@PathVariable UUID id, @Valid @ModelAttribute("complete") StepForms.@Nullable Complete form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return this.pages.complete(id, form, binding, Where.PORTAL, model, redirect);
	}

	@PostMapping("/{id}/decline")
	String decline(@PathVariable UUID id, @Valid @ModelAttribute("decline") StepForms.@Nullable Decline form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return this.pages.decline(id, form, binding, Where.PORTAL, model, redirect);
	}

}
