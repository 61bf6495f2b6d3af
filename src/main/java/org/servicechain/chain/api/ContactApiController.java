package org.servicechain.chain.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.ContactDetails;
import org.servicechain.chain.ContactView;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.Versions;

/**
 * Contacts and their authority (CHAIN-4, CHAIN-5). Contacts are created under their
 * party.
 */
@RestController
@RequestMapping(path = "/api/v1/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Contacts")
class ContactApiController {

	private final ChainManagement chain;

	ContactApiController(ChainManagement chain) {
		this.chain = chain;
	}

	@GetMapping("/{id}")
	ResponseEntity<ContactView> get(@PathVariable UUID id) {
		ContactView contact = this.chain.contact(id);
		return Versions.ok(contact.version(), contact);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ContactView> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ContactDetails details) {
		ContactView contact = this.chain.updateContact(id, Versions.fromIfMatch(ifMatch), details);
		return Versions.ok(contact.version(), contact);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		this.chain.deleteContact(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/history")
	List<AuditEntryView> history(@PathVariable UUID id) {
		this.chain.contact(id);
		return this.chain.history(id);
	}

}
