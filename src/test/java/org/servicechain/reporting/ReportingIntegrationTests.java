package org.servicechain.reporting;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.sla.SlaManagement;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.MutableClock;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports counted from real clocks (REP-1, REP-2): a courier's breached task clock shows
 * in SLA compliance by link; each report says how it counts; a partner sees only its own
 * party's figures whatever it asks for, and a customer none; the records behind a bar;
 * CSV and PDF exports; a scheduled report leaves through the outbox as its owner would
 * see it.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	MutableClock clock;

	@Autowired
	SlaManagement sla;

	@Autowired
	MailingReports mailing;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcTemplate jdbc;

	DeliveryChain chain;

	DeliveryChain otherChain;

	TestClient manager;

	String reference;

	String otherReference;

	String period;

	// Once for the class: two whole delivery chains per test made it take minutes. Each
	// test reads only what it does not change.
	@BeforeAll
	void aCourierThatBreachedAndAnotherThatDidNot() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		this.chain = fixtures.deliveryChain();
		this.otherChain = fixtures.deliveryChain();
		this.manager = fixtures.manager();
		TestClient agent = this.clients.api(Role.AGENT);
		Instant opened = this.clock.instant();
		this.reference = handOver(agent, this.chain, "Washing machine not delivered");
		this.otherReference = handOver(agent, this.otherChain, "Fridge not delivered");
		// Past the courier's 6 h and the customer's 8 h: both breach.
		this.clock.set(opened.plus(Duration.ofHours(8)).plusSeconds(60));
		SystemActor.call(this.sla::sweep);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Reports.ZONE);
		this.period = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
	}

	private String handOver(TestClient agent, DeliveryChain chain, String summary) {
		TestClient.Response raised = agent.post("/api/v1/requests",
				RequestFixtures.request(chain, chain.customer(), summary));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		String id = raised.json().get("id").asString();
		TestClient.Response handed = agent.post("/api/v1/requests/" + id + "/tasks",
				Map.of("party", chain.courier().id(), "summary", "Deliver tomorrow", "needed", "A two-person slot",
						"sharePersonalData", false));
		assertThat(handed.status()).as(handed.toString()).isEqualTo(201);
		return raised.json().get("reference").asString();
	}

	@Test
	void complianceByLinkShowsTheCouriersBreachAndSaysHowItCounts() {
		JsonNode report = ok(this.manager
			.get("/api/v1/reports/sla-by-link?partner=" + this.chain.courier().id() + "&" + this.period));
		JsonNode bars = report.get("bars");
		assertThat(bars.size()).as(report.toString()).isEqualTo(1);
		JsonNode link = bars.get(0);
		assertThat(link.get("label").asString()).contains(this.chain.courier().name())
			.contains(this.chain.warehouse().name());
		assertThat(link.get("value").asDouble()).as("both the courier's clocks breached").isEqualTo(0.0);
		assertThat(link.get("detail").asString()).contains("breached");
		assertThat(report.get("counting").asString()).contains("business calendar")
			.contains("waiting on the customer")
			.contains("Breach:")
			.contains("Europe/London")
			.contains(this.period.substring(5, 15));

		JsonNode behind = ok(this.manager.get("/api/v1/reports/sla-by-link/bars/" + link.get("key").asString()
				+ "/records?partner=" + this.chain.courier().id() + "&" + this.period));
		assertThat(behind.get("items").findValuesAsString("reference")).containsExactly(this.reference);

		JsonNode byAgreement = ok(this.manager
			.get("/api/v1/reports/sla-by-agreement?team=" + this.chain.frontLine().id() + "&" + this.period));
		assertThat(byAgreement.get("bars").findValuesAsString("label"))
			.anyMatch((label) -> label.startsWith(this.chain.customerSla()));
		JsonNode backlog = ok(this.manager
			.get("/api/v1/reports/backlog-age?partner=" + this.chain.courier().id() + "&" + this.period));
		assertThat(backlog.get("bars").findValuesAsString("label")).startsWith("Under 1 day");
		assertThat(backlog.get("bars").findValues("count").stream().mapToLong(JsonNode::asLong).sum()).isEqualTo(1);
	}

	@Test
	void aPartnerSeesOnlyItsOwnPartysFiguresAndACustomerNone() {
		TestClient courier = this.clients.api(Role.PARTNER, this.chain.courier().id());
		JsonNode own = ok(courier.get("/api/v1/reports/sla-by-link?" + this.period));
		assertThat(own.get("filter").get("partner").asString()).isEqualTo(this.chain.courier().id().toString());
		assertThat(own.get("bars").findValuesAsString("label"))
			.allMatch((label) -> label.contains(this.chain.courier().name()))
			.noneMatch((label) -> label.contains(this.otherChain.courier().name()));
		String key = own.get("bars").get(0).get("key").asString();
		JsonNode behind = ok(courier.get("/api/v1/reports/sla-by-link/bars/" + key + "/records?" + this.period));
		assertThat(behind.get("items").findValuesAsString("reference")).containsExactly(this.reference)
			.doesNotContain(this.otherReference);
		JsonNode backlog = ok(courier.get("/api/v1/reports/backlog-age?" + this.period));
		assertThat(backlog.get("bars").findValues("count").stream().mapToLong(JsonNode::asLong).sum())
			.as("only the request handed to it")
			.isEqualTo(1);

		assertThat(
				courier.get("/api/v1/reports/sla-by-link?partner=" + this.otherChain.courier().id() + "&" + this.period)
					.status())
			.as("another party answers as if it did not exist")
			.isEqualTo(404);
		assertThat(courier.get("/api/v1/reports/sla-by-link/csv?partner=" + this.otherChain.courier().id()).status())
			.isEqualTo(404);
		assertThat(courier
			.post("/api/v1/reports/pins",
					Map.of("report", "sla-by-link", "partner", this.otherChain.courier().id().toString()))
			.status()).isEqualTo(404);

		TestClient customer = this.clients.api(Role.CUSTOMER, this.chain.customer().id());
		assertThat(customer.get("/api/v1/reports/sla-by-link?" + this.period).status()).isEqualTo(403);
		assertThat(customer.get("/api/v1/reports/backlog-age/csv").status()).isEqualTo(403);
		assertThat(customer.get("/api/v1/reports/pins").status()).isEqualTo(403);
	}

	@Test
	void aBadPeriodOrAnUnknownReportIsRefusedClearly() {
		TestClient.Response backwards = this.manager.get("/api/v1/reports/backlog-age?from=2026-02-01&to=2026-01-01");
		assertThat(backwards.status()).isEqualTo(422);
		assertThat(backwards.body()).contains("not-before-from");
		assertThat(this.manager.get("/api/v1/reports/backlog-age?customers=both").status()).isEqualTo(422);
		assertThat(this.manager.get("/api/v1/reports/no-such-report").status()).isEqualTo(404);
		assertThat(this.manager.get("/api/v1/reports/backlog-age/bars/nothing-here/records").status()).isEqualTo(404);
	}

	@Test
	void theExportsHoldTheFiguresAndHowTheyAreCounted() throws IOException {
		String query = "?partner=" + this.chain.courier().id() + "&" + this.period;
		TestClient.Response csv = this.manager.get("/api/v1/reports/sla-by-link/csv" + query);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.body()).startsWith("Bar,Value,Unit,Records,Detail")
			.contains(this.chain.courier().name())
			.contains("How this is counted");

		TestClient.BytesResponse pdf = this.manager.getBytes("/api/v1/reports/sla-by-link/pdf" + query);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("SLA compliance by link of the chain")
				.contains(this.chain.courier().name())
				.contains("How this is counted")
				.contains("Breach:");
		}
	}

	@Test
	void aScheduledReportIsMailedThroughTheOutboxAsItsOwnerSeesIt() {
		String username = "reports-" + UUID.randomUUID().toString().substring(0, 8);
		String email = username + "@example.test";
		this.identity.createUserAsSystem(new NewUser(username, "Report Reader", email, TestClient.Clients.PASSWORD,
				Role.PARTNER, this.chain.courier().id()));
		TestClient partner = this.clients.anonymous().login(username, TestClient.Clients.PASSWORD).useNewToken();
		TestClient.Response scheduled = partner.post("/api/v1/reports/schedules",
				Map.of("report", "sla-by-link", "frequency", "WEEKLY"));
		assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
		assertThat(partner.post("/api/v1/reports/schedules", Map.of("report", "sla-by-link")).status())
			.as("a schedule needs its frequency")
			.isEqualTo(422);
		Instant due = Instant.parse(scheduled.json().get("nextRunAt").asString());
		assertThat(partner.get("/api/v1/reports/schedules").json().findValuesAsString("id"))
			.contains(scheduled.json().get("id").asString());

		assertThat(this.mailing.runDue()).as("not due yet").isZero();
		this.clock.set(due.plusSeconds(60));
		assertThat(this.mailing.runDue()).isGreaterThanOrEqualTo(1);
		List<Map<String, Object>> mails = this.jdbc.queryForList(
				"select subject, text_body, status from outbox_message where recipient_user = ? and event = 'report'",
				username);
		assertThat(mails).hasSize(1);
		assertThat((String) mails.get(0).get("subject")).startsWith("SLA compliance by link of the chain");
		assertThat((String) mails.get(0).get("text_body")).contains("How this is counted")
			.doesNotContain(this.otherChain.courier().name());
		List<Map<String, Object>> files = this.jdbc.queryForList(
				"select a.file_name, a.content_type, a.content from outbox_attachment a join outbox_message m "
						+ "on m.id = a.message_id where m.recipient_user = ? and m.event = 'report' order by a.position",
				username);
		assertThat(files).as("the report travels as PDF and CSV").hasSize(2);
		assertThat((String) files.get(0).get("file_name")).startsWith("sla-by-link-").endsWith(".pdf");
		assertThat(new String((byte[]) files.get(0).get("content"), java.nio.charset.StandardCharsets.ISO_8859_1))
			.startsWith("%PDF");
		assertThat((String) files.get(1).get("file_name")).endsWith(".csv");
		assertThat(new String((byte[]) files.get(1).get("content"), java.nio.charset.StandardCharsets.UTF_8))
			.contains("How this is counted")
			.doesNotContain(this.otherChain.courier().name());
		assertThat(this.mailing.runDue()).as("mailed once").isZero();
		JsonNode after = partner.get("/api/v1/reports/schedules").json();
		assertThat(after.toString()).contains("mailed");
	}

	private static JsonNode ok(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

}
