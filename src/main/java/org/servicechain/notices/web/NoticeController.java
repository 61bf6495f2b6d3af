package org.servicechain.notices.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.chain.ChainManagement;
import org.servicechain.notices.NewServiceNotice;
import org.servicechain.notices.NoticeAccessPolicy;
import org.servicechain.notices.NoticeKind;
import org.servicechain.notices.NoticeSubject;
import org.servicechain.notices.ServiceNoticeView;
import org.servicechain.notices.ServiceNotices;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * Service notices for staff: the paged list with the form to declare one (managers), a
 * notice's page with who was told and who was not reached, updates and the all-clear, and
 * two partials other pages load: the dashboard's current notices and a request's notices.
 */
@Controller
class NoticeController {

	static final ZoneId DISPLAY_ZONE = ZoneId.systemDefault();

	private static final String LIST = "notices/notices";

	private static final String DETAIL = "notices/notice";

	private final ServiceNotices notices;

	private final NoticeAccessPolicy policy;

	private final ChainManagement chain;

	NoticeController(ServiceNotices notices, NoticeAccessPolicy policy, ChainManagement chain) {
		this.notices = notices;
		this.policy = policy;
		this.chain = chain;
	}

	/**
	 * The form as typed: where is {@code PARTY:<id>}, {@code LINK:<id>} or
	 * {@code SERVICE:<id>}; times are local date-times of the display zone.
	 */
	record NoticeForm(@Nullable String kind, @Nullable String where, @Nullable String title, @Nullable String message,
			@Nullable String startsAt, @Nullable String endsAt) {

		static NoticeForm empty() {
			return new NoticeForm("PLANNED_WORK", null, null, null, null, null);
		}

	}

	@GetMapping("/notices")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean current,
			Model model) {
		return showList(page, current, NoticeForm.empty(), Map.of(), model);
	}

	@PostMapping("/notices")
	String declare(NoticeForm form, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		NoticeSubject subject = null;
		UUID subjectId = null;
		if (form.where() != null && form.where().contains(":")) {
			String[] parts = form.where().split(":", 2);
			try {
				subject = NoticeSubject.valueOf(parts[0]);
				subjectId = UUID.fromString(parts[1]);
			}
			catch (IllegalArgumentException ex) {
				errors.put("subjectId", "choose a party, link or service from the list");
			}
		}
		NoticeKind kind = null;
		try {
			kind = (form.kind() != null && !form.kind().isBlank()) ? NoticeKind.valueOf(form.kind()) : null;
		}
		catch (IllegalArgumentException ex) {
			errors.put("kind", "choose planned work or an incident");
		}
		Instant startsAt = time(form.startsAt(), "startsAt", errors);
		Instant endsAt = time(form.endsAt(), "endsAt", errors);
		if (errors.isEmpty()) {
			try {
				ServiceNoticeView notice = this.notices.declare(new NewServiceNotice(kind, subject, subjectId,
						form.title(), form.message(), startsAt, endsAt, null));
				redirect.addFlashAttribute("message", notice.reference() + " declared: " + notice.reachedCount()
						+ " people told, " + notice.unreached().size() + " not reached.");
				return "redirect:/notices/" + notice.id();
			}
			catch (InvalidInputException ex) {
				ex.getViolations().forEach((violation) -> errors.putIfAbsent(violation.field(), violation.message()));
			}
		}
		return showList(0, false, form, errors, model);
	}

	@GetMapping("/notices/{id}")
	String notice(@PathVariable UUID id, Model model) {
		model.addAttribute("notice", this.notices.notice(id));
		model.addAttribute("manager", this.policy.canDeclare());
		return DETAIL;
	}

	@PostMapping("/notices/{id}/updates")
	String update(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String message, RedirectAttributes redirect) {
		return say(id, redirect, () -> this.notices.update(id, version, message), "Update sent to the same people.");
	}

	@PostMapping("/notices/{id}/all-clear")
	String allClear(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String message, RedirectAttributes redirect) {
		return say(id, redirect, () -> this.notices.allClear(id, version, message),
				"All clear given to the same people.");
	}

	/**
	 * The dashboard's panel: notices without the all-clear.
	 */
	@GetMapping("/notices/current")
	String current(Model model) {
		model.addAttribute("current", this.notices.notices(true, 0, 5));
		return "notices/panels :: current";
	}

	/**
	 * The request page's panel: the notices the request was raised under.
	 */
	@GetMapping("/requests/{id}/notices")
	String ofRequest(@PathVariable UUID id, Model model) {
		model.addAttribute("linked", this.notices.linkedTo(id));
		return "notices/panels :: request";
	}

	private String say(UUID id, RedirectAttributes redirect, java.util.function.Supplier<ServiceNoticeView> action,
			String done) {
		try {
			action.get();
			redirect.addFlashAttribute("message", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error", "Someone changed this notice meanwhile; here it is as it is now.");
		}
		return "redirect:/notices/" + id;
	}

	private String showList(int page, boolean current, NoticeForm form, Map<String, String> errors, Model model) {
		model.addAttribute("notices", this.notices.notices(current, page, 25));
		model.addAttribute("current", current);
		boolean manager = this.policy.canDeclare();
		model.addAttribute("manager", manager);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		if (manager) {
			model.addAttribute("parties", this.chain.allParties());
			model.addAttribute("services", this.chain.services());
			model.addAttribute("links", this.chain.links(null, null));
		}
		model.addAttribute("kinds", List.of(NoticeKind.values()));
		return LIST;
	}

	private static @Nullable Instant time(@Nullable String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value).atZone(DISPLAY_ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "give a date and time, e.g. 2026-12-01T09:00");
			return null;
		}
	}

}
