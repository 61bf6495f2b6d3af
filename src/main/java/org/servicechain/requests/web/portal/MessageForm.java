package org.servicechain.requests.web.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A message written on a page: a reply to a request's conversation, a message on a task
 * or a question about it. Markdown.
 */
record MessageForm(@NotBlank(message = "write a message before sending it") @Size(max = 20000,
		message = "a message has at most 20000 characters") @Nullable String body) {

	static MessageForm empty() {
		return new MessageForm("");
	}

}
