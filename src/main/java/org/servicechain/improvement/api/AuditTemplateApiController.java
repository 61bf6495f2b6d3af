package org.servicechain.improvement.api;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.improvement.AuditTemplates;
import org.servicechain.improvement.TemplateDetails;
import org.servicechain.improvement.TemplateView;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Paging;
import org.servicechain.shared.Versions;

/**
 * Checklist templates (FB-7): listed and read by staff, written by managers; an update
 * names the version edited in {@code If-Match} (428 without, 409 when stale) and bad
 * input answers 422 naming the field and the rule.
 */
@RestController
@RequestMapping(path = "/api/v1/audit-templates", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audits")
class AuditTemplateApiController {

	private final AuditTemplates templates;

	AuditTemplateApiController(AuditTemplates templates) {
		this.templates = templates;
	}

	@GetMapping
	@Operation(summary = "The checklist templates, by name, paged (staff)")
	PageResponse<TemplateView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return Paging.slice(this.templates.templates(), page, size);
	}

	@GetMapping("/{id}")
	ResponseEntity<TemplateView> get(@PathVariable UUID id) {
		TemplateView template = this.templates.template(id);
		return Versions.ok(template.version(), template);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Design a checklist template (managers)")
	ResponseEntity<TemplateView> create(@RequestBody TemplateDetails body) {
		TemplateView template = this.templates.create(body);
		return ResponseEntity.created(URI.create("/api/v1/audit-templates/" + template.id()))
			.eTag(Versions.etag(template.version()))
			.body(template);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Edit a template: raises its revision; audits already scheduled keep their items")
	ResponseEntity<TemplateView> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody TemplateDetails body) {
		long version = Versions.fromIfMatch(ifMatch);
		TemplateView template = this.templates.update(id, version, body);
		return Versions.ok(template.version(), template);
	}

}
