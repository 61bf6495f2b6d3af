package org.servicechain.privacy.web;

import java.time.LocalDate;
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

import org.servicechain.privacy.BreachLog;
import org.servicechain.privacy.DataSubject;
import org.servicechain.privacy.LawfulBasis;
import org.servicechain.privacy.PersonDetails;
import org.servicechain.privacy.Privacy;
import org.servicechain.privacy.PrivacyAccessPolicy;
import org.servicechain.privacy.SubjectAccess;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.NotFoundException;
import org.servicechain.shared.StaleVersionException;

/**
 * The administrators' privacy pages: retention rules and their purge, a person's lawful
 * basis, consent and needs, the subject access export and erasure. The needs fragment is
 * for every staff member, composed with htmx into the contact page and the request page,
 * so whoever handles a person sees them (Equality Act 2010).
 */
@Controller
class PrivacyController {

	private final Privacy privacy;

	private final PrivacyAccessPolicy policy;

	private final SubjectAccess subjectAccess;

	private final BreachLog breaches;

	PrivacyController(Privacy privacy, PrivacyAccessPolicy policy, SubjectAccess subjectAccess, BreachLog breaches) {
		this.privacy = privacy;
		this.subjectAccess = subjectAccess;
		this.breaches = breaches;
		this.policy = policy;
	}

	@GetMapping("/admin/privacy")
	String overview(Model model) {
		model.addAttribute("rules", this.privacy.retentionRules());
		model.addAttribute("requestsAtRisk", this.subjectAccess.atRisk());
		model.addAttribute("openRequests", this.subjectAccess.openCount());
		model.addAttribute("openBreaches", this.breaches.open());
		return "privacy/overview";
	}

	@PostMapping("/admin/privacy/retention/{kind}")
	String setRetention(@PathVariable String kind, @RequestParam int months,
			@RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
		try {
			this.privacy.setRetention(kind, months, enabled);
			redirect.addFlashAttribute("message", "Retention rule saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
		}
		return "redirect:/admin/privacy";
	}

	@PostMapping("/admin/privacy/purge")
	String purge(RedirectAttributes redirect) {
		redirect.addFlashAttribute("message",
				"Retention rules applied: " + this.privacy.purge() + " records anonymised.");
		return "redirect:/admin/privacy";
	}

	@GetMapping("/admin/privacy/find")
	String find(@RequestParam String kind, @RequestParam String id) {
		DataSubject.Kind.ofPath(kind);
		return "redirect:/admin/privacy/" + kind + "/" + UUID.fromString(id.strip());
	}

	@GetMapping("/admin/privacy/{kind}/{id}")
	String person(@PathVariable String kind, @PathVariable UUID id, @RequestParam(defaultValue = "0") int accessPage,
			Model model) {
		model.addAttribute("person", this.privacy.viewPerson(subject(kind, id)));
		model.addAttribute("accessLog", this.privacy.accessLog(subject(kind, id), accessPage, 20));
		model.addAttribute("kind", kind);
		model.addAttribute("bases", LawfulBasis.values());
		model.addAttribute("canEdit", this.policy.canEdit());
		return "privacy/person";
	}

	@PostMapping("/admin/privacy/{kind}/{id}")
	String record(@PathVariable String kind, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable LawfulBasis lawfulBasis,
			@RequestParam(required = false) @Nullable String basisNote,
			@RequestParam(required = false) @Nullable LocalDate consentGivenOn,
			@RequestParam(required = false) @Nullable String consentSource,
			@RequestParam(required = false) @Nullable LocalDate consentWithdrawnOn,
			@RequestParam(required = false) @Nullable String communicationNeeds,
			@RequestParam(required = false) @Nullable String adjustments,
			@RequestParam(required = false) @Nullable String contactTimes, RedirectAttributes redirect) {
		try {
			this.privacy.record(subject(kind, id), new PersonDetails(lawfulBasis, basisNote, consentGivenOn,
					consentSource, consentWithdrawnOn, communicationNeeds, adjustments, contactTimes), version);
			redirect.addFlashAttribute("message", "Saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("error", "Someone changed this record meanwhile; here it is as it is now.");
		}
		return "redirect:/admin/privacy/" + kind + "/" + id;
	}

	@GetMapping("/admin/privacy/{kind}/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable String kind, @PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("subject-access-" + id + ".json").build().toString())
			.body(this.privacy.export(subject(kind, id)));
	}

	@PostMapping("/admin/privacy/{kind}/{id}/erasure")
	String erase(@PathVariable String kind, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		try {
			Privacy.Erasure erasure = this.privacy.erase(subject(kind, id), reason);
			redirect.addFlashAttribute("message",
					"Erased: now " + erasure.pseudonym() + ". " + String.join("; ", erasure.changes()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getViolations().get(0).message());
		}
		return "redirect:/admin/privacy/" + kind + "/" + id;
	}

	@GetMapping("/privacy/{kind}/{id}/needs")
	String needs(@PathVariable String kind, @PathVariable UUID id, Model model) {
		try {
			model.addAttribute("person", this.privacy.person(subject(kind, id)));
		}
		catch (NotFoundException ex) {
			// Not a person (an organisation requester): nothing to show.
			return "privacy/person :: nothing";
		}
		return "privacy/person :: needs";
	}

	private static DataSubject subject(String kind, UUID id) {
		return new DataSubject(DataSubject.Kind.ofPath(kind), id);
	}

}
