package org.servicechain.chain;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * Parties and contacts imported from CSV and exported again (REC-1, INT-4): a dry run
 * answers per-row errors and possible duplicates and saves nothing; a real run saves the
 * valid rows in one transaction, or nothing when every row must be valid; the export is
 * safe against formula injection.
 */
@IntegrationTest
class PartyImportIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	TestClient manager;

	String tag;

	@BeforeEach
	void signIn() {
		this.manager = this.clients.api(Role.MANAGER);
		this.tag = UUID.randomUUID().toString().substring(0, 8);
	}

	String csv() {
		return "party,kind,internal,customer_type,description,contact,job_role,email,phone,preferred_channel\n"
				+ "Quayside Dental " + this.tag + ",CUSTOMER,false,ORGANISATION,Practice,Nia Patel,Manager,nia."
				+ this.tag + "@quayside.example,0161 496 0301,EMAIL\n" + "Quayside Dental " + this.tag
				+ ",,,,,Tom Reed,Reception,,,\n" + "Broken Row " + this.tag
				+ ",CUSTOMER,false,PERSON,,Bad Mail,,bad@mail,12345,\n" + "Nameless " + this.tag + ",GALAXY,,,,,,,,\n"
				+ ",,,,,Orphan,,,,\n" + "Quayside Dental " + this.tag + ",,,,,Nia P,,NIA." + this.tag
				+ "@quayside.example,,\n";
	}

	@Test
	void aDryRunAnswersPerRowResultsAndSavesNothing() {
		TestClient.Response checked = this.manager.postRaw("/api/v1/parties/imports?dryRun=true", "text/csv", csv());
		assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
		JsonNode rows = checked.json().get("rows");
		assertThat(rows.size()).isEqualTo(6);
		assertThat(status(rows, 0)).isEqualTo("VALID");
		assertThat(rows.get(0).get("line").asInt()).isEqualTo(2);
		assertThat(status(rows, 1)).isEqualTo("VALID");
		assertThat(status(rows, 2)).isEqualTo("INVALID");
		assertThat(rules(rows.get(2))).contains("email:email", "phone:phone");
		assertThat(rules(rows.get(3))).contains("kind:one-of");
		assertThat(rules(rows.get(4))).contains("party:required");
		assertThat(status(rows, 5)).isEqualTo("DUPLICATE");
		assertThat(rows.get(5).get("duplicates").get(0).get("reason").asString()).isEqualTo("same-email");
		assertThat(checked.json().get("saved").asInt()).isZero();
		assertThat(this.manager.get("/api/v1/parties?q=" + this.tag).json().get("items").size()).isZero();
	}

	@Test
	void postalAddressesAndPostcodesAreImportedChecked() {
		String csv = "party,kind,internal,customer_type,contact,postal_address,postcode\n" + "Harbour Flats " + this.tag
				+ ",CUSTOMER,false,ORGANISATION,Ann Lee,\"2 Dock Road\nSalford\",m50 3ub\n" + "Harbour Flats "
				+ this.tag + ",,,,Ben Lee,,M50 3U\n";
		JsonNode rows = this.manager.postRaw("/api/v1/parties/imports?dryRun=true", "text/csv", csv).json().get("rows");
		assertThat(status(rows, 0)).as(rows.toString()).isEqualTo("VALID");
		assertThat(status(rows, 1)).isEqualTo("INVALID");
		assertThat(rules(rows.get(1))).contains("postcode:postcode");
	}

	@Test
	void onlyIfAllValidSavesNothingWhenARowIsWrong() {
		TestClient.Response refused = this.manager.postRaw("/api/v1/parties/imports?dryRun=false&onlyIfAllValid=true",
				"text/csv", csv());
		assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
		assertThat(refused.json().get("saved").asInt()).isZero();
		assertThat(this.manager.get("/api/v1/parties?q=" + this.tag).json().get("items").size()).isZero();
	}

	@Test
	void savesTheValidRowsAndTheExportReadsThemBackSafely() {
		TestClient.Response saved = this.manager.postRaw("/api/v1/parties/imports?dryRun=false", "text/csv", csv());
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().get("saved").asInt()).isEqualTo(2);
		JsonNode parties = this.manager.get("/api/v1/parties?q=" + this.tag).json().get("items");
		assertThat(parties.size()).isEqualTo(1);
		String partyId = parties.get(0).get("id").asString();
		JsonNode contacts = this.manager.get("/api/v1/parties/" + partyId + "/contacts").json();
		assertThat(contacts.valueStream().map((c) -> c.get("name").asString())).containsExactlyInAnyOrder("Nia Patel",
				"Tom Reed");
		assertThat(contacts.valueStream().map((c) -> c.get("phone").isNull() ? "" : c.get("phone").asString()))
			.contains("+441614960301");
		assertThat(
				this.manager.get("/api/v1/parties/" + partyId + "/history").json().get(0).get("operation").asString())
			.isEqualTo("created");

		// A formula typed into a name stays text in the export.
		new ChainApiFixtures(this.manager).supplier("=HYPERLINK(\"http://evil.example\") " + this.tag);
		TestClient.Response export = this.manager.get("/api/v1/parties/export", java.util.Map.of("Accept", "text/csv"));
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("Content-Type")).startsWith("text/csv");
		assertThat(export.body()).startsWith("party,kind,internal,customer_type")
			.contains("Quayside Dental " + this.tag + ",CUSTOMER,false,ORGANISATION,Practice,Nia Patel,Manager,nia."
					+ this.tag + "@quayside.example,'+441614960301,EMAIL")
			.contains("\"'=HYPERLINK(\"\"http://evil.example\"\") " + this.tag + " ");

		// Importing the export again finds everything already there.
		String again = export.body()
			.lines()
			.filter((line) -> line.startsWith("party,") || line.contains(this.tag))
			.filter((line) -> !line.contains("HYPERLINK"))
			.reduce("", (a, b) -> a + b + "\n");
		JsonNode rows = this.manager.postRaw("/api/v1/parties/imports", "text/csv", again).json().get("rows");
		assertThat(rows.valueStream().map((row) -> row.get("status").asString())).containsOnly("DUPLICATE");
	}

	@Test
	void onlyManagersImportAndStaffExport() {
		assertProblem(this.clients.api(Role.AGENT).postRaw("/api/v1/parties/imports", "text/csv", csv()), 403);
		assertThat(this.clients.api(Role.AGENT)
			.get("/api/v1/parties/export", java.util.Map.of("Accept", "text/csv"))
			.status()).isEqualTo(200);
		ChainApiFixtures.Named customer = new ChainApiFixtures(this.manager).externalCustomer("Exporter");
		assertThat(this.clients.api(Role.CUSTOMER, customer.id())
			.get("/api/v1/parties/export", java.util.Map.of("Accept", "text/csv"))
			.status()).isEqualTo(403);
		assertProblem(this.manager.postRaw("/api/v1/parties/imports", "text/csv", "name,email\nx,y\n"), 422, "file",
				"columns");
	}

	private static String status(JsonNode rows, int index) {
		return rows.get(index).get("status").asString();
	}

	private static List<String> rules(JsonNode row) {
		return row.get("errors")
			.valueStream()
			.map((e) -> e.get("field").asString() + ":" + e.get("rule").asString())
			.toList();
	}

}
