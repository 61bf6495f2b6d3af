package org.servicechain.chain.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.MergingParties;
import org.servicechain.chain.ContactDetails;
import org.servicechain.chain.ContactView;
import org.servicechain.chain.PartyDetails;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.PartyImportResult;
import org.servicechain.chain.PartyRecords;
import org.servicechain.chain.PartyView;
import org.servicechain.chain.PossibleDuplicatesException;
import org.servicechain.chain.SuspectedDuplicate;
import org.servicechain.chain.RelationshipEntryDetails;
import org.servicechain.chain.RelationshipEntryView;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.Paging;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Versions;

/**
 * Parties of the chain, their contacts and relationship logs (CHAIN-1, CHAIN-4, CHAIN-5).
 */
@RestController
@RequestMapping(path = "/api/v1/parties", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Parties")
class PartyApiController {

	private final ChainManagement chain;

	private final PartyRecords records;

	private final MergingParties merging;

	PartyApiController(ChainManagement chain, PartyRecords records, MergingParties merging) {
		this.chain = chain;
		this.merging = merging;
		this.records = records;
	}

	@PostMapping(path = "/imports", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Import parties and contacts from CSV",
			description = "One row per contact; the columns are documented in docs/architecture.md. dryRun=true (the"
					+ " default) only checks and answers per-row results (row, status, errors with field and rule,"
					+ " possible duplicates); dryRun=false saves the valid rows in one transaction, or nothing when"
					+ " onlyIfAllValid=true and a row has an error. Rows that look like records already kept are saved"
					+ " only with allowDuplicates=true.")
	PartyImportResult importCsv(@RequestBody String csv, @RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean onlyIfAllValid,
			@RequestParam(defaultValue = "false") boolean allowDuplicates) {
		return this.records.importCsv(csv, dryRun, onlyIfAllValid, allowDuplicates);
	}

	@GetMapping(path = "/export", produces = "text/csv")
	@Operation(summary = "Every party with its contacts as CSV, in the import's columns (staff)")
	void export(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"parties.csv\"");
		java.io.StringWriter out = new java.io.StringWriter();
		this.records.export(out);
		response.getWriter().write(out.toString());
	}

	@GetMapping
	@Operation(summary = "List parties, filtered by kind, scope and name")
	PageResponse<PartyView> list(@RequestParam(required = false) @Nullable PartyKind kind,
			@RequestParam(required = false) @Nullable Boolean internal,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.chain.parties(kind, internal, q, page, size);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a party",
			description = "Honours Idempotency-Key. Answers 409 with the possible duplicates (parties with a similar name)"
					+ " unless allowDuplicate=true.")
	ResponseEntity<PartyView> create(@Valid @RequestBody PartyDetails details,
			@RequestParam(defaultValue = "false") boolean allowDuplicate) {
		PartyView party = this.chain.createParty(details, allowDuplicate);
		return ResponseEntity.created(URI.create("/api/v1/parties/" + party.id()))
			.eTag(Versions.etag(party.version()))
			.body(party);
	}

	@GetMapping("/duplicates")
	@Operation(summary = "Parties and contacts that look like the same one (managers and administrators)",
			description = "q keeps only the pairs where either name or party name holds the text, whatever its case.")
	PageResponse<SuspectedDuplicate> duplicates(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return Paging.slice(this.chain.suspectedDuplicates(q), page, size);
	}

	@PostMapping(path = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Merge this duplicate customer party into another",
			description = "Moves its contacts, links, relationship log, user accounts, requests, complaints, surveys, agreements,"
					+ " review meetings, objectives, disputes and contingency records to intoId in one"
					+ " transaction; this party is kept, marked as merged. Send this party's ETag in If-Match.")
	ResponseEntity<PartyView> merge(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody MergeRequest body) {
		PartyView merged = this.merging.mergeParties(id, body.intoId(), Versions.fromIfMatch(ifMatch));
		return Versions.ok(merged.version(), merged);
	}

	/**
	 * @param intoId the party that stays
	 */
	record MergeRequest(@jakarta.validation.constraints.NotNull UUID intoId) {
	}

	@ExceptionHandler(PossibleDuplicatesException.class)
	ResponseEntity<ProblemDetail> possibleDuplicates(PossibleDuplicatesException ex) {
		return DuplicateProblems.of(ex);
	}

	@GetMapping("/{id}")
	ResponseEntity<PartyView> get(@PathVariable UUID id) {
		PartyView party = this.chain.party(id);
		return Versions.ok(party.version(), party);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a party", description = "Send the ETag of the version you edited in If-Match.")
	ResponseEntity<PartyView> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody PartyDetails details) {
		PartyView party = this.chain.updateParty(id, Versions.fromIfMatch(ifMatch), details);
		return Versions.ok(party.version(), party);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		this.chain.deleteParty(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/contacts")
	List<ContactView> contacts(@PathVariable UUID id) {
		return this.chain.contacts(id);
	}

	@PostMapping(path = "/{id}/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a contact at a party",
			description = "The email is checked, the phone kept in E.164 (UK when no country code) and the postcode as a UK"
					+ " postcode (M1 1AE). Answers 409 with"
					+ " the possible duplicates (same email or phone anywhere, similar name at the party) unless"
					+ " allowDuplicate=true.")
	ResponseEntity<ContactView> createContact(@PathVariable UUID id, @Valid @RequestBody ContactDetails details,
			@RequestParam(defaultValue = "false") boolean allowDuplicate) {
		ContactView contact = this.chain.createContact(id, details, allowDuplicate);
		return ResponseEntity.created(URI.create("/api/v1/contacts/" + contact.id()))
			.eTag(Versions.etag(contact.version()))
			.body(contact);
	}

	@GetMapping("/{id}/relationship-log")
	List<RelationshipEntryView> relationshipLog(@PathVariable UUID id) {
		return this.chain.relationshipLog(id);
	}

	@PostMapping(path = "/{id}/relationship-log", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RelationshipEntryView> logRelationship(@PathVariable UUID id,
			@Valid @RequestBody RelationshipEntryDetails details) {
		RelationshipEntryView entry = this.chain.logRelationship(id, details);
		return ResponseEntity.created(URI.create("/api/v1/parties/" + id + "/relationship-log")).body(entry);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "The audit trail of a party")
	List<AuditEntryView> history(@PathVariable UUID id) {
		this.chain.party(id);
		return this.chain.history(id);
	}

}
