package org.servicechain.feedback;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.MutableClock;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SERVQUAL surveys end to end (FB-1, FB-3): sent after resolution like any survey,
 * answered through the single-use link with an expectation and a perception per RATER
 * dimension, once; a form with unanswered or off-scale statements names each one and
 * saves nothing; the survey's results, the scores and the responses report the gap per
 * dimension.
 */
@IntegrationTest
@Import({ MutableClock.Config.class, ServqualIntegrationTests.Heard.class })
class ServqualIntegrationTests {

	static final Instant TUESDAY_TEN = Instant.parse("2026-11-03T10:00:00Z");

	@Autowired
	TestClient.Clients clients;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Heard heard;

	/**
	 * The surveys sent, as a mail channel would hear of them.
	 */
	@TestConfiguration
	static class Heard extends CopyOnWriteArrayList<SurveyInvited> {

		@EventListener
		void on(SurveyInvited event) {
			add(event);
		}

		String linkAbout(String requestId) {
			return stream().filter((event) -> String.valueOf(event.requestId()).equals(requestId))
				.findFirst()
				.orElseThrow()
				.link();
		}

	}

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient agent;

	String surveyId;

	@BeforeEach
	void aChainWithAServqualSurveyAfterDelivery() {
		this.clock.set(TUESDAY_TEN);
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.agent = this.clients.api(Role.AGENT);
		Map<String, Object> survey = new HashMap<>(FeedbackFixtures.csatAfter(this.chain.delivery()));
		survey.put("name", "Service quality of " + this.chain.delivery().name());
		survey.put("kind", "SERVQUAL");
		survey.put("quietDays", 0);
		survey.put("question", "Tell us what you expect of an excellent delivery service, and how ours did.");
		this.surveyId = FeedbackFixtures.createSurvey(this.fixtures.manager(), survey);
	}

	String surveyedLink(String summary) {
		TestClient.Response raised = this.agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), summary));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		return this.heard.linkAbout(FeedbackFixtures.resolve(this.agent, raised.json().get("id").asString()));
	}

	/**
	 * @param expectations and perceptions in RATER order: reliability, assurance,
	 * tangibles, empathy, responsiveness
	 */
	static Map<String, String> answers(int[] expectations, int[] perceptions, String comment) {
		Map<String, String> fields = new HashMap<>();
		ServqualDimension[] dimensions = ServqualDimension.values();
		for (int i = 0; i < dimensions.length; i++) {
			fields.put(dimensions[i].expectationField(), String.valueOf(expectations[i]));
			fields.put(dimensions[i].perceptionField(), String.valueOf(perceptions[i]));
		}
		fields.put("comment", comment);
		return fields;
	}

	@Test
	void answersThroughTheLinkGiveTheGapPerDimension() {
		String first = surveyedLink("Fridge delivered");
		TestClient browser = this.clients.anonymous();
		TestClient.Response page = browser.get(first);
		assertThat(page.body()).contains("Tell us what you expect of an excellent delivery service")
			.contains("<legend>", "Reliability", "Assurance", "Tangibles", "Empathy", "Responsiveness")
			.contains("name=\"responsiveness.perception\"")
			.contains("1 = strongly disagree");
		TestClient.Response answered = FeedbackFixtures.submit(browser, first,
				answers(new int[] { 7, 6, 5, 6, 7 }, new int[] { 5, 6, 6, 5, 3 }, "Polite but slow to reply"));
		assertThat(answered.body()).contains("Thank you: your answer was saved.");
		TestClient.Response again = FeedbackFixtures.submit(this.clients.anonymous(), first,
				answers(new int[] { 1, 1, 1, 1, 1 }, new int[] { 7, 7, 7, 7, 7 }, ""));
		assertThat(again.body()).contains("already been answered").doesNotContain("Send my answer");

		String second = surveyedLink("Cooker delivered");
		FeedbackFixtures.submit(this.clients.anonymous(), second,
				answers(new int[] { 6, 6, 4, 5, 7 }, new int[] { 6, 5, 6, 5, 4 }, ""));

		JsonNode survey = this.fixtures.manager().get("/api/v1/feedback/surveys/" + this.surveyId).json();
		assertThat(survey.get("answered").asInt()).isEqualTo(2);
		assertThat(survey.get("score").asDouble()).isEqualTo(-0.8);
		JsonNode gaps = survey.get("servqual");
		assertThat(gaps.get("overall").asDouble()).isEqualTo(-0.8);
		assertThat(gaps.get("answers").asInt()).isEqualTo(2);
		assertThat(gaps.get("largestShortfall").asString()).isEqualTo("RESPONSIVENESS");
		Map<String, Double> byDimension = new HashMap<>();
		gaps.get("dimensions")
			.forEach((gap) -> byDimension.put(gap.get("dimension").asString(), gap.get("gap").asDouble()));
		assertThat(byDimension).containsEntry("RELIABILITY", -1.0)
			.containsEntry("ASSURANCE", -0.5)
			.containsEntry("TANGIBLES", 1.5)
			.containsEntry("EMPATHY", -0.5)
			.containsEntry("RESPONSIVENESS", -3.5);
		// Kept with the invitation; the score is the sum of the answer's five gaps.
		assertThat(this.jdbc.queryForList("select servqual from survey_invitation where survey_id = ? order by score",
				String.class, java.util.UUID.fromString(this.surveyId)))
			.containsExactly("RELIABILITY:7:5 ASSURANCE:6:6 TANGIBLES:5:6 EMPATHY:6:5 RESPONSIVENESS:7:3",
					"RELIABILITY:6:6 ASSURANCE:6:5 TANGIBLES:4:6 EMPATHY:5:5 RESPONSIVENESS:7:4");

		// Other kinds' survey views carry no gaps; the scores by kind carry them.
		JsonNode scores = this.fixtures.manager().get("/api/v1/feedback/scores?kind=SERVQUAL&weeks=4").json();
		assertThat(scores.get("servqual").get("answers").asInt()).isGreaterThanOrEqualTo(2);
		JsonNode csat = this.fixtures.manager().get("/api/v1/feedback/scores?kind=CSAT").json();
		assertThat(csat.get("servqual") == null || csat.get("servqual").isNull()).isTrue();

		// The survey's page and the analysis show the gap table, the chart and the
		// largest shortfall.
		TestClient manager = this.clients.session(Role.MANAGER, null);
		assertThat(manager.get("/feedback/surveys/" + this.surveyId).body()).contains("SERVQUAL gap per dimension",
				"Largest shortfall", "Responsiveness (−3.50)", "−0.80", "data-chart");
		assertThat(manager.get("/feedback/analysis?kind=SERVQUAL&weeks=4").body())
			.contains("SERVQUAL gap per dimension", "largest shortfall");
	}

	@Test
	void unansweredOrOffScaleStatementsAreNamedAndNothingIsSaved() {
		String link = surveyedLink("Washer delivered");
		Map<String, String> fields = answers(new int[] { 7, 6, 5, 6, 7 }, new int[] { 5, 6, 6, 5, 3 }, "Fine");
		fields.remove("empathy.perception");
		fields.put("tangibles.expectation", "9");
		fields.put("reliability.perception", "lots");
		TestClient browser = this.clients.anonymous();
		TestClient.Response refused = FeedbackFixtures.submit(browser, link, fields);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Your answer was not saved.")
			.contains("Choose one of the points of the scale")
			.contains("id=\"reliability.perception-error\"");
		fields.put("reliability.perception", "5");
		refused = FeedbackFixtures.submit(browser, link, fields);
		assertThat(refused.body()).contains("Check the 2 answers marked below.")
			.contains("Empathy: choose how much you agree with the statement about this service")
			.contains("Choose from 1 to 7")
			.contains("aria-describedby=\"empathy.perception-error servqual-scale\"")
			// What was chosen is kept for the second try.
			.containsPattern("name=\"responsiveness.perception\" value=\"3\" checked");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from survey_invitation where survey_id = ? and answered_at is not null", Integer.class,
				java.util.UUID.fromString(this.surveyId)))
			.isZero();
		fields.put("empathy.perception", "5");
		fields.put("tangibles.expectation", "5");
		assertThat(FeedbackFixtures.submit(browser, link, fields).body()).contains("Thank you: your answer was saved.");
	}

	@Test
	void aCustomerAnswersAServqualSurveyInThePortalOnce() {
		TestClient customer = this.clients.session(Role.CUSTOMER, this.chain.customer().id());
		TestClient.Response raised = this.agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), "Oven delivered"));
		String requestId = FeedbackFixtures.resolve(this.agent, raised.json().get("id").asString());
		SurveyInvited sent = this.heard.stream()
			.filter((event) -> String.valueOf(event.requestId()).equals(requestId))
			.findFirst()
			.orElseThrow();
		String path = "/portal/feedback/surveys/" + sent.invitationId();
		assertThat(customer.get(path).body()).contains("name=\"empathy.expectation\"");
		Map<String, String> fields = answers(new int[] { 6, 6, 6, 6, 6 }, new int[] { 6, 6, 6, 6, 5 }, "");
		fields.remove("assurance.expectation");
		assertThat(FeedbackFixtures.submit(customer, path, fields).body()).contains("Your answer was not saved.",
				"Assurance: choose how much you agree with the statement about an excellent service");
		fields.put("assurance.expectation", "6");
		assertThat(FeedbackFixtures.submit(customer, path, fields).body()).contains("Thank you");
		assertThat(FeedbackFixtures.submit(customer, path, fields).body()).contains("already been answered");
		assertThat(customer.get("/portal/feedback").body()).contains("gap −0.20");
	}

	@Test
	void aServqualSurveyIsNotSentAsARelationshipSurveyNorAnsweredWithOneScore() {
		TestClient.Response refused = this.fixtures.manager()
			.post("/api/v1/feedback/relationship-surveys",
					Map.of("surveyId", this.surveyId, "partyId", this.chain.courier().id().toString()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("A relationship survey asks one question");
		String link = surveyedLink("Dryer delivered");
		TestClient.Response oneScore = FeedbackFixtures.submit(this.clients.anonymous(), link, Map.of("score", "5"));
		assertThat(oneScore.body()).contains("Your answer was not saved.", "Reliability: choose how much");
	}

}
