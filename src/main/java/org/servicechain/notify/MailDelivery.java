package org.servicechain.notify;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one mail of the outbox through the configured mail server (Spring Mail;
 * {@code spring.mail.host}), with a plain text and an HTML part, our own Message-ID and,
 * for later mails about the same reference to the same person, {@code In-Reply-To} and
 * {@code References} to the first, so mail programs thread them. Without a mail server
 * nothing is sent and the caller marks the message "not sent".
 */
@Component
class MailDelivery {

	static final String NO_SERVER = "not sent: no mail server configured";

	private final ObjectProvider<JavaMailSender> sender;

	private final NotifySettings settings;

	MailDelivery(ObjectProvider<JavaMailSender> sender, NotifySettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	boolean configured() {
		return this.sender.getIfAvailable() != null;
	}

	/**
	 * @throws MailException or {@link MessagingException} when the server refused it or
	 * could not be reached
	 */
	void send(OutboxMessageView message) throws MessagingException {
		send(message, java.util.List.of());
	}

	/**
	 * Sends the mail with the files it carries as attachments.
	 * @throws MailException or {@link MessagingException} when the server refused it or
	 * could not be reached
	 */
	void send(OutboxMessageView message, java.util.List<MailAttachment> attachments) throws MessagingException {
		JavaMailSender mail = this.sender.getObject();
		Session session = (mail instanceof JavaMailSenderImpl impl) ? impl.getSession()
				: Session.getInstance(new Properties());
		MimeMessage mime = new IdentifiedMimeMessage(session, message.messageId());
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(this.settings.mailFrom());
		helper.setTo(message.recipient());
		helper.setSubject((message.subject() != null) ? message.subject() : "");
		helper.setText((message.textBody() != null) ? message.textBody() : "",
				(message.htmlBody() != null) ? message.htmlBody() : "");
		if (message.inReplyTo() != null) {
			mime.setHeader("In-Reply-To", message.inReplyTo());
			mime.setHeader("References", message.inReplyTo());
		}
		for (MailAttachment file : attachments) {
			helper.addAttachment(file.fileName(), new org.springframework.core.io.ByteArrayResource(file.content()),
					file.contentType());
		}
		mime.setHeader("Auto-Submitted", "auto-generated");
		mail.send(mime);
	}

	/**
	 * Keeps the Message-ID we gave the mail (and remembered) instead of the one Jakarta
	 * Mail would make up when saving.
	 */
	static final class IdentifiedMimeMessage extends MimeMessage {

		private final @Nullable String messageId;

		IdentifiedMimeMessage(Session session, @Nullable String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			if (this.messageId != null) {
				setHeader("Message-ID", this.messageId);
			}
			else {
				super.updateMessageID();
			}
		}

	}

}
