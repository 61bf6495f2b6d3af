package org.servicechain.notify;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two drains at once on one database (as two instances run them): each outbox message is
 * delivered exactly once, and a happening two instances try to tell at the same moment is
 * told once. On PostgreSQL in CI's second run; on H2 by default.
 */
@IntegrationTest
class ExactlyOnceIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	DrainingOutbox drain;

	@Autowired
	Notifying notifying;

	@Autowired
	Happenings happenings;

	@Autowired
	PlatformTransactionManager transactions;

	HttpServer receiver;

	final List<String> received = new CopyOnWriteArrayList<>();

	TestClient admin;

	String hook;

	@BeforeEach
	void aSlowReceiver() throws Exception {
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.setExecutor(Executors.newFixedThreadPool(4));
		this.receiver.createContext("/", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			this.received.add(exchange.getRequestHeaders().getFirst("webhook-id"));
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		this.receiver.start();
		this.admin = this.clients.api(Role.ADMIN);
		assertThat(this.admin.post("/api/v1/webhooks/allowed-hosts", Map.of("host", "127.0.0.1")).status())
			.isEqualTo(200);
		this.hook = this.admin.post("/api/v1/webhooks",
				Map.of("url", "http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hook", "events",
						List.of("request.reply")))
			.json()
			.get("webhook")
			.get("id")
			.asString();
	}

	@AfterEach
	void stop() {
		this.admin.delete("/api/v1/webhooks/" + this.hook, null);
		this.admin.delete("/api/v1/webhooks/allowed-hosts/127.0.0.1", null);
		this.receiver.stop(0);
	}

	@Test
	void twoDrainsAtOnceDeliverEachMessageExactlyOnce() throws Exception {
		List<String> queued = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			queued.add("msg_"
					+ this.admin.post("/api/v1/webhooks/" + this.hook + "/ping", Map.of()).json().get("id").asString());
		}
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> drainer = () -> {
			start.await();
			int sent = 0;
			for (int round = 0; round < 5; round++) {
				sent += this.drain.drain().sent();
			}
			return sent;
		};
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = two.submit(drainer);
			Future<Integer> second = two.submit(drainer);
			start.countDown();
			first.get();
			second.get();
		}
		finally {
			two.shutdownNow();
		}
		assertThat(this.received).filteredOn(queued::contains).hasSize(30).doesNotHaveDuplicates();
		assertThat(this.admin.items("/api/v1/webhooks/" + this.hook + "/deliveries"))
			.allSatisfy((delivery) -> assertThat(delivery.get("status").asString()).isEqualTo("SENT"));
	}

	@Test
	void aFailureOnOneInstanceDoesNotPutBackWhatAnotherTold() {
		UUID happening = UUID.randomUUID();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> this.happenings.record(new Happening(happening, Happening.REQUEST,
				"PUBLIC_REPLY", UUID.randomUUID(), "REQ-0", null, null, "someone", null, Instant.now())));
		// One instance told it; another, which had started on it too, failed meanwhile.
		transaction.executeWithoutResult((status) -> this.happenings.processed(happening));
		transaction.executeWithoutResult((status) -> this.happenings.failed(happening, "timed out reading"));
		assertThat(this.happenings.find(happening)).as("still told").isEmpty();
		// A failure on a happening nobody told is counted, and it waits for the next try.
		UUID untold = UUID.randomUUID();
		transaction.executeWithoutResult((status) -> this.happenings.record(new Happening(untold, Happening.REQUEST,
				"PUBLIC_REPLY", UUID.randomUUID(), "REQ-0", null, null, "someone", null, Instant.now())));
		transaction.executeWithoutResult((status) -> this.happenings.failed(untold, "timed out reading"));
		assertThat(this.happenings.find(untold)).as("to be tried again").isPresent();
	}

	@Test
	void aHappeningTwoInstancesTellAtOnceIsToldOnce() throws Exception {
		DeliveryChain chain = new RequestFixtures(this.clients).deliveryChain();
		TestClient customer = new RequestFixtures(this.clients).customerOf(chain.customer());
		TestClient agent = this.clients.api(Role.AGENT);
		String id = NotifyFixtures.raise(customer, chain, "Told once");
		String reference = agent.get("/api/v1/requests/" + id).json().get("reference").asString();
		String actor = agent.get("/api/v1/me").json().get("username").asString();
		// A reply's happening as another instance would have recorded it, not yet told.
		UUID happening = UUID.randomUUID();
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.happenings.record(new Happening(happening, Happening.REQUEST,
					"PUBLIC_REPLY", UUID.fromString(id), reference, null, null, actor, null, Instant.now())));

		CountDownLatch start = new CountDownLatch(1);
		Callable<Boolean> teller = () -> {
			start.await();
			return this.notifying.process(happening);
		};
		ExecutorService two = Executors.newFixedThreadPool(2);
		List<Boolean> outcomes = new ArrayList<>();
		try {
			Future<Boolean> first = two.submit(teller);
			Future<Boolean> second = two.submit(teller);
			start.countDown();
			outcomes.add(first.get());
			outcomes.add(second.get());
		}
		finally {
			two.shutdownNow();
		}
		assertThat(outcomes).containsOnlyOnce(true);
		this.drain.drain();
		assertThat(customer.get("/api/v1/notifications")
			.json()
			.get("items")
			.valueStream()
			.filter((n) -> n.get("event").asString().equals("request.reply"))
			.count()).isEqualTo(1);
		assertThat(this.admin.items("/api/v1/webhooks/" + this.hook + "/deliveries")).hasSize(1);
		assertThat(this.received).hasSize(1);
	}

}
