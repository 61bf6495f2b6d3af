package org.servicechain.notify;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail out through a real SMTP server (GreenMail on a free 127.0.0.1 port): what the
 * outbox sends arrives once, with the reference in its subject, a text and an HTML part,
 * the Message-ID we remembered, and later mails threaded on the first; while the server
 * is down, tries wait with back-off and "retry now" sends at the next drain.
 */
@IntegrationTest
class MailIntegrationTests {

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Autowired
	DrainingOutbox drain;

	DeliveryChain chain;

	NotifyFixtures people;

	@BeforeEach
	void aDeliveryChain() {
		this.chain = new RequestFixtures(this.clients).deliveryChain();
		this.people = new NotifyFixtures(this.clients, this.identity);
	}

	@Test
	void mailsArriveOnceWithReferenceMessageIdAndThreading() throws Exception {
		String address = "amelia-" + System.nanoTime() + "@example.com";
		TestClient customer = this.people.customerByMail(this.chain.customer().id(), address);
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient admin = this.clients.api(Role.ADMIN);
		String id = NotifyFixtures.raise(customer, this.chain, "Oven door broken");
		String reference = agent.get("/api/v1/requests/" + id).json().get("reference").asString();
		agent.post("/api/v1/requests/" + id + "/replies", Map.of("body", "An engineer comes on Monday."));

		NotifyFixtures.drainWhen(this.drain, () -> OutboxIntegrationTests.mails(admin, address, "SENT").size() == 2);
		List<MimeMessage> received = List.of(greenMail.getReceivedMessagesForDomain(address));
		assertThat(received).hasSize(2);
		List<JsonNode> sent = OutboxIntegrationTests.mails(admin, address, "SENT");
		MimeMessage reply = received.stream()
			.filter((mail) -> subject(mail).startsWith("Re:"))
			.findFirst()
			.orElseThrow();
		MimeMessage first = received.stream()
			.filter((mail) -> !subject(mail).startsWith("Re:"))
			.findFirst()
			.orElseThrow();
		assertThat(subject(reply)).contains("[" + reference + "]");
		assertThat(subject(first)).contains("[" + reference + "]");
		assertThat(sent).extracting((mail) -> mail.get("messageId").asString())
			.containsExactlyInAnyOrder(reply.getMessageID(), first.getMessageID());
		assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo(first.getMessageID());
		assertThat(reply.getHeader("References")[0]).isEqualTo(first.getMessageID());
		assertThat(reply.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
		String parts = bodies(reply);
		assertThat(parts).contains("text/plain").contains("text/html").contains("An engineer comes on Monday.");

		// Draining again sends nothing twice.
		this.drain.drain();
		assertThat(greenMail.getReceivedMessagesForDomain(address)).hasSize(2);
	}

	@Test
	void whileTheServerIsDownTriesWaitAndRetryNowSends() throws Exception {
		String address = "bruno-" + System.nanoTime() + "@example.com";
		TestClient customer = this.people.customerByMail(this.chain.customer().id(), address);
		TestClient admin = this.clients.api(Role.ADMIN);
		greenMail.stop();
		try {
			NotifyFixtures.raise(customer, this.chain, "Hob not heating");
			NotifyFixtures.drainWhen(this.drain,
					() -> OutboxIntegrationTests.mails(admin, address, "PENDING")
						.stream()
						.anyMatch((mail) -> mail.get("attempts").asInt() == 1));
			JsonNode waiting = OutboxIntegrationTests.mails(admin, address, "PENDING").get(0);
			assertThat(waiting.get("lastError").asString()).isNotBlank();
			// Back-off: the next try is about 30 s away, so another drain does not try.
			this.drain.drain();
			JsonNode still = admin.get("/api/v1/outbox/" + waiting.get("id").asString()).json();
			assertThat(still.get("attempts").asInt()).isEqualTo(1);
			assertThat(java.time.Instant.parse(still.get("nextAttemptAt").asString()))
				.isAfter(java.time.Instant.parse(still.get("createdAt").asString()).plusSeconds(20));
		}
		finally {
			greenMail.start();
		}
		JsonNode waiting = OutboxIntegrationTests.mails(admin, address, "PENDING").get(0);
		admin.post("/api/v1/outbox/" + waiting.get("id").asString() + "/retry", Map.of());
		this.drain.drain();
		assertThat(admin.get("/api/v1/outbox/" + waiting.get("id").asString()).json().get("status").asString())
			.isEqualTo("SENT");
		assertThat(greenMail.getReceivedMessagesForDomain(address)).hasSize(1);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String bodies(MimeMessage message) throws Exception {
		StringBuilder all = new StringBuilder();
		collect(message.getContent(), all);
		return all.toString();
	}

	private static void collect(Object content, StringBuilder all) throws Exception {
		if (content instanceof MimeMultipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				all.append(multipart.getBodyPart(i).getContentType()).append('\n');
				collect(multipart.getBodyPart(i).getContent(), all);
			}
		}
		else {
			all.append(content).append('\n');
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
