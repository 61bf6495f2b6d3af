package org.servicechain.notify.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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

import org.servicechain.notify.MailTemplateView;
import org.servicechain.notify.NotifyAdministration;
import org.servicechain.shared.Versions;

/**
 * Mail templates per event and language, for administrators. Changing one names the
 * version edited in If-Match; a template that does not parse is refused naming the part.
 */
@RestController
@RequestMapping(path = "/api/v1/mail-templates", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks and outbox")
class MailTemplateApiController {

	private final NotifyAdministration administration;

	MailTemplateApiController(NotifyAdministration administration) {
		this.administration = administration;
	}

	record Template(String subject, String textBody, String htmlBody) {

	}

	@GetMapping
	List<MailTemplateView> list() {
		return this.administration.templates();
	}

	@GetMapping("/{event}/{language}")
	ResponseEntity<MailTemplateView> get(@PathVariable String event, @PathVariable String language) {
		MailTemplateView template = this.administration.template(event, language);
		return Versions.ok(template.version(), template);
	}

	@PutMapping(path = "/{event}/{language}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a template",
			description = "Thymeleaf: subject and textBody in TEXT mode, htmlBody in HTML mode. Variables: reference, "
					+ "title, body, link, recipientName, event.")
	ResponseEntity<MailTemplateView> change(@PathVariable String event, @PathVariable String language,
			@RequestHeader(name = "If-Match", required = false) @org.jspecify.annotations.Nullable String ifMatch,
			@RequestBody Template template) {
		MailTemplateView changed = this.administration.changeTemplate(event, language, Versions.fromIfMatch(ifMatch),
				template.subject(), template.textBody(), template.htmlBody());
		return Versions.ok(changed.version(), changed);
	}

	@DeleteMapping("/{event}/{language}")
	@Operation(summary = "Go back to the default template")
	MailTemplateView reset(@PathVariable String event, @PathVariable String language) {
		return this.administration.resetTemplate(event, language);
	}

}
