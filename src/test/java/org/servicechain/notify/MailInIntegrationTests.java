package org.servicechain.notify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

import org.servicechain.agreements.Priority;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestEventKind;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.requests.RequestQueries;
import org.servicechain.sla.ClockFact;
import org.servicechain.sla.ClockKind;
import org.servicechain.sla.ClockRules;
import org.servicechain.sla.ClockTerms;
import org.servicechain.sla.RequestClockPolicy;
import org.servicechain.shared.AuditTrail;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail in through a real IMAP server (GreenMail on free 127.0.0.1 ports, mails sent to it
 * over its SMTP): a new mail raises a request for the contact who sent it, a reply (by
 * the reference in its subject or by In-Reply-To a mail we sent) is appended as the
 * customer's reply and brings the request back from waiting exactly as a portal reply
 * does; auto-replies, bounces and loops are ignored; oversized, malformed and refused
 * mails are quarantined, released and discarded; an unknown sender becomes a contact
 * flagged for review; the same mail polled twice raises one request. A mail to the
 * complaints address or with the complaint keyword makes a complaint, a reply about one
 * is its customer's message (a stranger's waits in quarantine), an auto-reply is neither.
 * Each test has a mailbox of its own; the application's poller is off (the scheduler does
 * not run in tests) and the test polls as the task would.
 */
@IntegrationTest
class MailInIntegrationTests {

	static final int SMTP_PORT = freePort();

	static final int IMAP_PORT = freePort();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup[] {
			new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"), new ServerSetup(IMAP_PORT, "127.0.0.1", "imap") })
		.withPerMethodLifecycle(false);

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Autowired
	MailInPolling polling;

	@Autowired
	MailInHandling handling;

	@Autowired
	MailInSettings configured;

	@Autowired
	NotifySettings notifySettings;

	@Autowired
	DrainingOutbox drain;

	@Autowired
	RequestQueries queries;

	@Autowired
	AuditTrail audit;

	DeliveryChain chain;

	RequestFixtures fixtures;

	TestClient admin;

	TestClient agent;

	String desk;

	GreenMailUser deskUser;

	MailInSettings settings;

	String amelia;

	UUID ameliaContact;

	@BeforeEach
	void aChainAndAMailbox() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.admin = this.clients.api(Role.ADMIN);
		this.agent = this.clients.api(Role.AGENT);
		this.desk = "desk-" + System.nanoTime() + "@servicechain.test";
		this.deskUser = greenMail.setUser(this.desk, this.desk, "secret");
		this.settings = this.configured.withServer("imap", "127.0.0.1", IMAP_PORT, this.desk, "secret");
		this.amelia = "amelia-" + System.nanoTime() + "@example.com";
		this.ameliaContact = this.fixtures.chain()
			.contact(this.chain.customer(), "Amelia Hughes", Map.of("email", this.amelia));
	}

	@Test
	void mailInIsOffByDefault() {
		assertThat(this.configured.enabled()).isFalse();
	}

	@Test
	void aNewMailFromAKnownContactRaisesARequestWithItsAttachment() throws Exception {
		String id = send(mail(this.amelia, "Amelia Hughes", "Washing machine not delivered",
				"It was due yesterday.\nPlease call me.")
			.attach("receipt.pdf", PDF));

		poll();

		JsonNode mail = mailIn(id);
		assertThat(mail.get("outcome").asString()).isEqualTo("REQUEST_CREATED");
		assertThat(mail.get("contactId").asString()).isEqualTo(this.ameliaContact.toString());
		JsonNode request = this.agent.get("/api/v1/requests/" + mail.get("requestId").asString()).json();
		assertThat(request.get("reference").asString()).isEqualTo(mail.get("reference").asString());
		assertThat(request.get("channel").asString()).isEqualTo("EMAIL");
		assertThat(request.get("requesterId").asString()).isEqualTo(this.chain.customer().id().toString());
		assertThat(request.get("serviceId").asString()).isEqualTo(this.chain.delivery().id().toString());
		assertThat(request.get("summary").asString()).isEqualTo("Washing machine not delivered");
		assertThat(request.get("description").asString()).contains("It was due yesterday.").contains(this.amelia);
		assertThat(request.toString()).contains("receipt.pdf").contains("application/pdf");

		// Handled mails are marked seen: polling again finds nothing new.
		assertThat(poll().handled()).isZero();
	}

	@Test
	void theSameMailPolledTwiceRaisesOneRequest() throws Exception {
		String summary = "Dryer noisy " + System.nanoTime();
		Mail mail = mail(this.amelia, "Amelia Hughes", summary, "It rattles.");
		String id = send(mail);
		// The same mail delivered twice (a retry upstream), and read again after a crash
		// before it was marked seen.
		send(mail);

		MailInPolling.Polled polled = poll();
		assertThat(polled.handled()).isEqualTo(1);
		assertThat(polled.before()).isEqualTo(1);
		byte[] raw = raw(mail);
		assertThat(SystemActor.call(() -> this.handling.handle(raw, this.settings))).isFalse();

		List<JsonNode> rows = this.admin.items("/api/v1/mail-in")
			.stream()
			.filter((row) -> id.equals(row.get("messageId").asString()))
			.toList();
		assertThat(rows).hasSize(1);
		assertThat(this.agent.items("/api/v1/requests")
			.stream()
			.filter((request) -> request.get("summary").asString().equals(summary))).hasSize(1);
	}

	@Test
	void aReplyIsAppendedByTheReferenceInItsSubject() throws Exception {
		JsonNode first = mailIn(sendAndPoll(mail(this.amelia, "Amelia Hughes", "Fridge warm", "It is warm.")));
		String reference = first.get("reference").asString();
		String requestId = first.get("requestId").asString();

		String reply = sendAndPoll(mail(this.amelia, "Amelia Hughes", "Re: [" + reference + "] Fridge warm",
				"Still warm today.\n\nOn Monday, the desk wrote:\n> We are looking into it."));

		JsonNode appended = mailIn(reply);
		assertThat(appended.get("outcome").asString()).isEqualTo("REPLY_APPENDED");
		assertThat(appended.get("requestId").asString()).isEqualTo(requestId);
		JsonNode message = lastMessage(requestId);
		assertThat(message.get("body").asString()).isEqualTo("Still warm today.");
		assertThat(message.toString()).contains("Amelia Hughes").contains("CUSTOMER");
	}

	@Test
	void aReplyIsAppendedByInReplyToAMailWeSent() throws Exception {
		NotifyFixtures people = new NotifyFixtures(this.clients, this.identity);
		TestClient customer = people.customerByMail(this.chain.customer().id(), this.amelia);
		String requestId = NotifyFixtures.raise(customer, this.chain, "Oven door broken");
		this.agent.post("/api/v1/requests/" + requestId + "/replies", Map.of("body", "An engineer comes on Monday."));
		// No mail server in tests: the mail is kept in the mail log with its Message-ID.
		NotifyFixtures.drainWhen(this.drain,
				() -> !OutboxIntegrationTests.mails(this.admin, this.amelia, "NOT_SENT").isEmpty());
		String ours = OutboxIntegrationTests.mails(this.admin, this.amelia, "NOT_SENT")
			.get(0)
			.get("messageId")
			.asString();

		String reply = sendAndPoll(
				mail(this.amelia, "Amelia Hughes", "Re: your request", "Monday suits me.").header("In-Reply-To", ours)
					.header("References", ours));

		JsonNode appended = mailIn(reply);
		assertThat(appended.get("outcome").asString()).isEqualTo("REPLY_APPENDED");
		assertThat(appended.get("requestId").asString()).isEqualTo(requestId);
		assertThat(lastMessage(requestId).get("body").asString()).isEqualTo("Monday suits me.");
	}

	@Test
	void aReplyByMailBringsTheRequestBackFromWaitingExactlyAsAPortalReplyDoes() throws Exception {
		NotifyFixtures people = new NotifyFixtures(this.clients, this.identity);
		TestClient customer = people.customerByMail(this.chain.customer().id(), this.amelia);
		String byPortal = NotifyFixtures.raise(customer, this.chain, "Kettle leaks");
		String byMail = mailIn(sendAndPoll(mail(this.amelia, "Amelia Hughes", "Toaster sparks", "Sparks.")))
			.get("requestId")
			.asString();
		for (String id : List.of(byPortal, byMail)) {
			waitOnCustomer(id);
		}

		assertThat(customer.post("/api/v1/requests/" + byPortal + "/replies", Map.of("body", "Here is the photo."))
			.status()).isEqualTo(201);
		String reference = this.agent.get("/api/v1/requests/" + byMail).json().get("reference").asString();
		sendAndPoll(mail(this.amelia, "Amelia Hughes", "Re: [" + reference + "]", "Here is the photo."));

		List<String> portalTail = tail(byPortal);
		assertThat(portalTail).containsExactly("CUSTOMER_REPLY", "STATUS_CHANGED WAITING_ON_CUSTOMER->OPEN");
		assertThat(tail(byMail)).isEqualTo(portalTail);
		for (String id : List.of(byPortal, byMail)) {
			assertThat(this.agent.get("/api/v1/requests/" + id).json().get("status").asString()).isEqualTo("OPEN");
		}
		// Under an agreement that keeps the customer informed, both histories pause and
		// resume the keep-informed clock alike.
		assertThat(keepInformed(byMail)).isEqualTo(keepInformed(byPortal))
			.containsExactly(ClockFact.Kind.START, ClockFact.Kind.PAUSE, ClockFact.Kind.RESUME);
	}

	@Test
	void autoRepliesBouncesAndLoopsAreIgnored() throws Exception {
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put(send(mail(this.amelia, "Amelia Hughes", "Out of office", "Back on Monday.")
			.header("Auto-Submitted", "auto-replied")), "auto-reply: Auto-Submitted");
		expected.put(send(mail(this.amelia, "Amelia Hughes", "Newsletter", "News.").header("Precedence", "bulk")),
				"auto-reply: Precedence: bulk");
		expected.put(send(mail(this.amelia, "Amelia Hughes", "Away", "Away.").header("X-Autoreply", "yes")),
				"auto-reply: X-Autoreply");
		expected.put(send(mail(this.amelia, "Amelia Hughes", "Away", "Away.").header("X-Autorespond", "yes")),
				"auto-reply: X-Autorespond");
		expected.put(bounce(), "bounce");
		expected.put(send(mail(this.amelia, "Amelia Hughes", "Re: [REQ-1] loop", "Looping.")
			.messageId("<" + UUID.randomUUID() + "@" + this.notifySettings.messageIdDomain() + ">")), "loop");

		poll();

		expected.forEach((id, reason) -> {
			JsonNode mail = mailIn(id);
			assertThat(mail.get("outcome").asString()).as(reason).isEqualTo("IGNORED");
			assertThat(mail.get("reason").asString()).startsWith(reason);
			assertThat(mail.get("requestId").isNull()).isTrue();
		});
	}

	@Test
	void oversizedMalformedAndRefusedMailsAreQuarantinedThenReleasedOrDiscarded() throws Exception {
		this.settings = this.settings.withMaxSize(DataSize.ofKilobytes(64));
		String oversized = send(mail(this.amelia, "Amelia Hughes", "Big photo", "See the photo.").attach("photo.pdf",
				new byte[200 * 1024]));
		String noSender = deliverRaw(("Message-ID: <" + UUID.randomUUID() + "@example.com>\r\nTo: " + this.desk
				+ "\r\nSubject: Who am I\r\n\r\nNobody sent this.\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		String broken = deliverRaw(("Message-ID: <" + UUID.randomUUID() + "@example.com>\r\nFrom: " + this.amelia
				+ "\r\nTo: " + this.desk + "\r\nSubject: Broken\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/mixed; boundary=\"missing\"\r\n\r\nNo parts here at all.\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		String program = send(mail(this.amelia, "Amelia Hughes", "Run this", "A tool.").attach("tool.exe",
				"MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000PE\u0000\u0000"
					.getBytes(StandardCharsets.ISO_8859_1)));

		poll();

		JsonNode big = mailIn(oversized);
		assertThat(big.get("outcome").asString()).isEqualTo("QUARANTINED");
		assertThat(big.get("reason").asString()).startsWith("oversized");
		assertThat(big.get("releasable").asBoolean()).isFalse();
		assertThat(mailIn(noSender).get("reason").asString()).startsWith("malformed: no valid sender");
		assertThat(mailIn(broken).get("reason").asString()).startsWith("malformed");
		JsonNode refused = mailIn(program);
		assertThat(refused.get("outcome").asString()).isEqualTo("QUARANTINED");
		assertThat(refused.get("reason").asString()).contains("tool.exe").contains("not accepted");

		// Only administrators see mail in.
		assertThat(this.agent.get("/api/v1/mail-in").status()).isEqualTo(403);
		assertThat(this.admin.get("/api/v1/mail-in?size=201").status()).isEqualTo(400);

		// Released unchanged, it is refused again and stays in quarantine, saying why.
		String programId = refused.get("id").asString();
		JsonNode again = this.admin.post("/api/v1/mail-in/" + programId + "/release", Map.of()).json();
		assertThat(again.get("outcome").asString()).isEqualTo("QUARANTINED");
		assertThat(again.get("reason").asString()).contains("tool.exe");
		// Discarded, its content goes; both are audited.
		JsonNode discarded = this.admin.post("/api/v1/mail-in/" + programId + "/discard", Map.of()).json();
		assertThat(discarded.get("outcome").asString()).isEqualTo("DISCARDED");
		assertThat(discarded.get("releasable").asBoolean()).isFalse();
		assertThat(this.admin.post("/api/v1/mail-in/" + programId + "/release", Map.of()).status()).isEqualTo(422);
		assertThat(this.admin.post("/api/v1/mail-in/" + big.get("id").asString() + "/release", Map.of()).status())
			.isEqualTo(422);
		assertThat(audit(programId)).hasSize(2)
			.allMatch((entry) -> entry.endsWith(" by " + adminName()))
			.extracting((entry) -> entry.substring(0, entry.indexOf(' ')))
			.containsExactlyInAnyOrder("discarded", "released");

		// The page lists them for administrators.
		TestClient page = this.clients.session(Role.ADMIN, null);
		TestClient.Response listed = page.get("/admin/mail-in?outcome=QUARANTINED");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body()).contains("Mail in").contains("Big photo").contains("oversized");
		assertThat(this.clients.session(Role.AGENT, null).get("/admin/mail-in").status()).isEqualTo(403);
	}

	@Test
	void anUnknownSenderBecomesAContactFlaggedForReview() throws Exception {
		// With a party for unknown senders: the contact joins it and the request is
		// raised.
		this.settings = this.settings.withUnknownSenderParty(this.chain.customer().name());
		String stranger = "stranger-" + System.nanoTime() + "@example.org";
		JsonNode raised = mailIn(sendAndPoll(mail(stranger, "Sam Stranger", "Where is my order", "Order 42.")));
		assertThat(raised.get("outcome").asString()).isEqualTo("REQUEST_CREATED");
		assertThat(raised.get("reason").asString()).contains("flagged for review");
		JsonNode contact = this.admin.get("/api/v1/contacts/" + raised.get("contactId").asString()).json();
		assertThat(contact.get("email").asString()).isEqualTo(stranger);
		assertThat(contact.get("partyId").asString()).isEqualTo(this.chain.customer().id().toString());
		assertThat(contact.get("reviewReason").asString()).contains("unknown sender").contains("Where is my order");

		// Without one: a customer of their own, and the mail waits until a service is
		// linked to them; released then, it raises the request.
		this.settings = this.settings.withUnknownSenderParty(null);
		String newcomer = "newcomer-" + System.nanoTime() + "@example.org";
		JsonNode waiting = mailIn(sendAndPoll(mail(newcomer, "Nia Newcomer", "Can you deliver", "To Leeds?")));
		assertThat(waiting.get("outcome").asString()).isEqualTo("QUARANTINED");
		assertThat(waiting.get("reason").asString()).contains("flagged for review").contains("no service");
		JsonNode flagged = this.admin.get("/api/v1/contacts/" + waiting.get("contactId").asString()).json();
		assertThat(flagged.get("reviewReason").isNull()).isFalse();
		Named party = new Named(UUID.fromString(flagged.get("partyId").asString()),
				flagged.get("partyName").asString());
		this.fixtures.chain().link(this.chain.delivery(), this.chain.frontLine(), party);
		JsonNode released = this.admin.post("/api/v1/mail-in/" + waiting.get("id").asString() + "/release", Map.of())
			.json();
		assertThat(released.get("outcome").asString()).isEqualTo("REQUEST_CREATED");
		assertThat(this.agent.get("/api/v1/requests/" + released.get("requestId").asString())
			.json()
			.get("requesterId")
			.asString()).isEqualTo(party.id().toString());
	}

	@Test
	void aMailToTheComplaintsAddressOrWithTheKeywordBecomesAComplaint() throws Exception {
		complaintsPolicy();
		String complaints = "complaints-" + System.nanoTime() + "@servicechain.test";
		this.settings = this.settings.withComplaintRule(complaints, "Complaint:");
		NotifyFixtures people = new NotifyFixtures(this.clients, this.identity);
		TestClient customer = people.customerByMail(this.chain.customer().id(), this.amelia);

		// To the complaints address (forwarded to the desk's mailbox).
		JsonNode byAddress = mailIn(sendAndPoll(
				mail(this.amelia, "Amelia Hughes", "Rude driver", "The driver shouted at me.\nPlease explain.")
					.to(complaints)));
		assertThat(byAddress.get("outcome").asString()).isEqualTo("COMPLAINT_CREATED");
		assertThat(byAddress.get("reason").asString()).contains("complaints address");
		assertThat(byAddress.get("reference").asString()).startsWith("CMP-");
		assertThat(byAddress.get("requestId").isNull()).isTrue();
		assertThat(byAddress.get("contactId").asString()).isEqualTo(this.ameliaContact.toString());
		JsonNode complaint = this.agent.get("/api/v1/complaints/" + byAddress.get("complaintId").asString()).json();
		assertThat(complaint.get("reference").asString()).isEqualTo(byAddress.get("reference").asString());
		assertThat(complaint.get("channel").asString()).isEqualTo("MAIL");
		assertThat(complaint.get("complainantId").asString()).isEqualTo(this.chain.customer().id().toString());
		assertThat(complaint.get("summary").asString()).isEqualTo("Rude driver");
		assertThat(complaint.get("description").asString()).contains("The driver shouted at me.").contains(this.amelia);
		assertThat(complaint.get("contactEmail").asString()).isEqualTo(this.amelia);
		// Nobody owns it yet (not the system): the desk is told, and the acknowledgement
		// is the step now due, as for any complaint.
		assertThat(complaint.get("owner").isNull()).isTrue();
		assertThat(complaint.get("status").asString()).isEqualTo("RECEIVED");
		// Raised under the customer's account with that address: they see it in the
		// portal.
		assertThat(customer.get("/api/v1/complaints/" + complaint.get("id").asString()).status()).isEqualTo(200);
		TestClient.Response current = this.agent.get("/api/v1/complaints/" + complaint.get("id").asString());
		TestClient.Response acknowledged = this.agent.post(
				"/api/v1/complaints/" + complaint.get("id").asString() + "/acknowledge", Map.of(),
				Map.of("If-Match", current.etag()));
		assertThat(acknowledged.status()).as(acknowledged.toString()).isBetween(200, 201);
		assertThat(acknowledged.json().get("acknowledgement").asString())
			.isEqualTo("Dear Amelia Hughes, your complaint is " + complaint.get("reference").asString() + ".");

		// To the desk, with the keyword: the subject without it is the summary; a
		// request of the same customer it names is what it is about; complaints keep
		// no files, the description names them.
		String requestId = NotifyFixtures.raise(customer, this.chain, "Sofa late");
		String request = this.agent.get("/api/v1/requests/" + requestId).json().get("reference").asString();
		JsonNode byKeyword = mailIn(sendAndPoll(
				mail(this.amelia, "Amelia Hughes", "complaint: " + request + " sofa late again", "Three missed slots.")
					.attach("receipt.pdf", PDF)));
		assertThat(byKeyword.get("outcome").asString()).as(byKeyword.toString()).isEqualTo("COMPLAINT_CREATED");
		assertThat(byKeyword.get("reason").asString()).contains("subject starts with").contains("not kept");
		JsonNode second = this.agent.get("/api/v1/complaints/" + byKeyword.get("complaintId").asString()).json();
		assertThat(second.get("summary").asString()).isEqualTo(request + " sofa late again");
		assertThat(second.get("requestId").asString()).isEqualTo(requestId);
		assertThat(second.get("description").asString()).contains("Three missed slots.").contains("receipt.pdf");

		// Without the keyword or the address, a mail is a request as before.
		this.settings = this.settings.withComplaintRule(null, null);
		assertThat(mailIn(sendAndPoll(mail(this.amelia, "Amelia Hughes", "Complaint: about nothing", "Hello.")))
			.get("outcome")
			.asString()).isEqualTo("REQUEST_CREATED");
	}

	@Test
	void anUnknownSendersComplaintComesWithAContactFlaggedForReview() throws Exception {
		complaintsPolicy();
		this.settings = this.settings.withUnknownSenderParty(null).withComplaintRule(null, "Complaint:");
		String stranger = "walk-in-" + System.nanoTime() + "@example.org";
		JsonNode made = mailIn(
				sendAndPoll(mail(stranger, "Wanda Walkin", "Complaint: shop closed early", "It shut at four.")));
		assertThat(made.get("outcome").asString()).as(made.toString()).isEqualTo("COMPLAINT_CREATED");
		assertThat(made.get("reason").asString()).contains("flagged for review");
		JsonNode contact = this.admin.get("/api/v1/contacts/" + made.get("contactId").asString()).json();
		assertThat(contact.get("reviewReason").asString()).contains("unknown sender");
		JsonNode complaint = this.agent.get("/api/v1/complaints/" + made.get("complaintId").asString()).json();
		assertThat(complaint.get("complainantId").asString()).isEqualTo(contact.get("partyId").asString());
		assertThat(complaint.get("summary").asString()).isEqualTo("shop closed early");
	}

	@Test
	void aReplyAboutAComplaintIsTheCustomersMessageAndAStrangersWaitsInQuarantine() throws Exception {
		TestClient manager = complaintsPolicy();
		TestClient customer = this.fixtures.customerOf(this.chain.customer());
		String requestId = NotifyFixtures.raise(customer, this.chain, "Sofa late");
		Map<String, Object> complaint = new LinkedHashMap<>(Map.of("complainant", this.chain.customer().id(),
				"requestId", requestId, "category", "Late delivery", "severity", "HIGH", "wants", "APOLOGY", "summary",
				"Sofa late again", "description", "Three missed slots."));
		TestClient.Response received = customer.post("/api/v1/complaints", complaint);
		assertThat(received.status()).as(received.toString()).isEqualTo(201);
		String id = received.json().get("id").asString();
		String reference = received.json().get("reference").asString();
		// The manager acknowledges it and so owns it.
		TestClient.Response acknowledged = manager.post("/api/v1/complaints/" + id + "/acknowledge", Map.of(),
				Map.of("If-Match", received.etag()));
		assertThat(acknowledged.status()).as(acknowledged.toString()).isBetween(200, 201);

		// Amelia, a contact of the complainant, answers by its reference (even sent to
		// the complaints address it is no new complaint).
		this.settings = this.settings.withComplaintRule("complaints@servicechain.test", "Complaint:");
		String reply = sendAndPoll(mail(this.amelia, "Amelia Hughes", "Re: [" + reference + "] Sofa late again",
				"Any news?\n\nOn Monday, the desk wrote:\n> We are looking into it.")
			.to("complaints@servicechain.test"));
		JsonNode appended = mailIn(reply);
		assertThat(appended.get("outcome").asString()).as(appended.toString()).isEqualTo("REPLY_APPENDED");
		assertThat(appended.get("complaintId").asString()).isEqualTo(id);
		assertThat(appended.get("reference").asString()).isEqualTo(reference);
		assertThat(appended.get("requestId").isNull()).isTrue();

		JsonNode seen = this.agent.get("/api/v1/complaints/" + id).json();
		List<JsonNode> messages = seen.get("messages").valueStream().toList();
		assertThat(messages).hasSize(1);
		assertThat(messages.get(0).get("text").asString()).isEqualTo("Any news?");
		assertThat(messages.get(0).get("author").asString()).isEqualTo("Amelia Hughes");
		assertThat(messages.get(0).get("channel").asString()).isEqualTo("MAIL");
		assertThat(seen.get("history").valueStream().map((event) -> event.get("kind").asString()).toList())
			.containsExactly("RECEIVED", "STEP_DONE", "CUSTOMER_MESSAGE");
		// The customer sees it in the portal; its owner is told; it is audited.
		assertThat(customer.get("/api/v1/complaints/" + id).json().get("messages").get(0).get("text").asString())
			.isEqualTo("Any news?");
		TestClient.Response portal = customer.get("/portal/complaints/" + id);
		assertThat(portal.status()).isEqualTo(200);
		assertThat(portal.body()).contains("What you wrote since").contains("Any news?");
		assertThat(this.clients.session(Role.AGENT, null).get("/complaints/" + id).body()).contains("Customer wrote")
			.contains("Any news?");
		assertThat(this.agent.get("/api/v1/complaints/" + id + "/audit").body()).contains("customer-message");
		JsonNode told = awaitNotification(manager, "complaint.customer-wrote", reference);
		assertThat(told.get("body").asString()).contains("Any news?");
		assertThat(told.get("link").asString()).isEqualTo("/complaints/" + id);

		// An answer to that mail (by its Message-ID) joins the same complaint.
		String again = sendAndPoll(mail(this.amelia, "Amelia Hughes", "Re: Sofa late again", "Still nothing.")
			.header("In-Reply-To", reply));
		assertThat(mailIn(again).get("complaintId").asString()).isEqualTo(id);
		assertThat(this.agent.get("/api/v1/complaints/" + id).json().get("messages").get(1).get("text").asString())
			.isEqualTo("Still nothing.");

		// Someone who is not a contact of the complainant: quarantined, nothing appended.
		String stranger = "stranger-" + System.nanoTime() + "@example.org";
		JsonNode quarantined = mailIn(
				sendAndPoll(mail(stranger, "Sam Stranger", "Re: [" + reference + "] Sofa late again", "Me too.")));
		assertThat(quarantined.get("outcome").asString()).isEqualTo("QUARANTINED");
		assertThat(quarantined.get("reason").asString()).startsWith("about complaint " + reference)
			.contains("not a contact of its complainant");
		assertThat(quarantined.get("complaintId").isNull()).isTrue();
		assertThat(this.agent.get("/api/v1/complaints/" + id).json().get("messages").valueStream().toList()).hasSize(2);
	}

	@Test
	void anAutoReplyIsNeverAComplaint() throws Exception {
		complaintsPolicy();
		this.settings = this.settings.withComplaintRule("complaints@servicechain.test", "Complaint:");
		String summary = "away " + System.nanoTime();
		JsonNode ignored = mailIn(sendAndPoll(
				mail(this.amelia, "Amelia Hughes", "Complaint: " + summary, "Away.").to("complaints@servicechain.test")
					.header("Auto-Submitted", "auto-replied")));
		assertThat(ignored.get("outcome").asString()).isEqualTo("IGNORED");
		assertThat(ignored.get("reason").asString()).startsWith("auto-reply");
		assertThat(ignored.get("complaintId").isNull()).isTrue();
		// The customer (a party of this test's own chain) has no complaint.
		assertThat(this.agent.items("/api/v1/complaints?complainant=" + this.chain.customer().id())).isEmpty();
	}

	// Helpers

	private static JsonNode awaitNotification(TestClient client, String event, String reference) {
		return org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> client.get("/api/v1/notifications?size=100")
				.json()
				.get("items")
				.valueStream()
				.filter((n) -> n.get("event").asString().equals(event)
						&& n.get("reference").asString().equals(reference))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	/**
	 * Sets a complaints policy (the newest is in force) acknowledging with a template.
	 * @return the manager who set it
	 */
	private TestClient complaintsPolicy() {
		TestClient manager = this.fixtures.manager();
		Map<String, Object> hours = new LinkedHashMap<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
			hours.put(day, List.of("09:00-17:00"));
		}
		String calendar = manager
			.post("/api/v1/calendars",
					Map.of("name", "Office " + System.nanoTime(), "zone", "Europe/London", "hours", hours))
			.json()
			.get("id")
			.asString();
		TestClient.Response policy = manager.get("/api/v1/complaints/policy");
		Map<String, Object> terms = new LinkedHashMap<>(Map.of("calendarId", calendar, "acknowledge", "PT8H",
				"apologise", "PT16H", "analyse", "PT160H", "act", "PT320H", "assure", "PT40H", "warningPercent", 75,
				"followUpDays", 28, "discretionLimit", 50, "seniorThreshold", 1000));
		terms.put("seniorLevel", 2);
		terms.put("ombudsmanName", "The Retail Ombudsman");
		terms.put("ombudsmanMonths", 6);
		terms.put("acknowledgeTemplate", "Dear {customer}, your complaint is {reference}.");
		assertThat(manager.put("/api/v1/complaints/policy", terms, (policy.status() == 200) ? policy.etag() : "\"0\"")
			.status()).isEqualTo(200);
		return manager;
	}

	private MailInPolling.Polled poll() throws Exception {
		return this.polling.poll(this.settings);
	}

	private String sendAndPoll(Mail mail) throws Exception {
		String id = send(mail);
		poll();
		return id;
	}

	private JsonNode mailIn(String messageId) {
		return this.admin.items("/api/v1/mail-in")
			.stream()
			.filter((row) -> messageId.equals(row.get("messageId").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no mail " + messageId + " in " + this.admin.get("/api/v1/mail-in")));
	}

	private JsonNode lastMessage(String requestId) {
		List<JsonNode> messages = this.agent.get("/api/v1/requests/" + requestId)
			.json()
			.get("messages")
			.valueStream()
			.toList();
		return messages.get(messages.size() - 1);
	}

	private void waitOnCustomer(String id) {
		TestClient.Response request = this.agent.get("/api/v1/requests/" + id);
		TestClient.Response moved = this.agent.post("/api/v1/requests/" + id + "/transitions",
				Map.of("to", "WAITING_ON_CUSTOMER", "reason", "Please send a photo"),
				Map.of("If-Match", request.etag()));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
	}

	/**
	 * @return what happened since the request started waiting on the customer
	 */
	private List<String> tail(String id) {
		List<String> events = SystemActor.call(() -> this.queries.historyOf(UUID.fromString(id)))
			.stream()
			.map((event) -> event.kind()
					+ ((event.kind() == RequestEventKind.STATUS_CHANGED) ? " " + event.from() + "->" + event.to() : ""))
			.toList();
		int waiting = events.lastIndexOf("STATUS_CHANGED NEW->WAITING_ON_CUSTOMER");
		assertThat(waiting).as(events.toString()).isNotNegative();
		return events.subList(waiting + 1, events.size());
	}

	private List<ClockFact.Kind> keepInformed(String id) {
		ClockTerms terms = new ClockTerms(Map.of(), new ClockRules(80, true, false, Duration.ofHours(4)));
		return RequestClockPolicy
			.plan(Priority.P3, terms, Map.of(), SystemActor.call(() -> this.queries.historyOf(UUID.fromString(id))))
			.stream()
			.filter((clock) -> clock.kind() == ClockKind.KEEP_INFORMED)
			.findFirst()
			.orElseThrow()
			.facts()
			.stream()
			.map(ClockFact::kind)
			.toList();
	}

	private String adminName() {
		return this.admin.get("/api/v1/me").json().get("username").asString();
	}

	private List<String> audit(String id) {
		return this.audit.history(UUID.fromString(id))
			.stream()
			.map((entry) -> entry.operation() + " by " + entry.actor())
			.toList();
	}

	private Mail mail(String from, String name, String subject, String text) {
		return new Mail(from, name, subject, text);
	}

	/**
	 * A mail to send to the desk's mailbox.
	 */
	final class Mail {

		final String from;

		final String name;

		final String subject;

		final String text;

		String messageId = "<" + UUID.randomUUID() + "@example.com>";

		@org.jspecify.annotations.Nullable
		String to;

		final Map<String, String> headers = new LinkedHashMap<>();

		final Map<String, byte[]> attachments = new LinkedHashMap<>();

		Mail(String from, String name, String subject, String text) {
			this.from = from;
			this.name = name;
			this.subject = subject;
			this.text = text;
		}

		Mail header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		Mail attach(String fileName, byte[] content) {
			this.attachments.put(fileName, content);
			return this;
		}

		Mail to(String address) {
			this.to = address;
			return this;
		}

		Mail messageId(String messageId) {
			this.messageId = messageId;
			return this;
		}

	}

	private Session smtp() {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(SMTP_PORT));
		return Session.getInstance(properties);
	}

	private MimeMessage mime(Mail mail) throws Exception {
		MimeMessage mime = new MailDelivery.IdentifiedMimeMessage(smtp(), mail.messageId);
		mime.setFrom(new InternetAddress(mail.from, mail.name));
		mime.setRecipients(Message.RecipientType.TO, (mail.to != null) ? mail.to : this.desk);
		mime.setSubject(mail.subject, "UTF-8");
		if (mail.attachments.isEmpty()) {
			mime.setText(mail.text, "UTF-8");
		}
		else {
			MimeMultipart parts = new MimeMultipart();
			MimeBodyPart text = new MimeBodyPart();
			text.setText(mail.text, "UTF-8");
			parts.addBodyPart(text);
			for (Map.Entry<String, byte[]> file : mail.attachments.entrySet()) {
				MimeBodyPart part = new MimeBodyPart();
				part.setDataHandler(
						new DataHandler(new ByteArrayDataSource(file.getValue(), "application/octet-stream")));
				part.setFileName(file.getKey());
				part.setDisposition(MimeBodyPart.ATTACHMENT);
				parts.addBodyPart(part);
			}
			mime.setContent(parts);
		}
		for (Map.Entry<String, String> header : mail.headers.entrySet()) {
			mime.setHeader(header.getKey(), header.getValue());
		}
		mime.saveChanges();
		return mime;
	}

	/**
	 * @return the mail's Message-ID, once it has arrived in the mailbox
	 */
	private String send(Mail mail) throws Exception {
		int before = greenMail.getReceivedMessages().length;
		// Delivered to the desk's mailbox whoever the mail is addressed to, as an alias
		// forwarded there is.
		Transport.send(mime(mail), new jakarta.mail.Address[] { new InternetAddress(this.desk) });
		greenMail.waitForIncomingEmail(5000, before + 1);
		return mail.messageId;
	}

	private byte[] raw(Mail mail) throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		mime(mail).writeTo(out);
		return out.toByteArray();
	}

	/**
	 * Sends a delivery status report from the mailer daemon, as a bounce comes.
	 * @return its Message-ID
	 */
	private String bounce() throws Exception {
		String id = "<" + UUID.randomUUID() + "@example.com>";
		return deliverRaw(("Message-ID: " + id + "\r\nFrom: MAILER-DAEMON@example.com\r\nTo: " + this.desk
				+ "\r\nSubject: Undelivered Mail Returned to Sender\r\nAuto-Submitted: no\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
				+ "--b1\r\nContent-Type: text/plain\r\n\r\nThis is the mail system. Your mail could not be "
				+ "delivered.\r\n--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; "
				+ "mail.example.com\r\n\r\nFinal-Recipient: rfc822; nobody@example.com\r\nAction: failed\r\n"
				+ "Status: 5.1.1\r\n--b1--\r\n")
			.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Puts a mail into the mailbox as it is, bypassing SMTP (which would refuse or repair
	 * what these tests need broken).
	 * @return its Message-ID
	 */
	private String deliverRaw(byte[] raw) throws Exception {
		MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
		String id = mime.getHeader("Message-ID", null);
		this.deskUser.deliver(mime);
		return id;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
