package org.servicechain.notify;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.servicechain.chain.Channel;
import org.servicechain.chain.ChainManagement;
import org.servicechain.chain.ContactDetails;
import org.servicechain.chain.ContactView;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.identity.UserView;
import org.servicechain.portfolio.PortfolioManagement;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.shared.InvalidInputException;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mail the outbox carries for other modules, through a real SMTP server (GreenMail): a
 * witness named by account or chain contact gets their single-use link by mail, and the
 * token is nowhere else (not on the practitioner's page, not in a notification, the audit
 * trail, a happening or another outbox row); and a composed mail carries its files as
 * attachments (a scheduled report's PDF and CSV).
 */
@IntegrationTest
class WitnessAndAttachmentMailIntegrationTests {

	static final int SMTP_PORT = freePort();

	static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+(/witness/[A-Za-z0-9_-]+)");

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Autowired
	ChainManagement chainManagement;

	@Autowired
	PortfolioManagement portfolios;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	DrainingOutbox drain;

	@Autowired
	JdbcTemplate jdbc;

	DeliveryChain chain;

	UserView practitioner;

	TestClient agent;

	String pieceId;

	@BeforeEach
	void aPractitionerWithAPiece() {
		this.chain = new RequestFixtures(this.clients).deliveryChain();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.practitioner = this.identity.createUserAsSystem(new NewUser("wit-agent-" + suffix, "Petra Practitioner",
				null, TestClient.Clients.PASSWORD, Role.AGENT, null));
		this.agent = this.clients.anonymous()
			.login(this.practitioner.username(), TestClient.Clients.PASSWORD)
			.useNewToken();
		TestClient.Response raised = this.agent.post("/api/v1/requests",
				Map.of("service", this.chain.delivery().id(), "requester", this.chain.customer().id(), "summary",
						"Fridge door fixed for " + this.chain.customer().name(), "description", "Fridge door", "impact",
						"MEDIUM", "urgency", "HIGH"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		String id = raised.json().get("id").asString();
		assertThat(this.agent
			.put("/api/v1/requests/" + id + "/assignee",
					Map.of("assignee", this.practitioner.username(), "reason", "Mine"),
					this.agent.get("/api/v1/requests/" + id).etag())
			.status()).isEqualTo(200);
		TestClient.Response piece = this.agent.post("/api/v1/portfolios/" + this.practitioner.username() + "/evidence",
				Map.of("kind", "REQUEST", "sourceId", id, "annotation", "Arranged the engineer the same day.",
						"criteria", List.of("B10 1.3")));
		assertThat(piece.status()).as(piece.toString()).isEqualTo(201);
		this.pieceId = piece.json().get("id").asString();
	}

	@Test
	void aColleagueGetsTheLinkByMailAndTheTokenIsNowhereElse() throws Exception {
		String address = "tess-" + UUID.randomUUID() + "@example.com";
		UserView colleague = this.identity
			.createUserAsSystem(new NewUser("wit-lead-" + UUID.randomUUID().toString().substring(0, 8), "Tess Lead",
					address, TestClient.Clients.PASSWORD, Role.AGENT, null));

		TestClient.Response asked = this.agent.postForm(
				"/portfolio/" + this.practitioner.username() + "/evidence/" + this.pieceId + "/witnesses",
				Map.of("witnessUser", colleague.username(), "days", "7"));
		assertThat(asked.status()).isEqualTo(302);
		String page = this.agent.get(asked.header("Location").replace("#evidence", "")).body();
		assertThat(page).contains("Tess Lead gets a single-use link by e-mail").doesNotContain("/witness/");

		NotifyFixtures.drainWhen(this.drain, () -> greenMail.getReceivedMessagesForDomain(address).length == 1);
		MimeMessage mail = greenMail.getReceivedMessagesForDomain(address)[0];
		assertThat(mail.getSubject()).contains("Petra Practitioner asks you to confirm");
		String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as(body).isTrue();
		String path = link.group(1);
		String token = path.substring("/witness/".length());
		assertThat(body).as("no customer's name in the mail").doesNotContain(this.chain.customer().name());

		TestClient witness = this.clients.anonymous();
		TestClient.Response form = witness.get(path);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("Confirm a piece of evidence").contains("Arranged the engineer");

		assertThat(count(
				"select count(*) from outbox_message where text_body like ? or html_body like ? " + "or payload like ?",
				token))
			.as("one mail carries it")
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select recipient from outbox_message where text_body like ?", String.class,
				"%" + token + "%"))
			.isEqualTo(address);
		java.util.List<tools.jackson.databind.JsonNode> logged = OutboxIntegrationTests
			.mails(this.clients.api(Role.ADMIN), address, "SENT");
		assertThat(logged).hasSize(1);
		assertThat(logged.get(0).get("textBody").asString()).as("the mail log withholds it")
			.doesNotContain(token)
			.contains("single-use link withheld");
		assertThat(logged.get(0).get("htmlBody").asString()).doesNotContain(token);
		assertThat(count("select count(*) from notification where link like ? or body like ? or title like ?", token))
			.isZero();
		assertThat(count("select count(*) from audit_field_change where old_value like ? or new_value like ?", token))
			.isZero();
		assertThat(count("select count(*) from notify_happening where title like ? or detail like ?", token)).isZero();
		assertThat(count("select count(*) from event_publication where serialized_event like ?", token)).isZero();
	}

	@Test
	void aPartnerContactGetsTheLinkByMailAndBadWitnessesAreRefused() throws Exception {
		String address = "dave-" + UUID.randomUUID() + "@example.com";
		ContactView contact = SystemActor.call(() -> this.chainManagement.createContact(this.chain.courier().id(),
				new ContactDetails("Dave Collins", "Depot manager", address, null, Channel.EMAIL, null, null, false,
						null, false, false, null, null, List.of())));

		UUID piece = UUID.fromString(this.pieceId);
		var link = this.identity
			.callAs(this.practitioner.username(),
					() -> this.portfolios.askWitness(this.practitioner.username(), piece, null, null, 5, null,
							contact.id()))
			.orElseThrow();
		assertThat(link.path()).as("the practitioner never sees it").isNull();
		assertThat(link.mailedTo()).isEqualTo("Dave Collins");

		NotifyFixtures.drainWhen(this.drain, () -> greenMail.getReceivedMessagesForDomain(address).length == 1);
		String body = GreenMailUtil.getBody(greenMail.getReceivedMessagesForDomain(address)[0]);
		assertThat(body).contains("Dave Collins").contains("/witness/");

		assertThatThrownBy(() -> this.identity.callAs(this.practitioner.username(),
				() -> this.portfolios.askWitness(this.practitioner.username(), piece, null, null, 5,
						this.practitioner.username(), null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("somebody else");
		UserView noAddress = this.identity
			.createUserAsSystem(new NewUser("wit-none-" + UUID.randomUUID().toString().substring(0, 8), "No Address",
					null, TestClient.Clients.PASSWORD, Role.AGENT, null));
		assertThatThrownBy(() -> this.identity.callAs(this.practitioner.username(),
				() -> this.portfolios.askWitness(this.practitioner.username(), piece, null, null, 5,
						noAddress.username(), null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("no e-mail address");
	}

	@Test
	void aComposedMailCarriesItsFilesAsAttachments() throws Exception {
		String address = "reader-" + UUID.randomUUID() + "@example.com";
		UserView reader = this.identity
			.createUserAsSystem(new NewUser("att-reader-" + UUID.randomUUID().toString().substring(0, 8), "Rita Reader",
					address, TestClient.Clients.PASSWORD, Role.MANAGER, null));
		byte[] pdf = "%PDF-1.7 pretend report".getBytes(StandardCharsets.US_ASCII);
		// RFC 4180 lines, as Commons CSV writes them (MIME keeps CRLF in text parts)
		byte[] csv = "Bar,Value\r\nOn time,97\r\n".getBytes(StandardCharsets.UTF_8);
		this.identity
			.callAs(reader.username(),
					() -> this.notifications.mailMe("report", "sla-by-link", "SLA compliance", "See the attachments.",
							"<p>See the attachments.</p>",
							List.of(new MailAttachment("sla.pdf", "application/pdf", pdf),
									new MailAttachment("sla.csv", "text/csv; charset=UTF-8", csv))))
			.orElseThrow()
			.orElseThrow();

		NotifyFixtures.drainWhen(this.drain, () -> greenMail.getReceivedMessagesForDomain(address).length == 1);
		MimeMessage mail = greenMail.getReceivedMessagesForDomain(address)[0];
		List<Part> files = new ArrayList<>();
		collectAttachments((Multipart) mail.getContent(), files);
		assertThat(files).extracting(Part::getFileName).containsExactly("sla.pdf", "sla.csv");
		assertThat(files.get(0).getContentType()).startsWith("application/pdf");
		assertThat(read(files.get(0))).isEqualTo(pdf);
		assertThat(read(files.get(1))).isEqualTo(csv);
		assertThat(GreenMailUtil.getBody(mail)).contains("See the attachments.");
	}

	private long count(String sql, String token) {
		int placeholders = sql.length() - sql.replace("?", "").length();
		Object[] args = new Object[placeholders];
		java.util.Arrays.fill(args, "%" + token + "%");
		Long found = this.jdbc.queryForObject(sql, Long.class, args);
		return (found != null) ? found : 0;
	}

	private static void collectAttachments(Multipart multipart, List<Part> files) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				files.add(part);
			}
			else if (part.getContent() instanceof Multipart nested) {
				collectAttachments(nested, files);
			}
		}
	}

	private static byte[] read(Part part) throws Exception {
		try (InputStream in = part.getInputStream()) {
			return in.readAllBytes();
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
