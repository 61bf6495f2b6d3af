package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team page, the evaluation pages and the forms that change or close a series and an
 * objective, as browsers see them: staff only for teams, the person and managers for an
 * evaluation, a stale form saving nothing.
 */
@IntegrationTest
class EvaluationWebTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Autowired
	java.time.Clock clock;

	DeliveryChain chain;

	TestClient manager;

	LocalDate today;

	@BeforeEach
	void aChain() {
		this.chain = new RequestFixtures(this.clients).deliveryChain();
		this.manager = this.clients.session(Role.MANAGER, null);
		this.today = LocalDate.now(this.clock.withZone(Scorecards.ZONE));
	}

	@Test
	void aTeamPageShowsItsMembersServicesCardObjectivesAndMeetings() {
		String member = "member-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createUserAsSystem(new NewUser(member, "Wendy Warehouse", null, TestClient.Clients.PASSWORD,
				Role.TEAM_MEMBER, this.chain.warehouse().id()));
		String team = "/teams/" + this.chain.warehouse().id();
		TestClient.Response page = this.manager.get(team);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(this.chain.warehouse().name())
			.contains("Wendy Warehouse")
			.doesNotContain(member)
			.contains("Services it provides")
			.contains(this.chain.fulfilment().name())
			.contains("Services it consumes")
			.contains(this.chain.carriage().name())
			.contains("Scorecard")
			.contains("Objectives")
			.contains("Meetings");
		assertThat(this.manager.get("/parties/" + this.chain.warehouse().id()).body())
			.contains("href=\"" + team + "\"");
		assertThat(this.manager.get("/teams/" + this.chain.courier().id()).status()).as("not a team").isEqualTo(404);
		assertThat(this.clients.session(Role.PARTNER, this.chain.courier().id()).get(team).status()).isEqualTo(403);
		assertThat(this.clients.session(Role.CUSTOMER, this.chain.customer().id()).get(team).status()).isEqualTo(403);
		// A team's evaluation page: its members and managers.
		assertThat(this.manager.get("/reviews/evaluations/team/" + this.chain.warehouse().id()).body())
			.contains("Evaluation: " + this.chain.warehouse().name())
			.contains("Development plan (PDF)");
		assertThat(this.clients.session(Role.AGENT, null)
			.get("/reviews/evaluations/team/" + this.chain.warehouse().id())
			.status()).isEqualTo(404);
	}

	@Test
	void anAgentReadsTheirOwnEvaluationOnly() {
		TestClient agent = this.clients.session(Role.AGENT, null);
		TestClient.Response mine = agent.get("/reviews/evaluations/me");
		assertThat(mine.status()).isEqualTo(302);
		String path = mine.header("Location");
		TestClient.Response page = agent.get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Objectives and their progress")
			.contains("1:1 history")
			.contains("Development plan: actions agreed")
			.contains("report.pdf")
			.contains("plan.pdf");
		assertThat(agent.getBytes(path + "/plan.pdf").status()).isEqualTo(200);
		assertThat(this.clients.session(Role.AGENT, null).get(path).status()).isEqualTo(404);
		assertThat(this.manager.get(path).status()).isEqualTo(200);
	}

	@Test
	void aSeriesAndAnObjectiveAreChangedAndClosedFromTheirPages() {
		String title = ChainApiFixtures.unique("Courier review");
		TestClient.Response started = this.manager.postForm("/reviews/meetings/series", Map.of("kind", "PARTNER_REVIEW",
				"title", title, "partyId", this.chain.courier().id().toString(), "cadence", "QUARTERLY"));
		String series = started.header("Location");
		String page = this.manager.get(series).body();
		assertThat(page).contains("Change the series").contains("Close the series");
		String version = version(page);
		TestClient.Response changed = this.manager.postForm(series + "/edit",
				Map.of("version", version, "title", title + " (monthly)", "cadence", "MONTHLY"));
		assertThat(changed.status()).isEqualTo(302);
		assertThat(this.manager.get(series).body()).contains("The series was changed").contains(title + " (monthly)");
		TestClient.Response stale = this.manager.postForm(series + "/edit",
				Map.of("version", version, "title", "Stale", "cadence", "WEEKLY"));
		assertThat(this.manager.get(stale.header("Location")).body()).contains("Someone changed this series");
		TestClient.Response closed = this.manager.postForm(series + "/close",
				Map.of("version", version(this.manager.get(series).body())));
		assertThat(this.manager.get(closed.header("Location")).body()).contains("Closed on " + this.today)
			.doesNotContain("Plan a meeting on")
			.doesNotContain("Close the series");

		String person = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createUserAsSystem(
				new NewUser(person, "Otto Objective", null, TestClient.Clients.PASSWORD, Role.AGENT, null));
		TestClient.Response set = this.manager.postForm("/reviews/objectives",
				Map.of("subject", "PERSON", "person", person, "specific", "Resolve five requests", "metric",
						"RESOLVED_REQUESTS", "baseline", "0", "target", "5", "startsOn", this.today.toString(),
						"deadline", this.today.plusDays(20).toString(), "achievableBy", "Maria"));
		assertThat(set.status()).isEqualTo(302);
		String list = this.manager.get("/reviews/objectives?person=" + person).body();
		Matcher link = Pattern.compile("href=\"(/reviews/objectives/[0-9a-f-]{36})\"").matcher(list);
		assertThat(link.find()).isTrue();
		String objective = link.group(1);
		String detail = this.manager.get(objective).body();
		assertThat(detail).contains("Change the target or deadline").contains("Close it");
		TestClient.Response edited = this.manager.postForm(objective + "/edit",
				Map.of("version", version(detail), "target", "7", "deadline", this.today.plusDays(40).toString()));
		assertThat(this.manager.get(edited.header("Location")).body()).contains("The objective was changed")
			.contains("0 → 7");
		TestClient.Response done = this.manager.postForm(objective + "/close", Map.of("version",
				version(this.manager.get(objective).body()), "outcome", "ACHIEVED", "note", "Seven by week three"));
		assertThat(this.manager.get(done.header("Location")).body()).contains("The objective was closed")
			.contains("Seven by week three")
			.doesNotContain("Close it");
		assertThat(this.clients.session(Role.AGENT, null).get(objective).status()).isEqualTo(404);
	}

	@Test
	void theScorecardPageShowsTheNewMeasuresAndTheMonths() {
		String body = this.manager
			.get("/reviews/scorecards/" + this.chain.courier().id() + "?from="
					+ this.today.withDayOfMonth(1).minusMonths(1) + "&to=" + this.today)
			.body();
		assertThat(body).contains("CSAT of the requests it worked on")
			.contains("Overdue improvement actions it owns")
			.contains("Month by month")
			.contains("CSAT answers about requests it worked on");
	}

	private static String version(String page) {
		Matcher matcher = VERSION.matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
