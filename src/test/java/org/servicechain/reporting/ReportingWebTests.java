package org.servicechain.reporting;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports pages as browsers see them (REP-1): each role's dashboard with charts drawn
 * from JSON by our own script (no inline script), each chart's "How this is counted"
 * note, the records behind a bar, CSV and PDF links; a chart pinned shows on the home
 * dashboard's panel; partners use the portal's pages and see their own party only;
 * customers are refused.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingWebTests {

	@Autowired
	TestClient.Clients clients;

	DeliveryChain chain;

	String reference;

	@BeforeAll
	void aRequestHandedToTheCourier() {
		this.chain = new RequestFixtures(this.clients).deliveryChain();
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient.Response raised = agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), "Cooker not delivered"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		this.reference = raised.json().get("reference").asString();
		TestClient.Response handed = agent.post("/api/v1/requests/" + raised.json().get("id").asString() + "/tasks",
				Map.of("party", this.chain.courier().id(), "summary", "Deliver", "needed", "A slot",
						"sharePersonalData", false));
		assertThat(handed.status()).as(handed.toString()).isEqualTo(201);
	}

	@Test
	void eachRoleHasItsDashboardAndEveryChartSaysHowItCounts() {
		TestClient manager = this.clients.session(Role.MANAGER, null);
		TestClient.Response all = manager.get("/reports");
		assertThat(all.status()).isEqualTo(200);
		for (ReportKind kind : ReportKind.values()) {
			assertThat(all.body()).contains(kind.title());
		}
		assertThat(all.body()).contains("How this is counted")
			.contains("data-chart=")
			.contains("/js/reporting-charts.js")
			.contains("/reports/backlog-age.csv?")
			.contains("/reports/backlog-age.pdf?")
			.doesNotContain("<script>");

		TestClient agent = this.clients.session(Role.AGENT, null);
		String agents = agent.get("/reports").body();
		assertThat(agents).contains(ReportKind.BACKLOG_AGE.title())
			.doesNotContain(ReportKind.SLA_BY_LINK.title() + "</h2>")
			.doesNotContain(ReportKind.DEMAND_CAPACITY.title());
		// Staffing figures are for managers: anyone else is told there is no such report.
		assertThat(agent.get("/api/v1/reports/demand-capacity").status()).isEqualTo(404);
		assertThat(manager.get("/api/v1/reports/demand-capacity").status()).isEqualTo(200);
		// Themes, forecasts and scorecards have no records behind a bar to open.
		assertThat(all.body()).doesNotContain("/reports/scorecards/behind");

		TestClient member = this.clients.session(Role.TEAM_MEMBER, this.chain.frontLine().id());
		TestClient.Response team = member.get("/reports?partner=" + this.chain.courier().id());
		assertThat(team.status()).as("a team member names another party").isEqualTo(404);
		assertThat(member.get("/reports").status()).isEqualTo(200);
	}

	@Test
	void aBarOpensTheRequestsBehindIt() {
		TestClient manager = this.clients.session(Role.MANAGER, null);
		TestClient.Response behind = manager
			.get("/reports/backlog-age/behind?partner=" + this.chain.courier().id() + "&bar=under-1-day");
		assertThat(behind.status()).isEqualTo(200);
		assertThat(behind.body()).contains(this.reference).contains("How this is counted").contains("/requests/");
		assertThat(manager.get("/reports/backlog-age/behind?bar=no-such-bar").status()).isEqualTo(404);
		TestClient.Response csv = manager.get("/reports/backlog-age.csv?partner=" + this.chain.courier().id());
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).contains("Under 1 day,1,requests,1");
	}

	@Test
	void aPinnedChartShowsOnTheHomeDashboardAndIsUnpinned() {
		TestClient manager = this.clients.session(Role.MANAGER, null);
		assertThat(manager.get("/reports/pinned").body()).contains("Nothing pinned yet");
		TestClient.Response pinned = manager.postForm("/reports/pins",
				Map.of("report", "backlog-age", "partner", this.chain.courier().id().toString()));
		assertThat(pinned.status()).isEqualTo(302);
		assertThat(manager.get(pinned.header("Location")).body()).contains("Pinned");
		String panel = manager.get("/reports/pinned").body();
		assertThat(panel).contains(ReportKind.BACKLOG_AGE.title()).contains("How this is counted");
		assertThat(manager.get("/").body()).contains("hx-get=\"/reports/pinned\"");

		TestClient other = this.clients.session(Role.MANAGER, null);
		assertThat(other.get("/reports/pinned").body()).as("pins are each user's own").contains("Nothing pinned yet");
		String page = manager.get("/reports").body();
		java.util.regex.Matcher unpin = java.util.regex.Pattern.compile("/reports/pins/([0-9a-f-]{36})/delete")
			.matcher(page);
		assertThat(unpin.find()).isTrue();
		assertThat(other.postForm("/reports/pins/" + unpin.group(1) + "/delete", Map.of()).status())
			.as("someone else's pin is not found")
			.isEqualTo(404);
		manager.postForm("/reports/pins/" + unpin.group(1) + "/delete", Map.of());
		assertThat(manager.get("/reports/pinned").body()).contains("Nothing pinned yet");
	}

	@Test
	void partnersUseThePortalForTheirOwnFiguresAndCustomersAreRefused() {
		TestClient partner = this.clients.session(Role.PARTNER, this.chain.courier().id());
		TestClient.Response own = partner.get("/portal/reports");
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body()).contains("Your party's own figures").doesNotContain("name=\"partner\"");
		assertThat(partner.get("/reports").status()).as("staff pages are not for partners").isEqualTo(403);
		TestClient.Response behind = partner.get("/portal/reports/backlog-age/behind?bar=under-1-day");
		assertThat(behind.status()).isEqualTo(200);
		assertThat(behind.body()).contains(this.reference).doesNotContain("href=\"/requests/");

		TestClient customer = this.clients.session(Role.CUSTOMER, this.chain.customer().id());
		assertThat(customer.get("/portal/reports").status()).isEqualTo(403);
		assertThat(customer.get("/portal/reports/backlog-age.csv").status()).isEqualTo(403);
		assertThat(customer.get("/reports").status()).isEqualTo(403);
	}

}
