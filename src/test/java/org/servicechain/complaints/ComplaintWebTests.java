package org.servicechain.complaints;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaints pages over HTTP, as browsers see them (CMP-1 … CMP-4): staff enter a
 * complaint and take a step on its page; the register, its CSV export (safe against
 * formula injection), the reports and the policy; the customer complains in the portal
 * and accepts the proposed resolution; a partner sees only what was referred to them.
 */
@IntegrationTest
class ComplaintWebTests {

	private static final Pattern COMPLAINT_PAGE = Pattern.compile(".*/complaints/([0-9a-f-]{36})$");

	@Autowired
	TestClient.Clients clients;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient agent;

	@BeforeEach
	void aChainAndThePolicy() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		ComplaintFixtures.usePolicy(this.fixtures.manager(), ComplaintFixtures.officeHours(this.fixtures.manager()));
		this.agent = this.clients.session(Role.AGENT, null);
	}

	static String id(TestClient.Response redirect) {
		assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
		Matcher matcher = COMPLAINT_PAGE.matcher(redirect.header("Location"));
		assertThat(matcher.matches()).as(redirect.header("Location")).isTrue();
		return matcher.group(1);
	}

	@Test
	void staffEnterAComplaintTakeAStepAndFindItInTheRegisterAndItsSafeExport() throws Exception {
		TestClient.Response form = this.agent.get("/complaints/new?complainant=" + this.chain.customer().id());
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("About which request").contains("Communication needs");

		String id = id(this.agent.postForm("/complaints/new",
				Map.of("complainant", this.chain.customer().id().toString(), "serviceId",
						this.chain.delivery().id().toString(), "category", "Late delivery", "severity", "HIGH", "wants",
						"REMEDY", "wantedRemedy", "REFUND", "summary", "=HYPERLINK(\"http://evil\",\"click\")",
						"description", "Nobody came.", "communicationNeeds", "Large print")));
		TestClient.Response page = this.agent.get("/complaints/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("The five steps")
			.contains("Acknowledge")
			.contains("Large print")
			.contains("Consumer Rights Act");
		String version = version(page.body());
		assertThat(this.agent.postForm("/complaints/" + id + "/acknowledge", Map.of("version", version, "message", ""))
			.status()).isEqualTo(302);
		assertThat(this.agent.get("/complaints/" + id).body()).contains("Dear").contains("Apologise");

		// A stale form is not saved and says so.
		TestClient.Response stale = this.agent.postForm("/complaints/" + id + "/apologise",
				Map.of("version", version, "wording", "Sorry"));
		assertThat(stale.status()).isEqualTo(302);
		assertThat(this.agent.get("/complaints/" + id).body()).contains("someone else changed this complaint");

		TestClient.Response register = this.agent.get("/complaints?show=all&complainant=" + this.chain.customer().id());
		assertThat(register.status()).isEqualTo(200);
		assertThat(register.body()).contains("HYPERLINK").contains("Needs");

		TestClient.Response csv = this.agent
			.get("/complaints/export.csv?show=all&complainant=" + this.chain.customer().id());
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.get()
			.parse(new StringReader(csv.body()))
			.getRecords();
		assertThat(records).hasSize(1);
		assertThat(records.get(0).get("Summary")).isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
		assertThat(records.get(0).get("Communication needs")).isEqualTo("yes");

		assertThat(this.agent.get("/complaints/reports").body()).contains("By cause").contains("Time to resolve");
		assertThat(this.agent.get("/complaints/policy").body()).contains("in force").contains("1 working day");
		// The policy's versions page like every collection.
		assertThat(this.agent.get("/api/v1/complaints/policy/versions?size=1").body()).contains("\"size\":1")
			.contains("\"totalPages\"");
		assertThat(this.agent.get("/api/v1/complaints/policy/versions?size=500").status()).isEqualTo(400);
		// Customers do not reach the staff pages.
		assertThat(this.clients.session(Role.CUSTOMER, this.chain.customer().id()).get("/complaints").status())
			.isEqualTo(403);
	}

	@Test
	void aCustomerComplainsInThePortalAndAcceptsTheProposedResolution() {
		TestClient customer = this.clients.session(Role.CUSTOMER, this.chain.customer().id());
		TestClient.Response form = customer.get("/portal/complaints/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains(this.chain.delivery().name());
		TestClient.Response missing = customer.postForm("/portal/complaints/new",
				Map.of("category", "Late delivery", "wants", "APOLOGY", "summary", "", "description", ""));
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.body()).contains("was not sent");

		TestClient.Response sent = customer.postForm("/portal/complaints/new",
				Map.of("serviceId", this.chain.delivery().id().toString(), "category", "Late delivery", "wants",
						"REMEDY", "wantedRemedy", "REPEAT_PERFORMANCE", "summary", "Missed slot again", "description",
						"Second missed slot this week."));
		assertThat(sent.status()).as(sent.body()).isEqualTo(302);
		String id = sent.header("Location").replaceAll(".*/", "");
		assertThat(customer.get("/portal/complaints").body()).contains("Missed slot again");
		assertThat(customer.get("/portal/complaints/" + id).body()).contains("Received").contains("Due by");

		// Staff take it to a proposal.
		TestClient api = this.clients.api(Role.AGENT);
		TestClient.Response current = api.get("/api/v1/complaints/" + id);
		current = ComplaintIntegrationTests.ok(ComplaintIntegrationTests.take(api, current, "acknowledge", Map.of()));
		current = ComplaintIntegrationTests
			.ok(ComplaintIntegrationTests.take(api, current, "apologise", Map.of("wording", "Sorry")));
		current = ComplaintIntegrationTests.ok(ComplaintIntegrationTests.take(api, current, "analyse",
				Map.of("rootCause", "Route planning", "causeCategory", "Process gap")));
		ComplaintIntegrationTests.ok(ComplaintIntegrationTests.take(api, current, "act",
				Map.of("remedy", "REPEAT_PERFORMANCE", "value", 0, "description", "A guaranteed morning slot")));

		TestClient.Response proposal = customer.get("/portal/complaints/" + id);
		assertThat(proposal.body()).contains("What we propose").contains("A guaranteed morning slot");
		TestClient.Response accepted = customer.postForm("/portal/complaints/" + id + "/answer",
				Map.of("version", version(proposal.body()), "accepted", "true"));
		assertThat(accepted.status()).isEqualTo(302);
		assertThat(customer.get("/portal/complaints/" + id).body()).contains("Resolution accepted");

		// A partner sees nothing that was not referred to them.
		TestClient courier = this.clients.session(Role.PARTNER, this.chain.courier().id());
		assertThat(courier.get("/portal/complaints").body()).doesNotContain("Missed slot again");
		assertThat(courier.get("/portal/complaints/" + id).status()).isEqualTo(404);
	}

	static String version(String html) {
		Matcher matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
		assertThat(matcher.find()).as("a version field").isTrue();
		return matcher.group(1);
	}

}
