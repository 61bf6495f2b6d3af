package org.servicechain.notify;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import org.jspecify.annotations.Nullable;

/**
 * Recognises mail no person wrote to us, which must never become a request or a reply:
 * auto-replies (out of office), bounces and our own mail coming back (a loop). Pure: it
 * reads only the headers it is given.
 * <ul>
 * <li>{@code Auto-Submitted} other than {@code no} (RFC 3834), as our own mail out
 * carries {@code auto-generated};</li>
 * <li>{@code Precedence} {@code bulk}, {@code junk}, {@code list} or
 * {@code auto_reply};</li>
 * <li>{@code X-Autoreply}, {@code X-Autorespond} (and {@code X-Autoresponder})
 * present;</li>
 * <li>a delivery status report ({@code multipart/report}), or a sender such as
 * {@code MAILER-DAEMON}, or an empty {@code Return-Path} ({@code <>}): a bounce;</li>
 * <li>a Message-ID in our own Message-ID domain, or our own sender address: a loop.</li>
 * </ul>
 */
final class MailInLoopPolicy {

	private static final List<String> AUTOMATIC_PRECEDENCE = List.of("bulk", "junk", "list", "auto_reply");

	private static final List<String> AUTORESPONDER_HEADERS = List.of("X-Autoreply", "X-Autorespond",
			"X-Autoresponder");

	private static final List<String> DAEMONS = List.of("mailer-daemon", "postmaster");

	private MailInLoopPolicy() {
	}

	/**
	 * @param mail the mail's headers and top-level content type
	 * @param sender the sender's address, if any
	 * @param ownMessageIdDomain the right-hand side of the Message-IDs we give our mails
	 * @param ownAddress the address our mails come from
	 * @return why the mail is ignored, or empty when a person wrote it
	 */
	static Optional<String> whyIgnore(Part mail, @Nullable String sender, String ownMessageIdDomain, String ownAddress)
			throws MessagingException {
		String messageId = first(mail, "Message-ID");
		if (messageId != null && messageId.toLowerCase(Locale.ROOT)
			.strip()
			.endsWith("@" + ownMessageIdDomain.toLowerCase(Locale.ROOT) + ">")) {
			return Optional.of("loop: the Message-ID is one of ours (" + messageId.strip() + ")");
		}
		if (sender != null && sender.equalsIgnoreCase(ownAddress)) {
			return Optional.of("loop: sent from our own address " + ownAddress);
		}
		if (isReport(mail)) {
			return Optional.of("bounce: a delivery status report (multipart/report)");
		}
		String returnPath = first(mail, "Return-Path");
		if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
			return Optional.of("bounce: empty Return-Path (<>)");
		}
		if (sender != null) {
			String local = sender.substring(0, Math.max(sender.indexOf('@'), 0)).toLowerCase(Locale.ROOT);
			if (DAEMONS.contains(local)) {
				return Optional.of("bounce: sent by " + sender);
			}
		}
		String autoSubmitted = first(mail, "Auto-Submitted");
		if (autoSubmitted != null) {
			String value = autoSubmitted.split(";")[0].strip().toLowerCase(Locale.ROOT);
			if (!value.equals("no")) {
				return Optional.of("auto-reply: Auto-Submitted: " + value);
			}
		}
		String precedence = first(mail, "Precedence");
		if (precedence != null && AUTOMATIC_PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("auto-reply: Precedence: " + precedence.strip().toLowerCase(Locale.ROOT));
		}
		for (String header : AUTORESPONDER_HEADERS) {
			if (first(mail, header) != null) {
				return Optional.of("auto-reply: " + header + " present");
			}
		}
		return Optional.empty();
	}

	private static boolean isReport(Part mail) throws MessagingException {
		String type = mail.getContentType();
		if (type == null) {
			return false;
		}
		try {
			return new ContentType(type).match("multipart/report");
		}
		catch (ParseException ex) {
			return false;
		}
	}

	private static @Nullable String first(Part mail, String header) throws MessagingException {
		String[] values = mail.getHeader(header);
		return (values == null || values.length == 0) ? null : values[0];
	}

}
