package org.servicechain.notify;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * People with mail addresses who chose mail, and requests to tell them of.
 */
final class NotifyFixtures {

	private final TestClient.Clients clients;

	private final IdentityManagement identity;

	NotifyFixtures(TestClient.Clients clients, IdentityManagement identity) {
		this.clients = clients;
		this.identity = identity;
	}

	/**
	 * @return a customer of the party with a mail address, who chose to hear of replies
	 * and receipts by mail.
	 */
	TestClient customerByMail(UUID partyId, String email) {
		String username = "mailer-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createUserAsSystem(
				new NewUser(username, "Amelia Hughes", email, TestClient.Clients.PASSWORD, Role.CUSTOMER, partyId));
		TestClient customer = this.clients.anonymous().login(username, TestClient.Clients.PASSWORD).useNewToken();
		assertThat(customer
			.put("/api/v1/notifications/preferences", Map.of("request.reply", "MAIL", "request.received", "MAIL"), null)
			.status()).isEqualTo(200);
		return customer;
	}

	static String raise(TestClient customer, DeliveryChain chain, String summary) {
		TestClient.Response raised = customer.post("/api/v1/requests",
				RequestFixtures.request(chain, chain.customer(), summary));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		return raised.json().get("id").asString();
	}

	/**
	 * Waits until the happenings of what was done are told (processed after commit on
	 * another thread), then drains the outbox as the scheduler would.
	 */
	static DrainingOutbox.Drained drainWhen(DrainingOutbox drain, java.util.function.BooleanSupplier ready) {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			drain.drain();
			return ready.getAsBoolean();
		});
		return drain.drain();
	}

}
