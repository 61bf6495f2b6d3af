package org.servicechain.notify;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox without a mail server (the embedded default): mails are kept in the mail log
 * administrators read, marked "not sent", and can be retried; templates that do not parse
 * are refused naming the part.
 */
@IntegrationTest
class OutboxIntegrationTests {

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
	void withoutAMailServerMailsAreKeptInTheMailLogMarkedNotSent() {
		String address = "amelia-" + System.nanoTime() + "@example.com";
		TestClient customer = this.people.customerByMail(this.chain.customer().id(), address);
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient admin = this.clients.api(Role.ADMIN);
		String id = NotifyFixtures.raise(customer, this.chain, "Fridge arrived dented");
		String reference = agent.get("/api/v1/requests/" + id).json().get("reference").asString();
		agent.post("/api/v1/requests/" + id + "/replies", Map.of("body", "We will replace it."));

		NotifyFixtures.drainWhen(this.drain, () -> mails(admin, address, "NOT_SENT").size() == 2);
		List<JsonNode> logged = mails(admin, address, "NOT_SENT");
		assertThat(logged).allSatisfy((mail) -> {
			assertThat(mail.get("lastError").asString()).isEqualTo("not sent: no mail server configured");
			assertThat(mail.get("subject").asString()).contains(reference);
			assertThat(mail.get("messageId").asString()).startsWith("<").endsWith(">");
		});
		JsonNode reply = logged.stream()
			.filter((mail) -> mail.get("event").asString().equals("request.reply"))
			.findFirst()
			.orElseThrow();
		assertThat(reply.get("textBody").asString()).contains("We will replace it.").contains("/portal/requests/" + id);
		assertThat(reply.get("htmlBody").asString()).contains("We will replace it.");
		// The second mail about the request threads on the first.
		JsonNode first = logged.stream()
			.filter((mail) -> mail.get("event").asString().equals("request.received"))
			.findFirst()
			.orElseThrow();
		assertThat(reply.get("inReplyTo").asString()).isEqualTo(first.get("messageId").asString());
		// Mail instead of in-app: the customer has no in-app notification of these.
		assertThat(customer.get("/api/v1/notifications").json().get("totalItems").asLong()).isZero();

		// Administrators read it on a page, and may queue it again.
		TestClient adminPages = this.clients.session(Role.ADMIN, null);
		String page = adminPages.get("/admin/outbox?kind=MAIL&status=NOT_SENT").body();
		assertThat(page).contains(address).contains("No mail server is configured");
		assertThat(adminPages.get("/admin/outbox/" + reply.get("id").asString()).body())
			.contains("We will replace it.");
		JsonNode retried = admin.post("/api/v1/outbox/" + reply.get("id").asString() + "/retry", Map.of()).json();
		assertThat(retried.get("status").asString()).isEqualTo("PENDING");

		// Only administrators see the outbox.
		assertThat(agent.get("/api/v1/outbox").status()).isEqualTo(403);
		assertThat(customer.get("/api/v1/outbox").status()).isEqualTo(403);
	}

	@Test
	void templatesThatDoNotParseAreRefusedNamingThePart() {
		TestClient admin = this.clients.api(Role.ADMIN);
		TestClient.Response current = admin.get("/api/v1/mail-templates/request.reply/en");
		assertThat(current.status()).isEqualTo(200);
		TestClient.Response broken = admin.put("/api/v1/mail-templates/request.reply/en",
				Map.of("subject", "[(${title)]", "textBody", "Hello", "htmlBody", "<p th:text=\"${\">x</p>"),
				current.etag());
		assertThat(broken.status()).as(broken.toString()).isEqualTo(422);
		assertThat(broken.body()).contains("subject").contains("htmlBody").contains("template-syntax");
		assertThat(admin
			.put("/api/v1/mail-templates/request.nothing/en", Map.of("subject", "x", "textBody", "x", "htmlBody", "x"),
					"\"0\"")
			.status()).isEqualTo(404);
		TestClient.Response changed = admin.put("/api/v1/mail-templates/request.reply/de",
				Map.of("subject", "Antwort: [(${title})]", "textBody", "Hallo [(${recipientName})]", "htmlBody",
						"<p th:text=\"${title}\">t</p>"),
				"\"0\"");
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().get("customised").asBoolean()).isTrue();
		assertThat(this.clients.api(Role.MANAGER).get("/api/v1/mail-templates").status()).isEqualTo(403);
		assertThat(admin.delete("/api/v1/mail-templates/request.reply/de", null).json().get("customised").asBoolean())
			.isFalse();
	}

	static List<JsonNode> mails(TestClient admin, String address, String status) {
		return admin.items("/api/v1/outbox?kind=MAIL&status=" + status)
			.stream()
			.filter((mail) -> mail.get("recipient").asString().equals(address))
			.toList();
	}

}
