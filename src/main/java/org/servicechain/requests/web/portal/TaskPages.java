package org.servicechain.requests.web.portal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.identity.CurrentUser;
import org.servicechain.requests.RequestsSettings;
import org.servicechain.requests.TaskManagement;
import org.servicechain.requests.TaskView;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.StaleVersionException;

/**
 * What the partner portal's task pages and the staff task pages have in common (REQ-2):
 * the task page, where the party the task was handed to accepts it, writes to the
 * requester's agent, asks them a question, completes it with an outcome or declines it,
 * and the party's task list. Partner users work them under {@code /portal/tasks},
 * internal team members under {@code /tasks}, on the same pages.
 */
@Component
class TaskPages {

	static final String LIST = "requests/portal/task-list";

	static final String DETAIL = "requests/portal/task-detail";

	static final int PAGE_SIZE = 25;

	/**
	 * Where a task's pages live: the partner portal or the staff UI.
	 *
	 * @param base the address of the task list; a task's page is {@code base/{id}}
	 * @param attachments where its files are downloaded from
	 * @param portal whether this is the partner portal (no staff links)
	 */
	record Where(String base, String attachments, boolean portal) {

		static final Where PORTAL = new Where("/portal/tasks", "/portal/attachments", true);

		static final Where STAFF = new Where("/tasks", "/api/v1/attachments", false);

	}

	private final TaskManagement tasks;

	private final RequestsSettings settings;

	TaskPages(TaskManagement tasks, RequestsSettings settings) {
		this.tasks = tasks;
		this.settings = settings;
	}

	/**
	 * Fills the model of a party's task list: its open tasks first, by due time, then the
	 * finished ones.
	 * @param partyId the party, or {@literal null} for the caller's own
	 */
	void list(Model model, @Nullable UUID partyId, int page, Where where) {
		PageResponse<TaskView> tasks = this.tasks.queueOf(partyId, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("page", tasks);
		model.addAttribute("open", tasks.items().stream().filter((task) -> task.status().active()).toList());
		model.addAttribute("finished", tasks.items().stream().filter((task) -> !task.status().active()).toList());
		model.addAttribute("openCount", this.tasks.tasksOf(partyId, true, 0, 1).totalItems());
		model.addAttribute("where", where);
	}

	String detail(UUID id, Where where, Model model) {
		return page(this.tasks.task(id), where, model);
	}

	String page(TaskView task, Where where, Model model) {
		model.addAttribute("task", task);
		model.addAttribute("where", where);
		model.addAttribute("works", worksIt(task));
		model.addAttribute("limits", this.settings);
		putIfAbsent(model, "reply", MessageForm.empty());
		putIfAbsent(model, "question", MessageForm.empty());
		putIfAbsent(model, "complete", StepForms.Complete.empty());
		putIfAbsent(model, "decline", StepForms.Decline.empty());
		putIfAbsent(model, "errors", Map.of());
		return DETAIL;
	}

	// The steps of the party a task was handed to

	String accept(UUID id, @Nullable Long version, Where where, Model model, RedirectAttributes redirect) {
		return act(id, where, "accept", null, model, redirect, "Accepted: the requester's agent can see you have it.",
				() -> this.tasks.accept(id, version == null ? -1 : version));
	}

	String message(UUID id, @Nullable MessageForm form, BindingResult binding, @Nullable List<MultipartFile> files,
			Where where, Model model, RedirectAttributes redirect) {
		return act(id, where, "reply", binding, model, redirect, "Message sent.",
				() -> this.tasks.message(id, String.valueOf(form.body()), FormFiles.of(files)));
	}

	String ask(UUID id, @Nullable MessageForm form, BindingResult binding, @Nullable List<MultipartFile> files,
			Where where, Model model, RedirectAttributes redirect) {
		return act(id, where, "question", binding, model, redirect,
				"Question sent: the task waits for the agent's answer.",
				() -> this.tasks.ask(id, String.valueOf(form.body()), FormFiles.of(files)));
	}

	String complete(UUID id, StepForms.@Nullable Complete form, BindingResult binding, Where where, Model model,
			RedirectAttributes redirect) {
		return act(id, where, "complete", binding, model, redirect, "Completed: the requester's agent has been told.",
				() -> this.tasks.complete(id, form.version(), form.outcome()));
	}

	String decline(UUID id, StepForms.@Nullable Decline form, BindingResult binding, Where where, Model model,
			RedirectAttributes redirect) {
		return act(id, where, "decline", binding, model, redirect, "Declined: the requester's agent has been told.",
				() -> this.tasks.decline(id, form.version(), form.reason()));
	}

	/**
	 * Takes one step on the task page: on success back to the page with a message; a
	 * broken rule or a stale copy shows the page again, saying what is wrong next to the
	 * form. The task is read again for that page, so a task the caller may not see is not
	 * found there too.
	 */
	private String act(UUID id, Where where, String form, @Nullable BindingResult binding, Model model,
			RedirectAttributes redirect, String done, Runnable step) {
		Map<String, String> errors = (binding != null) ? FormFiles.fieldsOf(form, FormErrors.of(binding)) : Map.of();
		if (errors.isEmpty()) {
			try {
				step.run();
				redirect.addFlashAttribute("message", done);
				return "redirect:" + where.base() + "/" + id;
			}
			catch (InvalidInputException ex) {
				errors = FormFiles.fieldsOf(form, FormErrors.of(ex));
			}
			catch (StaleVersionException ex) {
				model.addAttribute("conflict", ex);
			}
		}
		model.addAttribute(form, reset(form, model.getAttribute(form)));
		model.addAttribute("errors", errors);
		model.addAttribute("failed", form);
		return page(this.tasks.task(id), where, model);
	}

	/**
	 * @return the form as typed, without the version it was sent from (the page fills in
	 * the current one); an empty form when what was sent could not even be read.
	 */
	private static Object reset(String form, @Nullable Object typed) {
		return switch (form) {
			case "complete" ->
				new StepForms.Complete(null, (typed instanceof StepForms.Complete complete) ? complete.outcome() : "");
			case "decline" ->
				new StepForms.Decline(null, (typed instanceof StepForms.Decline decline) ? decline.reason() : "");
			default -> (typed != null) ? typed : MessageForm.empty();
		};
	}

	/**
	 * @return whether the signed-in user works the task: it was handed to their own
	 * party. Others who may read it (the front line) answer and cancel from the request.
	 */
	private static boolean worksIt(TaskView task) {
		return CurrentUser.get().map(CurrentUser::partyId).map(task.partyId()::equals).orElse(false);
	}

	private static void putIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
