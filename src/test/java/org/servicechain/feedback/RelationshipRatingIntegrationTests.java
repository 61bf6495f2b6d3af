package org.servicechain.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a party rates us, beside its scorecard (FB-1, PM-2): the scorecard API carries the
 * period's figures the page shows; the comments are listed, newest first, to
 * administrators, managers, agents and the party's own people, with their date and party
 * and never who wrote them; the survey asks in the partnership's own words; and the
 * answers are in a person's subject access export and erased with them (REC-5).
 */
@IntegrationTest
class RelationshipRatingIntegrationTests {

	static final String API = "/api/v1/feedback/relationship-surveys";

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	ChainApiFixtures chain;

	TestClient manager;

	String surveyId;

	Named courier;

	@BeforeEach
	void aSurveyAndAPartner() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		this.chain = fixtures.chain();
		this.manager = fixtures.manager();
		this.courier = this.chain.supplier("Rated courier");
		Map<String, Object> survey = new HashMap<>(FeedbackFixtures.csatAfter(this.chain.service("Rating")));
		survey.put("name", "Partnership " + UUID.randomUUID());
		survey.put("question", "How satisfied were you with your request?");
		survey.put("active", false);
		this.surveyId = FeedbackFixtures.createSurvey(this.manager, survey);
	}

	@Test
	void theScorecardApiAndPageShowThePeriodsRatingAndItsCommentsWithoutNames() {
		Person first = partner(this.courier, null);
		Person second = partner(this.courier, null);
		Person third = partner(this.courier, null);
		send(this.courier);
		answer(first, 4, "Clear briefs, but invoices come late " + first.username);
		answer(second, 2, "Hard to reach anyone on Fridays");
		answer(third, 5, null);
		// The first answer was given long before: in an earlier period.
		LocalDate today = LocalDate.now(this.clock.withZone(LONDON));
		LocalDate longAgo = today.minusDays(200);
		this.jdbc.update("update relationship_invitation set answered_at = ? where recipient = ?",
				Timestamp.from(longAgo.atStartOfDay(LONDON).plusHours(12).toInstant()), first.username);
		// The second, a minute ago: newest first.
		this.jdbc.update("update relationship_invitation set answered_at = ? where recipient = ?",
				Timestamp.from(this.clock.instant().minus(Duration.ofMinutes(1))), second.username);
		this.jdbc.update("update relationship_invitation set answered_at = ? where recipient = ?",
				Timestamp.from(this.clock.instant().minus(Duration.ofMinutes(5))), third.username);

		String card = "/api/v1/scorecards/" + this.courier.id();
		// The default period (the 90 days up to today): the second and third answers.
		JsonNode ratesUs = ok(this.manager.get(card)).get("ratesUs");
		assertThat(ratesUs.get("answers").asInt()).isEqualTo(2);
		assertThat(ratesUs.get("average").asDouble()).isEqualTo(3.5);
		assertThat(ratesUs.get("comments").asInt()).isEqualTo(1);
		assertThat(ratesUs.get("invited").asInt()).isEqualTo(3);
		assertThat(ratesUs.get("kind").asString()).isEqualTo("CSAT");
		// An earlier period: the first answer only.
		JsonNode earlier = ok(this.manager.get(card + "?from=" + longAgo.minusDays(10) + "&to=" + longAgo.plusDays(10)))
			.get("ratesUs");
		assertThat(earlier.get("answers").asInt()).isEqualTo(1);
		assertThat(earlier.get("average").asDouble()).isEqualTo(4.0);
		assertThat(earlier.get("comments").asInt()).isEqualTo(1);
		// A period with nothing answered still says the party was asked.
		JsonNode none = ok(this.manager.get(card + "?from=" + longAgo.minusDays(40) + "&to=" + longAgo.minusDays(30)))
			.get("ratesUs");
		assertThat(none.get("answers").asInt()).isZero();
		assertThat(none.get("average").isNull()).isTrue();

		// The page shows the same figures and the period's comments, without names.
		TestClient managerPages = this.clients.session(Role.MANAGER, null);
		String page = managerPages.get("/reviews/scorecards/" + this.courier.id()).body();
		assertThat(page).contains("How " + this.courier.name() + " rates us: 3.5 / 5 from 2 answers")
			.contains("1 comment")
			.contains("Hard to reach anyone on Fridays")
			.contains("How easy are we to work with?")
			.doesNotContain("Clear briefs")
			.doesNotContain(second.username)
			.doesNotContain(second.displayName);
		String older = managerPages
			.get("/reviews/scorecards/" + this.courier.id() + "?from=" + longAgo.minusDays(10) + "&to="
					+ longAgo.plusDays(10))
			.body();
		assertThat(older).contains("4.0 / 5 from 1 answer").contains("Clear briefs");

		// The comments over the API, newest first, with date and party and no person.
		String comments = card + "/rates-us/comments?from=" + longAgo.minusDays(10) + "&to=" + today;
		JsonNode listed = ok(this.manager.get(comments + "&size=1"));
		assertThat(listed.get("totalItems").asInt()).isEqualTo(2);
		assertThat(listed.get("items").get(0).get("comment").asString()).isEqualTo("Hard to reach anyone on Fridays");
		assertThat(listed.get("items").get(0).get("partyName").asString()).isEqualTo(this.courier.name());
		assertThat(listed.get("items").get(0).get("score").asInt()).isEqualTo(2);
		assertThat(listed.get("items").get(0).get("answeredAt").asString()).isNotBlank();
		assertThat(ok(this.manager.get(comments + "&size=1&page=1")).get("items").get(0).get("comment").asString())
			.startsWith("Clear briefs");
		assertThat(this.manager.get(comments + "&size=201").status()).isEqualTo(400);
		assertThat(listed.toString()).doesNotContain("recipient").doesNotContain(second.username);

		// Agents see them; the party's own partner users see their party's, in the
		// portal.
		assertThat(ok(this.clients.api(Role.AGENT).get(comments)).get("totalItems").asInt()).isEqualTo(2);
		assertThat(ok(first.client.get(comments)).get("totalItems").asInt()).isEqualTo(2);
		String portal = first.client.get("/portal/scorecard").body();
		assertThat(portal).contains("How you rate us: 3.5 / 5 from 2 answers")
			.contains("What your people said of us")
			.contains("Hard to reach anyone on Fridays")
			.doesNotContain(second.username)
			.doesNotContain(second.displayName);
		assertThat(
				ok(first.client.get("/api/v1/scorecards/" + this.courier.id())).get("ratesUs").get("answers").asInt())
			.isEqualTo(2);

		// A team member reads the card but not how another party rates us.
		Named team = this.chain.internalTeam("Other team");
		TestClient member = this.clients.api(Role.TEAM_MEMBER, team.id());
		JsonNode memberCard = ok(member.get(card));
		assertThat(memberCard.get("ratesUs").isNull()).isTrue();
		assertThat(member.get(comments).status()).isEqualTo(403);
		TestClient memberPages = this.clients.session(Role.TEAM_MEMBER, team.id());
		assertThat(memberPages.get("/reviews/scorecards/" + this.courier.id()).body())
			.doesNotContain("Hard to reach anyone on Fridays")
			.doesNotContain("rates us");
		// Another partner reads neither the card nor the comments.
		TestClient outsider = this.clients.api(Role.PARTNER, this.chain.partner("Outsider").id());
		assertThat(outsider.get(comments).status()).isEqualTo(404);
	}

	@Test
	void theSurveyAsksInThePartnershipsWordsAndEarlierInvitationsKeepTheirs() {
		Person asked = partner(this.courier, null);
		send(this.courier);
		String page = asked.client.get("/portal/feedback/relationship/" + invitationOf(asked)).body();
		assertThat(page).contains("How easy are we to work with?")
			.contains("1 = very hard to work with · 5 = very easy to work with")
			.contains(RelationshipWording.COMMENT_QUESTION)
			.doesNotContain("How satisfied were you with your request?");
		// An invitation sent before relationship surveys had their own words is shown as
		// it was asked, and its answer still counts.
		this.jdbc.update("update relationship_invitation set question = null, comment_question = null where id = ?",
				invitationOf(asked));
		page = asked.client.get("/portal/feedback/relationship/" + invitationOf(asked)).body();
		assertThat(page).contains("How satisfied were you with your request?").contains("1 = very dissatisfied");
		answer(asked, 3, "Fine");
		JsonNode ratesUs = ok(this.manager.get("/api/v1/scorecards/" + this.courier.id())).get("ratesUs");
		assertThat(ratesUs.get("answers").asInt()).isEqualTo(1);
		JsonNode comment = ok(this.manager.get("/api/v1/scorecards/" + this.courier.id() + "/rates-us/comments"))
			.get("items")
			.get(0);
		assertThat(comment.get("question").asString()).isEqualTo("How satisfied were you with your request?");
	}

	@Test
	void aPersonsAnswersAreExportedAndErasedWithThem() {
		String email = "rated-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String name = ChainApiFixtures.unique("Rhona Rater");
		UUID contact = this.chain.contact(this.courier, name, Map.of("email", email));
		Person rhona = partner(this.courier, email);
		Person colleague = partner(this.courier, null);
		send(this.courier);
		answer(rhona, 2, "Your portal logs me out every hour");
		answer(colleague, 4, "Ask " + name + " about the portal");
		TestClient admin = this.clients.api(Role.ADMIN);

		JsonNode exported = ok(admin.get("/api/v1/privacy/contact/" + contact + "/export")).get("feedback");
		assertThat(exported).isNotNull();
		List<JsonNode> rows = exported.get("relationshipSurveys").valueStream().toList();
		assertThat(rows).anySatisfy((row) -> {
			assertThat(row.get("askedYou").asBoolean()).isTrue();
			assertThat(row.get("score").asInt()).isEqualTo(2);
			assertThat(row.get("comment").asString()).isEqualTo("Your portal logs me out every hour");
			assertThat(row.get("question").asString()).isEqualTo("How easy are we to work with?");
			assertThat(row.get("party").asString()).isEqualTo(this.courier.name());
		});
		assertThat(rows).anySatisfy((row) -> {
			assertThat(row.get("askedYou").asBoolean()).isFalse();
			assertThat(row.get("comment").asString()).contains(name);
		});

		JsonNode erased = ok(admin.post("/api/v1/privacy/contact/" + contact + "/erasure",
				Map.of("reason", "Erasure request, 2 December 2026")));
		String pseudonym = erased.get("pseudonym").asString();
		assertThat(this.jdbc.queryForList("select recipient from relationship_invitation where party_id = ?",
				String.class, this.courier.id()))
			.contains(pseudonym)
			.doesNotContain(rhona.username);
		String comments = ok(this.manager.get("/api/v1/scorecards/" + this.courier.id() + "/rates-us/comments"))
			.toString();
		assertThat(comments).doesNotContain("Your portal logs me out every hour")
			.doesNotContain(name)
			.contains("Ask " + pseudonym + " about the portal");
		// The score is kept, unattributed: the party's rating stays true.
		JsonNode ratesUs = ok(this.manager.get("/api/v1/scorecards/" + this.courier.id())).get("ratesUs");
		assertThat(ratesUs.get("answers").asInt()).isEqualTo(2);
		assertThat(ratesUs.get("average").asDouble()).isEqualTo(3.0);
		assertThat(ratesUs.get("comments").asInt()).isEqualTo(1);
		JsonNode after = ok(admin.get("/api/v1/privacy/contact/" + contact + "/export")).get("feedback");
		assertThat(String.valueOf(after)).doesNotContain("Your portal logs me out every hour").doesNotContain(name);
	}

	record Person(String username, String displayName, TestClient client) {

	}

	private Person partner(Named party, @Nullable String email) {
		String username = "rater-" + UUID.randomUUID().toString().substring(0, 8);
		String displayName = "Rater " + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createUserAsSystem(
				new NewUser(username, displayName, email, TestClient.Clients.PASSWORD, Role.PARTNER, party.id()));
		return new Person(username, displayName, this.clients.anonymous().login(username, TestClient.Clients.PASSWORD));
	}

	private void send(Named party) {
		TestClient.Response sent = this.manager.post(API, Map.of("surveyId", this.surveyId, "partyId", party.id()));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
	}

	private UUID invitationOf(Person person) {
		return this.jdbc.queryForObject("select id from relationship_invitation where recipient = ?", UUID.class,
				person.username);
	}

	private void answer(Person person, int score, @Nullable String comment) {
		Map<String, String> fields = new HashMap<>();
		fields.put("score", String.valueOf(score));
		if (comment != null) {
			fields.put("comment", comment);
		}
		assertThat(
				FeedbackFixtures.submit(person.client, "/portal/feedback/relationship/" + invitationOf(person), fields)
					.body())
			.contains("Thank you");
	}

	private static JsonNode ok(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
		return response.json();
	}

}
