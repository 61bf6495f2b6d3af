package org.servicechain.notify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.jspecify.annotations.Nullable;

/**
 * One incoming mail as mail in needs it, read by Jakarta Mail from its raw bytes: who
 * sent it, its subject, Message-ID and the Message-IDs it answers, its text (the plain
 * part, or the HTML part as text when there is none) and its attachments.
 *
 * @param threadIds the Message-IDs of {@code In-Reply-To} and {@code References}, nearest
 * first
 */
record MailInContent(MimeMessage mime, @Nullable String messageId, @Nullable String sender, @Nullable String senderName,
		String subject, List<String> threadIds, String text, List<Attachment> attachments) {

	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

	private static final Pattern QUOTE_START = Pattern
		.compile("(?im)^(On .{1,200} wrote:\\s*$|-{2,}\\s*Original Message\\s*-{2,}|>)");

	/**
	 * A file the mail carried.
	 */
	record Attachment(String fileName, byte[] content) {

	}

	/**
	 * A mail that cannot be read as one: no sender, or a structure Jakarta Mail cannot
	 * follow.
	 */
	static final class Malformed extends Exception {

		Malformed(String message) {
			super(message);
		}

	}

	/**
	 * @return only the headers of a raw mail, for recording one that is not read further
	 */
	static MimeMessage headers(byte[] raw) throws MessagingException {
		return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
	}

	static MailInContent parse(byte[] raw) throws Malformed {
		MimeMessage mime;
		try {
			mime = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
		}
		catch (MessagingException ex) {
			throw new Malformed("malformed: not a mail message (" + ex.getMessage() + ")");
		}
		try {
			InternetAddress from = sender(mime);
			List<String> thread = new ArrayList<>();
			thread.addAll(messageIds(mime.getHeader("In-Reply-To", " ")));
			List<String> references = messageIds(mime.getHeader("References", " "));
			// References lists the oldest first; the nearest is the last.
			for (int i = references.size() - 1; i >= 0; i--) {
				thread.add(references.get(i));
			}
			StringBuilder text = new StringBuilder();
			List<Attachment> attachments = new ArrayList<>();
			collect(mime, text, attachments);
			String subject = (mime.getSubject() != null) ? mime.getSubject().strip() : "";
			return new MailInContent(mime, messageId(mime), (from != null) ? from.getAddress() : null,
					(from != null) ? from.getPersonal() : null, subject, List.copyOf(new LinkedHashSet<>(thread)),
					text.toString().strip(), attachments);
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			throw new Malformed("malformed: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	/**
	 * @return the addresses the mail was sent to ({@code To}, {@code Cc}) or delivered to
	 * ({@code Delivered-To}, {@code X-Original-To}, which a server adds when it forwards
	 * an address to the polled mailbox), without those that cannot be read
	 */
	List<String> recipients() {
		List<String> found = new ArrayList<>();
		for (String header : List.of("To", "Cc", "Delivered-To", "X-Original-To")) {
			try {
				String[] values = this.mime.getHeader(header);
				if (values == null) {
					continue;
				}
				for (String value : values) {
					for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
						if (address.getAddress() != null) {
							found.add(address.getAddress());
						}
					}
				}
			}
			catch (MessagingException | RuntimeException ex) {
				// An unreadable header names no recipient.
			}
		}
		return List.copyOf(new LinkedHashSet<>(found));
	}

	static @Nullable String messageId(MimeMessage mime) throws MessagingException {
		List<String> ids = messageIds(mime.getHeader("Message-ID", " "));
		return ids.isEmpty() ? null : ids.get(0);
	}

	/**
	 * @return the sender's address, or {@literal null} when the mail names none that is
	 * valid
	 */
	static @Nullable InternetAddress sender(MimeMessage mime) {
		try {
			Address[] from = mime.getFrom();
			if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
				return null;
			}
			address.validate();
			return address;
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	/**
	 * @return the text without the quoted mail it answers, when something was written
	 * above the quote
	 */
	String textWithoutQuote() {
		Matcher quote = QUOTE_START.matcher(this.text);
		if (quote.find() && !this.text.substring(0, quote.start()).isBlank()) {
			return this.text.substring(0, quote.start()).strip();
		}
		return this.text;
	}

	private static List<String> messageIds(@Nullable String header) {
		List<String> ids = new ArrayList<>();
		if (header == null) {
			return ids;
		}
		Matcher matcher = MESSAGE_ID.matcher(header);
		while (matcher.find()) {
			ids.add(matcher.group());
		}
		return ids;
	}

	private static void collect(Part part, StringBuilder text, List<Attachment> attachments)
			throws MessagingException, IOException {
		String fileName = fileName(part);
		boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
		if (part.isMimeType("multipart/alternative") && !attached) {
			Multipart alternatives = (Multipart) part.getContent();
			Part chosen = null;
			for (int i = 0; i < alternatives.getCount(); i++) {
				BodyPart candidate = alternatives.getBodyPart(i);
				if (candidate.isMimeType("text/plain") || chosen == null) {
					chosen = candidate;
				}
			}
			if (chosen != null) {
				collect(chosen, text, attachments);
			}
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart parts = (Multipart) part.getContent();
			for (int i = 0; i < parts.getCount(); i++) {
				collect(parts.getBodyPart(i), text, attachments);
			}
		}
		else if (attached || part.isMimeType("message/rfc822")) {
			attachments.add(new Attachment((fileName != null) ? fileName : "attached-mail.eml", bytes(part)));
		}
		else if (part.isMimeType("text/plain")) {
			append(text, String.valueOf(part.getContent()));
		}
		else if (part.isMimeType("text/html")) {
			append(text, htmlAsText(String.valueOf(part.getContent())));
		}
		else {
			attachments.add(new Attachment("part-" + (attachments.size() + 1), bytes(part)));
		}
	}

	private static @Nullable String fileName(Part part) throws MessagingException {
		String name = part.getFileName();
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			name = MimeUtility.decodeText(name);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			// keep the name as it came
		}
		// Only the last path element, whatever the sender's program put before it.
		String plain = name.replace('\\', '/');
		return plain.substring(plain.lastIndexOf('/') + 1).strip();
	}

	private static byte[] bytes(Part part) throws MessagingException, IOException {
		try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			in.transferTo(out);
			return out.toByteArray();
		}
	}

	private static void append(StringBuilder text, String more) {
		if (!text.isEmpty()) {
			text.append("\n\n");
		}
		text.append(more.replace("\r\n", "\n"));
	}

	/**
	 * A readable rendering of an HTML-only mail: breaks kept, tags dropped, the common
	 * entities decoded. The conversation shows it as text, never as HTML.
	 */
	static String htmlAsText(String html) {
		String text = html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", "")
			.replaceAll("(?i)<br\\s*/?>", "\n")
			.replaceAll("(?i)</(p|div|li|tr|h[1-6])>", "\n")
			.replaceAll("<[^>]*>", "")
			.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
		return text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
	}

}
