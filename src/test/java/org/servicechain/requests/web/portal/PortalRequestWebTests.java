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
import static org.servicechain.requests.web.portal.PortalPages.redirectedTo;
import static org.servicechain.requests.web.portal.PortalPages.section;
import static org.servicechain.requests.web.portal.PortalPages.text;

/**
 * The customer portal's requests over HTTP, as a signed-in customer's browser sees them
 * (INT-2, REQ-1): their own requests with status, due time and what each waits on;
 * raising one with the priority the matrix gives; the request page with its public
 * conversation, replies and files, confirming or reopening a resolution, and escalating
 * when it is overdue or urgent. Bad input is shown next to its field; another customer's
 * request, and any file the customer may not read, answers exactly like one that does not
 * exist.
 */
@IntegrationTest
class PortalRequestWebTests {

	private static final String BASE = "/portal/requests";

	@Autowired
	TestClient.Clients clients;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient customer;

	TestClient agent;

	@BeforeEach
	void aCustomerOfTheDeliveryChainIsSignedIn() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.customer = this.clients.session(Role.CUSTOMER, this.chain.customer().id());
		this.agent = this.clients.api(Role.AGENT);
	}

	// The list and the landing page

	@Test
	void listShowsOwnOpenRequestsWithStatusDueTimeAndWhatEachWaitsOn() {
		UUID fresh = raise("Washing machine not delivered", "MEDIUM", "HIGH");
		UUID askedBack = raise("Which door to use?", "LOW", "LOW");
		move(askedBack, "WAITING_ON_CUSTOMER", "Which entrance should the driver use?");
		UUID withCourier = raise("Parcel left in the rain", "MEDIUM", "MEDIUM");
		handToCourier(withCourier, false);
		UUID done = raise("Wrong colour", "LOW", "LOW");
		move(done, "RESOLVED", "Exchanged");
		String othersReference = reference(othersRequest());

		TestClient.Response open = this.customer.get(BASE);

		assertThat(open.status()).isEqualTo(200);
		assertNoInlineScript(open.body());
		assertThat(row(open.body(), reference(fresh))).contains("New")
			.contains("Our service team")
			.containsPattern("\\(in 1 h \\d+ min\\)");
		assertThat(row(open.body(), reference(askedBack))).contains("Waiting on customer").contains("You");
		assertThat(row(open.body(), reference(withCourier))).contains("Waiting on partner")
			.contains("A partner of ours")
			.doesNotContain(this.chain.courier().name());
		assertThat(open.body()).doesNotContain(reference(done)).doesNotContain(othersReference);
		assertThat(linkedIds(open.body(), BASE)).containsExactlyInAnyOrder(fresh, askedBack, withCourier);

		TestClient.Response all = this.customer.get(BASE + "?show=all");
		assertThat(row(all.body(), reference(done))).contains("Resolved").contains("Done");
		assertThat(all.body()).doesNotContain(othersReference);
	}

	@Test
	void landingPageLoadsOpenRequestsAndOffersToRaiseOne() {
		UUID open = raise("Washing machine not delivered", "MEDIUM", "HIGH");

		TestClient.Response portal = this.customer.get("/portal");
		assertThat(portal.status()).isEqualTo(200);
		assertNoInlineScript(portal.body());
		assertThat(portal.body()).contains("hx-get=\"/portal/requests/overview\"")
			.contains("href=\"/portal/requests/new\"")
			.contains("Raise a request")
			.contains("href=\"/portal/agreements\"")
			.doesNotContain("/portal/tasks/overview")
			.doesNotContain("Requests and feedback will appear here");
		assertThat(text(section(portal.body(), "<nav aria-label=\"Main\"", "</nav>"))).contains("Portal")
			.contains("Requests")
			.contains("Agreements")
			.doesNotContain("Tasks");

		TestClient.Response card = this.customer.get(BASE + "/overview", HTMX);
		assertThat(card.status()).isEqualTo(200);
		assertThat(card.body()).doesNotContain("<html")
			.contains("One open request:")
			.contains(reference(open))
			.contains("Raise a request");
		assertThat(linkedIds(card.body(), BASE)).containsExactly(open);

		TestClient.Response withoutHtmx = this.customer.get(BASE + "/overview");
		assertThat(withoutHtmx.status()).isEqualTo(302);
		assertThat(withoutHtmx.header("Location")).endsWith(BASE);
	}

	// Raising a request

	@Test
	void raiseFormOffersOnlyServicesDeliveredToTheCustomerAndSaysThePriority() {
		TestClient.Response form = this.customer.get(BASE + "/new");

		assertThat(form.status()).isEqualTo(200);
		assertNoInlineScript(form.body());
		assertThat(form.body()).contains(">" + this.chain.delivery().name() + "</option>")
			.doesNotContain(this.chain.carriage().name())
			.doesNotContain(this.chain.fulfilment().name())
			.contains("hx-get=\"/portal/requests/priority\"")
			.contains("Answer both questions to see the priority your request gets.")
			.contains("a lot, such as the whole service or many people");

		assertThat(this.customer.get(BASE + "/priority?impact=HIGH&urgency=HIGH", HTMX).body())
			.contains("With these answers your request gets priority <strong>P1 critical</strong>.")
			.doesNotContain("<html");
		assertThat(this.customer.get(BASE + "/priority?impact=MEDIUM&urgency=HIGH", HTMX).body())
			.contains("<strong>P2 high</strong>");
		assertThat(this.customer.get(BASE + "/priority?impact=LOW", HTMX).body()).contains("Answer both questions");
		assertThat(this.customer.get(BASE + "/priority?impact=HIGH&urgency=LOW").header("Location"))
			.endsWith(BASE + "/new");
	}

	@Test
	void raisedRequestOpensOnItsPageWithItsFileAndThePriorityFromTheMatrix() {
		TestClient.Response raised = raiseForm("Washing machine not delivered", "MEDIUM", "HIGH")
			.file("files", "delivery-note.txt", "text/plain", "Order 4411, due on 14 April.")
			.postTo(this.customer, BASE);
		UUID id = redirectedTo(raised, BASE);

		TestClient.Response page = this.customer.get(BASE + "/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertNoInlineScript(page.body());
		assertThat(page.body()).contains(reference(id) + " raised.")
			.contains("Washing machine not delivered")
			.contains("P2 high")
			.contains(this.chain.customerSla())
			.contains("first reply within 2 h, resolution within 8 h");
		assertThat(text(section(page.body(), "<dt>For</dt>", "</dd>"))).contains("Customer").contains("External");
		JsonNode stored = this.agent.get("/api/v1/requests/" + id).json();
		assertThat(stored.get("channel").asString()).isEqualTo("PORTAL");
		assertThat(stored.get("priority").asString()).isEqualTo("P2");
		assertThat(stored.get("requesterId").asString()).isEqualTo(this.chain.customer().id().toString());

		List<UUID> files = linkedIds(page.body(), "/portal/attachments");
		assertThat(files).hasSize(1);
		assertThat(page.body()).contains(">delivery-note.txt</a>");
		TestClient.Response download = this.customer.get("/portal/attachments/" + files.get(0));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo("Order 4411, due on 14 April.");
		assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("delivery-note.txt");
		assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.header("Content-Security-Policy")).contains("sandbox");
	}

	@Test
	void raiseFormShowsEachProblemNextToItsFieldAndKeepsWhatWasTyped() {
		TestClient.Response refused = Multipart.form()
			.field("service", this.chain.delivery().id().toString())
			.field("urgency", "HIGH")
			.field("summary", "  ")
			.field("description", "It was due yesterday.")
			.noFile("files")
			.postTo(this.customer, BASE);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Your request was not raised yet")
			.contains("<p id=\"summary-error\" class=\"field-error\">give your request a short summary</p>")
			.contains("<p id=\"impact-error\" class=\"field-error\">say how much is affected</p>")
			.doesNotContain("id=\"urgency-error\"")
			.doesNotContain("id=\"description-error\"")
			.contains(">It was due yesterday.</textarea>")
			.containsPattern("<input type=\"radio\" name=\"urgency\" value=\"HIGH\"[^>]*checked");
		assertThat(myRequestCount()).isZero();

		TestClient.Response otherService = raiseForm("Spare part", "LOW", "LOW").postTo(this.customer, BASE);
		assertThat(otherService.status()).isEqualTo(302);
		TestClient.Response notDelivered = Multipart.form()
			.field("service", this.chain.carriage().id().toString())
			.field("impact", "LOW")
			.field("urgency", "LOW")
			.field("summary", "Parcel")
			.field("description", "Where is it?")
			.postTo(this.customer, BASE);
		assertThat(notDelivered.status()).isEqualTo(200);
		assertThat(notDelivered.body()).containsPattern(
				"<p id=\"service-error\" class=\"field-error\">[^<]* is not delivered to [^<]* on the chain[^<]*</p>");
		assertThat(myRequestCount()).isEqualTo(1);
	}

	@Test
	void disallowedAndOversizeFilesAreRefusedNextToTheFileInput() {
		TestClient.Response disguised = raiseForm("Invoice attached", "LOW", "LOW")
			.file("files", "invoice.pdf", "application/pdf", "<html><body><script>alert(1)</script></body></html>")
			.postTo(this.customer, BASE);
		assertThat(disguised.status()).isEqualTo(200);
		assertThat(fieldError(disguised.body(), "files")).contains("invoice.pdf is text/html, which is not accepted");
		assertThat(disguised.body()).contains("Then choose your files again");

		TestClient.Response oversize = raiseForm("Photos of the damage", "LOW", "LOW")
			.file("files", "photos.txt", "text/plain", "a".repeat(10 * 1024 * 1024 + 1))
			.postTo(this.customer, BASE);
		assertThat(oversize.status()).isEqualTo(200);
		assertThat(fieldError(oversize.body(), "files")).contains("photos.txt is larger than 10 MB");
		assertThat(myRequestCount()).isZero();
	}

	// The request page

	@Test
	void conversationShowsPublicRepliesByDisplayNameAndNeverInternalNotes() {
		UUID id = raise("Washing machine not delivered", "MEDIUM", "HIGH");
		assertThat(this.agent.post("/api/v1/requests/" + id + "/replies", Map.of("body", "Sorry, **Amelia**. On it."))
			.status()).isEqualTo(201);
		assertThat(
				this.agent.post("/api/v1/requests/" + id + "/notes", Map.of("body", "Courier missed twice.")).status())
			.isEqualTo(201);
		String agentLogin = this.agent.get("/api/v1/me").json().get("username").asString();

		TestClient.Response replied = Multipart.form()
			.field("body", "Thank you. Any *news*?")
			.file("files", "receipt.txt", "text/plain", "Paid in full.")
			.postTo(this.customer, BASE + "/" + id + "/replies");
		assertThat(replied.status()).as(replied.toString()).isEqualTo(302);

		TestClient.Response page = this.customer.get(BASE + "/" + id);
		String conversation = section(page.body(), "id=\"conversation\"", "id=\"reply\"");
		assertThat(conversation).contains("Sorry, <strong>Amelia</strong>. On it.")
			.contains("Test Agent")
			.contains("Service team")
			.contains("Thank you. Any <em>news</em>?")
			.contains(">receipt.txt</a>")
			.doesNotContain("Courier missed twice");
		assertThat(page.body()).contains("Your reply was sent.").doesNotContain(agentLogin);
	}

	@Test
	void emptyReplyAndBadFilesAreRefusedNextToTheReplyBox() {
		UUID id = raise("Washing machine not delivered", "MEDIUM", "HIGH");

		TestClient.Response empty = Multipart.form()
			.field("body", "   ")
			.noFile("files")
			.postTo(this.customer, BASE + "/" + id + "/replies");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("Not done: <a href=\"#reply\">")
			.contains("<p id=\"reply-error\" class=\"field-error\">write a message before sending it</p>");

		TestClient.Response program = Multipart.form()
			.field("body", "Here is the tool I use.")
			.file("files", "tool.txt", "text/plain", "#!/bin/sh\nrm -rf /\n")
			.postTo(this.customer, BASE + "/" + id + "/replies");
		assertThat(program.status()).isEqualTo(200);
		assertThat(fieldError(program.body(), "reply-files")).contains("tool.txt is").contains("not accepted");
		assertThat(program.body()).contains(">Here is the tool I use.</textarea>");
		assertThat(this.agent.get("/api/v1/requests/" + id).json().get("messages")).isEmpty();
	}

	@Test
	void resolvedRequestIsConfirmedOrReopenedWithAReason() {
		UUID confirmed = raise("Washing machine not delivered", "MEDIUM", "HIGH");
		move(confirmed, "RESOLVED", "Delivered and installed");
		TestClient.Response resolved = this.customer.get(BASE + "/" + confirmed);
		assertThat(resolved.body()).contains("Is it put right?")
			.contains("Confirm it's resolved")
			.contains("Replying reopens the request.");

		TestClient.Response confirm = this.customer.postForm(BASE + "/" + confirmed + "/confirm",
				Map.of("version", version(resolved.body()), "comment", ""));
		assertThat(confirm.status()).as(confirm.toString()).isEqualTo(302);
		TestClient.Response closed = this.customer.get(BASE + "/" + confirmed);
		assertThat(closed.body()).contains("Thank you: the request is closed.")
			.contains("This request is closed.")
			.doesNotContain("id=\"reply-body\"")
			.doesNotContain("Is it put right?");
		assertThat(status(confirmed)).isEqualTo("CLOSED");

		UUID reopened = raise("Wrong colour", "LOW", "LOW");
		move(reopened, "RESOLVED", "Exchanged");
		String version = version(this.customer.get(BASE + "/" + reopened).body());
		TestClient.Response noReason = this.customer.postForm(BASE + "/" + reopened + "/reopen",
				Map.of("version", version, "reason", ""));
		assertThat(noReason.status()).isEqualTo(200);
		assertThat(noReason.body()).contains(
				"<p id=\"reopen-error\" class=\"field-error\">say what is still wrong, so the team can put it right</p>");
		assertThat(status(reopened)).isEqualTo("RESOLVED");

		TestClient.Response reopen = this.customer.postForm(BASE + "/" + reopened + "/reopen",
				Map.of("version", version, "reason", "It is still the wrong colour."));
		assertThat(reopen.status()).isEqualTo(302);
		assertThat(status(reopened)).isEqualTo("OPEN");
	}

	@Test
	void confirmingAStaleCopyShowsWhatChangedWithoutStaffLoginsOrInternalFields() {
		UUID id = raise("Washing machine not delivered", "MEDIUM", "HIGH");
		move(id, "RESOLVED", "Delivered");
		String seen = version(this.customer.get(BASE + "/" + id).body());
		move(id, "OPEN", "The installer has not been yet");
		String agentLogin = this.agent.get("/api/v1/me").json().get("username").asString();

		TestClient.Response stale = this.customer.postForm(BASE + "/" + id + "/confirm",
				Map.of("version", seen, "comment", "Thanks"));

		assertThat(stale.status()).isEqualTo(200);
		String conflict = text(section(stale.body(), "class=\"alert warn\"", "</div>"));
		assertThat(conflict).contains("Someone else changed this record")
			.contains("Test Agent")
			.contains("Status Resolved → Open")
			.doesNotContain(agentLogin);
		assertThat(stale.body()).doesNotContain(agentLogin).doesNotContain("Is it put right?");
		assertThat(status(id)).isEqualTo("OPEN");
	}

	@Test
	void escalationIsExplainedUntilTheRequestIsOverdueOrUrgent() {
		UUID calm = raise("A scratch on the side", "LOW", "LOW");
		TestClient.Response page = this.customer.get(BASE + "/" + calm);
		String card = text(section(page.body(), "id=\"escalate\"", "</aside>"));
		assertThat(card).contains("You can escalate this request if it becomes overdue, that is after")
			.contains("It is not urgent, so it cannot be escalated before then");
		assertThat(page.body()).doesNotContain("id=\"escalate-reason\"");

		TestClient.Response tooEarly = this.customer.postForm(BASE + "/" + calm + "/escalate",
				Map.of("reason", "I want it sooner"));
		assertThat(tooEarly.status()).isEqualTo(200);
		assertThat(tooEarly.body()).containsPattern(
				"<p id=\"escalate-error\" class=\"field-error\">a request can be escalated when it is overdue or urgent[^<]*</p>");
		assertThat(this.agent.get("/api/v1/requests/" + calm).json().get("escalatedAt").isNull()).isTrue();

		UUID urgent = raise("Fridge not delivered; medicines inside", "MEDIUM", "HIGH");
		TestClient.Response urgentPage = this.customer.get(BASE + "/" + urgent);
		assertThat(text(section(urgentPage.body(), "id=\"escalate\"", "</aside>"))).contains("It is urgent (P2 high).")
			.contains("Escalate to a manager");
		TestClient.Response noReason = this.customer.postForm(BASE + "/" + urgent + "/escalate", Map.of("reason", ""));
		assertThat(noReason.body()).contains(
				"<p id=\"escalate-error\" class=\"field-error\">say why this needs a manager&#39;s attention</p>");

		TestClient.Response escalated = this.customer.postForm(BASE + "/" + urgent + "/escalate",
				Map.of("reason", "The medicines must stay cold."));
		assertThat(escalated.status()).isEqualTo(302);
		TestClient.Response after = this.customer.get(BASE + "/" + urgent);
		assertThat(after.body()).contains("Escalated: the managers have been told.").contains(">Escalated</span>");
		assertThat(text(section(after.body(), "id=\"escalate\"", "</aside>")))
			.contains("You escalated this request less than a minute ago; the managers have it.");
		assertThat(this.agent.get("/api/v1/requests/" + urgent).json().get("escalationReason").asString())
			.isEqualTo("The medicines must stay cold.");

		TestClient.Response again = this.customer.postForm(BASE + "/" + urgent + "/escalate",
				Map.of("reason", "Still waiting"));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).contains("escalated less than an hour ago");
	}

	// Only the customer's own

	@Test
	void recordsTheCustomerMayNotSeeAnswerExactlyLikeOnesThatDoNotExist() {
		UUID own = raise("Washing machine not delivered", "MEDIUM", "HIGH");
		UUID others = othersRequest();
		JsonNode othersBefore = this.agent.get("/api/v1/requests/" + others).json();
		UUID unknown = UUID.randomUUID();

		answersLikeUnknown(this.customer.get(BASE + "/" + others), this.customer.get(BASE + "/" + unknown));
		answersLikeUnknown(
				Multipart.form()
					.field("body", "Hello")
					.noFile("files")
					.postTo(this.customer, BASE + "/" + others + "/replies"),
				Multipart.form()
					.field("body", "Hello")
					.noFile("files")
					.postTo(this.customer, BASE + "/" + unknown + "/replies"));
		answersLikeUnknown(
				Multipart.form()
					.field("body", "")
					.noFile("files")
					.postTo(this.customer, BASE + "/" + others + "/replies"),
				Multipart.form()
					.field("body", "")
					.noFile("files")
					.postTo(this.customer, BASE + "/" + unknown + "/replies"));
		for (String step : List.of("confirm", "reopen")) {
			answersLikeUnknown(
					this.customer.postForm(BASE + "/" + others + "/" + step, Map.of("version", "0", "reason", "x")),
					this.customer.postForm(BASE + "/" + unknown + "/" + step, Map.of("version", "0", "reason", "x")));
		}
		answersLikeUnknown(this.customer.postForm(BASE + "/" + others + "/escalate", Map.of("reason", "x")),
				this.customer.postForm(BASE + "/" + unknown + "/escalate", Map.of("reason", "x")));

		TestClient.Response unknownFile = this.customer.get("/portal/attachments/" + UUID.randomUUID());
		answersLikeUnknown(this.customer.get("/portal/attachments/" + noteFile(own)), unknownFile);
		answersLikeUnknown(this.customer.get("/portal/attachments/" + replyFile(others)), unknownFile);
		answersLikeUnknown(this.customer.get("/portal/attachments/" + taskFile(own)), unknownFile);
		JsonNode othersAfter = this.agent.get("/api/v1/requests/" + others).json();
		assertThat(othersAfter.get("version")).isEqualTo(othersBefore.get("version"));
		assertThat(othersAfter.get("messages")).hasSize(1);
		assertThat(othersAfter.get("escalatedAt").isNull()).isTrue();
	}

	@Test
	void partnerUsersAndStaffDoNotReachTheCustomerPortal() {
		TestClient partner = this.clients.session(Role.PARTNER, this.chain.courier().id());
		assertThat(partner.get(BASE).status()).isEqualTo(403);
		assertThat(partner.get(BASE + "/overview", HTMX).status()).isEqualTo(403);
		assertThat(partner.get(BASE + "/new").status()).isEqualTo(403);
		TestClient staff = this.clients.session(Role.AGENT, null);
		assertThat(staff.get(BASE).status()).isEqualTo(403);
		assertThat(this.customer.get("/portal/tasks").status()).isEqualTo(403);
		assertThat(this.customer.get("/tasks").status()).isEqualTo(403);
	}

	// Helpers

	private Multipart raiseForm(String summary, String impact, String urgency) {
		return Multipart.form()
			.field("service", this.chain.delivery().id().toString())
			.field("category", "")
			.field("impact", impact)
			.field("urgency", urgency)
			.field("summary", summary)
			.field("description", "It was due yesterday and has not come.");
	}

	/**
	 * Raises a request in the portal and opens its page, as the browser does after the
	 * redirect (which also takes the page's one-time message).
	 */
	private UUID raise(String summary, String impact, String urgency) {
		UUID id = redirectedTo(raiseForm(summary, impact, urgency).noFile("files").postTo(this.customer, BASE), BASE);
		assertThat(this.customer.get(BASE + "/" + id).status()).isEqualTo(200);
		return id;
	}

	/**
	 * @return a request of another customer (the internal one), raised by staff.
	 */
	private UUID othersRequest() {
		TestClient.Response raised = this.agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.internalCustomer(), "Stock for the Leeds store"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		UUID id = UUID.fromString(raised.json().get("id").asString());
		replyFile(id);
		return id;
	}

	private final Map<UUID, UUID> replyFiles = new java.util.HashMap<>();

	/**
	 * @return the file of a public reply by staff on the request (made once).
	 */
	private UUID replyFile(UUID request) {
		return this.replyFiles.computeIfAbsent(request, (id) -> {
			TestClient.Response reply = Multipart.form()
				.field("body", "Here is the delivery plan.")
				.file("files", "plan.txt", "text/plain", "Monday: Leeds.")
				.postTo(this.agent, "/api/v1/requests/" + id + "/replies");
			assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
			return UUID.fromString(reply.json().get("attachments").get(0).get("id").asString());
		});
	}

	/**
	 * @return the file of an internal note on the request.
	 */
	private UUID noteFile(UUID request) {
		TestClient.Response note = Multipart.form()
			.field("body", "The courier's own report.")
			.file("files", "report.txt", "text/plain", "Driver could not find the house.")
			.postTo(this.agent, "/api/v1/requests/" + request + "/notes");
		assertThat(note.status()).as(note.toString()).isEqualTo(201);
		return UUID.fromString(note.json().get("attachments").get(0).get("id").asString());
	}

	/**
	 * @return the file a member of the warehouse sent on a task the request handed to
	 * their team.
	 */
	private UUID taskFile(UUID request) {
		TestClient.Response handed = this.agent.post("/api/v1/requests/" + request + "/tasks",
				Map.of("party", this.chain.warehouse().id(), "summary", "Pick a replacement", "needed",
						"Pick another machine from stock.", "sharePersonalData", false));
		assertThat(handed.status()).as(handed.toString()).isEqualTo(201);
		String task = handed.json().get("id").asString();
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

	private void handToCourier(UUID request, boolean share) {
		TestClient.Response handed = this.agent.post("/api/v1/requests/" + request + "/tasks",
				Map.of("party", this.chain.courier().id(), "summary", "Collect the parcel", "needed",
						"Collect it and bring it back dry.", "sharePersonalData", share));
		assertThat(handed.status()).as(handed.toString()).isEqualTo(201);
	}

	private void move(UUID request, String to, String reason) {
		TestClient.Response current = this.agent.get("/api/v1/requests/" + request);
		TestClient.Response moved = this.agent.post("/api/v1/requests/" + request + "/transitions",
				Map.of("to", to, "reason", reason), Map.of("If-Match", current.etag()));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
	}

	private String reference(UUID request) {
		return this.agent.get("/api/v1/requests/" + request).json().get("reference").asString();
	}

	private String status(UUID request) {
		return this.agent.get("/api/v1/requests/" + request).json().get("status").asString();
	}

	private long myRequestCount() {
		return this.customer.get("/api/v1/requests").json().get("totalItems").asLong();
	}

	private static String row(String html, String reference) {
		return text(section(html, ">" + reference + "<", "</tr>"));
	}

	private static String version(String html) {
		java.util.regex.Matcher version = java.util.regex.Pattern
			.compile("<input type=\"hidden\" name=\"version\" value=\"(\\d+)\">")
			.matcher(html);
		assertThat(version.find()).as("hidden version field").isTrue();
		return version.group(1);
	}

	/**
	 * @return the message shown under the file input with the id.
	 */
	private static String fieldError(String html, String input) {
		java.util.regex.Matcher error = java.util.regex.Pattern
			.compile("<p class=\"field-error\" id=\"" + input + "-error\">([^<]*)</p>")
			.matcher(html);
		assertThat(error.find()).as("error next to " + input + " in " + html).isTrue();
		return error.group(1).replace("&#39;", "'");
	}

	/**
	 * The pages must run under a Content-Security-Policy without 'unsafe-inline': no
	 * inline script, no event handler attributes.
	 */
	static void assertNoInlineScript(String html) {
		assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
			.doesNotContainPattern("\\son[a-z]+=\"")
			.doesNotContain("javascript:");
	}

}
