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
import org.servicechain.chain.ContactDetails;
import org.servicechain.chain.ContactView;
import org.servicechain.chain.PartyDetails;
import org.servicechain.chain.PartyKind;
import org.servicechain.chain.PartyView;
import org.servicechain.chain.RelationshipEntryDetails;
import org.servicechain.chain.RelationshipEntryView;
import org.servicechain.shared.AuditEntryView;
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

	PartyApiController(ChainManagement chain) {
		this.chain = chain;
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
	@Operation(summary = "Create a party", description = "Honours Idempotency-Key.")
	ResponseEntity<PartyView> create(@Valid @RequestBody PartyDetails details) {
		PartyView party = this.chain.createParty(details);
		return ResponseEntity.created(URI.create("/api/v1/parties/" + party.id()))
			.eTag(Versions.etag(party.version()))
			.body(party);
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
	ResponseEntity<ContactView> createContact(@PathVariable UUID id, @Valid @RequestBody ContactDetails details) {
		ContactView contact = this.chain.createContact(id, details);
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
