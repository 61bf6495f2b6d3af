package org.servicechain.requests.web.portal;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.servicechain.requests.Conversation;
import org.servicechain.requests.web.Downloads;

/**
 * Files attached to a conversation, for customers and partner users: served only to
 * whoever may read the message they came with (the module decides), as a download that
 * cannot run as a page of ours. Any other attachment is not found, exactly like one that
 * does not exist.
 */
@Controller
class PortalAttachmentController {

	private final Conversation conversation;

	PortalAttachmentController(Conversation conversation) {
		this.conversation = conversation;
	}

	@GetMapping("/portal/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		return Downloads.of(this.conversation.download(id));
	}

}
