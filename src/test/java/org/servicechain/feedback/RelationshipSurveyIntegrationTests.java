package org.servicechain.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Relationship surveys (FB-1, PM-2): a manager asks a partner's people how they rate us;
 * each answers once, signed in; the result is shown to managers and to the party's own
 * people in aggregate and beside the party's scorecard; nobody else answers or sees it.
 */
@IntegrationTest
class RelationshipSurveyIntegrationTests {

	static final String API = "/api/v1/feedback/relationship-surveys";

	@Autowired
	TestClient.Clients clients;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	ChainApiFixtures chain;

	TestClient manager;

	String surveyId;

	Named courier;

	@BeforeEach
	void aSurveyAndAPartner() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		this.chain = fixtures.chain();
		this.manager = fixtures.manager();
		this.courier = this.chain.supplier("Courier");
		Map<String, Object> survey = new HashMap<>(FeedbackFixtures.csatAfter(this.chain.service("Relationship")));
		survey.put("name", "How are we as a partner " + UUID.randomUUID());
		survey.put("question", "How satisfied are you with working with us?");
		// Paused, so that its rule never surveys resolved requests of other tests.
		survey.put("active", false);
		this.surveyId = FeedbackFixtures.createSurvey(this.manager, survey);
	}

	@Test
	void thePartnersPeopleAnswerOnceAndSeeTheTotalBesideTheirCard() {
		TestClient first = this.clients.session(Role.PARTNER, this.courier.id());
		TestClient second = this.clients.session(Role.PARTNER, this.courier.id());
		Named other = this.chain.partner("Other partner");
		TestClient outsider = this.clients.session(Role.PARTNER, other.id());

		TestClient.Response sent = this.manager.post(API,
				Map.of("surveyId", this.surveyId, "partyId", this.courier.id()));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
		assertThat(sent.json().get("invited").asInt()).isEqualTo(2);
		// Sent again while it is open: nobody left to ask.
		assertProblem(this.manager.post(API, Map.of("surveyId", this.surveyId, "partyId", this.courier.id())), 422,
				"partyId", "already-asked");

		// Each is told in the portal, with a page they open signed in.
		String firstPath = invitation(first, "/portal/feedback/relationship/");
		String secondPath = invitation(second, "/portal/feedback/relationship/");
		assertThat(firstPath).isNotEqualTo(secondPath);
		assertThat(first.get("/portal/feedback").body()).contains("Tell us how we are doing as your partner");
		// Asked in the partnership's own words, not the survey's request question.
		assertThat(first.get(firstPath).body()).contains("How easy are we to work with?").contains(this.courier.name());

		// Another partner's user, and a colleague, reach neither page nor answer.
		assertThat(outsider.get(firstPath).status()).isEqualTo(404);
		assertThat(second.get(firstPath).status()).isEqualTo(404);
		assertThat(FeedbackFixtures
			.post(outsider, firstPath, FeedbackFixtures.csrf(outsider, "/portal/feedback"), Map.of("score", "1"))
			.status()).isEqualTo(404);

		assertThat(FeedbackFixtures.submit(first, firstPath, Map.of("score", "9")).body())
			.contains("Choose a score from 1 to 5");
		assertThat(FeedbackFixtures.submit(first, firstPath, Map.of("score", "4", "comment", "Clear briefs")).body())
			.contains("Thank you");
		// Once only.
		assertThat(FeedbackFixtures
			.post(first, firstPath, FeedbackFixtures.csrf(first, "/portal/feedback"), Map.of("score", "1"))
			.body()).contains("This survey has already been answered");
		assertThat(FeedbackFixtures.submit(second, secondPath, Map.of("score", "5")).body()).contains("Thank you");
		assertThat(first.get("/portal/feedback").body()).doesNotContain("Tell us how we are doing as your partner");

		// Managers and the party's own people see the total, per month.
		String month = YearMonth.from(this.clock.instant().atZone(ZoneOffset.UTC)).toString();
		for (TestClient reader : List.of(this.manager, first)) {
			TestClient.Response results = reader.get(API + "?partyId=" + this.courier.id());
			assertThat(results.status()).as(results.toString()).isEqualTo(200);
			JsonNode rating = results.json().get("rating");
			assertThat(rating.get("average").asDouble()).isEqualTo(4.5);
			assertThat(rating.get("answers").asInt()).isEqualTo(2);
			assertThat(rating.get("invited").asInt()).isEqualTo(2);
			JsonNode period = results.json().get("periods").get("items").get(0);
			assertThat(period.get("period").asString()).isEqualTo(month);
			assertThat(period.get("answers").asInt()).isEqualTo(2);
			// In aggregate only: nobody's words or name.
			assertThat(results.body()).doesNotContain("Clear briefs").doesNotContain("recipient");
		}
		assertThat(outsider.get(API + "?partyId=" + this.courier.id()).status()).isEqualTo(403);
		assertThat(this.manager.get(API + "?partyId=" + this.courier.id() + "&size=201").status()).isEqualTo(400);

		// Beside the card, not one of its measures.
		TestClient managerPages = this.clients.session(Role.MANAGER, null);
		assertThat(managerPages.get("/reviews/scorecards/" + this.courier.id()).body())
			.contains("How " + this.courier.name() + " rates us: 4.5 / 5 from 2 answers, last sent ");
		assertThat(first.get("/portal/scorecard").body()).contains("How you rate us: 4.5 / 5 from 2 answers");
		assertThat(outsider.get("/portal/scorecard").body()).doesNotContain("rate us");
		assertThat(managerPages.get("/feedback/surveys").body()).contains("Send relationship survey")
			.contains("4.5 / 5 from 2 answers");
	}

	@Test
	void anInternalTeamIsAskedInTheAppUntilTheSurveyExpires() {
		Named team = this.chain.internalTeam("Warehouse");
		TestClient member = this.clients.session(Role.TEAM_MEMBER, team.id());
		TestClient sent = this.manager;
		TestClient.Response response = sent.post(API, Map.of("surveyId", this.surveyId, "partyId", team.id()));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().get("invited").asInt()).isEqualTo(1);
		String path = invitation(member, "/feedback/relationship/");
		assertThat(member.get("/feedback/surveys").body()).contains("Relationship surveys waiting for you");
		assertThat(member.get(path).body()).contains("How easy are we to work with?");
		// The survey's 14 days pass.
		this.jdbc.update("update relationship_invitation set expires_at = invited_at where id = ?",
				UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
		assertThat(FeedbackFixtures.submit(member, path, Map.of("score", "5")).body())
			.contains("This survey has expired");
		assertThat(sent.get(API + "?partyId=" + team.id()).json().get("rating").get("answers").asInt()).isZero();
	}

	@Test
	void onlyManagersSendAndOnlyToAPartyWithPeopleToAsk() {
		Named nobody = this.chain.supplier("Nobody to ask");
		assertProblem(this.manager.post(API, Map.of("surveyId", UUID.randomUUID(), "partyId", this.courier.id())), 422,
				"surveyId", "exists");
		assertProblem(this.manager.post(API, Map.of("surveyId", this.surveyId, "partyId", UUID.randomUUID())), 422,
				"partyId", "exists");
		assertProblem(this.manager.post(API, Map.of("surveyId", this.surveyId)), 422, "partyId", "required");
		assertProblem(this.manager.post(API, Map.of("surveyId", this.surveyId, "partyId", nobody.id())), 422, "partyId",
				"has-people");
		Map<String, Object> body = Map.of("surveyId", this.surveyId, "partyId", this.courier.id());
		assertThat(this.clients.api(Role.AGENT).post(API, body).status()).isEqualTo(403);
		assertThat(this.clients.api(Role.PARTNER, this.courier.id()).post(API, body).status()).isEqualTo(403);
		// The manager's form names the field.
		TestClient pages = this.clients.session(Role.MANAGER, null);
		assertThat(FeedbackFixtures
			.post(pages, "/feedback/surveys/relationship", FeedbackFixtures.csrf(pages, "/feedback/surveys"),
					Map.of("surveyId", this.surveyId, "partyId", nobody.id().toString()))
			.body()).contains("The survey was not sent").contains("has no partner users or team members to ask");
	}

	/**
	 * @return the path of the relationship survey the person was told of
	 */
	private static String invitation(TestClient person, String prefix) {
		Pattern link = Pattern.compile(Pattern.quote(prefix) + "([0-9a-f-]{36})");
		String[] found = new String[1];
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Matcher matcher = link.matcher(person.get("/api/v1/notifications").body());
			assertThat(matcher.find()).isTrue();
			found[0] = prefix + matcher.group(1);
		});
		return found[0];
	}

	static void assertProblem(TestClient.Response response, int status, String field, String rule) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		List<JsonNode> errors = response.json().get("errors").valueStream().toList();
		assertThat(errors).as(response.toString()).anySatisfy((error) -> {
			assertThat(error.get("field").asString()).isEqualTo(field);
			assertThat(error.get("rule").asString()).isEqualTo(rule);
		});
	}

}
