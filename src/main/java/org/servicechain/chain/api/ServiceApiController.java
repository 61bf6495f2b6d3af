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
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.ServiceDetails;
import org.servicechain.chain.ServiceView;
import org.servicechain.shared.AuditEntryView;
import org.servicechain.shared.Versions;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Services provided along the chain (CHAIN-2).
 */
@RestController
@RequestMapping(path = "/api/v1/services", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Services")
class ServiceApiController {

	private final ChainManagement chain;

	ServiceApiController(ChainManagement chain) {
		this.chain = chain;
	}

	@GetMapping
	PageResponse<ServiceView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return Paging.slice(this.chain.services(), page, size);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ServiceView> create(@Valid @RequestBody ServiceDetails details) {
		ServiceView service = this.chain.createService(details);
		return ResponseEntity.created(URI.create("/api/v1/services/" + service.id()))
			.eTag(Versions.etag(service.version()))
			.body(service);
	}

	@GetMapping("/{id}")
	ResponseEntity<ServiceView> get(@PathVariable UUID id) {
		ServiceView service = this.chain.service(id);
		return Versions.ok(service.version(), service);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ServiceView> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ServiceDetails details) {
		ServiceView service = this.chain.updateService(id, Versions.fromIfMatch(ifMatch), details);
		return Versions.ok(service.version(), service);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		this.chain.deleteService(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/history")
	List<AuditEntryView> history(@PathVariable UUID id) {
		this.chain.service(id);
		return this.chain.history(id);
	}

}
