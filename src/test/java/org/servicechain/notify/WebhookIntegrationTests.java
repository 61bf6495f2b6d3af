package org.servicechain.notify;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks against a receiver on 127.0.0.1 (a JDK HttpServer), which an administrator
 * allowed explicitly: signed per Standard Webhooks, retried through the outbox, logged,
 * redelivered with the same id; targets inside the network are refused without the
 * allowance, at subscription and again at delivery; redirects are not followed.
 */
@IntegrationTest
class WebhookIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	DrainingOutbox drain;

	HttpServer receiver;

	final List<Received> received = new CopyOnWriteArrayList<>();

	final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

	TestClient admin;

	DeliveryChain chain;

	record Received(String path, Map<String, String> headers, String body) {

	}

	@BeforeEach
	void aReceiver() throws Exception {
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Map<String, String> headers = new java.util.HashMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
			this.received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
			Integer status = this.answers.poll();
			if (status != null && status == 302) {
				exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/elsewhere");
			}
			exchange.sendResponseHeaders((status != null) ? status : 204, -1);
			exchange.close();
		});
		this.receiver.start();
		this.admin = this.clients.api(Role.ADMIN);
		this.chain = new RequestFixtures(this.clients).deliveryChain();
	}

	@AfterEach
	void stop() {
		this.receiver.stop(0);
		for (JsonNode hook : this.admin.get("/api/v1/webhooks").json()) {
			this.admin.delete("/api/v1/webhooks/" + hook.get("id").asString(), null);
		}
		this.admin.delete("/api/v1/webhooks/allowed-hosts/127.0.0.1", null);
	}

	@Test
	void refusesTargetsInsideTheNetworkWithoutAnAllowance() {
		for (String url : List.of("http://127.0.0.1:" + port() + "/hook", "http://169.254.169.254/latest/meta-data",
				"http://10.1.2.3/hook", "http://localhost:" + port() + "/hook", "http://[::1]/hook")) {
			TestClient.Response refused = subscribe(url, List.of("request.received"));
			assertThat(refused.status()).as(url).isEqualTo(422);
			assertThat(refused.body()).as(url).contains("public-address").contains("\"url\"");
		}
		assertThat(subscribe("ftp://example.com/hook", List.of("*")).body()).contains("\"http\"");
		assertThat(subscribe("not an address", List.of("*")).status()).isEqualTo(422);
		TestClient.Response unknown = subscribe("http://127.0.0.1/hook", List.of("request.exploded"));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(this.received).isEmpty();
		// Only administrators manage webhooks.
		assertThat(this.clients.api(Role.MANAGER).get("/api/v1/webhooks").status()).isEqualTo(403);
	}

	@Test
	void deliversSignedRetriesWithBackOffLogsAndRedelivers() throws Exception {
		allow("127.0.0.1");
		TestClient.Response created = subscribe("http://127.0.0.1:" + port() + "/hook", List.of("request.received"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String secret = created.json().get("secret").asString();
		String hook = created.json().get("webhook").get("id").asString();
		this.answers.add(500);

		TestClient customer = new RequestFixtures(this.clients).customerOf(this.chain.customer());
		String id = NotifyFixtures.raise(customer, this.chain, "Hook me");
		NotifyFixtures.drainWhen(this.drain, () -> this.received.size() == 1);
		JsonNode failed = deliveries(hook).get(0);
		assertThat(failed.get("status").asString()).isEqualTo("PENDING");
		assertThat(failed.get("attempts").asInt()).isEqualTo(1);
		assertThat(failed.get("lastStatus").asInt()).isEqualTo(500);
		// Back-off: not tried again at once.
		this.drain.drain();
		assertThat(this.received).hasSize(1);

		this.admin.post("/api/v1/outbox/" + failed.get("id").asString() + "/retry", Map.of());
		this.drain.drain();
		assertThat(this.received).hasSize(2);
		assertThat(deliveries(hook).get(0).get("status").asString()).isEqualTo("SENT");
		Received delivery = this.received.get(1);
		String webhookId = delivery.headers().get("webhook-id");
		assertThat(webhookId).isEqualTo(this.received.get(0).headers().get("webhook-id"));
		assertThat(delivery.headers().get("webhook-signature")).isEqualTo(
				expectedSignature(secret, webhookId, delivery.headers().get("webhook-timestamp"), delivery.body()));
		JsonNode payload = tools.jackson.databind.json.JsonMapper.builder().build().readTree(delivery.body());
		assertThat(payload.get("type").asString()).isEqualTo("request.received");
		assertThat(payload.get("data").get("id").asString()).isEqualTo(id);
		assertThat(payload.get("data").get("reference").asString()).startsWith("REQ-");

		TestClient.Response again = this.admin
			.post("/api/v1/webhooks/" + hook + "/deliveries/" + failed.get("id").asString() + "/redeliver", Map.of());
		assertThat(again.status()).isEqualTo(202);
		this.drain.drain();
		assertThat(this.received).hasSize(3);
		assertThat(this.received.get(2).headers().get("webhook-id")).isEqualTo(webhookId);
	}

	@Test
	void checksTheAddressAgainOnDeliveryAndFollowsNoRedirect() {
		allow("127.0.0.1");
		String hook = subscribe("http://127.0.0.1:" + port() + "/hook", List.of("*")).json()
			.get("webhook")
			.get("id")
			.asString();
		// A redirect is a failed try, never followed.
		this.answers.add(302);
		String ping = this.admin.post("/api/v1/webhooks/" + hook + "/ping", Map.of()).json().get("id").asString();
		NotifyFixtures.drainWhen(this.drain, () -> !this.received.isEmpty());
		JsonNode redirected = this.admin.get("/api/v1/outbox/" + ping).json();
		assertThat(redirected.get("lastStatus").asInt()).isEqualTo(302);
		assertThat(redirected.get("status").asString()).isEqualTo("PENDING");
		assertThat(this.received).extracting(Received::path).containsExactly("/hook");

		// The allowance withdrawn, the next try is refused before connecting.
		this.admin.delete("/api/v1/webhooks/allowed-hosts/127.0.0.1", null);
		this.admin.post("/api/v1/outbox/" + ping + "/retry", Map.of());
		this.drain.drain();
		JsonNode refused = this.admin.get("/api/v1/outbox/" + ping).json();
		assertThat(refused.get("attempts").asInt()).isEqualTo(2);
		assertThat(refused.get("lastError").asString()).contains("refused").contains("inside the network");
		assertThat(this.received).hasSize(1);
	}

	private void allow(String host) {
		TestClient.Response allowed = this.admin.post("/api/v1/webhooks/allowed-hosts", Map.of("host", host));
		assertThat(allowed.status()).as(allowed.toString()).isEqualTo(200);
	}

	private TestClient.Response subscribe(String url, List<String> events) {
		return this.admin.post("/api/v1/webhooks", Map.of("url", url, "events", events, "description", "test"));
	}

	private List<JsonNode> deliveries(String hook) {
		return this.admin.get("/api/v1/webhooks/" + hook + "/deliveries").json().get("items").valueStream().toList();
	}

	private int port() {
		return this.receiver.getAddress().getPort();
	}

	/**
	 * The signature computed here, independently of the application's code.
	 */
	private static String expectedSignature(String secret, String id, String timestamp, String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		return "v1," + Base64.getEncoder()
			.encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
	}

}
