package org.servicechain.requests.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.servicechain.requests.Conversation;

/**
 * How an attachment is sent: always as a download, never shown inline, with its detected
 * type, {@code nosniff}, and a sandboxing Content-Security-Policy, so that a file cannot
 * run as a page of ours even if a browser is persuaded to open it.
 */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<byte[]> of(Conversation.Download download) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.contentType(MediaType.parseMediaType(download.contentType()))
			.body(download.content());
	}

}
