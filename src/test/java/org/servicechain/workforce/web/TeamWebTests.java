package org.servicechain.workforce.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team and demand pages over HTTP with signed-in browser sessions: asking for an
 * absence with the errors beside the fields, a manager approving, what each role sees,
 * the dashboard hint, the forecast's "no history" error and the Erlang C fragment (WF-1 …
 * WF-3).
 */
@IntegrationTest
class TeamWebTests {

	@Autowired
	TestClient.Clients clients;

	TestClient agent;

	TestClient manager;

	LocalDate monday;

	@BeforeEach
	void signIn() {
		this.agent = this.clients.session(Role.AGENT, null);
		this.manager = this.clients.session(Role.MANAGER, null);
		this.monday = LocalDate.now().plusWeeks(5).with(java.time.DayOfWeek.MONDAY);
	}

	@Test
	void aPersonAsksForAnAbsenceAndSeesTheErrorsBesideTheFields() {
		TestClient.Response page = this.agent.get("/team");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Team calendar", "Ask for an absence", "My absences", "(you)")
			.contains("class=\"active\">Team</a>")
			.doesNotContain("Waiting for your decision", "For whom");

		TestClient.Response refused = this.agent.postForm("/team/absences", Map.of("kind", "HOLIDAY", "startsOn",
				this.monday.toString(), "endsOn", this.monday.minusDays(2).toString()));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("The absence was not saved.")
			.containsPattern(
					"id=\"endsOn\"[^>]*class=\"invalid\"|class=\"invalid\"[^>]*id=\"endsOn\"|id=\"endsOn\"[^>]*invalid")
			.contains("<p class=\"field-error\">the last day (" + this.monday.minusDays(2) + ") is before the first ("
					+ this.monday + ")</p>");
		assertThat(this.agent.postForm("/team/absences", Map.of("kind", "HOLIDAY", "startsOn", "next tuesday")).body())
			.contains("&#39;next tuesday&#39; is not a date");

		TestClient.Response asked = this.agent.postForm("/team/absences", Map.of("kind", "HOLIDAY", "startsOn",
				this.monday.toString(), "endsOn", this.monday.plusDays(2).toString(), "note", "Half term"));
		assertThat(asked.status()).isEqualTo(302);
		assertThat(this.agent.get("/team?from=" + this.monday).body()).contains("asked for; a manager decides it",
				"Half term", "Requested");
	}

	@Test
	void managersDecideAndOthersAreToldTheyMayNot() {
		TestClient other = this.clients.session(Role.AGENT, null);
		assertThat(this.agent
			.postForm("/team/absences", Map.of("kind", "TRAINING", "startsOn", this.monday.toString(), "endsOn",
					this.monday.toString(), "note", "First aid course"))
			.status()).isEqualTo(302);
		String id = this.agent.get("/api/v1/absences/mine").json().get(0).get("id").asString();

		// Someone without authority posts the approval anyway: a clear message, nothing
		// changes.
		assertThat(other.postForm("/team/absences/" + id + "/approve", Map.of("version", "0")).status()).isEqualTo(302);
		assertThat(other.get("/team").body()).contains("only a manager or an administrator may approve");
		assertThat(this.agent.get("/api/v1/absences/" + id).json().get("status").asString()).isEqualTo("REQUESTED");

		String page = this.manager.get("/team").body();
		assertThat(page).contains("Waiting for your decision", "First aid course", "For whom");
		assertThat(this.manager.postForm("/team/absences/" + id + "/approve", Map.of("version", "0")).status())
			.isEqualTo(302);
		assertThat(this.manager.get("/team").body()).contains("Approved Test Agent");
		assertThat(this.agent.get("/api/v1/absences/" + id).json().get("status").asString()).isEqualTo("APPROVED");
		// A stale form is told so, not applied.
		assertThat(this.manager.postForm("/team/absences/" + id + "/cancel", Map.of("version", "0")).status())
			.isEqualTo(302);
		assertThat(this.manager.get("/team").body()).contains("Someone changed this absence meanwhile");
	}

	@Test
	void outsidersSeeNoTeamPagesAndOnlyManagersSeeDemand() {
		TestClient customer = this.clients.session(Role.CUSTOMER,
				new ChainApiFixtures(this.clients.api(Role.MANAGER)).externalCustomer("Team outsider").id());
		assertThat(customer.get("/team").status()).isEqualTo(403);
		assertThat(customer.get("/team/demand").status()).isEqualTo(403);
		assertThat(this.agent.get("/team/demand").body()).contains("only a manager or an administrator may see demand");
		// Agents see only open incidents there (other tests may leave one open), never
		// who
		// is away.
		assertThat(this.agent.get("/team/hint", Map.of("HX-Request", "true")).body())
			.doesNotContain("Everyone is at work", "is away today", "for your decision", "Short-staffed");
		TestClient.Response hint = this.manager.get("/team/hint", Map.of("HX-Request", "true"));
		assertThat(hint.status()).isEqualTo(200);
		assertThat(hint.body()).contains("id=\"team-hint\"").doesNotContain("<html");
		assertThat(this.manager.get("/").body()).contains("hx-get=\"/team/hint\"");
		assertThat(this.agent.get("/").body()).contains("hx-get=\"/team/hint\"");
	}

	@Test
	void aForecastOfAServiceWithoutHistoryIsAClearError() {
		TestClient.Response page = this.manager.get("/team/demand?service=" + UUID.randomUUID());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Demand and capacity", "class=\"field-error\"",
				"a forecast needs at least one complete week of history");
	}

	@Test
	void erlangCalculatorAnswersAsAFragment() {
		TestClient.Response answer = this.manager
			.get("/team/demand/erlang?calls=100&aht=180&target=20&level=80&shrinkage=30", Map.of("HX-Request", "true"));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"erlang\"", "10.00 Erlangs", "<dd>14</dd>", "88.8 %", "<dd>20</dd>")
			.doesNotContain("<html");
		assertThat(this.manager.get("/team/demand/erlang?calls=0").body()).contains("must be above 0");
	}

}
