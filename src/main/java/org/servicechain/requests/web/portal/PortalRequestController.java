package org.servicechain.requests.web.portal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
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
import org.servicechain.requests.Conversation;
import org.servicechain.requests.Level;
import org.servicechain.requests.RequestChannel;
import org.servicechain.requests.RequestFilter;
import org.servicechain.requests.RequestManagement;
import org.servicechain.requests.RequestQueries;
import org.servicechain.requests.RequestStatus;
import org.servicechain.requests.RequestView;
import org.servicechain.requests.RequestsSettings;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * The customer portal's requests (INT-2, REQ-1): the customer's own requests, raising
 * one, and the request page with its public conversation, where the customer replies,
 * confirms or reopens a resolution and escalates an overdue or urgent request. Every step
 * either succeeds and returns to the page with a message, or shows the page again with
 * the problem next to the form and what was typed kept. The module decides what the
 * customer sees: another customer's request is not found, exactly like one that does not
 * exist.
 */
@Controller
@RequestMapping("/portal/requests")
class PortalRequestController {

	static final String LIST = "requests/portal/request-list";

	static final String FORM = "requests/portal/request-form";

	static final String DETAIL = "requests/portal/request-detail";

	static final String CARDS = "requests/portal/portal-cards";

	private static final String BASE = "/portal/requests";

	private static final int PAGE_SIZE = 20;

	private static final int OVERVIEW_SIZE = 5;

	private final RequestManagement requests;

	private final RequestQueries queries;

	private final Conversation conversation;

	private final RequestsSettings settings;

	private final Clock clock;

	PortalRequestController(RequestManagement requests, RequestQueries queries, Conversation conversation,
			RequestsSettings settings, Clock clock) {
		this.requests = requests;
		this.queries = queries;
		this.conversation = conversation;
		this.settings = settings;
		this.clock = clock;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "requester", "priority");
	}

	@ModelAttribute("times")
	DisplayTimes times() {
		return new DisplayTimes(this.clock);
	}

	// The customer's requests

	/**
	 * @param show {@code open} (the default: what is still being worked on) or
	 * {@code all}
	 */
	@GetMapping
	String list(@RequestParam(defaultValue = "open") String show, @RequestParam(defaultValue = "0") int page,
			Model model) {
		boolean all = "all".equals(show);
		model.addAttribute("page", this.queries.list(filter(all), Math.max(0, page), PAGE_SIZE));
		model.addAttribute("all", all);
		return LIST;
	}

	/**
	 * The portal landing page's card: the customer's open requests, loaded by htmx.
	 */
	@HxRequest
	@GetMapping("/overview")
	String overview(Model model) {
		model.addAttribute("page", this.queries.list(filter(false), 0, OVERVIEW_SIZE));
		return CARDS + " :: requests";
	}

	@GetMapping("/overview")
	String overviewPage() {
		return "redirect:" + BASE;
	}

	// Raising a request

	@GetMapping("/new")
	String raiseForm(Model model) {
		form(model, RaiseForm.empty(), Map.of(), false);
		return FORM;
	}

	/**
	 * The priority the desk's matrix gives the impact and urgency chosen so far, shown as
	 * the customer chooses.
	 */
	@HxRequest
	@GetMapping("/priority")
	String priority(@RequestParam(required = false) @Nullable Level impact,
			@RequestParam(required = false) @Nullable Level urgency, Model model) {
		model.addAttribute("priority",
				(impact != null && urgency != null) ? this.queries.matrix().priorityOf(impact, urgency) : null);
		return FORM + " :: priority";
	}

	@GetMapping("/priority")
	String priorityPage() {
		return "redirect:" + BASE + "/new";
	}

	@PostMapping
	String raise(@Valid @ModelAttribute("form") @Nullable RaiseForm form, BindingResult binding,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		RaiseForm shown = (form != null) ? form : RaiseForm.empty();
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding));
		if (errors.isEmpty()) {
			try {
				RequestView raised = this.requests.raise(shown.toRequest(ownParty()), FormFiles.of(files),
						RequestChannel.PORTAL);
				redirect.addFlashAttribute("message",
						raised.reference() + " raised. We will reply here; " + "you can add to it at any time.");
				return "redirect:" + BASE + "/" + raised.id();
			}
			catch (InvalidInputException ex) {
				errors.putAll(FormFiles.fieldsOf("", FormErrors.of(ex)));
			}
		}
		form(model, shown, errors, !FormFiles.of(files).isEmpty());
		return FORM;
	}

	// One request

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return page(this.queries.request(id), model);
	}

	@PostMapping("/{id}/replies")
	String reply(@PathVariable UUID id, @Valid @ModelAttribute("reply") @Nullable MessageForm form,
			BindingResult binding, @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			Model model, RedirectAttributes redirect) {
		return act(id, "reply", binding, model, redirect, "Your reply was sent.",
				() -> this.conversation.reply(id, String.valueOf(form.body()), FormFiles.of(files)));
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable UUID id, @Valid @ModelAttribute("confirm") StepForms.@Nullable Confirm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return act(id, "confirm", binding, model, redirect, "Thank you: the request is closed.",
				() -> this.requests.transition(id, form.version(), RequestStatus.CLOSED,
						(form.comment() == null || form.comment().isBlank()) ? "The customer confirmed the resolution"
								: form.comment()));
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable UUID id, @Valid @ModelAttribute("reopen") StepForms.@Nullable Reopen form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return act(id, "reopen", binding, model, redirect, "Reopened: the team will pick it up again.",
				() -> this.requests.transition(id, form.version(), RequestStatus.OPEN, form.reason()));
	}

	@PostMapping("/{id}/escalate")
	String escalate(@PathVariable UUID id, @Valid @ModelAttribute("escalate") StepForms.@Nullable Escalate form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return act(id, "escalate", binding, model, redirect, "Escalated: the managers have been told.",
				() -> this.requests.escalate(id, form.reason()));
	}

	// Helpers

	private String page(RequestView request, Model model) {
		model.addAttribute("request", request);
		model.addAttribute("escalation", Escalation.of(request, (DisplayTimes) model.getAttribute("times")));
		model.addAttribute("canConfirm", request.transitions().contains(RequestStatus.CLOSED));
		model.addAttribute("canReopen", request.transitions().contains(RequestStatus.OPEN));
		model.addAttribute("limits", this.settings);
		putIfAbsent(model, "reply", MessageForm.empty());
		putIfAbsent(model, "confirm", StepForms.Confirm.empty());
		putIfAbsent(model, "reopen", StepForms.Reopen.empty());
		putIfAbsent(model, "escalate", StepForms.Escalate.empty());
		putIfAbsent(model, "errors", Map.of());
		return DETAIL;
	}

	/**
	 * Takes one step on the request page. The request is read again for the page shown
	 * after a refusal, so a request the caller may not see is not found there too.
	 */
	private String act(UUID id, String form, BindingResult binding, Model model, RedirectAttributes redirect,
			String done, Runnable step) {
		Map<String, String> errors = FormFiles.fieldsOf(form, FormErrors.of(binding));
		if (errors.isEmpty()) {
			try {
				step.run();
				redirect.addFlashAttribute("message", done);
				return "redirect:" + BASE + "/" + id;
			}
			catch (InvalidInputException ex) {
				errors = FormFiles.fieldsOf(form, FormErrors.of(ex));
			}
			catch (StaleVersionException ex) {
				model.addAttribute("conflict", ex);
			}
		}
		// The page shows the current version, so the step can be taken again on it.
		model.addAttribute(form, reset(form, model.getAttribute(form)));
		model.addAttribute("errors", errors);
		model.addAttribute("failed", form);
		return page(this.queries.request(id), model);
	}

	/**
	 * @return the form as typed, without the version it was sent from (the page fills in
	 * the current one); an empty form when what was sent could not even be read.
	 */
	private static Object reset(String form, @Nullable Object typed) {
		return switch (form) {
			case "confirm" ->
				new StepForms.Confirm(null, (typed instanceof StepForms.Confirm confirm) ? confirm.comment() : "");
			case "reopen" ->
				new StepForms.Reopen(null, (typed instanceof StepForms.Reopen reopen) ? reopen.reason() : "");
			case "escalate" -> (typed != null) ? typed : StepForms.Escalate.empty();
			default -> (typed != null) ? typed : MessageForm.empty();
		};
	}

	private void form(Model model, RaiseForm form, Map<String, String> errors, boolean filesDropped) {
		UUID party = ownParty();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("filesDropped", filesDropped && !errors.isEmpty());
		model.addAttribute("services", this.queries.servicesFor(party));
		model.addAttribute("categories", this.queries.categories());
		model.addAttribute("levels", Level.values());
		model.addAttribute("matrix", this.queries.matrix());
		model.addAttribute("priority", (form.impact() != null && form.urgency() != null)
				? this.queries.matrix().priorityOf(form.impact(), form.urgency()) : null);
		model.addAttribute("limits", this.settings);
	}

	private static RequestFilter filter(boolean all) {
		return new RequestFilter(null, all ? null : Boolean.TRUE, null, null, null, null, null, null, null, null, null,
				null, all ? "-opened" : null);
	}

	private static UUID ownParty() {
		UUID party = CurrentUser.get().map(CurrentUser::partyId).orElse(null);
		if (party == null) {
			throw new AccessDeniedException("Customers act for their own party");
		}
		return party;
	}

	private static void putIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
