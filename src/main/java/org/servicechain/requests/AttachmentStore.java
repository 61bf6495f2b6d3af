package org.servicechain.requests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.tika.Tika;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.servicechain.shared.InvalidInputException;
import org.servicechain.shared.InvalidInputException.FieldViolation;

/**
 * Keeps attachments in the database, in the caller's transaction: a command that rolls
 * back leaves neither a file nor a row behind, and every instance serves the same files.
 * The type of a file is detected from its content with Apache Tika's detector, never
 * taken from its name, and only types people send to a service desk are accepted.
 */
@Component
class AttachmentStore {

	/** Types accepted, as detected from the content. */
	static final Set<String> ACCEPTED = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp",
			"image/heic", "image/heif", "text/plain", "text/csv", "message/rfc822",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/msword", "application/vnd.ms-excel", "application/x-tika-msoffice", "application/x-tika-ooxml",
			"application/zip");

	private final Tika tika = new Tika();

	private final RequestAttachments attachments;

	private final JdbcClient jdbc;

	private final RequestsSettings settings;

	AttachmentStore(RequestAttachments attachments, JdbcClient jdbc, RequestsSettings settings) {
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * Checks every upload before anything is written, so a bad file refuses the whole
	 * message with the field and rule named.
	 */
	void check(List<Upload> uploads) {
		List<FieldViolation> violations = new ArrayList<>();
		if (uploads.size() > this.settings.maxAttachments()) {
			violations.add(new FieldViolation("attachments", "count",
					"at most " + this.settings.maxAttachments() + " files may be attached to one message"));
		}
		for (int i = 0; i < uploads.size(); i++) {
			Upload upload = uploads.get(i);
			String field = "attachments[" + i + "]";
			if (upload.content().length == 0) {
				violations.add(new FieldViolation(field, "not-empty", fileName(upload) + " is empty"));
			}
			else if (upload.content().length > this.settings.maxAttachmentBytes()) {
				violations.add(new FieldViolation(field, "max-size", fileName(upload) + " is larger than "
						+ (this.settings.maxAttachmentBytes() / (1024 * 1024)) + " MB"));
			}
			else {
				String type = detect(upload);
				if (!ACCEPTED.contains(type)) {
					violations.add(new FieldViolation(field, "type", fileName(upload) + " is " + type
							+ ", which is not accepted; send a PDF, an image, a text or an office document"));
				}
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	List<RequestAttachment> store(UUID requestId, UUID messageId, List<Upload> uploads, String actor, Instant at) {
		List<RequestAttachment> stored = new ArrayList<>();
		for (Upload upload : uploads) {
			RequestAttachment attachment = new RequestAttachment(requestId, messageId, fileName(upload), detect(upload),
					upload.content().length, sha256(upload.content()), actor, at);
			this.attachments.save(attachment);
			stored.add(attachment);
		}
		// The metadata rows must exist before their content refers to them.
		this.attachments.flush();
		for (int i = 0; i < stored.size(); i++) {
			this.jdbc.sql("insert into request_attachment_content (attachment_id, content) values (?, ?)")
				.params(stored.get(i).getId(), uploads.get(i).content())
				.update();
		}
		return stored;
	}

	Optional<byte[]> content(UUID attachmentId) {
		return this.jdbc.sql("select content from request_attachment_content where attachment_id = ?")
			.param(attachmentId)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	private String detect(Upload upload) {
		try {
			// The name is not passed: what a file is follows from its bytes alone.
			String type = this.tika.detect(new ByteArrayInputStream(upload.content()));
			return type;
		}
		catch (IOException ex) {
			return "application/octet-stream";
		}
	}

	static String fileName(Upload upload) {
		String name = upload.fileName() == null ? "" : upload.fileName();
		// Keep the last path segment only, and nothing that could break a header.
		name = name.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "attachment";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
