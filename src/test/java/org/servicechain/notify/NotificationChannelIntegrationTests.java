package org.servicechain.notify;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * How a person is told when they chose nothing: as their contact record in the chain
 * prefers (mail for a contact who prefers e-mail, in the application for one who prefers
 * the portal), their own choice per event overriding it; and in the language they read
 * mails in, which picks the template, the organisation's default when they chose none.
 */
@IntegrationTest
class NotificationChannelIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Autowired
	DrainingOutbox drain;

	@Autowired
	JdbcClient jdbc;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient agent;

	@BeforeEach
	void aDeliveryChain() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.agent = this.clients.api(Role.AGENT);
	}

	@Test
	void aContactIsToldByTheChannelTheyPreferUnlessTheyChoseOtherwise() {
		String byMail = "mail-" + UUID.randomUUID() + "@example.com";
		String byPortal = "portal-" + UUID.randomUUID() + "@example.com";
		this.fixtures.chain()
			.contact(this.chain.customer(), "Eve Mailer", Map.of("email", byMail, "preferredChannel", "EMAIL"));
		this.fixtures.chain()
			.contact(this.chain.customer(), "Paul Portal", Map.of("email", byPortal, "preferredChannel", "PORTAL"));
		TestClient mailer = account(byMail);
		TestClient portal = account(byPortal);
		JsonNode mailerReply = preference(mailer, "request.reply");
		assertThat(mailerReply.get("channel").asString()).isEqualTo("MAIL");
		assertThat(mailerReply.get("chosen").asBoolean()).isFalse();
		assertThat(preference(portal, "request.reply").get("channel").asString()).isEqualTo("IN_APP");

		TestClient requester = this.fixtures.customerOf(this.chain.customer());
		String id = NotifyFixtures.raise(requester, this.chain, "Told as each prefers");
		this.agent.post("/api/v1/requests/" + id + "/replies", Map.of("body", "First answer."));
		NotifyFixtures.drainWhen(this.drain, () -> mails(byMail).size() == 1 && notified(portal) == 1);
		assertThat(notified(mailer)).isZero();
		assertThat(mails(byPortal)).isEmpty();

		// A choice of one's own wins over the contact's preferred channel.
		assertThat(mailer.put("/api/v1/notifications/preferences", Map.of("request.reply", "IN_APP"), null).status())
			.isEqualTo(200);
		assertThat(preference(mailer, "request.reply").get("chosen").asBoolean()).isTrue();
		this.agent.post("/api/v1/requests/" + id + "/replies", Map.of("body", "Second answer."));
		NotifyFixtures.drainWhen(this.drain, () -> notified(mailer) == 1 && notified(portal) == 2);
		assertThat(mails(byMail)).hasSize(1);
	}

	@Test
	void mailsAreWrittenInThePersonsLanguageAndTheDefaultOtherwise() {
		String german = "de-" + UUID.randomUUID() + "@example.com";
		String english = "en-" + UUID.randomUUID() + "@example.com";
		NotifyFixtures people = new NotifyFixtures(this.clients, this.identity);
		TestClient deutsch = people.customerByMail(this.chain.customer().id(), german);
		people.customerByMail(this.chain.customer().id(), english);

		JsonNode language = deutsch.get("/api/v1/notifications/language").json();
		assertThat(language.get("language").asString()).isEqualTo("en");
		assertThat(language.get("chosen").isNull()).isTrue();
		assertProblem(deutsch.put("/api/v1/notifications/language", Map.of("language", "fr"), null), 422, "language",
				"known-language");
		TestClient.Response chosen = deutsch.put("/api/v1/notifications/language", Map.of("language", "de"), null);
		assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
		assertThat(chosen.json().get("language").asString()).isEqualTo("de");
		assertThat(chosen.json().get("chosen").asString()).isEqualTo("de");

		TestClient requester = this.fixtures.customerOf(this.chain.customer());
		String id = NotifyFixtures.raise(requester, this.chain, "Zweisprachig");
		this.agent.post("/api/v1/requests/" + id + "/replies", Map.of("body", "Kommt am Montag."));
		NotifyFixtures.drainWhen(this.drain, () -> replyMails(german).size() == 1 && replyMails(english).size() == 1);
		// No German template for replies: the German default one, not the English reply.
		assertThat(replyMails(german).get(0)).contains("Hallo").contains("Hier ansehen").contains("Kommt am Montag.");
		assertThat(replyMails(english).get(0)).contains("Hello").contains("See it here").doesNotContain("Hallo");

		// Back to the organisation's default.
		Map<String, Object> none = new java.util.HashMap<>();
		none.put("language", null);
		JsonNode reset = deutsch.put("/api/v1/notifications/language", none, null).json();
		assertThat(reset.get("language").asString()).isEqualTo("en");
		assertThat(reset.get("chosen").isNull()).isTrue();
		this.agent.post("/api/v1/requests/" + id + "/replies", Map.of("body", "Doch am Dienstag."));
		NotifyFixtures.drainWhen(this.drain, () -> replyMails(german).size() == 2);
		assertThat(replyMails(german)).filteredOn((text) -> text.contains("Doch am Dienstag."))
			.singleElement()
			.satisfies((text) -> assertThat(text).contains("Hello").doesNotContain("Hallo"));
	}

	@Test
	void thePreferencesPageOffersTheLanguageAndKeepsDefaultsAsDefaults() {
		String address = "page-" + UUID.randomUUID() + "@example.com";
		this.fixtures.chain()
			.contact(this.chain.customer(), "Petra Page", Map.of("email", address, "preferredChannel", "EMAIL"));
		String username = "page-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createUserAsSystem(new NewUser(username, "Petra Page", address, TestClient.Clients.PASSWORD,
				Role.CUSTOMER, this.chain.customer().id()));
		TestClient page = this.clients.anonymous().login(username, TestClient.Clients.PASSWORD);
		String html = page.get("/notifications/preferences").body();
		assertThat(html).contains("Language of my mails").contains("(default)");
		Map<String, String> form = new java.util.LinkedHashMap<>();
		for (NotifyEvent event : NotifyEvent.values()) {
			form.put(event.key(), (event == NotifyEvent.REQUEST_RESOLVED) ? "NONE" : "MAIL");
		}
		form.put("language", "de");
		assertThat(page.postForm("/notifications/preferences", form).status()).isEqualTo(302);
		TestClient api = page.useNewToken();
		assertThat(api.get("/api/v1/notifications/language").json().get("chosen").asString()).isEqualTo("de");
		// Left as shown (the contact's mail), still a default; the one changed is a
		// choice.
		assertThat(preference(api, "request.reply").get("chosen").asBoolean()).isFalse();
		assertThat(preference(api, "request.resolved").get("chosen").asBoolean()).isTrue();
		assertThat(preference(api, "request.resolved").get("channel").asString()).isEqualTo("NONE");
	}

	private TestClient account(String email) {
		String username = "contact-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createUserAsSystem(new NewUser(username, "Contact " + username, email,
				TestClient.Clients.PASSWORD, Role.CUSTOMER, this.chain.customer().id()));
		return this.clients.anonymous().login(username, TestClient.Clients.PASSWORD).useNewToken();
	}

	private static JsonNode preference(TestClient person, String event) {
		return person.get("/api/v1/notifications/preferences")
			.json()
			.valueStream()
			.filter((p) -> p.get("event").asString().equals(event))
			.findFirst()
			.orElseThrow();
	}

	private static long notified(TestClient person) {
		return person.get("/api/v1/notifications")
			.json()
			.get("items")
			.valueStream()
			.filter((n) -> n.get("event").asString().equals("request.reply"))
			.count();
	}

	private List<String> mails(String address) {
		return this.jdbc.sql("select event from outbox_message where recipient = :address and event = 'request.reply'")
			.param("address", address)
			.query(String.class)
			.list();
	}

	private List<String> replyMails(String address) {
		return this.jdbc
			.sql("select text_body from outbox_message where recipient = :address and event = 'request.reply'")
			.param("address", address)
			.query(String.class)
			.list();
	}

}
