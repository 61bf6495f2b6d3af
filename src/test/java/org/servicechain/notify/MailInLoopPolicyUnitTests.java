package org.servicechain.notify;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which mails no person wrote: auto-replies, bounces and our own mail coming back.
 */
class MailInLoopPolicyUnitTests {

	private static final String PLAIN = "Message-ID: <a1@example.com>\r\nFrom: amelia@example.com\r\n"
			+ "Subject: Hello\r\n";

	@Test
	void aPersonsMailIsNotIgnored() throws Exception {
		assertThat(why(PLAIN)).isEmpty();
		assertThat(why(PLAIN + "Auto-Submitted: no\r\nPrecedence: first-class\r\n")).isEmpty();
	}

	@Test
	void recognisesAutoReplies() throws Exception {
		assertThat(why(PLAIN + "Auto-Submitted: auto-replied\r\n"))
			.hasValue("auto-reply: Auto-Submitted: auto-replied");
		assertThat(why(PLAIN + "Auto-Submitted: auto-generated; owner-email=x@y\r\n"))
			.hasValue("auto-reply: Auto-Submitted: auto-generated");
		assertThat(why(PLAIN + "Precedence: junk\r\n")).hasValue("auto-reply: Precedence: junk");
		assertThat(why(PLAIN + "Precedence: List\r\n")).hasValue("auto-reply: Precedence: list");
		assertThat(why(PLAIN + "Precedence: auto_reply\r\n")).hasValue("auto-reply: Precedence: auto_reply");
		assertThat(why(PLAIN + "X-Autoreply: yes\r\n")).hasValue("auto-reply: X-Autoreply present");
		assertThat(why(PLAIN + "X-Autorespond: yes\r\n")).hasValue("auto-reply: X-Autorespond present");
	}

	@Test
	void recognisesBounces() throws Exception {
		assertThat(why(PLAIN + "MIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n"))
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("bounce: a delivery status report"));
		assertThat(why(PLAIN + "Return-Path: <>\r\n")).hasValue("bounce: empty Return-Path (<>)");
		assertThat(MailInLoopPolicy.whyIgnore(mail(PLAIN), "MAILER-DAEMON@example.com", "servicechain.invalid",
				"servicechain@localhost"))
			.hasValue("bounce: sent by MAILER-DAEMON@example.com");
	}

	@Test
	void recognisesOurOwnMailComingBack() throws Exception {
		assertThat(why("Message-ID: <1234@ServiceChain.invalid>\r\nFrom: amelia@example.com\r\n"))
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("loop: the Message-ID is one of ours"));
		assertThat(MailInLoopPolicy.whyIgnore(mail(PLAIN), "servicechain@localhost", "servicechain.invalid",
				"servicechain@localhost"))
			.hasValue("loop: sent from our own address servicechain@localhost");
	}

	private static Optional<String> why(String headers) throws Exception {
		return MailInLoopPolicy.whyIgnore(mail(headers), "amelia@example.com", "servicechain.invalid",
				"servicechain@localhost");
	}

	private static MimeMessage mail(String headers) throws Exception {
		return MailInContent.headers((headers + "\r\nBody\r\n").getBytes(StandardCharsets.US_ASCII));
	}

}
