package org.servicechain.notices.api;

import java.net.URI;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.notices.NewServiceNotice;
import org.servicechain.notices.NoticeKind;
import org.servicechain.notices.NoticeSubject;
import org.servicechain.notices.ServiceNoticeSummary;
import org.servicechain.notices.ServiceNoticeView;
import org.servicechain.notices.ServiceNotices;
import org.servicechain.shared.PageResponse;
import org.servicechain.shared.Versions;

/**
 * Service notices (issue 10, REQ-6): planned work and incidents in the chain, who was
 * told and who was not reached. Updates and the all-clear name the version they follow in
 * {@code If-Match}. Bad input answers 422 problem+json naming the field and the rule.
 */
@RestController
@RequestMapping(path = "/api/v1/service-notices", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Service notices")
class ServiceNoticeApiController {

	private final ServiceNotices notices;

	ServiceNoticeApiController(ServiceNotices notices) {
		this.notices = notices;
	}

	@GetMapping
	@Operation(summary = "The notices the caller may see, latest start first")
	PageResponse<ServiceNoticeSummary> list(@RequestParam(defaultValue = "false") boolean current,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.notices.notices(current, page, size);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Declare planned work or an incident and tell the affected (managers)")
	ResponseEntity<ServiceNoticeView> create(@RequestBody Declaration declaration) {
		ServiceNoticeView notice = this.notices
			.declare(new NewServiceNotice(declaration.kind(), declaration.subject(), declaration.subjectId(),
					declaration.title(), declaration.message(), declaration.startsAt(), declaration.endsAt(), null));
		return ResponseEntity.created(URI.create("/api/v1/service-notices/" + notice.id()))
			.eTag(Versions.etag(notice.version()))
			.body(notice);
	}

	@GetMapping("/{id}")
	ResponseEntity<ServiceNoticeView> get(@PathVariable UUID id) {
		ServiceNoticeView notice = this.notices.notice(id);
		return Versions.ok(notice.version(), notice);
	}

	@PostMapping(path = "/{id}/updates", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Post an update to the people told of the notice")
	ResponseEntity<ServiceNoticeView> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody Said said) {
		ServiceNoticeView notice = this.notices.update(id, Versions.fromIfMatch(ifMatch), said.message());
		return Versions.ok(notice.version(), notice);
	}

	@PostMapping("/{id}/all-clear")
	@Operation(summary = "Give the all-clear to the people told of the notice")
	ResponseEntity<ServiceNoticeView> allClear(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable Said said) {
		ServiceNoticeView notice = this.notices.allClear(id, Versions.fromIfMatch(ifMatch),
				(said != null) ? said.message() : null);
		return Versions.ok(notice.version(), notice);
	}

	record Declaration(@Nullable NoticeKind kind, @Nullable NoticeSubject subject, @Nullable UUID subjectId,
			@Nullable String title, @Nullable String message, @Nullable Instant startsAt, @Nullable Instant endsAt) {

	}

	record Said(@Nullable String message) {

	}

}
