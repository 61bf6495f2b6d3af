package org.servicechain.privacy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.identity.StaffMember;
import org.servicechain.privacy.DataSubject;
import org.servicechain.privacy.NewSubjectAccessRequest;
import org.servicechain.privacy.ReceivedVia;
import org.servicechain.privacy.SubjectAccess;
import org.servicechain.privacy.SubjectAccessPdf;
import org.servicechain.privacy.SubjectAccessRequestView;
import org.servicechain.privacy.SubjectAccessStatus;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.StaleVersionException;

/**
 * The administrators' subject access pages: the list with overdue and due-soon requests
 * marked and the form to record a new one, and a request's page where it is moved on,
 * extended or handed over, and its export downloaded.
 */
@Controller
class SubjectAccessController {

	private final SubjectAccess subjectAccess;

	private final SubjectAccessPdf pdf;

	private final IdentityManagement identity;

	private final Clock clock;

	SubjectAccessController(SubjectAccess subjectAccess, SubjectAccessPdf pdf, IdentityManagement identity,
			Clock clock) {
		this.subjectAccess = subjectAccess;
		this.pdf = pdf;
		this.identity = identity;
		this.clock = clock;
	}

	/**
	 * The new-request form as typed.
	 */
	record RequestForm(@Nullable String subjectKind, @Nullable String subjectId, @Nullable String receivedOn,
			@Nullable String receivedVia, @Nullable String note, @Nullable String handler) {

	}

	@GetMapping("/admin/privacy/requests")
	String list(@RequestParam(required = false) @Nullable SubjectAccessStatus status,
			@RequestParam(defaultValue = "OPEN") SubjectAccess.Show show, @RequestParam(defaultValue = "0") int page,
			Model model) {
		RequestForm empty = new RequestForm("contact", null, LocalDate.now(this.clock).toString(), "EMAIL", null, null);
		return list(status, show, page, empty, Map.of(), model);
	}

	@PostMapping("/admin/privacy/requests")
	String create(RequestForm form, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		DataSubject.Kind kind = null;
		UUID subjectId = null;
		LocalDate receivedOn = null;
		ReceivedVia via = null;
		try {
			kind = DataSubject.Kind.ofPath(String.valueOf(form.subjectKind()));
		}
		catch (InvalidInputException ex) {
			errors.put("subjectKind", "Choose contact or customer");
		}
		try {
			subjectId = (form.subjectId() == null || form.subjectId().isBlank()) ? null
					: UUID.fromString(form.subjectId().strip());
		}
		catch (IllegalArgumentException ex) {
			errors.put("subjectId", "'" + form.subjectId() + "' is not an id");
		}
		try {
			receivedOn = (form.receivedOn() == null || form.receivedOn().isBlank()) ? null
					: LocalDate.parse(form.receivedOn());
		}
		catch (DateTimeParseException ex) {
			errors.put("receivedOn", "'" + form.receivedOn() + "' is not a date");
		}
		try {
			via = (form.receivedVia() == null || form.receivedVia().isBlank()) ? null
					: ReceivedVia.valueOf(form.receivedVia());
		}
		catch (IllegalArgumentException ex) {
			errors.put("receivedVia", "Choose how it was received");
		}
		if (errors.isEmpty()) {
			try {
				SubjectAccessRequestView created = this.subjectAccess
					.create(new NewSubjectAccessRequest(kind, subjectId, receivedOn, via, form.note(), form.handler()));
				redirect.addFlashAttribute("message",
						created.reference() + " recorded; the answer is due by " + created.dueOn() + ".");
				return "redirect:/admin/privacy/requests/" + created.id();
			}
			catch (InvalidInputException ex) {
				errors.putAll(FormErrors.of(ex));
			}
		}
		return list(null, SubjectAccess.Show.OPEN, 0, form, errors, model);
	}

	@GetMapping("/admin/privacy/requests/{id}")
	String request(@PathVariable UUID id, Model model) {
		model.addAttribute("request", this.subjectAccess.get(id));
		model.addAttribute("history", this.subjectAccess.history(id));
		model.addAttribute("administrators", administrators());
		return "privacy/request";
	}

	@PostMapping("/admin/privacy/requests/{id}/transitions")
	String transition(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable SubjectAccessStatus to,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			SubjectAccessRequestView request = this.subjectAccess.moveTo(id, version, to, reason);
			return request.reference() + " is now " + request.status().label().toLowerCase(java.util.Locale.ROOT) + ".";
		});
	}

	@PostMapping("/admin/privacy/requests/{id}/extension")
	String extend(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "0") int months,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return act(id, redirect,
				() -> "Extended: now due by " + this.subjectAccess.extend(id, version, months, reason).dueOn()
						+ ". Tell the person within the first month, with the reasons.");
	}

	@PostMapping("/admin/privacy/requests/{id}/handler")
	String handOver(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String handler, RedirectAttributes redirect) {
		return act(id, redirect,
				() -> "Handed over to " + this.subjectAccess.handOver(id, version, handler).handler() + ".");
	}

	@GetMapping("/admin/privacy/requests/{id}/export.json")
	ResponseEntity<byte[]> exportJson(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("subject-access-" + id + ".json").build().toString())
			.body(this.subjectAccess.exportJson(id));
	}

	@GetMapping("/admin/privacy/requests/{id}/export.pdf")
	ResponseEntity<byte[]> exportPdf(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("subject-access-" + id + ".pdf").build().toString())
			.body(this.pdf.render(id));
	}

	private String act(UUID id, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("message", action.get());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error",
					"Someone changed this request meanwhile; here it is as it is now. Check it and try again.");
		}
		return "redirect:/admin/privacy/requests/" + id;
	}

	private String list(@Nullable SubjectAccessStatus status, SubjectAccess.Show show, int page, RequestForm form,
			Map<String, String> errors, Model model) {
		model.addAttribute("requests", this.subjectAccess.list(status, show, page, 25));
		model.addAttribute("status", status);
		model.addAttribute("show", show);
		model.addAttribute("statuses", List.of(SubjectAccessStatus.values()));
		model.addAttribute("channels", List.of(ReceivedVia.values()));
		model.addAttribute("administrators", administrators());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "privacy/requests";
	}

	private List<StaffMember> administrators() {
		return this.identity.staffDirectory()
			.stream()
			.filter((member) -> member.enabled() && member.role() == Role.ADMIN)
			.toList();
	}

}
