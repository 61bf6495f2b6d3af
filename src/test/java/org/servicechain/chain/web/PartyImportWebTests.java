package org.servicechain.chain.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV import as a manager's browser goes through it (REC-1, INT-4): the upload shows
 * a preview with each row's errors (row, field, rule) and possible duplicates and saves
 * nothing; "Import N rows" saves; the party form offers "create anyway" for a possible
 * duplicate; a merged party's page says where it went.
 */
@IntegrationTest
class PartyImportWebTests {

	@Autowired
	TestClient.Clients clients;

	TestClient browser;

	String tag;

	@BeforeEach
	void signInAsManager() {
		this.browser = this.clients.session(Role.MANAGER, null);
		this.tag = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theUploadShowsAPreviewAndOnlyTheConfirmationSaves() {
		String csv = "party,kind,internal,customer_type,contact,email,phone\n" + "Lantern Books " + this.tag
				+ ",CUSTOMER,false,ORGANISATION,Ola Berg,ola." + this.tag + "@lantern.example,0161 496 0402\n"
				+ "Lantern Books " + this.tag + ",,,,Wrong Mail,wrong@@lantern,\n";
		TestClient.Response preview = upload(csv);
		assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
		assertThat(preview.body()).contains("id=\"import-rows\"")
			.contains("Lantern Books " + this.tag)
			.contains("<td data-label=\"Row\">3</td>")
			.contains("<code>email</code> (<span>email</span>)")
			.contains("Import 1 row<");
		assertThat(this.browser.get("/api/v1/parties?q=" + this.tag).json().get("items").size()).isZero();

		Map<String, String> confirm = new LinkedHashMap<>();
		confirm.put("csv", csv);
		TestClient.Response imported = this.browser.postForm("/parties/import", confirm);
		assertThat(imported.status()).as(imported.toString()).isEqualTo(302);
		assertThat(this.browser.get("/parties").body()).contains("Imported 1 rows.");
		assertThat(this.browser.get("/api/v1/parties?q=" + this.tag).json().get("items").size()).isEqualTo(1);

		// Uploading it again: the contact is a possible duplicate.
		assertThat(upload(csv).body()).contains("Possible duplicate").contains("same-email");
	}

	@Test
	void onlyIfAllValidSavesNothingAndSaysSo() {
		String csv = "party,kind,internal,customer_type,contact,phone\n" + "Kiln Pottery " + this.tag
				+ ",CUSTOMER,false,ORGANISATION,Jo Kiln,0161 496 0403\n" + "Kiln Pottery " + this.tag
				+ ",,,,Jo Bad,not a number\n";
		Map<String, String> confirm = new LinkedHashMap<>();
		confirm.put("csv", csv);
		confirm.put("onlyIfAllValid", "true");
		TestClient.Response refused = this.browser.postForm("/parties/import", confirm);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"import-notice\"").contains("Nothing was saved");
		assertThat(this.browser.get("/api/v1/parties?q=" + this.tag).json().get("items").size()).isZero();
	}

	@Test
	void theFormOffersToCreateAPossibleDuplicateAnyway() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "Moorland Riding School " + this.tag);
		form.put("kind", "CUSTOMER");
		form.put("internal", "false");
		form.put("customerType", "ORGANISATION");
		assertThat(this.browser.postForm("/parties", form).status()).isEqualTo(302);
		form.put("name", "Moorland Riding School " + this.tag + " Ltd");
		TestClient.Response twin = this.browser.postForm("/parties", form);
		assertThat(twin.status()).isEqualTo(200);
		assertThat(twin.body()).contains("id=\"possible-duplicates\"")
			.contains("Moorland Riding School " + this.tag + "</a>")
			.contains("name=\"allowDuplicate\" value=\"true\"");
		form.put("allowDuplicate", "true");
		assertThat(this.browser.postForm("/parties", form).status()).isEqualTo(302);
		assertThat(this.browser.get("/parties/duplicates?q=" + this.tag).body())
			.contains("Moorland Riding School " + this.tag);
	}

	@Test
	void theSuspectedDuplicatesComeFiftyPairsAPage() {
		// Twelve contacts sharing one address: 66 pairs, each once.
		StringBuilder csv = new StringBuilder("party,kind,internal,customer_type,contact,email\n");
		for (int i = 1; i <= 12; i++) {
			csv.append("Quarry Books ")
				.append(this.tag)
				.append((i == 1) ? ",CUSTOMER,false,ORGANISATION," : ",,,,")
				.append("Reader ")
				.append((char) ('A' + i))
				.append(' ')
				.append(this.tag)
				.append(",shared.")
				.append(this.tag)
				.append("@quarry.example\n");
		}
		Map<String, String> confirm = new LinkedHashMap<>();
		confirm.put("csv", csv.toString());
		confirm.put("allowDuplicates", "true");
		TestClient.Response imported = this.browser.postForm("/parties/import", confirm);
		assertThat(imported.status()).as(imported.toString()).isEqualTo(302);

		String first = this.browser.get("/parties/duplicates?q=" + this.tag).body();
		assertThat(first).contains("66 pairs").contains("Page 1 of 2");
		assertThat(first.split(">Same email<", -1)).hasSize(51);
		String second = this.browser.get("/parties/duplicates?page=1&q=" + this.tag).body();
		assertThat(second).contains("Page 2 of 2");
		assertThat(second.split(">Same email<", -1)).hasSize(17);
	}

	@Test
	void agentsMayExportButNotImport() {
		TestClient agent = this.clients.session(Role.AGENT, null);
		assertThat(agent.get("/parties/import").status()).isEqualTo(403);
		TestClient.Response export = agent.get("/parties/export.csv");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.body()).startsWith("party,kind,internal");
	}

	private TestClient.Response upload(String csv) {
		String boundary = "----import" + UUID.randomUUID();
		String body = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"parties.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		return this.browser.send("POST", "/parties/import/preview", "multipart/form-data; boundary=" + boundary,
				new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), Map.of());
	}

}
