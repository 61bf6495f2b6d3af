package org.servicechain.chain.api;

import java.net.URI;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.LinkDetails;
import org.servicechain.chain.LinkView;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.Versions;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;

/**
 * Links: who provides which service to whom (CHAIN-2).
 */
@RestController
@RequestMapping(path = "/api/v1/links", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Links")
class LinkApiController {

	private final ChainManagement chain;

	LinkApiController(ChainManagement chain) {
		this.chain = chain;
	}

	@GetMapping
	PageResponse<LinkView> list(@RequestParam(required = false) @Nullable UUID partyId,
			@RequestParam(required = false) @Nullable UUID serviceId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return Paging.slice(this.chain.links(partyId, serviceId), page, size);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<LinkView> create(@Valid @RequestBody LinkDetails details) {
		LinkView link = this.chain.createLink(details);
		return ResponseEntity.created(URI.create("/api/v1/links/" + link.id()))
			.eTag(Versions.etag(link.version()))
			.body(link);
	}

	@GetMapping("/{id}")
	ResponseEntity<LinkView> get(@PathVariable UUID id) {
		LinkView link = this.chain.link(id);
		return Versions.ok(link.version(), link);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<LinkView> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody LinkDetails details) {
		LinkView link = this.chain.updateLink(id, Versions.fromIfMatch(ifMatch), details);
		return Versions.ok(link.version(), link);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		this.chain.deleteLink(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/history")
	List<AuditEntryView> history(@PathVariable UUID id) {
		this.chain.link(id);
		return this.chain.history(id);
	}

}
