package org.servicechain.requests.web.portal;

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
import static org.servicechain.requests.web.portal.PortalPages.HTMX;
import static org.servicechain.requests.web.portal.PortalPages.answersLikeUnknown;
import static org.servicechain.requests.web.portal.PortalPages.linkedIds;
import static org.servicechain.requests.web.portal.PortalPages.section;
import static org.servicechain.requests.web.portal.PortalPages.text;
import static org.servicechain.requests.web.portal.PortalRequestWebTests.assertNoInlineScript;

/**
 * The task pages over HTTP (INT-2, REQ-2): a partner user's queue and task page in the
 * partner portal, where the courier accepts, writes to the agent, asks a question,
 * completes with an outcome or declines with a reason; and the same page in the staff UI
 * for an internal team's members. The end customer is shown only when the agent shared
 * them; another party's task, and any file the caller may not read, answers exactly like
 * one that does not exist.
 */
@IntegrationTest
class PortalTaskWebTests {

	private static final String BASE = "/portal/tasks";

	@Autowired
	TestClient.Clients clients;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient partner;

	TestClient agent;

	UUID request;

	@BeforeEach
	void aCustomerRequestAndACourierPartnerSignedIn() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.agent = this.clients.api(Role.AGENT);
		TestClient customer = this.fixtures.customerOf(this.chain.customer());
		TestClient.Response raised = customer.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), "Washing machine not delivered"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		this.request = UUID.fromString(raised.json().get("id").asString());
		this.partner = this.clients.session(Role.PARTNER, this.chain.courier().id());
	}

	@Test
	void queueShowsOpenTasksByDueTimeThenTheFinishedOnes() {
		UUID accepted = handOver(this.chain.courier().id(), "Deliver tomorrow", false);
		UUID first = handOver(this.chain.courier().id(), "Collect the old machine", false);
		UUID second = handOver(this.chain.courier().id(), "Return the packaging", false);
		UUID completed = handOver(this.chain.courier().id(), "Check the address", false);
		UUID others = handOver(this.chain.warehouse().id(), "Pick a replacement", false);
		assertThat(this.partner.postForm(BASE + "/" + accepted + "/accept", Map.of("version", "0")).status())
			.isEqualTo(302);
		assertThat(this.partner
			.postForm(BASE + "/" + completed + "/complete", Map.of("version", "0", "outcome", "Address confirmed"))
			.status()).isEqualTo(302);

		TestClient.Response queue = this.partner.get(BASE);

		assertThat(queue.status()).isEqualTo(200);
		assertNoInlineScript(queue.body());
		assertThat(queue.body()).contains("Tasks for " + this.chain.courier().name()).contains("Open (3)");
		// Accepting moves a task's due time from its response (1 h) to its resolution (6
		// h).
		assertThat(linkedIds(queue.body(), BASE)).containsExactly(first, second, accepted, completed)
			.doesNotContain(others);
		String finished = text(section(queue.body(), "<h2>Finished</h2>", "</table>"));
		assertThat(finished).contains("Check the address").contains("Completed");
		assertThat(text(section(queue.body(), "Collect the old machine", "</tr>"))).contains("Accept by")
			.contains("Handed over");
		assertThat(text(section(queue.body(), "Deliver tomorrow", "</tr>"))).contains("Complete by")
			.contains("Accepted");
	}

	@Test
	void landingPageLoadsTheOpenTaskCountBesideTheAgreements() {
		UUID task = handOver(this.chain.courier().id(), "Deliver tomorrow", false);

		TestClient.Response portal = this.partner.get("/portal");
		assertThat(portal.status()).isEqualTo(200);
		assertThat(portal.body()).contains("hx-get=\"/portal/tasks/overview\"")
			.contains("href=\"/portal/tasks\"")
			.contains("href=\"/portal/agreements\"")
			.doesNotContain("/portal/requests")
			.doesNotContain("Requests and feedback will appear here");
		assertThat(text(section(portal.body(), "<nav aria-label=\"Main\"", "</nav>"))).contains("Tasks")
			.doesNotContain("Requests");

		TestClient.Response card = this.partner.get(BASE + "/overview", HTMX);
		assertThat(card.status()).isEqualTo(200);
		assertThat(card.body()).contains("<strong class=\"count\">1</strong> <span>open task</span>; due first:")
			.contains("Deliver tomorrow");
		assertThat(card.body()).doesNotContain("<html");
		assertThat(linkedIds(card.body(), BASE)).containsExactly(task);
		assertThat(this.partner.get(BASE + "/overview").header("Location")).endsWith(BASE);
	}

	@Test
	void taskPageSaysWhatIsNeededUnderWhichAgreementAndHidesTheCustomerUnlessShared() {
		UUID hidden = handOver(this.chain.courier().id(), "Deliver tomorrow", false);
		String agentLogin = this.agent.get("/api/v1/me").json().get("username").asString();

		TestClient.Response page = this.partner.get(BASE + "/" + hidden);

		assertThat(page.status()).isEqualTo(200);
		assertNoInlineScript(page.body());
		assertThat(page.body()).contains("Deliver tomorrow")
			.contains("Book a <strong>two-person</strong> slot.")
			.contains(this.chain.carriage().name())
			.contains("P2 high")
			.contains("Accept this task")
			.doesNotContain(agentLogin)
			.doesNotContain(this.chain.customer().name());
		String facts = text(section(page.body(), "<h2>About the task</h2>", "</aside>"));
		assertThat(facts).contains("Not shared with you")
			.contains("Handed to " + this.chain.courier().name() + " External")
			.contains("Work for " + this.chain.warehouse().name() + " Internal")
			.containsPattern("Handed over [^<]* by Test Agent");
		assertThat(linkedIds(page.body(), "/portal/agreements")).hasSize(1);

		UUID shared = this.agent
			.post("/api/v1/requests/" + this.request + "/tasks",
					Map.of("party", this.chain.courier().id(), "summary", "Call ahead", "needed", "Call before you go.",
							"sharePersonalData", true, "shareReason", "The driver must call ahead"))
			.json()
			.get("id")
			.asString()
			.transform(UUID::fromString);
		String sharedFacts = text(
				section(this.partner.get(BASE + "/" + shared).body(), "<h2>About the task</h2>", "</aside>"));
		assertThat(sharedFacts).contains("End customer " + this.chain.customer().name() + " Customer External")
			.contains("Shared because: The driver must call ahead");
	}

	@Test
	void partnerAcceptsWritesAsksAndCompletesWithAnOutcome() {
		UUID task = handOver(this.chain.courier().id(), "Deliver tomorrow", false);

		assertThat(this.partner.postForm(BASE + "/" + task + "/accept", Map.of("version", "0")).status())
			.isEqualTo(302);
		TestClient.Response accepted = this.partner.get(BASE + "/" + task);
		assertThat(accepted.body()).contains("Accepted: the requester&#39;s agent can see you have it.")
			.contains("You accepted this task.")
			.doesNotContain("Accept this task</button>");

		TestClient.Response sent = Multipart.form()
			.field("body", "Van booked for *08:00*.")
			.file("files", "route.txt", "text/plain", "Depot, then Leeds.")
			.postTo(this.partner, BASE + "/" + task + "/messages");
		assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
		TestClient.Response withMessage = this.partner.get(BASE + "/" + task);
		assertThat(section(withMessage.body(), "id=\"conversation\"", "id=\"reply\"")).contains("Test Partner user")
			.contains("Van booked for <em>08:00</em>.")
			.contains(">route.txt</a>");
		List<UUID> files = linkedIds(withMessage.body(), "/portal/attachments");
		assertThat(files).hasSize(1);
		TestClient.Response download = this.partner.get("/portal/attachments/" + files.get(0));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo("Depot, then Leeds.");

		TestClient.Response asked = Multipart.form()
			.field("body", "Is there a lift?")
			.noFile("files")
			.postTo(this.partner, BASE + "/" + task + "/questions");
		assertThat(asked.status()).isEqualTo(302);
		assertThat(this.partner.get(BASE + "/" + task).body()).contains("Question for our agent")
			.contains("The task waits for their answer")
			.doesNotContain("id=\"complete\"");
		assertThat(this.agent.post("/api/v1/tasks/" + task + "/answers", Map.of("body", "Yes, a large one.")).status())
			.isEqualTo(200);

		String version = version(this.partner.get(BASE + "/" + task).body());
		TestClient.Response noOutcome = this.partner.postForm(BASE + "/" + task + "/complete",
				Map.of("version", version, "outcome", " "));
		assertThat(noOutcome.status()).isEqualTo(200);
		assertThat(noOutcome.body()).contains("<p id=\"complete-error\" class=\"field-error\">say what was done</p>");

		TestClient.Response completed = this.partner.postForm(BASE + "/" + task + "/complete",
				Map.of("version", version, "outcome", "Delivered at 09:40, signed for."));
		assertThat(completed.status()).isEqualTo(302);
		TestClient.Response done = this.partner.get(BASE + "/" + task);
		assertThat(done.body()).contains("Completed: the requester&#39;s agent has been told.")
			.contains("Delivered at 09:40, signed for.")
			.contains("This task is finished; nothing more is needed from you.")
			.doesNotContain("id=\"reply-body\"");
		JsonNode request = this.agent.get("/api/v1/requests/" + this.request).json();
		assertThat(request.get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void partnerDeclinesWithAReason() {
		UUID task = handOver(this.chain.courier().id(), "Deliver tomorrow", false);

		TestClient.Response noReason = this.partner.postForm(BASE + "/" + task + "/decline",
				Map.of("version", "0", "reason", ""));
		assertThat(noReason.status()).isEqualTo(200);
		assertThat(noReason.body()).contains("Not done: <a href=\"#decline\">")
			.contains("<p id=\"decline-error\" class=\"field-error\">say why your team cannot take this task</p>");

		TestClient.Response declined = this.partner.postForm(BASE + "/" + task + "/decline",
				Map.of("version", "0", "reason", "No vans free this week."));
		assertThat(declined.status()).isEqualTo(302);
		assertThat(this.partner.get(BASE + "/" + task).body()).contains("Why it was declined")
			.contains("No vans free this week.");
		assertThat(this.agent.get("/api/v1/tasks/" + task).json().get("status").asString()).isEqualTo("DECLINED");
	}

	@Test
	void emptyMessagesAndBadFilesAreRefusedNextToTheMessageBox() {
		UUID task = handOver(this.chain.courier().id(), "Deliver tomorrow", false);

		TestClient.Response empty = Multipart.form()
			.field("body", "")
			.noFile("files")
			.postTo(this.partner, BASE + "/" + task + "/questions");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body())
			.contains("<p id=\"reply-error\" class=\"field-error\">write a message before sending it</p>");

		TestClient.Response page = Multipart.form()
			.field("body", "Our terms")
			.file("files", "terms.pdf", "application/pdf", "<html><body>Not a PDF</body></html>")
			.postTo(this.partner, BASE + "/" + task + "/messages");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).containsPattern(
				"<p class=\"field-error\" id=\"reply-files-error\">terms.pdf is text/html, which is not accepted[^<]*</p>")
			.contains(">Our terms</textarea>");
		assertThat(this.agent.get("/api/v1/tasks/" + task).json().get("messages")).isEmpty();
	}

	@Test
	void acceptingAStaleCopyShowsWhatChangedWithoutStaffLogins() {
		UUID task = handOver(this.chain.courier().id(), "Deliver tomorrow", false);
		String seen = version(this.partner.get(BASE + "/" + task).body());
		TestClient.Response current = this.agent.get("/api/v1/tasks/" + task);
		assertThat(this.agent
			.post("/api/v1/tasks/" + task + "/transitions", Map.of("to", "CANCELLED", "text", "The customer cancelled"),
					Map.of("If-Match", current.etag()))
			.status()).isEqualTo(200);
		String agentLogin = this.agent.get("/api/v1/me").json().get("username").asString();

		TestClient.Response stale = this.partner.postForm(BASE + "/" + task + "/accept", Map.of("version", seen));

		assertThat(stale.status()).isEqualTo(200);
		String conflict = text(section(stale.body(), "class=\"alert warn\"", "</div>"));
		assertThat(conflict).contains("Someone else changed this record")
			.contains("Test Agent")
			.contains("Status Handed over → Cancelled")
			.contains("Outcome (empty) → The customer cancelled")
			.doesNotContain(agentLogin);
		assertThat(stale.body()).doesNotContain(agentLogin).contains("Why it was cancelled");
	}

	@Test
	void teamMembersWorkTheirTeamsTasksInTheStaffUi() {
		UUID ours = handOver(this.chain.warehouse().id(), "Pick a replacement", true);
		UUID courier = handOver(this.chain.courier().id(), "Deliver tomorrow", false);
		TestClient member = this.clients.session(Role.TEAM_MEMBER, this.chain.warehouse().id());

		TestClient.Response list = member.get("/tasks");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Tasks for " + this.chain.warehouse().name()).contains("Chain map");
		assertThat(linkedIds(list.body(), "/tasks")).containsExactly(ours);

		TestClient.Response page = member.get("/tasks/" + ours);
		assertThat(page.status()).isEqualTo(200);
		assertNoInlineScript(page.body());
		assertThat(page.body()).contains("Chain map")
			.contains("Accept this task")
			.contains("href=\"/requests/" + this.request + "\"")
			.contains(this.chain.customer().name());
		assertThat(member.postForm("/tasks/" + ours + "/accept", Map.of("version", "0")).header("Location"))
			.endsWith("/tasks/" + ours);
		assertThat(this.agent.get("/api/v1/tasks/" + ours).json().get("status").asString()).isEqualTo("ACCEPTED");

		answersLikeUnknown(member.get("/tasks/" + courier), member.get("/tasks/" + UUID.randomUUID()));

		TestClient frontLine = this.clients.session(Role.AGENT, null);
		TestClient.Response readOnly = frontLine.get("/tasks/" + courier);
		assertThat(readOnly.status()).isEqualTo(200);
		assertThat(readOnly.body()).contains("Deliver tomorrow").doesNotContain("Accept this task");
		TestClient.Response teams = frontLine.get("/tasks?team=" + this.chain.warehouse().id());
		assertThat(linkedIds(teams.body(), "/tasks")).containsExactly(ours);
	}

	@Test
	void recordsThePartnerMayNotSeeAnswerExactlyLikeOnesThatDoNotExist() {
		UUID others = handOver(this.chain.warehouse().id(), "Pick a replacement", false);
		UUID unknown = UUID.randomUUID();

		answersLikeUnknown(this.partner.get(BASE + "/" + others), this.partner.get(BASE + "/" + unknown));
		answersLikeUnknown(this.partner.postForm(BASE + "/" + others + "/accept", Map.of("version", "0")),
				this.partner.postForm(BASE + "/" + unknown + "/accept", Map.of("version", "0")));
		for (String step : List.of("complete", "decline")) {
			answersLikeUnknown(
					this.partner.postForm(BASE + "/" + others + "/" + step,
							Map.of("version", "0", "outcome", "x", "reason", "x")),
					this.partner.postForm(BASE + "/" + unknown + "/" + step,
							Map.of("version", "0", "outcome", "x", "reason", "x")));
		}
		for (String kind : List.of("messages", "questions")) {
			answersLikeUnknown(
					Multipart.form()
						.field("body", "Hello")
						.noFile("files")
						.postTo(this.partner, BASE + "/" + others + "/" + kind),
					Multipart.form()
						.field("body", "Hello")
						.noFile("files")
						.postTo(this.partner, BASE + "/" + unknown + "/" + kind));
			answersLikeUnknown(
					Multipart.form()
						.field("body", "")
						.noFile("files")
						.postTo(this.partner, BASE + "/" + others + "/" + kind),
					Multipart.form()
						.field("body", "")
						.noFile("files")
						.postTo(this.partner, BASE + "/" + unknown + "/" + kind));
		}

		TestClient.Response unknownFile = this.partner.get("/portal/attachments/" + UUID.randomUUID());
		answersLikeUnknown(this.partner.get("/portal/attachments/" + warehouseFile(others)), unknownFile);
		answersLikeUnknown(this.partner.get("/portal/attachments/" + requestFile("replies")), unknownFile);
		answersLikeUnknown(this.partner.get("/portal/attachments/" + requestFile("notes")), unknownFile);
		assertThat(this.agent.get("/api/v1/tasks/" + others).json().get("status").asString()).isEqualTo("HANDED_OVER");
	}

	@Test
	void customersAndStaffDoNotReachThePartnerPortal() {
		TestClient customer = this.clients.session(Role.CUSTOMER, this.chain.customer().id());
		assertThat(customer.get(BASE).status()).isEqualTo(403);
		assertThat(customer.get(BASE + "/overview", HTMX).status()).isEqualTo(403);
		assertThat(this.clients.session(Role.TEAM_MEMBER, this.chain.warehouse().id()).get(BASE).status())
			.isEqualTo(403);
		assertThat(this.partner.get("/tasks").status()).isEqualTo(403);
		assertThat(this.partner.get("/portal/requests").status()).isEqualTo(403);
	}

	// Helpers

	private UUID handOver(UUID party, String summary, boolean share) {
		Map<String, Object> task = new java.util.HashMap<>(Map.of("party", party, "summary", summary, "needed",
				"Book a **two-person** slot.", "sharePersonalData", share));
		if (share) {
			task.put("shareReason", "They need to call the customer");
		}
		TestClient.Response handed = this.agent.post("/api/v1/requests/" + this.request + "/tasks", task);
		assertThat(handed.status()).as(handed.toString()).isEqualTo(201);
		return UUID.fromString(handed.json().get("id").asString());
	}

	/**
	 * @return a file the warehouse's team member sent on their own task.
	 */
	private UUID warehouseFile(UUID task) {
		TestClient member = this.clients.session(Role.TEAM_MEMBER, this.chain.warehouse().id());
		TestClient.Response sent = Multipart.form()
			.field("body", "Picking list attached.")
			.file("files", "picking.txt", "text/plain", "Aisle 4, bay 2.")
			.postTo(member, "/tasks/" + task + "/messages");
		assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
		List<UUID> files = linkedIds(member.get("/tasks/" + task).body(), "/api/v1/attachments");
		assertThat(files).hasSize(1);
		return files.get(0);
	}

	/**
	 * @return a file of the request itself: a public reply's or an internal note's.
	 */
	private UUID requestFile(String kind) {
		TestClient.Response sent = Multipart.form()
			.field("body", "The delivery plan.")
			.file("files", "plan.txt", "text/plain", "Monday: Leeds.")
			.postTo(this.agent, "/api/v1/requests/" + this.request + "/" + kind);
		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
		return UUID.fromString(sent.json().get("attachments").get(0).get("id").asString());
	}

	private static String version(String html) {
		java.util.regex.Matcher version = java.util.regex.Pattern
			.compile("<input type=\"hidden\" name=\"version\" value=\"(\\d+)\">")
			.matcher(html);
		assertThat(version.find()).as("hidden version field").isTrue();
		return version.group(1);
	}

}
