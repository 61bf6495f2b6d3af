package org.servicechain.notify;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.servicechain.Servicechain;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances of the whole application on one PostgreSQL database, as in production
 * behind a load balancer: replies are posted on both at once, each instance tells of what
 * it recorded right after the commit while both drain the outbox from two threads each,
 * and still every mail reaches the SMTP server (GreenMail, started here) exactly once and
 * every in-app notification exists exactly once. Row locks ({@code FOR UPDATE SKIP
 * LOCKED}) are what keeps instances apart, and H2 in one JVM proves nothing about them,
 * so this runs on PostgreSQL only (CI's second run) and is skipped on H2.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TwoInstancesIntegrationTests {

	static final int REPLIES = 100;

	static final Pattern REPLY = Pattern.compile("Reply number (\\d+) of");

	static final String DB_URL = System.getProperty("servicechain.test.db-url", "");

	static final Logger log = LoggerFactory.getLogger(TwoInstancesIntegrationTests.class);

	static GreenMail greenMail;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void twoInstancesAndAMailServer() throws IOException {
		assumeTrue(DB_URL.startsWith("jdbc:postgresql:"),
				"two instances share row locks only on PostgreSQL; run with -Dservicechain.test.db-url=jdbc:postgresql:…");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
		greenMail.start();
		first = instance(port);
		second = instance(port);
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
		if (greenMail != null) {
			greenMail.stop();
		}
	}

	private static ConfigurableApplicationContext instance(int smtpPort) {
		return new SpringApplicationBuilder(Servicechain.class, TestClient.Factory.class).profiles("test")
			.run("--server.port=0", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort);
	}

	@Test
	void repliesOnTwoInstancesAreMailedAndNotifiedExactlyOnce() throws Exception {
		TestClient.Clients one = first.getBean(TestClient.Clients.class);
		TestClient.Clients two = second.getBean(TestClient.Clients.class);
		DeliveryChain chain = new RequestFixtures(one).deliveryChain();
		String address = "twice-" + UUID.randomUUID() + "@example.com";
		TestClient byMail = new NotifyFixtures(one, first.getBean(IdentityManagement.class))
			.customerByMail(chain.customer().id(), address);
		TestClient inApp = new RequestFixtures(two).customerOf(chain.customer());
		String inAppUser = inApp.get("/api/v1/me").json().get("username").asString();
		String id = NotifyFixtures.raise(inApp, chain, "Told once on two instances");
		TestClient agentOnFirst = one.api(Role.AGENT);
		TestClient agentOnSecond = two.anonymous().withToken(agentOnFirst.token());
		assertThat(byMail.get("/api/v1/requests/" + id).status()).isEqualTo(200);

		DrainingOutbox drainOne = first.getBean(DrainingOutbox.class);
		DrainingOutbox drainTwo = second.getBean(DrainingOutbox.class);
		Map<DrainingOutbox, AtomicInteger> sentBy = Map.of(drainOne, new AtomicInteger(), drainTwo,
				new AtomicInteger());
		AtomicBoolean replying = new AtomicBoolean(true);
		AtomicLong repliedAt = new AtomicLong();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> work = new ArrayList<>();
			// A quarter of the replies through each of two clients per instance, at once.
			List<TestClient> posters = List.of(agentOnFirst, agentOnSecond, agentOnFirst, agentOnSecond);
			for (int poster = 0; poster < posters.size(); poster++) {
				TestClient agent = posters.get(poster);
				int offset = poster * REPLIES / posters.size();
				work.add(threads.submit(() -> {
					start.await();
					for (int i = offset; i < offset + REPLIES / posters.size(); i++) {
						TestClient.Response reply = agent.post("/api/v1/requests/" + id + "/replies",
								Map.of("body", "Reply number " + i + " of " + id));
						assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
					}
					return null;
				}));
			}
			// Two drains on each instance, until every reply was mailed and nothing
			// waits.
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			for (DrainingOutbox drain : List.of(drainOne, drainTwo, drainOne, drainTwo)) {
				work.add(threads.submit((Callable<Void>) () -> {
					start.await();
					while (replying.get() || System.nanoTime() - repliedAt.get() < Duration.ofSeconds(60).toNanos()) {
						DrainingOutbox.Drained drained = drain.drain();
						sentBy.get(drain).addAndGet(drained.sent());
						if (!replying.get() && drained.happenings() + drained.sent() + drained.failed() == 0
								&& settled(jdbc, id, address)) {
							return null;
						}
						if (drained.sent() == 0) {
							Thread.sleep(100);
						}
					}
					throw new AssertionError("the outbox did not settle within a minute of the last reply");
				}));
			}
			long started = System.nanoTime();
			start.countDown();
			for (Future<?> poster : work.subList(0, 4)) {
				poster.get();
			}
			repliedAt.set(System.nanoTime());
			replying.set(false);
			log.info("{} replies posted on two instances in {} ms", REPLIES, (System.nanoTime() - started) / 1_000_000);
			for (Future<?> drain : work) {
				drain.get();
			}
			log.info("Told and mailed in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		finally {
			threads.shutdownNow();
		}

		JdbcClient jdbc = first.getBean(JdbcClient.class);
		// Every reply arrived by mail exactly once, under the Message-ID the outbox gave
		// it.
		List<String> received = Stream.of(greenMail.getReceivedMessagesForDomain(address))
			.map(TwoInstancesIntegrationTests::messageId)
			.toList();
		assertThat(received).doesNotHaveDuplicates();
		Map<String, String> sent = jdbc
			.sql("select message_id, text_body from outbox_message where recipient = :address and status = 'SENT'")
			.param("address", address)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(received).containsExactlyInAnyOrderElementsOf(sent.keySet());
		Map<String, Long> mailsPerReply = received.stream()
			.map(sent::get)
			.flatMap((text) -> REPLY.matcher(text).results().map((match) -> match.group(1)).distinct())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(mailsPerReply).hasSize(REPLIES)
			.allSatisfy((reply, count) -> assertThat(count).as("mails of reply " + reply).isEqualTo(1));
		assertThat(jdbc.sql("select count(*) from outbox_message where recipient = :address and status <> 'SENT'")
			.param("address", address)
			.query(Long.class)
			.single()).isZero();
		// Every reply is one in-app notification of the other customer, and no more.
		List<String> notified = jdbc
			.sql("select body from notification where recipient = :user and event = 'request.reply'")
			.param("user", inAppUser)
			.query(String.class)
			.list();
		assertThat(notified).hasSize(REPLIES).doesNotHaveDuplicates();
		// Both instances sent part of it (else this proved nothing about two).
		assertThat(sentBy.get(drainOne).get()).isPositive();
		assertThat(sentBy.get(drainTwo).get()).isPositive();
	}

	/**
	 * @return whether every reply on the request was told and every mail to the address
	 * left.
	 */
	private static boolean settled(JdbcClient jdbc, String requestId, String address) {
		long untold = jdbc.sql("select count(*) from notify_happening where subject_id = :id and processed_at is null")
			.param("id", UUID.fromString(requestId))
			.query(Long.class)
			.single();
		long waiting = jdbc.sql("select count(*) from outbox_message where recipient = :address and status = 'PENDING'")
			.param("address", address)
			.query(Long.class)
			.single();
		return untold == 0 && waiting == 0;
	}

	private static String messageId(MimeMessage mail) {
		try {
			return mail.getMessageID();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
