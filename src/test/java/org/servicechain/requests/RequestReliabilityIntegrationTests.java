package org.servicechain.requests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * What must hold when things go wrong or happen at once (REQ-7): concurrent updates never
 * lose one, a retried create never duplicates, and a command that fails leaves nothing
 * half-written, neither a request without its files nor files without their request.
 */
@IntegrationTest
class RequestReliabilityIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	JdbcClient jdbc;

	DeliveryChain chain;

	TestClient agent;

	@BeforeEach
	void aDeliveryChain() {
		this.chain = new RequestFixtures(this.clients).deliveryChain();
		this.agent = this.clients.api(Role.AGENT);
	}

	@Test
	void aRetriedCreateWithTheSameKeyCreatesOneRequest() throws Exception {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = RequestFixtures.request(this.chain, this.chain.customer(), "Retried " + key);
		List<TestClient.Response> responses = concurrently(8,
				() -> this.agent.post("/api/v1/requests", body, Map.of("Idempotency-Key", key)));
		List<TestClient.Response> created = responses.stream().filter((r) -> r.status() == 201).toList();
		assertThat(created).isNotEmpty();
		assertThat(created.stream().map((r) -> r.json().get("reference").asString()).distinct()).hasSize(1);
		assertThat(responses).allSatisfy((r) -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
		TestClient.Response retried = this.agent.post("/api/v1/requests", body, Map.of("Idempotency-Key", key));
		assertThat(retried.status()).isEqualTo(201);
		assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(this.agent.get("/api/v1/requests?q=" + key.substring(0, 8) + "&scope=all")
			.json()
			.get("totalItems")
			.asLong()).isEqualTo(1);
	}

	@Test
	void concurrentRepliesAreAllKeptInOrder() throws Exception {
		String id = raise("Busy request");
		List<TestClient.Response> replies = concurrently(8, () -> this.agent.post("/api/v1/requests/" + id + "/replies",
				Map.of("body", "Reply " + UUID.randomUUID())));
		assertThat(replies).allSatisfy((r) -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
		JsonNode request = this.agent.get("/api/v1/requests/" + id).json();
		assertThat(request.get("messages")).hasSize(8);
		JsonNode events = this.agent.get("/api/v1/requests/" + id + "/events").json();
		assertThat(events.valueStream().filter((e) -> e.get("kind").asString().equals("PUBLIC_REPLY"))).hasSize(8);
		// Only the first reply opened it.
		assertThat(events.valueStream()
			.filter((e) -> e.get("kind").asString().equals("STATUS_CHANGED"))
			.map((e) -> e.get("to").asString())).containsExactly("OPEN");
	}

	@Test
	void ofTwoChangesFromTheSameCopyOneWinsAndTheOtherIsToldWhatChanged() throws Exception {
		String id = raise("Contested request");
		String etag = this.agent.get("/api/v1/requests/" + id).etag();
		TestClient other = this.clients.api(Role.AGENT);
		List<TestClient.Response> results = concurrently(2,
				List.of(() -> this.agent.post("/api/v1/requests/" + id + "/transitions",
						Map.of("to", "WAITING_ON_CUSTOMER", "reason", "Asked for photos"), Map.of("If-Match", etag)),
						() -> other.post("/api/v1/requests/" + id + "/transitions",
								Map.of("to", "RESOLVED", "reason", "Sorted on the phone"), Map.of("If-Match", etag))));
		assertThat(results.stream().map(TestClient.Response::status)).containsExactlyInAnyOrder(200, 409);
		TestClient.Response lost = results.stream().filter((r) -> r.status() == 409).findFirst().orElseThrow();
		assertProblem(lost, 409);
		assertThat(lost.body()).contains("status");
	}

	@Test
	void aTransitionWithoutIfMatchIsRefusedAndAStaleOneShowsTheChanges() {
		String id = raise("Versioned request");
		TestClient.Response noVersion = this.agent.post("/api/v1/requests/" + id + "/transitions",
				Map.of("to", "OPEN", "reason", "Taken"));
		assertProblem(noVersion, 428);
		String etag = this.agent.get("/api/v1/requests/" + id).etag();
		assertThat(this.agent
			.put("/api/v1/requests/" + id + "/priority", Map.of("priority", "P1", "reason", "Vulnerable customer"),
					etag)
			.status()).isEqualTo(200);
		TestClient.Response stale = this.agent.post("/api/v1/requests/" + id + "/transitions",
				Map.of("to", "OPEN", "reason", "Taken"), Map.of("If-Match", etag));
		assertProblem(stale, 409);
		assertThat(stale.body()).contains("Vulnerable customer").contains("P1");
	}

	@Test
	void aRefusedAttachmentLeavesNoRequestAndARefusedRequestLeavesNoAttachment() {
		long requestsBefore = count("service_request");
		long filesBefore = count("request_attachment");
		String json = "{\"service\":\"" + this.chain.delivery().id() + "\",\"requester\":\""
				+ this.chain.customer().id()
				+ "\",\"summary\":\"With a script\",\"description\":\"See file\",\"impact\":\"LOW\",\"urgency\":\"LOW\"}";
		TestClient.Response script = this.agent.multipart("/api/v1/requests", Map.of("request", json),
				Map.of("invoice.pdf", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII)), Map.of());
		assertProblem(script, 422, "attachments[0]", "type");
		String invalid = json.replace("\"With a script\"", "\"\"");
		TestClient.Response noSummary = this.agent.multipart("/api/v1/requests", Map.of("request", invalid),
				Map.of("note.pdf", RequestAccessIntegrationTests.pdf()), Map.of());
		assertThat(noSummary.status()).isIn(400, 422);
		assertThat(count("service_request")).isEqualTo(requestsBefore);
		assertThat(count("request_attachment")).isEqualTo(filesBefore);
		assertThat(count("request_attachment_content")).isEqualTo(filesBefore);

		TestClient.Response ok = this.agent.multipart("/api/v1/requests", Map.of("request", json),
				Map.of("note.pdf", RequestAccessIntegrationTests.pdf()), Map.of());
		assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
		assertThat(count("request_attachment")).isEqualTo(filesBefore + 1);
	}

	@Test
	void aCustomersStaleCopyIsToldWhatChangedWithoutStaffLoginsOrInternalFields() {
		TestClient customer = new RequestFixtures(this.clients).customerOf(this.chain.customer());
		String id = customer
			.post("/api/v1/requests", RequestFixtures.request(this.chain, this.chain.customer(), "Stale confirm"))
			.json()
			.get("id")
			.asString();
		String etag = this.agent.get("/api/v1/requests/" + id).etag();
		this.agent.post("/api/v1/requests/" + id + "/transitions", Map.of("to", "RESOLVED", "reason", "Delivered"),
				Map.of("If-Match", etag));
		String seen = customer.get("/api/v1/requests/" + id).etag();
		String now = this.agent.get("/api/v1/requests/" + id).etag();
		this.agent.put(
				"/api/v1/requests/" + id + "/assignee", Map.of("assignee",
						this.agent.get("/api/v1/me").json().get("username").asString(), "reason", "Internal shuffle"),
				now);
		this.agent.post("/api/v1/requests/" + id + "/transitions", Map.of("to", "OPEN", "reason", "Installer not been"),
				Map.of("If-Match", this.agent.get("/api/v1/requests/" + id).etag()));
		TestClient.Response stale = customer.post("/api/v1/requests/" + id + "/transitions",
				Map.of("to", "CLOSED", "reason", "Thanks"), Map.of("If-Match", seen));
		assertProblem(stale, 409);
		String login = this.agent.get("/api/v1/me").json().get("username").asString();
		assertThat(stale.body()).contains("Open")
			.doesNotContain(login)
			.doesNotContain("Internal shuffle")
			.doesNotContain("assignee");
	}

	@Test
	void badInputNamesTheFieldAndTheRule() {
		TestClient.Response wrongService = this.agent.post("/api/v1/requests",
				Map.of("service", this.chain.carriage().id(), "requester", this.chain.customer().id(), "summary", "s",
						"description", "d", "impact", "LOW", "urgency", "LOW"));
		assertProblem(wrongService, 422, "service", "delivered-to-requester");
		assertThat(wrongService.body()).contains(this.chain.delivery().name());
		TestClient.Response override = this.agent.post("/api/v1/requests",
				Map.of("service", this.chain.delivery().id(), "requester", this.chain.customer().id(), "summary", "s",
						"description", "d", "impact", "LOW", "urgency", "LOW", "priority", "P1"));
		assertProblem(override, 422, "priorityReason", "required");
		TestClient.Response badImpact = this.agent.post("/api/v1/requests",
				Map.of("service", this.chain.delivery().id(), "requester", this.chain.customer().id(), "summary", "s",
						"description", "d", "impact", "HUGE", "urgency", "LOW"));
		assertThat(badImpact.status()).isEqualTo(400);
		assertThat(badImpact.body()).contains("impact");
		String id = raise("Rules");
		String etag = this.agent.get("/api/v1/requests/" + id).etag();
		TestClient.Response back = this.agent.post("/api/v1/requests/" + id + "/transitions",
				Map.of("to", "CLOSED", "reason", "x"), Map.of("If-Match", etag));
		assertProblem(back, 422, "to", "transition");
		TestClient.Response noReason = this.agent.post("/api/v1/requests/" + id + "/transitions",
				Map.of("to", "WAITING_ON_CUSTOMER"), Map.of("If-Match", etag));
		assertProblem(noReason, 422, "reason", "required");
		TestClient.Response offChain = this.agent.post("/api/v1/requests/" + id + "/tasks", Map.of("party",
				this.chain.frontLine().id(), "summary", "s", "needed", "n", "sharePersonalData", false));
		assertProblem(offChain, 422, "party", "not-own-team");
		TestClient.Response noShareReason = this.agent.post("/api/v1/requests/" + id + "/tasks",
				Map.of("party", this.chain.courier().id(), "summary", "s", "needed", "n", "sharePersonalData", true));
		assertProblem(noShareReason, 422, "shareReason", "required");
	}

	private String raise(String summary) {
		TestClient.Response raised = this.agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), summary));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		return raised.json().get("id").asString();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static List<TestClient.Response> concurrently(int times, Callable<TestClient.Response> call)
			throws Exception {
		List<Callable<TestClient.Response>> calls = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			calls.add(call);
		}
		return concurrently(times, calls);
	}

	private static List<TestClient.Response> concurrently(int threads, List<Callable<TestClient.Response>> calls)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<TestClient.Response> responses = new ArrayList<>();
			for (Future<TestClient.Response> future : pool.invokeAll(calls)) {
				responses.add(future.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
