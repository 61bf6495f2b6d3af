package org.servicechain.complaints.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.PartyView;
import org.servicechain.complaints.ComplaintChannel;
import org.servicechain.complaints.ComplaintCommands;
import org.servicechain.complaints.ComplaintFilter;
import org.servicechain.complaints.ComplaintManagement;
import org.servicechain.complaints.ComplaintQueries;
import org.servicechain.complaints.ComplaintStatus;
import org.servicechain.complaints.ComplaintSummary;
import org.servicechain.complaints.ComplaintView;
import org.servicechain.complaints.CustomerWants;
import org.servicechain.complaints.ReferralTarget;
import org.servicechain.complaints.Remedy;
import org.servicechain.complaints.Severity;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFilter;
import org.servicechain.requests.RequestQueries;
import org.servicechain.shared.FormErrors;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.StaleVersionException;

/**
 * The staff pages of complaints (CMP-1 … CMP-4): the register with filters, paging and a
 * CSV export safe against formula injection; the entry form; and the complaint page where
 * each step is taken. A step either succeeds and returns to the page with a message, or
 * returns with the problem named.
 */
@Controller
@RequestMapping("/complaints")
class ComplaintController {

	static final String LIST = "complaints/complaint-list";

	static final String FORM = "complaints/complaint-form";

	static final String DETAIL = "complaints/complaint-detail";

	private static final int PAGE_SIZE = 25;

	private final ComplaintManagement complaints;

	private final ComplaintQueries queries;

	private final ChainManagement chain;

	private final RequestQueries requests;

	private final IdentityManagement identity;

	private final Validator validator;

	private final RegisterPdf pdf;

	ComplaintController(ComplaintManagement complaints, ComplaintQueries queries, ChainManagement chain,
			RequestQueries requests, IdentityManagement identity, Validator validator, RegisterPdf pdf) {
		this.pdf = pdf;
		this.complaints = complaints;
		this.queries = queries;
		this.chain = chain;
		this.requests = requests;
		this.identity = identity;
		this.validator = validator;
	}

	@InitBinder
	void disallowIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "version");
	}

	// The register

	@GetMapping
	String register(@ModelAttribute("query") RegisterQuery query, Model model) {
		PageResponse<ComplaintSummary> page = this.queries.register(query.filter(), query.pageNumber(), PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("pageBase",
				"/complaints?" + query.queryString() + (query.queryString().isEmpty() ? "" : "&"));
		model.addAttribute("exportLink",
				"/complaints/export.csv" + (query.queryString().isEmpty() ? "" : "?" + query.queryString()));
		model.addAttribute("pdfLink",
				"/complaints/export.pdf" + (query.queryString().isEmpty() ? "" : "?" + query.queryString()));
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("customers", customers());
		model.addAttribute("now", Instant.now());
		return LIST;
	}

	@GetMapping(path = "/export.csv")
	void export(@ModelAttribute("query") RegisterQuery query, HttpServletResponse response) throws IOException {
		List<ComplaintSummary> rows = this.queries.export(query.filter());
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"complaints.csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		ComplaintCsv.write(rows, writer);
		writer.flush();
	}

	/**
	 * The register as a PDF: the same filter, the same rows and the same access as the
	 * CSV.
	 */
	@GetMapping(path = "/export.pdf")
	ResponseEntity<byte[]> exportPdf(@ModelAttribute("query") RegisterQuery query) {
		ComplaintFilter filter = query.filter();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"complaints.pdf\"")
			.body(this.pdf.render(filter, filter.description()));
	}

	private List<PartyView> customers() {
		return this.chain.allParties().stream().filter((party) -> party.kind() == PartyKind.CUSTOMER).toList();
	}

	// Entry

	@GetMapping("/new")
	String form(@RequestParam(required = false) @Nullable UUID complainant, Model model) {
		return showForm(ComplaintForm.empty().withComplainant(complainant), Map.of(), model);
	}

	@PostMapping("/new")
	String receive(@ModelAttribute("form") ComplaintForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.of(binding);
		if (errors.isEmpty()) {
			errors = FormErrors.of(this.validator, form.toCommand());
		}
		if (!errors.isEmpty()) {
			return showForm(form, errors, model);
		}
		try {
			UUID id = this.complaints.receive(form.toCommand(), ComplaintChannel.STAFF);
			redirect.addFlashAttribute("message", "Complaint received.");
			return "redirect:/complaints/" + id;
		}
		catch (InvalidInputException ex) {
			return showForm(form, FormErrors.of(ex), model);
		}
	}

	private String showForm(ComplaintForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("customers", customers());
		model.addAttribute("parties",
				this.chain.allParties().stream().filter((party) -> party.kind() != PartyKind.CUSTOMER).toList());
		model.addAttribute("services", this.chain.services());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("wants", CustomerWants.values());
		model.addAttribute("remedies", Remedy.values());
		if (form.complainant() != null) {
			model.addAttribute("requestsOf",
					this.requests
						.list(new RequestFilter(null, null, null, null, form.complainant(), null, null, null, null,
								null, null, null, "-opened"), 0, 50)
						.items());
		}
		return FORM;
	}

	// One complaint

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return show(this.queries.complaint(id), model);
	}

	String show(ComplaintView complaint, Model model) {
		model.addAttribute("complaint", complaint);
		model.addAttribute("audit", this.queries.audit(complaint.id()));
		model.addAttribute("parties",
				this.chain.allParties().stream().filter((party) -> party.kind() != PartyKind.CUSTOMER).toList());
		model.addAttribute("contacts",
				this.chain.allContacts().stream().filter((contact) -> contact.canApproveSpend()).toList());
		model.addAttribute("managers", this.identity.staffDirectory()
			.stream()
			.filter((member) -> member.enabled() && (member.role() == Role.MANAGER || member.role() == Role.ADMIN))
			.toList());
		model.addAttribute("targets", ReferralTarget.values());
		model.addAttribute("now", Instant.now());
		return DETAIL;
	}

	@PostMapping("/{id}/acknowledge")
	String acknowledge(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "") String message, RedirectAttributes redirect) {
		return act(id, redirect, "Acknowledged: the message is on its way to the customer.",
				() -> this.complaints.acknowledge(id, version, new ComplaintCommands.Acknowledgement(message)));
	}

	@PostMapping("/{id}/apologise")
	String apologise(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String wording,
			RedirectAttributes redirect) {
		return act(id, redirect, "Apology recorded.",
				() -> this.complaints.apologise(id, version, validated(new ComplaintCommands.Apology(wording))));
	}

	@PostMapping("/{id}/analyse")
	String analyse(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String rootCause,
			@RequestParam(defaultValue = "") String causeCategory,
			@RequestParam(required = false) @Nullable UUID responsiblePartyId, RedirectAttributes redirect) {
		return act(id, redirect, "Analysis recorded.", () -> this.complaints.analyse(id, version,
				validated(new ComplaintCommands.Analysis(rootCause, causeCategory, responsiblePartyId))));
	}

	@PostMapping("/{id}/act")
	String remedy(@PathVariable UUID id, @RequestParam long version, @RequestParam Remedy remedy,
			@RequestParam(defaultValue = "0") BigDecimal value, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String actionsRaised,
			@RequestParam(required = false) @Nullable UUID approverContactId, RedirectAttributes redirect) {
		return act(id, redirect, "Resolution proposed to the customer.", () -> this.complaints.act(id, version,
				validated(new ComplaintCommands.Action(remedy, value, description, actionsRaised, approverContactId))));
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam long version, @RequestParam boolean accepted,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		return act(id, redirect, accepted ? "The customer's acceptance is recorded." : "The rejection is recorded.",
				() -> this.complaints.answer(id, version, new ComplaintCommands.Answer(accepted, comment)));
	}

	@PostMapping("/{id}/assure")
	String assure(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) @Nullable LocalDate followUpOn, RedirectAttributes redirect) {
		return act(id, redirect, "Resolved: the follow-up is set.", () -> this.complaints.assure(id, version,
				validated(new ComplaintCommands.Assurance(note, followUpOn))));
	}

	@PostMapping("/{id}/follow-up")
	String followUp(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return act(id, redirect, "Followed up: the complaint is closed.",
				() -> this.complaints.followUp(id, version, validated(new ComplaintCommands.FollowUp(note))));
	}

	@PostMapping("/{id}/refer")
	String refer(@PathVariable UUID id, @RequestParam long version, @RequestParam ReferralTarget target,
			@RequestParam(required = false) @Nullable UUID partyId,
			@RequestParam(required = false) @Nullable String manager, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) @Nullable String newDueAt,
			@RequestParam(defaultValue = "false") boolean sharePersonalData, RedirectAttributes redirect) {
		return act(id, redirect, "Referred.", () -> this.complaints.refer(id, version,
				validated(new ComplaintCommands.Referral(target,
						(target == ReferralTarget.TEAM) ? partyId : (target == ReferralTarget.PARTNER ? partyId : null),
						(target == ReferralTarget.MANAGER) ? manager : null, reason,
						LocalTimes.instant(newDueAt, "newDueAt"), sharePersonalData))));
	}

	private <T> T validated(T command) {
		Map<String, String> errors = FormErrors.of(this.validator, command);
		if (!errors.isEmpty()) {
			Map.Entry<String, String> first = errors.entrySet().iterator().next();
			throw new InvalidInputException(first.getKey(), "invalid", first.getValue());
		}
		return command;
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (InvalidInputException ex) {
			InvalidInputException.FieldViolation violation = ex.getViolations().get(0);
			redirect.addFlashAttribute("error",
					"Not saved: " + FieldNames.of(violation.field()) + ": " + violation.message() + ".");
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error",
					"Not saved: someone else changed this complaint while you were reading it. Here it is as it is now.");
		}
		return "redirect:/complaints/" + id;
	}

}
