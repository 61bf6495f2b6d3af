package org.servicechain.notify.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.notify.MailInManagement;
import org.servicechain.notify.MailInView;
import org.servicechain.shared.PageResponse;

/**
 * Mail in for administrators (REQ-6): what became of every mail taken from the polled
 * mailbox, and the quarantine.
 */
@RestController
@RequestMapping(path = "/api/v1/mail-in", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Mail in")
class MailInApiController {

	private final MailInManagement mailIn;

	MailInApiController(MailInManagement mailIn) {
		this.mailIn = mailIn;
	}

	@GetMapping
	@Operation(summary = "Mails taken from the mailbox, newest first",
			description = "outcome=REQUEST_CREATED|REPLY_APPENDED|IGNORED|QUARANTINED|DISCARDED")
	PageResponse<MailInView> list(@RequestParam(required = false) @Nullable String outcome,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.mailIn.mails(outcome, page, size);
	}

	@GetMapping("/{id}")
	MailInView get(@PathVariable UUID id) {
		return this.mailIn.mail(id);
	}

	@PostMapping("/{id}/release")
	@Operation(summary = "Handle a quarantined mail again",
			description = "Refused again, it stays quarantined with the new reason. Audited.")
	MailInView release(@PathVariable UUID id) {
		return this.mailIn.release(id);
	}

	@PostMapping("/{id}/discard")
	@Operation(summary = "Give up on a quarantined mail: its content is deleted, the record stays. Audited.")
	MailInView discard(@PathVariable UUID id) {
		return this.mailIn.discard(id);
	}

}
