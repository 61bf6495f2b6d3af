package org.servicechain.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * Subject access requests (UK GDPR Art. 12(3), 15) and the breach log (Art. 33) over the
 * API: validation naming field and rule, If-Match (428/409), the way through to the
 * export as JSON and PDF, overdue requests and breaches, who viewed and exported the
 * person's data, and all of it for administrators only.
 */
@IntegrationTest
class SubjectAccessIntegrationTests {

	static final String SARS = "/api/v1/privacy/subject-access-requests";

	static final String BREACHES = "/api/v1/privacy/breaches";

	@Autowired
	TestClient.Clients clients;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient admin;

	UUID person;

	@BeforeEach
	void aCustomerWhoIsAPerson() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.admin = this.clients.api(Role.ADMIN);
		this.person = this.chain.customer().id();
	}

	private Map<String, Object> sar(Object subjectId, Object receivedOn) {
		Map<String, Object> body = new HashMap<>();
		body.put("subjectKind", "PERSON");
		body.put("subjectId", subjectId);
		body.put("receivedOn", receivedOn);
		body.put("receivedVia", "EMAIL");
		body.put("note", "All my data, please");
		return body;
	}

	@Test
	void aRequestIsRecordedVerifiedGatheredAndCompletedWithItsExportAsJsonAndPdf() {
		LocalDate today = LocalDate.now(PrivacyTimes.ZONE);
		assertProblem(this.admin.post(SARS, sar(UUID.randomUUID(), today.toString())), 422, "subjectId", "known");
		assertProblem(this.admin.post(SARS, sar(this.person, today.plusDays(2).toString())), 422, "receivedOn",
				"not-future");
		Map<String, Object> noChannel = sar(this.person, today.toString());
		noChannel.remove("receivedVia");
		assertProblem(this.admin.post(SARS, noChannel), 422, "receivedVia", "required");
		Map<String, Object> notAdmin = sar(this.person, today.toString());
		notAdmin.put("handler", "nobody-" + UUID.randomUUID());
		assertProblem(this.admin.post(SARS, notAdmin), 422, "handler", "administrator");

		TestClient.Response created = this.admin.post(SARS, sar(this.person, today.toString()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode request = created.json();
		String path = SARS + "/" + request.get("id").asString();
		assertThat(request.get("reference").asString()).startsWith("SAR-");
		assertThat(request.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(request.get("dueOn").asString()).isEqualTo(SubjectAccessDeadline.dueOn(today, 0).toString());
		assertThat(request.get("dueSoon").asBoolean()).isFalse();
		assertThat(this.admin.get(path).etag()).isEqualTo("\"0\"");

		assertProblem(this.admin.get(path + "/export.json"), 409);
		assertThat(this.admin.post(path + "/transitions", Map.of("to", "IDENTITY_VERIFIED")).status()).isEqualTo(428);
		assertProblem(send(path + "/transitions", Map.of("to", "COMPLETED"), 0), 422, "to", "allowed-transition");
		JsonNode verified = ok(send(path + "/transitions", Map.of("to", "IDENTITY_VERIFIED"), 0));
		assertThat(verified.get("identityVerifiedBy").asString()).isNotBlank();
		assertThat(send(path + "/transitions", Map.of("to", "GATHERING"), 0).status()).isEqualTo(409);

		assertProblem(send(path + "/extension", Map.of("months", 3, "reason", "Complex"), 1), 422, "months", "range");
		assertProblem(send(path + "/extension", Map.of("months", 2), 1), 422, "reason", "required");
		JsonNode extended = ok(send(path + "/extension", Map.of("months", 2, "reason", "Twelve years of records"), 1));
		assertThat(extended.get("dueOn").asString()).isEqualTo(today.plusMonths(3).toString());

		ok(send(path + "/transitions", Map.of("to", "GATHERING"), 2));
		JsonNode completed = ok(send(path + "/transitions", Map.of("to", "COMPLETED"), 3));
		assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(completed.get("exportAvailable").asBoolean()).isTrue();
		assertThat(completed.get("next")).isEmpty();

		TestClient.Response json = this.admin.get(path + "/export.json");
		assertThat(json.status()).as(json.toString()).isEqualTo(200);
		assertThat(json.json().get("chain").toString()).contains(this.chain.customer().name());
		TestClient.BytesResponse pdf = this.admin.getBytes(path + "/export.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		// The completion and both downloads are in the person's access log.
		JsonNode log = ok(this.admin.get("/api/v1/privacy/person/" + this.person + "/access-log?size=50"));
		assertThat(log.get("items").toString()).contains("exported")
			.contains("JSON of " + request.get("reference").asString())
			.contains("PDF of " + request.get("reference").asString());
		assertThat(ok(this.admin.get(path)).get("version").asLong()).isEqualTo(4);
	}

	@Test
	void overdueAndDueSoonRequestsAreListedFirstAndRefusalNeedsAReason() {
		LocalDate today = LocalDate.now(PrivacyTimes.ZONE);
		JsonNode overdue = ok(this.admin.post(SARS, sar(this.person, today.minusMonths(2).toString())));
		JsonNode dueSoon = ok(this.admin.post(SARS, sar(this.person, today.minusMonths(1).plusDays(3).toString())));
		assertThat(overdue.get("overdue").asBoolean()).isTrue();
		assertThat(dueSoon.get("dueSoon").asBoolean()).isTrue();
		assertThat(ids(ok(this.admin.get(SARS + "?show=OVERDUE&size=200")))).contains(overdue.get("id").asString())
			.doesNotContain(dueSoon.get("id").asString());
		assertThat(ids(ok(this.admin.get(SARS + "?status=RECEIVED&size=200")))).contains(overdue.get("id").asString(),
				dueSoon.get("id").asString());
		assertThat(this.admin.get(SARS + "?size=0").status()).isEqualTo(400);

		String path = SARS + "/" + overdue.get("id").asString();
		assertProblem(send(path + "/transitions", Map.of("to", "REFUSED"), 0), 422, "reason", "required");
		JsonNode refused = ok(
				send(path + "/transitions", Map.of("to", "REFUSED", "reason", "Manifestly excessive"), 0));
		assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
		assertThat(refused.get("overdue").asBoolean()).isFalse();
		assertThat(ids(ok(this.admin.get(SARS + "?show=OVERDUE&size=200"))))
			.doesNotContain(overdue.get("id").asString());
	}

	@Test
	void onlyAdministratorsWorkSubjectAccessRequestsAndBreaches() {
		LocalDate today = LocalDate.now(PrivacyTimes.ZONE);
		String path = SARS + "/" + ok(this.admin.post(SARS, sar(this.person, today.toString()))).get("id").asString();
		String breach = BREACHES + "/"
				+ ok(this.admin.post(BREACHES, breach(Instant.now().minus(1, ChronoUnit.HOURS)))).get("id").asString();
		for (TestClient other : List.of(this.fixtures.manager(), this.clients.api(Role.AGENT),
				this.fixtures.customerOf(this.chain.customer()), this.fixtures.partnerOf(this.chain.courier()))) {
			assertThat(other.get(SARS).status()).isEqualTo(403);
			assertThat(other.get(path).status()).isEqualTo(403);
			assertThat(other.post(SARS, sar(this.person, today.toString())).status()).isEqualTo(403);
			assertThat(other.get(path + "/export.pdf").status()).isEqualTo(403);
			assertThat(other.get(BREACHES).status()).isEqualTo(403);
			assertThat(other.get(breach).status()).isEqualTo(403);
			assertThat(other.post(BREACHES, breach(Instant.now())).status()).isEqualTo(403);
		}
		assertThat(this.admin.get(SARS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(this.admin.get(BREACHES + "/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void aBreachIsLoggedWithItsSeventyTwoHourDeadlineAndALateReportNeedsItsReasons() {
		Instant aware = Instant.now().minus(80, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> noDescription = breach(aware);
		noDescription.remove("description");
		assertProblem(this.admin.post(BREACHES, noDescription), 422, "description", "required");
		Map<String, Object> unlikely = breach(aware);
		unlikely.put("risk", "UNLIKELY");
		assertProblem(this.admin.post(BREACHES, unlikely), 422, "notReportableReason", "required");

		TestClient.Response created = this.admin.post(BREACHES, breach(aware));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode logged = created.json();
		String path = BREACHES + "/" + logged.get("id").asString();
		assertThat(logged.get("reference").asString()).startsWith("BR-");
		assertThat(logged.get("status").asString()).isEqualTo("OPEN");
		assertThat(logged.get("reportOverdue").asBoolean()).isTrue();
		assertThat(logged.get("hoursLeft").asLong()).isBetween(-9L, -8L);
		assertThat(ids(ok(this.admin.get(BREACHES + "?status=OPEN&size=200")))).contains(logged.get("id").asString());

		Map<String, Object> reported = breach(aware);
		reported.put("reportedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
		assertThat(this.admin.put(path, reported, null).status()).isEqualTo(428);
		assertProblem(this.admin.put(path, reported, "\"0\""), 422, "delayReason", "required-after-72-hours");
		reported.put("delayReason", "The processor told us on the fourth day");
		JsonNode saved = ok(this.admin.put(path, reported, "\"0\""));
		assertThat(saved.get("status").asString()).isEqualTo("REPORTED");
		assertThat(saved.get("reportedLate").asBoolean()).isTrue();
		assertThat(saved.get("reportOverdue").asBoolean()).isFalse();
		assertThat(this.admin.put(path, reported, "\"0\"").status()).isEqualTo(409);
		reported.put("closed", true);
		JsonNode closed = ok(this.admin.put(path, reported, "\"1\""));
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(this.admin.get(path).etag()).isEqualTo("\"2\"");
	}

	@Test
	void viewingAPersonsRecordIsRecordedWithTheViewer() {
		TestClient agent = this.clients.api(Role.AGENT);
		String agentName = ok(agent.get("/api/v1/me")).get("username").asString();
		ok(agent.get("/api/v1/privacy/person/" + this.person));
		JsonNode log = ok(this.admin.get("/api/v1/privacy/person/" + this.person + "/access-log"));
		assertThat(log.get("items").valueStream().toList()).anySatisfy((entry) -> {
			assertThat(entry.get("operation").asString()).isEqualTo("viewed");
			assertThat(entry.get("actor").asString()).isEqualTo(agentName);
		});
		assertThat(agent.get("/api/v1/privacy/person/" + this.person + "/access-log").status()).isEqualTo(403);
	}

	static Map<String, Object> breach(Instant aware) {
		Map<String, Object> body = new HashMap<>();
		body.put("awareAt", aware.toString());
		body.put("description", "Delivery note emailed to the wrong customer");
		body.put("categories", "Names, addresses");
		body.put("approxPeople", 1);
		body.put("approxRecords", 1);
		body.put("risk", "RISK");
		return body;
	}

	private TestClient.Response send(String path, Object body, long version) {
		return this.admin.post(path, body, Map.of("If-Match", "\"" + version + "\""));
	}

	private static List<String> ids(JsonNode page) {
		return page.get("items").valueStream().map((item) -> item.get("id").asString()).toList();
	}

	private static JsonNode ok(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
		return response.json();
	}

}
