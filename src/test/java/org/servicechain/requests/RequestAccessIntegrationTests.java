package org.servicechain.requests;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see and do what with requests, tasks and their attachments, for every role and
 * through every path (REC-4, B10 3.4): the API, pages, htmx partials, queues and their
 * counts, and attachments by id. A record the caller may not see answers exactly like one
 * that does not exist.
 */
@IntegrationTest
class RequestAccessIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient agent;

	TestClient customer;

	String requestId;

	String publicFile;

	String noteFile;

	String taskId;

	String taskFile;

	@BeforeEach
	void aRequestWithAReplyANoteAndATaskEachWithAFile() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.agent = this.clients.api(Role.AGENT);
		this.customer = this.fixtures.customerOf(this.chain.customer());
		this.requestId = this.customer
			.post("/api/v1/requests",
					RequestFixtures.request(this.chain, this.chain.customer(), "Cooker not delivered"))
			.json()
			.get("id")
			.asString();
		this.publicFile = attachmentOf(this.agent.multipart("/api/v1/requests/" + this.requestId + "/replies",
				Map.of("body", "Here is the delivery note."), Map.of("note.pdf", pdf()), Map.of()));
		this.noteFile = attachmentOf(this.agent.multipart("/api/v1/requests/" + this.requestId + "/notes",
				Map.of("body", "Driver's internal report: customer was rude."), Map.of("report.txt", text("Rude.")),
				Map.of()));
		TestClient agentBrowser = this.clients.session(Role.AGENT, null);
		assertThat(agentBrowser
			.multipart("/requests/" + this.requestId + "/tasks",
					Map.of("target", this.chain.courier().id() + "/" + this.chain.carriageLink(), "summary",
							"Redeliver", "needed", "Redeliver the cooker"),
					Map.of("label.txt", text("Address label")), Map.of())
			.status()).isEqualTo(302);
		JsonNode task = this.agent.get("/api/v1/requests/" + this.requestId + "/tasks").json().get(0);
		this.taskId = task.get("id").asString();
		this.taskFile = task.get("messages").get(0).get("attachments").get(0).get("id").asString();
	}

	@Test
	void staffOfTheFrontLineSeeAndWorkEverything() {
		for (TestClient staff : List.of(this.agent, this.clients.api(Role.MANAGER), this.clients.api(Role.ADMIN),
				this.fixtures.memberOf(this.chain.frontLine()))) {
			TestClient.Response request = staff.get("/api/v1/requests/" + this.requestId);
			assertThat(request.status()).isEqualTo(200);
			assertThat(request.body()).contains("customer was rude");
			assertThat(staff.get("/api/v1/requests/" + this.requestId + "/events").status()).isEqualTo(200);
			for (String file : List.of(this.publicFile, this.noteFile, this.taskFile)) {
				assertThat(staff.get("/api/v1/attachments/" + file).status()).isEqualTo(200);
			}
			assertThat(staff.get("/api/v1/queues/" + this.chain.frontLine().id()).json().get("totalItems").asLong())
				.isGreaterThan(0);
			assertThat(staff.post("/api/v1/requests/" + this.requestId + "/notes", Map.of("body", "Seen")).status())
				.isEqualTo(201);
		}
	}

	@Test
	void theCustomerSeesTheirRequestsPublicSideOnly() {
		TestClient.Response mine = this.customer.get("/api/v1/requests/" + this.requestId);
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).contains("Here is the delivery note.")
			.doesNotContain("customer was rude")
			.doesNotContain("Redeliver")
			.doesNotContain(this.agent.get("/api/v1/me").json().get("username").asString());
		assertThat(mine.json().get("tasks")).isEmpty();
		assertThat(mine.json().get("assignee").isNull()).isTrue();
		assertThat(this.customer.get("/api/v1/requests").json().get("totalItems").asLong()).isEqualTo(1);
		TestClient.Response file = this.customer.get("/api/v1/attachments/" + this.publicFile);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.header("Content-Disposition")).startsWith("attachment;");
		assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(file.header("Content-Security-Policy")).contains("sandbox");
		assertThat(file.header("Content-Type")).isEqualTo("application/pdf");
		assertNotFoundLikeUnknown(this.customer, "/api/v1/attachments/", this.noteFile);
		assertNotFoundLikeUnknown(this.customer, "/api/v1/attachments/", this.taskFile);
		assertNotFoundLikeUnknown(this.customer, "/api/v1/requests/" + this.requestId + "/events", null);
		assertNotFoundLikeUnknown(this.customer, "/api/v1/tasks/", this.taskId);
		assertThat(this.customer.post("/api/v1/requests/" + this.requestId + "/notes", Map.of("body", "x")).status())
			.isEqualTo(404);
		assertThat(this.customer.get("/api/v1/queues/" + this.chain.frontLine().id()).status()).isEqualTo(403);
		assertThat(this.customer.get("/requests/" + this.requestId).status()).isEqualTo(403);
	}

	@Test
	void anotherCustomerLearnsNothingOfTheRequest() {
		Named other = new ChainApiFixtures(this.fixtures.manager()).externalCustomer("Somebody Else");
		TestClient stranger = this.fixtures.customerOf(other);
		assertThat(stranger.get("/api/v1/requests").json().get("totalItems").asLong()).isZero();
		assertNotFoundLikeUnknown(stranger, "/api/v1/requests/", this.requestId);
		assertNotFoundLikeUnknown(stranger, "/api/v1/attachments/", this.publicFile);
		assertThat(stranger.post("/api/v1/requests/" + this.requestId + "/replies", Map.of("body", "hello")).status())
			.isEqualTo(404);
		assertThat(stranger
			.post("/api/v1/requests", RequestFixtures.request(this.chain, this.chain.customer(), "For someone else"))
			.status()).isEqualTo(403);
	}

	@Test
	void thePartnerSeesItsTaskButNotTheRequestNorTheCustomer() {
		TestClient courier = this.fixtures.partnerOf(this.chain.courier());
		TestClient.Response task = courier.get("/api/v1/tasks/" + this.taskId);
		assertThat(task.status()).isEqualTo(200);
		assertThat(task.json().get("customerName").isNull()).isTrue();
		assertThat(task.json().get("customerContacts")).isEmpty();
		assertThat(task.body()).doesNotContain(this.chain.customer().name()).doesNotContain("customer was rude");
		assertThat(courier.get("/api/v1/attachments/" + this.taskFile).status()).isEqualTo(200);
		assertNotFoundLikeUnknown(courier, "/api/v1/requests/", this.requestId);
		assertNotFoundLikeUnknown(courier, "/api/v1/attachments/", this.publicFile);
		assertNotFoundLikeUnknown(courier, "/api/v1/attachments/", this.noteFile);
		assertThat(courier.get("/api/v1/requests").json().get("totalItems").asLong()).isZero();
		assertThat(courier.get("/api/v1/tasks").json().get("totalItems").asLong()).isEqualTo(1);
		assertThat(courier.get("/api/v1/queues/" + this.chain.frontLine().id()).status()).isEqualTo(403);
		assertThat(courier.get("/requests/needs-me", Map.of("HX-Request", "true")).status()).isEqualTo(403);

		TestClient otherPartner = this.fixtures.partnerOf(this.chain.warehouse());
		assertNotFoundLikeUnknown(otherPartner, "/api/v1/tasks/", this.taskId);
		assertNotFoundLikeUnknown(otherPartner, "/api/v1/attachments/", this.taskFile);
	}

	@Test
	void anotherTeamSeesTheRequestOnlyOnceATaskIsHandedToIt() {
		TestClient warehouse = this.fixtures.memberOf(this.chain.warehouse());
		assertNotFoundLikeUnknown(warehouse, "/api/v1/requests/", this.requestId);
		assertThat(warehouse.get("/api/v1/queues/" + this.chain.frontLine().id()).status()).isEqualTo(403);
		TestClient browser = this.clients.session(Role.TEAM_MEMBER, this.chain.warehouse().id());
		assertThat(browser.get("/requests/" + this.requestId).status()).isEqualTo(404);
		assertThat(browser.get("/requests/" + this.requestId + "/conversation", Map.of("HX-Request", "true")).status())
			.isEqualTo(404);

		assertThat(this.agent
			.post("/api/v1/requests/" + this.requestId + "/tasks", Map.of("party", this.chain.warehouse().id(),
					"summary", "Check stock", "needed", "Is there another cooker?", "sharePersonalData", false))
			.status()).isEqualTo(201);
		assertThat(warehouse.get("/api/v1/requests/" + this.requestId).status()).isEqualTo(200);
		assertThat(warehouse.get("/api/v1/queues/" + this.chain.warehouse().id()).json().get("totalItems").asLong())
			.isEqualTo(1);
		// Reading is not working: the front line's request stays the front line's.
		assertThat(warehouse.post("/api/v1/requests/" + this.requestId + "/replies", Map.of("body", "hi")).status())
			.isEqualTo(403);
	}

	@Test
	void contactsOfAnOrganisationSeeEachOthersRequestsOnlyWhenItAllowsIt() {
		TestClient raiser = this.fixtures.customerOf(this.chain.internalCustomer());
		TestClient colleague = this.fixtures.customerOf(this.chain.internalCustomer());
		String id = raiser
			.post("/api/v1/requests", RequestFixtures.request(this.chain, this.chain.internalCustomer(), "Till roll"))
			.json()
			.get("id")
			.asString();
		assertNotFoundLikeUnknown(colleague, "/api/v1/requests/", id);
		assertThat(colleague.get("/api/v1/requests").json().get("totalItems").asLong()).isZero();
		assertThat(this.agent
			.put("/api/v1/desk/organisations/" + this.chain.internalCustomer().id(),
					Map.of("shareWithinOrganisation", true), null)
			.status()).isEqualTo(403);
		assertThat(this.fixtures.manager()
			.put("/api/v1/desk/organisations/" + this.chain.internalCustomer().id(),
					Map.of("shareWithinOrganisation", true), null)
			.status()).isEqualTo(200);
		assertThat(colleague.get("/api/v1/requests/" + id).status()).isEqualTo(200);
		assertThat(colleague.get("/api/v1/requests").json().get("totalItems").asLong()).isEqualTo(1);
	}

	@Test
	void unauthenticatedCallersAreAskedToSignIn() {
		TestClient anonymous = this.clients.anonymous();
		assertThat(anonymous.get("/api/v1/requests/" + this.requestId).status()).isEqualTo(401);
		assertThat(anonymous.get("/api/v1/attachments/" + this.publicFile).status()).isEqualTo(401);
	}

	/**
	 * The record answers exactly like a random id that never existed: same status, same
	 * body with the id put in.
	 */
	private static void assertNotFoundLikeUnknown(TestClient client, String path, String id) {
		String unknown = UUID.randomUUID().toString();
		TestClient.Response hidden = client.get(id == null ? path : path + id);
		TestClient.Response missing = client
			.get(id == null ? path.replaceAll("[0-9a-f-]{36}", unknown) : path + unknown);
		assertThat(hidden.status()).as(hidden.toString()).isEqualTo(404);
		assertThat(missing.status()).isEqualTo(404);
		String hiddenBody = id == null ? hidden.body() : hidden.body().replace(id, "ID");
		String missingBody = (id == null
				? missing.body().replace(unknown, path.replaceAll(".*/([0-9a-f-]{36}).*", "$1"))
				: missing.body().replace(unknown, "ID"));
		assertThat(hiddenBody).isEqualTo(missingBody);
	}

	private static String attachmentOf(TestClient.Response created) {
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("attachments").get(0).get("id").asString();
	}

	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
