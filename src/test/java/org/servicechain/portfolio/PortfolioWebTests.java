package org.servicechain.portfolio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The competence portfolio as its people use it (REP-3): an agent finds their own records
 * suggested, adds them as evidence with what they did and why, sees sufficiency and gaps;
 * a manager assigns an assessor, who alone marks criteria and exports the portfolio as a
 * ZIP of PDFs without the customer's name; a witness confirms a piece once through a
 * link; and nobody else sees the portfolio at all (404).
 */
@IntegrationTest
class PortfolioWebTests {

	private static final Pattern WITNESS_LINK = Pattern.compile("<code>(/witness/[A-Za-z0-9_-]+)</code>");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

	@Autowired
	TestClient.Clients clients;

	DeliveryChain chain;

	TestClient agent;

	String username;

	@BeforeEach
	void anAgentWithWork() {
		this.chain = new RequestFixtures(this.clients).deliveryChain();
		this.agent = this.clients.session(Role.AGENT, null);
		this.username = this.agent.get("/api/v1/me").json().get("username").asString();
	}

	@Test
	void anAgentBuildsAPortfolioAndTheAssignedAssessorAloneMarksAndExportsIt() throws IOException {
		String customerName = this.chain.customer().name();
		JsonNode external = raiseAndAssign(this.chain.customer().id(), "Missed delivery for " + customerName);
		JsonNode internal = raiseAndAssign(this.chain.internalCustomer().id(), "Stock query from the stores");

		JsonNode suggestions = ok(this.agent.get(portfolioApi() + "/suggestions"));
		JsonNode suggested = item(suggestions, external.get("id").asString());
		assertThat(suggested.get("kind").asString()).isEqualTo("REQUEST");
		assertThat(texts(suggested.get("criteria"))).contains("B10 1.2", "B10 2.4");
		assertThat(texts(item(suggestions, internal.get("id").asString()).get("criteria"))).contains("B9 1.4",
				"328 8.2");

		TestClient.Response page = this.agent.get("/portfolio");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("My competence portfolio")
			.contains(external.get("reference").asString())
			.contains("Add as evidence");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "REQUEST");
		form.put("sourceId", external.get("id").asString());
		form.put("criteria", "B10 1.2");
		form.put("moreCriteria", "B9 2.1, B10 E4b");
		form.put("annotation", "Rang " + customerName + " back at amelia@example.org and rebooked the courier.");
		TestClient.Response added = this.agent.postForm("/portfolio/" + this.username + "/evidence", form);
		assertThat(added.status()).isEqualTo(302);
		assertThat(this.agent.get(added.header("Location").replace("#evidence", "")).body())
			.contains("Added to your portfolio");
		form.put("annotation", " ");
		TestClient.Response empty = this.agent.postForm("/portfolio/" + this.username + "/evidence", form);
		assertThat(this.agent.get(empty.header("Location").replace("#evidence", "")).body()).contains("Not added")
			.contains("annotation");

		TestClient.Response second = this.agent.post(portfolioApi() + "/evidence",
				Map.of("kind", "REQUEST", "sourceId", internal.get("id").asString(), "annotation",
						"Told the stores which deliveries the courier strike would delay.", "criteria",
						List.of("B9 1.4", "B9 1.6", "B10 1.2")));
		assertThat(second.status()).as(second.toString()).isEqualTo(201);
		TestClient.Response again = this.agent.post(portfolioApi() + "/evidence", Map.of("kind", "REQUEST", "sourceId",
				internal.get("id").asString(), "annotation", "Again", "criteria", List.of("B9 1.4")));
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.body()).contains("sourceId").contains("unique");
		JsonNode notMine = ok(this.clients.api(Role.AGENT)
			.post("/api/v1/requests", RequestFixtures.request(this.chain, this.chain.customer(), "Not mine")));
		TestClient.Response foreign = this.agent.post(portfolioApi() + "/evidence", Map.of("kind", "REQUEST",
				"sourceId", notMine.get("id").asString(), "annotation", "Not my work", "criteria", List.of("B9 1.4")));
		assertThat(foreign.status()).isEqualTo(422);
		assertThat(foreign.body()).contains("own-record");

		JsonNode portfolio = ok(this.agent.get(portfolioApi()));
		JsonNode organise = criterion(portfolio, "B10 1.2");
		assertThat(organise.get("evidence")).hasSize(2);
		assertThat(organise.get("sufficiency").get("pieces").asInt()).isEqualTo(2);
		assertThat(organise.get("sufficiency").get("customers").asInt()).isEqualTo(2);
		assertThat(criterion(portfolio, "B9 3.6").get("sufficiency").get("pieces").asInt()).as("a gap").isZero();
		assertThat(criterion(portfolio, "B9 LO1").get("sufficiency").get("pieces").asInt())
			.as("an outcome through its criteria")
			.isEqualTo(1);
		assertThat(portfolio.get("evidence").get("totalItems").asInt()).isEqualTo(2);
		String userId = portfolio.get("userId").asString();
		assertThat(this.agent.get("/api/v1/portfolios/" + userId).status()).as("by id too").isEqualTo(200);

		// Nobody else sees it: another agent, an administrator, a partner, an assessor
		// not
		// assigned
		assertThat(this.clients.api(Role.AGENT).get(portfolioApi()).status()).isEqualTo(404);
		assertThat(this.clients.api(Role.ADMIN).get(portfolioApi()).status()).isEqualTo(404);
		assertThat(this.clients.api(Role.PARTNER, this.chain.courier().id()).get(portfolioApi()).status())
			.isEqualTo(404);
		TestClient assessor = this.clients.session(Role.ASSESSOR, null);
		String assessorName = assessor.get("/api/v1/me").json().get("username").asString();
		assertThat(assessor.get(portfolioApi()).status()).isEqualTo(404);
		assertThat(assessor.get("/portfolio/" + this.username).status()).isEqualTo(404);
		assertThat(assessor.get("/requests").status()).as("an assessor sees nothing else").isEqualTo(403);
		assertThat(assessor.get("/api/v1/requests/" + external.get("id").asString()).status()).isEqualTo(404);

		// A manager reads it and assigns the assessor
		TestClient manager = this.clients.session(Role.MANAGER, null);
		assertThat(manager.get("/portfolio/" + this.username).body()).contains("Assessor")
			.contains(external.get("reference").asString());
		TestClient.Response assigned = manager.postForm("/portfolio/" + this.username + "/assessor",
				Map.of("assessor", assessorName));
		assertThat(manager.get(assigned.header("Location")).body()).contains("Assessor changed");

		assertThat(assessor.get("/portfolio").body()).contains("Portfolios to assess").contains(this.username);
		TestClient.Response mark = assessor.put(portfolioApi() + "/criteria/" + encode("B10 1.2"),
				Map.of("status", "SIGNED_OFF", "comment", "Two customers, two occasions, clear reasons."), null);
		assertThat(mark.status()).as(mark.toString()).isEqualTo(200);
		assertThat(this.agent
			.put(portfolioApi() + "/criteria/" + encode("B9 1.4"), Map.of("status", "SIGNED_OFF", "comment", "Mine"),
					null)
			.status()).as("the practitioner does not mark their own").isEqualTo(403);
		TestClient.Response noComment = assessor.put(portfolioApi() + "/criteria/" + encode("B9 1.4"),
				Map.of("status", "WORKING_TOWARDS", "comment", ""), null);
		assertThat(noComment.status()).isEqualTo(422);
		assertThat(noComment.body()).contains("comment");
		assertThat(criterion(ok(this.agent.get(portfolioApi())), "B10 1.2").get("assessment").get("status").asString())
			.isEqualTo("SIGNED_OFF");

		// The export: an index and each piece as a PDF, without the customer's identity
		TestClient.BytesResponse zip = assessor.getBytes(portfolioApi() + "/export");
		assertThat(zip.status()).isEqualTo(200);
		assertThat(zip.contentType()).startsWith("application/zip");
		Map<String, String> pdfs = unzipText(zip.body());
		assertThat(pdfs.keySet()).contains("index.pdf").hasSize(3);
		assertThat(pdfs.keySet()).anyMatch((name) -> name.startsWith("evidence/01-"));
		String index = pdfs.get("index.pdf");
		assertThat(index).contains("Competence evidence portfolio")
			.contains("B10 1.2")
			.contains("Signed off")
			.contains(external.get("reference").asString());
		String all = String.join("\n", pdfs.values());
		assertThat(all).contains("rebooked the courier").contains(Redaction.CUSTOMER);
		assertThat(all.replaceAll("\\s+", " ")).doesNotContain(customerName).doesNotContain("amelia@example.org");
	}

	@Test
	void aWitnessConfirmsAPieceOnceThroughTheirLink() {
		JsonNode request = raiseAndAssign(this.chain.customer().id(),
				"Fridge door fixed for " + this.chain.customer().name());
		JsonNode piece = ok(this.agent.post(portfolioApi() + "/evidence",
				Map.of("kind", "REQUEST", "sourceId", request.get("id").asString(), "annotation",
						"Arranged the engineer with " + this.chain.customer().name() + " the same day.", "criteria",
						List.of("B10 1.3"))));
		TestClient.Response asked = this.agent.postForm(
				"/portfolio/" + this.username + "/evidence/" + piece.get("id").asString() + "/witnesses",
				Map.of("witnessName", "Tess Lead", "witnessRole", "Team leader, front line", "days", "7"));
		String page = this.agent.get(asked.header("Location").replace("#evidence", "")).body();
		Matcher link = WITNESS_LINK.matcher(page);
		assertThat(link.find()).as(page).isTrue();

		TestClient witness = this.clients.anonymous();
		TestClient.Response form = witness.get(link.group(1));
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("Confirm a piece of evidence")
			.contains("Arranged the engineer")
			.doesNotContain(this.chain.customer().name());
		// No sign-in: the page's own CSRF token goes with the answer.
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		TestClient.Response answered = witness.postForm(link.group(1), Map.of("_csrf", csrf.group(1), "confirmed",
				"true", "statement", "I heard the call and saw the booking."));
		assertThat(answered.body()).contains("your answer is recorded");
		TestClient.Response twice = witness.postForm(link.group(1),
				Map.of("_csrf", csrf.group(1), "confirmed", "false", "statement", "Changed my mind"));
		assertThat(twice.body()).contains("used already");
		assertThat(witness.get("/witness/not-a-real-token").status()).isEqualTo(404);

		JsonNode evidence = ok(this.agent.get(portfolioApi())).get("evidence").get("items").get(0);
		assertThat(evidence.get("witnesses").get(0).get("confirmed").asBoolean()).isTrue();
		assertThat(evidence.get("witnesses").get(0).get("statement").asString()).contains("saw the booking");
	}

	private String portfolioApi() {
		return "/api/v1/portfolios/" + this.username;
	}

	private JsonNode raiseAndAssign(java.util.UUID requester, String summary) {
		JsonNode raised = ok(
				this.agent.post("/api/v1/requests", Map.of("service", this.chain.delivery().id(), "requester",
						requester, "summary", summary, "description", summary, "impact", "MEDIUM", "urgency", "HIGH")));
		String id = raised.get("id").asString();
		TestClient.Response assigned = this.agent.put("/api/v1/requests/" + id + "/assignee",
				Map.of("assignee", this.username, "reason", "Mine"), this.agent.get("/api/v1/requests/" + id).etag());
		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
		return raised;
	}

	private static JsonNode item(JsonNode page, String sourceId) {
		for (JsonNode item : page.get("items")) {
			if (item.get("sourceId").asString().equals(sourceId)) {
				return item;
			}
		}
		throw new AssertionError("No suggestion for " + sourceId + " in " + page);
	}

	private static JsonNode criterion(JsonNode portfolio, String code) {
		for (JsonNode standard : portfolio.get("standards")) {
			for (JsonNode criterion : standard.get("criteria")) {
				if (criterion.get("criterion").get("code").asString().equals(code)) {
					return criterion;
				}
			}
		}
		throw new AssertionError("No criterion " + code);
	}

	private static List<String> texts(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
	}

	private static JsonNode ok(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
		return response.json();
	}

	private static String encode(String code) {
		return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static Map<String, String> unzipText(byte[] zip) throws IOException {
		Map<String, String> texts = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				byte[] pdf = in.readAllBytes();
				try (PDDocument document = Loader.loadPDF(pdf)) {
					texts.put(entry.getName(), new PDFTextStripper().getText(document));
				}
			}
		}
		return texts;
	}

}
