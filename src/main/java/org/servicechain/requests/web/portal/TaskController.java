package org.servicechain.requests.web.portal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

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

import org.servicechain.chain.PartyView;
import org.servicechain.identity.CurrentUser;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.web.portal.TaskPages.Where;

/**
 * Chain tasks in the staff UI (REQ-2): an internal team member's list of the tasks handed
 * to their team, and the task page they work them on, the same page partner users have in
 * the portal. Staff of the front line read any task here (the request's pages link to it)
 * and choose a team's list; they answer and cancel tasks from the request.
 */
@Controller
@RequestMapping("/tasks")
class TaskController {

	private final TaskPages pages;

	private final RequestQueries queries;

	private final Clock clock;

	TaskController(TaskPages pages, RequestQueries queries, Clock clock) {
		this.pages = pages;
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

	/**
	 * @param team the team whose tasks to list, for staff who belong to none; a team
	 * member always sees their own team's
	 */
	@GetMapping
	String list(@RequestParam(required = false) @Nullable UUID team, @RequestParam(defaultValue = "0") int page,
			Model model) {
		UUID ownTeam = CurrentUser.get().map(CurrentUser::partyId).orElse(null);
		List<PartyView> teams = (ownTeam == null) ? this.queries.teams() : List.of();
		UUID shown = (ownTeam != null) ? ownTeam : team;
		model.addAttribute("teams", teams);
		model.addAttribute("team", shown);
		if (shown != null) {
			this.pages.list(model, ownTeam != null ? null : shown, page, Where.STAFF);
			model.addAttribute("teamName", this.queries.partyNames().get(shown));
		}
		else {
			model.addAttribute("where", Where.STAFF);
		}
		return TaskPages.LIST;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return this.pages.detail(id, Where.STAFF, model);
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version, Model model,
			RedirectAttributes redirect) {
		return this.pages.accept(id, version, Where.STAFF, model, redirect);
	}

	@PostMapping("/{id}/messages")
	String message(@PathVariable UUID id, @Valid @ModelAttribute("reply") @Nullable MessageForm form,
			BindingResult binding, @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			Model model, RedirectAttributes redirect) {
		return this.pages.message(id, form, binding, files, Where.STAFF, model, redirect);
	}

	@PostMapping("/{id}/questions")
	String ask(@PathVariable UUID id, @Valid @ModelAttribute("question") @Nullable MessageForm form,
			BindingResult binding, @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			Model model, RedirectAttributes redirect) {
		return this.pages.ask(id, form, binding, files, Where.STAFF, model, redirect);
	}

	@PostMapping("/{id}/complete")
	String complete(@PathVariable UUID id, @Valid @ModelAttribute("complete") StepForms.@Nullable Complete form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return this.pages.complete(id, form, binding, Where.STAFF, model, redirect);
	}

	@PostMapping("/{id}/decline")
	String decline(@PathVariable UUID id, @Valid @ModelAttribute("decline") StepForms.@Nullable Decline form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return this.pages.decline(id, form, binding, Where.STAFF, model, redirect);
	}

}
