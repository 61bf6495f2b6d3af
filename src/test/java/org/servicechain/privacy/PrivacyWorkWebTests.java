package org.servicechain.privacy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' subject access and breach pages: a request recorded from the form
 * (a bad one comes back with the field marked), moved on to completion with its
 * downloads, an overdue one shown on the list and the privacy overview; a breach recorded
 * from the form, a late report refused until its reasons are given; the person's page
 * lists who viewed and exported the data; nobody but administrators opens these pages.
 */
@IntegrationTest
class PrivacyWorkWebTests {

	@Autowired
	TestClient.Clients clients;

	@Test
	void anAdministratorRecordsAndCompletesASubjectAccessRequestFromThePages() {
		DeliveryChain chain = new RequestFixtures(this.clients).deliveryChain();
		UUID person = chain.customer().id();
		TestClient admin = this.clients.session(Role.ADMIN, null);
		LocalDate today = LocalDate.now(PrivacyTimes.ZONE);

		assertThat(admin.get("/admin/privacy").body()).contains("Subject access requests")
			.contains("/admin/privacy/requests")
			.contains("/admin/privacy/breaches");
		assertThat(admin.get("/admin/privacy/requests").body()).contains("Record a request");

		TestClient.Response refused = admin.postForm("/admin/privacy/requests",
				form(UUID.randomUUID().toString(), today.toString()));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("The request was not recorded").contains("No person with this id is held");

		TestClient.Response overdue = admin.postForm("/admin/privacy/requests",
				form(person.toString(), today.minusMonths(2).toString()));
		assertThat(overdue.status()).as(overdue.toString()).isEqualTo(302);
		String overduePage = admin.get(overdue.header("Location")).body();
		assertThat(overduePage).contains("Overdue by").contains("I have verified their identity");
		assertThat(admin.get("/admin/privacy/requests?show=OVERDUE").body()).contains("sar-overdue");
		assertThat(admin.get("/admin/privacy").body()).contains("sar-overdue");

		TestClient.Response created = admin.postForm("/admin/privacy/requests",
				form(person.toString(), today.toString()));
		String page = created.header("Location");
		assertThat(admin.get(page).body()).contains("Received").contains("Customer " + person);
		for (String[] step : new String[][] { { "IDENTITY_VERIFIED", "0" }, { "GATHERING", "1" },
				{ "COMPLETED", "2" } }) {
			TestClient.Response moved = admin.postForm(page + "/transitions",
					Map.of("to", step[0], "version", step[1]));
			assertThat(moved.status()).as(moved.toString()).isEqualTo(302);
			// Following the redirect shows (and so uses up) the step's message.
			assertThat(admin.get(moved.header("Location")).body()).contains("is now");
		}
		String completed = admin.get(page).body();
		assertThat(completed).contains("Completed").contains("Download the PDF").contains("export.json");
		assertThat(admin.getBytes(page + "/export.pdf").contentType()).startsWith("application/pdf");
		TestClient.Response stale = admin.postForm(page + "/extension",
				Map.of("months", "1", "reason", "Complex", "version", "0"));
		assertThat(admin.get(stale.header("Location")).body()).contains("Someone changed this request meanwhile");

		String personPage = admin.get("/admin/privacy/person/" + person).body();
		assertThat(personPage).contains("Who viewed or exported")
			.contains("access-entry")
			.contains("exported")
			.contains("viewed");

		TestClient manager = this.clients.session(Role.MANAGER, null);
		assertThat(manager.get("/admin/privacy/requests").status()).isEqualTo(403);
		assertThat(manager.get(page).status()).isEqualTo(403);
		assertThat(manager.get("/admin/privacy/breaches").status()).isEqualTo(403);
	}

	@Test
	void anAdministratorLogsABreachAndALateReportNeedsItsReasons() {
		TestClient admin = this.clients.session(Role.ADMIN, null);
		LocalDateTime aware = LocalDateTime.now(PrivacyTimes.ZONE).minusHours(80).truncatedTo(ChronoUnit.MINUTES);
		assertThat(admin.get("/admin/privacy/breaches/new").body()).contains("Record the breach");
		String description = "Parcel labels printed for the wrong customer " + UUID.randomUUID();
		Map<String, String> form = new HashMap<>();
		form.put("awareAt", aware.toString());
		form.put("description", description);
		form.put("risk", "RISK");
		form.put("approxPeople", "3");
		TestClient.Response created = admin.postForm("/admin/privacy/breaches", form);
		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		String page = created.header("Location");
		assertThat(admin.get(page).body()).contains("Report overdue by");
		assertThat(admin.get("/admin/privacy/breaches?status=OPEN").body()).contains("breach-overdue");
		assertThat(admin.get("/admin/privacy").body()).contains("Report overdue by");

		form.put("version", "0");
		form.put("reportedAt",
				LocalDateTime.now(PrivacyTimes.ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString());
		TestClient.Response late = admin.postForm(page, form);
		assertThat(late.status()).isEqualTo(200);
		assertThat(late.body()).contains("The breach was not saved").contains("give the reasons for the delay");
		form.put("delayReason", "Found by the courier on day four");
		TestClient.Response saved = admin.postForm(page, form);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
		assertThat(admin.get(page).body()).contains("Reported to the ICO")
			.contains("Reported after 72 hours")
			.contains("History");
	}

	private static Map<String, String> form(String subjectId, String receivedOn) {
		Map<String, String> form = new HashMap<>();
		form.put("subjectKind", "person");
		form.put("subjectId", subjectId);
		form.put("receivedOn", receivedOn);
		form.put("receivedVia", "LETTER");
		form.put("note", "Copy of everything");
		return form;
	}

}
