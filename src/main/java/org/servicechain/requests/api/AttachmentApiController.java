package org.servicechain.requests.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.servicechain.requests.Conversation;
import org.servicechain.requests.web.Downloads;

/**
 * An attachment by id, for whoever may read the message it came with.
 */
@RestController
@Tag(name = "Requests")
class AttachmentApiController {

	private final Conversation conversation;

	AttachmentApiController(Conversation conversation) {
		this.conversation = conversation;
	}

	@GetMapping("/api/v1/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		return Downloads.of(this.conversation.download(id));
	}

}
