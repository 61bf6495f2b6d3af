package org.servicechain.complaints;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The register's PDF export (CMP-4), from the page and from the API: the same filter and
 * the same access as the CSV. The PDF is read back with PDFBox: it lists what the caller
 * may see and nothing else. Its first page is written to
 * {@code target/screenshots/complaints-register-pdf.png} to look at.
 */
@IntegrationTest
class ComplaintExportWebTests {

	@Autowired
	TestClient.Clients clients;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient agent;

	@BeforeEach
	void twoComplaintsOneAboutTheFrontLine() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		ComplaintFixtures.usePolicy(this.fixtures.manager(), ComplaintFixtures.officeHours(this.fixtures.manager()));
		this.agent = this.clients.api(Role.AGENT);
		TestClient.Response raised = this.agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), "Washing machine not delivered"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		// About the front line's request: the front line's members see it.
		created(this.agent.post("/api/v1/complaints", ComplaintFixtures.complaint(this.chain.customer(),
				raised.json().get("id").asString(), "Parcel left in the rain at Łódź Street")));
		// The stores complain about the courier: nothing to do with the front line.
		Map<String, Object> other = new HashMap<>(
				ComplaintFixtures.complaint(this.chain.internalCustomer(), null, "Pallets crushed by the courier"));
		other.put("responsiblePartyId", this.chain.courier().id());
		other.put("contactName", "Stores manager");
		created(this.agent.post("/api/v1/complaints", other));
	}

	static void created(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

	static String text(TestClient.BytesResponse pdf) throws IOException {
		assertThat(pdf.status()).as(new String(pdf.body())).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void staffSeeEveryComplaintTheyMayInThePdfFromThePageAndTheApi() throws IOException {
		TestClient session = this.clients.session(Role.AGENT, null);
		assertThat(session.get("/complaints?show=all").body()).contains("/complaints/export.pdf?show=all");
		TestClient.BytesResponse fromPage = session.getBytes("/complaints/export.pdf?show=all");
		assertThat(text(fromPage)).contains("Complaints register")
			.contains("All complaints")
			.contains("Parcel left in the rain at Łódź Street")
			.contains("Pallets crushed by the courier")
			// The test database is shared with other classes: their complaints count too.
			.containsPattern("\\d+ complaints");
		assertThat(text(this.agent.getBytes("/api/v1/complaints/export.pdf"))).contains("Parcel left in the rain")
			.contains("Pallets crushed");

		// The filter narrows it as it narrows the CSV.
		String internalOnly = text(this.agent.getBytes("/api/v1/complaints/export.pdf?internal=true"));
		assertThat(internalOnly).contains("Pallets crushed").doesNotContain("Parcel left in the rain");

		try (PDDocument document = Loader.loadPDF(fromPage.body())) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
			Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
			ImageIO.write(image, "png", screenshots.resolve("complaints-register-pdf.png").toFile());
			assertThat(image.getWidth()).isGreaterThan(image.getHeight());
		}
	}

	@Test
	void aTeamMemberGetsOnlyTheirTeamsComplaintsAndOutsidersNone() throws IOException {
		String frontLine = text(
				this.fixtures.memberOf(this.chain.frontLine()).getBytes("/api/v1/complaints/export.pdf"));
		assertThat(frontLine).contains("Parcel left in the rain")
			.doesNotContain("Pallets crushed")
			.contains("1 complaint");

		// Customers and partners have no register to export: refused, like the CSV.
		assertThat(this.fixtures.customerOf(this.chain.customer()).getBytes("/api/v1/complaints/export.pdf").status())
			.isEqualTo(403);
		assertThat(this.fixtures.partnerOf(this.chain.courier()).getBytes("/api/v1/complaints/export.pdf").status())
			.isEqualTo(403);
		assertThat(this.clients.session(Role.CUSTOMER, this.chain.customer().id())
			.getBytes("/complaints/export.pdf")
			.status()).isEqualTo(403);
	}

}
