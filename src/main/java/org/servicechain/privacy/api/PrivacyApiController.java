package org.servicechain.privacy.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
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
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.privacy.DataSubject;
import org.servicechain.privacy.PersonDetails;
import org.servicechain.privacy.PersonView;
import org.servicechain.privacy.Privacy;
import org.servicechain.privacy.RetentionView;
import org.servicechain.shared.Versions;

/**
 * Personal data under UK GDPR (REC-5) and needs under the Equality Act (REC-6): a person
 * ({@code contact} or {@code person}, a customer who is a person) has a record of lawful
 * basis, consent and needs; administrators export everything held about them, erase it by
 * pseudonymisation, and set and run the retention rules.
 */
@RestController
@RequestMapping(path = "/api/v1/privacy", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Privacy")
class PrivacyApiController {

	private final Privacy privacy;

	PrivacyApiController(Privacy privacy) {
		this.privacy = privacy;
	}

	@GetMapping("/{kind}/{id}")
	ResponseEntity<PersonView> person(@PathVariable String kind, @PathVariable UUID id) {
		PersonView person = this.privacy.viewPerson(subject(kind, id));
		return Versions.ok(person.version(), person);
	}

	@GetMapping("/{kind}/{id}/access-log")
	@Operation(summary = "Who viewed or exported the person's data, newest first (administrators)")
	org.servicechain.shared.PageResponse<org.servicechain.shared.AuditEntryView> accessLog(@PathVariable String kind,
			@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "25") int size) {
		return this.privacy.accessLog(subject(kind, id), page, size);
	}

	@PutMapping(path = "/{kind}/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record the lawful basis, consent and needs",
			description = "If-Match: \"0\" for a person with nothing recorded yet.")
	ResponseEntity<PersonView> record(@PathVariable String kind, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody PersonDetails details) {
		PersonView person = this.privacy.record(subject(kind, id), details, Versions.fromIfMatch(ifMatch));
		return Versions.ok(person.version(), person);
	}

	@GetMapping("/{kind}/{id}/export")
	@Operation(summary = "Subject access export: everything held about the person, as JSON (administrators)")
	ResponseEntity<byte[]> export(@PathVariable String kind, @PathVariable UUID id) {
		byte[] document = this.privacy.export(subject(kind, id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("subject-access-" + id + ".json").build().toString())
			.body(document);
	}

	/**
	 * @param reason why (the person's request and its date)
	 */
	record ErasureRequest(@Nullable String reason) {

	}

	@PostMapping(path = "/{kind}/{id}/erasure", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Erase by pseudonymisation, keeping the service history (administrators)")
	Privacy.Erasure erase(@PathVariable String kind, @PathVariable UUID id, @RequestBody ErasureRequest request) {
		return this.privacy.erase(subject(kind, id), (request.reason() != null) ? request.reason() : "");
	}

	@GetMapping("/retention")
	List<RetentionView> retention() {
		return this.privacy.retentionRules();
	}

	record RetentionChange(int months, boolean enabled) {

	}

	@PutMapping(path = "/retention/{kind}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a retention rule (administrators)")
	RetentionView setRetention(@PathVariable String kind, @RequestBody RetentionChange change) {
		return this.privacy.setRetention(kind, change.months(), change.enabled());
	}

	@PostMapping("/retention/purge")
	@Operation(summary = "Apply the retention rules now (administrators); the daily job does the same")
	Map<String, Integer> purge() {
		return this.privacy.purge();
	}

	private static DataSubject subject(String kind, UUID id) {
		return new DataSubject(DataSubject.Kind.ofPath(kind), id);
	}

}
