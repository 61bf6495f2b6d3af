package org.servicechain.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import static org.awaitility.Awaitility.await;

/**
 * Surveys sent after resolution on a real chain with a moved clock (FB-1): one single-use
 * link per survey that works without signing in, answered once, until it expires; the
 * quiet period and the unsubscribe honoured; and what each role sees of feedback (FB-2).
 */
@IntegrationTest
@Import({ MutableClock.Config.class, FeedbackIntegrationTests.Heard.class })
class FeedbackIntegrationTests {

	static final Instant MONDAY_TEN = Instant.parse("2026-11-02T10:00:00Z");

	@Autowired
	TestClient.Clients clients;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Heard heard;

	@Autowired
	SurveyManagement surveys;

	/**
	 * The surveys sent, as a mail channel would hear of them.
	 */
	@TestConfiguration
	static class Heard extends CopyOnWriteArrayList<SurveyInvited> {

		@EventListener
		void on(SurveyInvited event) {
			add(event);
		}

		List<SurveyInvited> about(String requestId) {
			return stream().filter((event) -> String.valueOf(event.requestId()).equals(requestId)).toList();
		}

	}

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient agent;

	@BeforeEach
	void aChainWithASurveyAfterDelivery() {
		this.clock.set(MONDAY_TEN);
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.agent = this.clients.api(Role.AGENT);
		FeedbackFixtures.createSurvey(this.fixtures.manager(), FeedbackFixtures.csatAfter(this.chain.delivery()));
	}

	String raise(String summary) {
		TestClient.Response raised = this.agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.chain.customer(), summary));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		return raised.json().get("id").asString();
	}

	String resolvedAndSurveyed(String summary) {
		String id = FeedbackFixtures.resolve(this.agent, raise(summary));
		List<SurveyInvited> sent = this.heard.about(id);
		assertThat(sent).hasSize(1);
		return sent.get(0).link();
	}

	@Test
	void aResolvedRequestIsSurveyedThroughALinkThatWorksOnceWithoutSigningIn() {
		String link = resolvedAndSurveyed("Washing machine delivered");
		String token = link.substring("/survey/".length());
		assertThat(token).hasSizeGreaterThanOrEqualTo(40);
		// Only the hash is kept: the table holds no working link.
		assertThat(this.jdbc.queryForObject("select count(*) from survey_invitation where token_hash = ?",
				Integer.class, token))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from survey_invitation where token_hash = ?",
				Integer.class, SurveyTokens.hash(token)))
			.isEqualTo(1);

		TestClient browser = this.clients.anonymous();
		TestClient.Response page = browser.get(link);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("How satisfied are you with how we handled your request?")
			.contains("Home delivery");

		TestClient.Response answered = FeedbackFixtures.submit(browser, link,
				Map.of("score", "2", "comment", "The driver was late and rude"));
		assertThat(answered.status()).isEqualTo(200);
		assertThat(answered.body()).contains("Thank you: your answer was saved.");

		TestClient.Response again = FeedbackFixtures.submit(this.clients.anonymous(), link, Map.of("score", "5"));
		assertThat(again.body()).contains("already been answered").doesNotContain("Send my answer");

		JsonNode answer = FeedbackFixtures.find(this.fixtures.manager().items("/api/v1/feedback/answers?size=200"),
				"requestId", this.heard.get(this.heard.size() - 1).requestId().toString());
		assertThat(answer.get("score").asInt()).isEqualTo(2);
		assertThat(answer.get("teamName").asString()).isEqualTo(this.chain.frontLine().name());
		assertThat(answer.get("tone").asString()).isEqualTo("NEGATIVE");
		assertThat(this.jdbc.queryForObject("select score from survey_invitation where token_hash = ?", Integer.class,
				SurveyTokens.hash(token)))
			.isEqualTo(2);
	}

	void remindAll() {
		for (int run = 0; run < 100 && this.surveys.remindUnanswered(Duration.ofDays(3)) > 0; run++) {
			// At most 200 a run: other tests' invitations share the database.
		}
	}

	@Test
	void anUnansweredSurveyIsRemindedOnceAfterThreeDaysAndAnAnsweredOneIsNot() {
		String waiting = FeedbackFixtures.resolve(this.agent, raise("Sofa delivered"));
		assertThat(this.heard.about(waiting)).hasSize(1);

		// Not yet after two days.
		this.clock.advance(Duration.ofDays(2));
		remindAll();
		assertThat(this.heard.about(waiting)).hasSize(1);

		// After three days the same invitation is announced again, as a reminder, to the
		// customer's people then (signed in now: a session would not outlast the days).
		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		TestClient customer = this.clients.session(Role.CUSTOMER, this.chain.customer().id());
		remindAll();
		List<SurveyInvited> sofa = this.heard.about(waiting);
		assertThat(sofa).hasSize(2);
		assertThat(sofa.get(1).reminder()).isTrue();
		assertThat(sofa.get(1).invitationId()).isEqualTo(sofa.get(0).invitationId());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(customer.get("/api/v1/notifications?size=100").body()).contains("Reminder: ")
						.contains("/portal/feedback/surveys/" + sofa.get(0).invitationId()));

		// Once only.
		this.clock.advance(Duration.ofDays(3));
		remindAll();
		assertThat(this.heard.about(waiting)).hasSize(2);

		// An answered survey is never reminded (a month on, past the quiet period).
		this.clock.advance(Duration.ofDays(31));
		String answeredId = FeedbackFixtures.resolve(this.clients.api(Role.AGENT), raise("Chair delivered"));
		FeedbackFixtures.submit(this.clients.anonymous(), this.heard.about(answeredId).get(0).link(),
				Map.of("score", "4"));
		this.clock.advance(Duration.ofDays(3).plusMinutes(1));
		remindAll();
		assertThat(this.heard.about(answeredId)).hasSize(1);
	}

	@Test
	void aCustomersSurveyAnswersAreInTheirSubjectAccessExportAndErasureRemovesTheCommentButKeepsTheScore() {
		String link = resolvedAndSurveyed("Fridge delivered");
		String token = link.substring("/survey/".length());
		FeedbackFixtures.submit(this.clients.anonymous(), link,
				Map.of("score", "2", "comment", "The van blocked my drive for an hour"));
		TestClient admin = this.clients.api(Role.ADMIN);
		String person = "/api/v1/privacy/person/" + this.chain.customer().id();
		TestClient.Response export = admin.get(person + "/export");
		assertThat(export.status()).as(export.toString()).isEqualTo(200);
		assertThat(export.json().get("feedback").get("requestSurveys").toString())
			.contains("The van blocked my drive for an hour")
			.contains("\"score\":2");

		TestClient.Response erased = admin.post(person + "/erasure", Map.of("reason", "Erasure request by letter"));
		assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
		assertThat(erased.json().get("changes").toString()).contains("answers to request surveys");
		Map<String, Object> kept = this.jdbc
			.queryForMap("select score, comment from survey_invitation where token_hash = ?", SurveyTokens.hash(token));
		assertThat(((Number) kept.get("score")).intValue()).isEqualTo(2);
		assertThat(kept.get("comment")).isNull();
		assertThat(admin.get(person + "/export").body()).doesNotContain("The van blocked my drive");
	}

	@Test
	void aScoreOffTheScaleIsRefusedBesideTheField() {
		String link = resolvedAndSurveyed("Parcel came");
		TestClient browser = this.clients.anonymous();
		TestClient.Response refused = FeedbackFixtures.submit(browser, link, Map.of("score", "9"));
		assertThat(refused.body()).contains("Choose a score from 1 to 5").contains("Your answer was not saved");
		TestClient.Response empty = FeedbackFixtures.submit(browser, link, Map.of("comment", "No score"));
		assertThat(empty.body()).contains("Choose a score");
		assertThat(FeedbackFixtures.submit(browser, link, Map.of("score", "4")).body()).contains("Thank you");
	}

	@Test
	void anExpiredLinkCannotBeAnswered() {
		String link = resolvedAndSurveyed("Fridge delivered");
		TestClient browser = this.clients.anonymous();
		String csrf = FeedbackFixtures.csrf(browser, link);
		this.clock.advance(Duration.ofDays(15));
		assertThat(browser.get(link).body()).contains("This survey link has expired").doesNotContain("Send my answer");
		TestClient.Response late = FeedbackFixtures.post(browser, link, csrf, Map.of("score", "5"));
		assertThat(late.body()).contains("This survey link has expired").doesNotContain("Thank you");
	}

	@Test
	void anUnknownLinkIsNotFound() {
		assertThat(this.clients.anonymous().get("/survey/" + SurveyTokens.newToken()).status()).isEqualTo(404);
		assertThat(this.clients.anonymous().get("/survey/short").status()).isEqualTo(404);
	}

	@Test
	void theQuietPeriodSparesACustomerSurveyedRecently() {
		resolvedAndSurveyed("First delivery");
		String second = FeedbackFixtures.resolve(this.agent, raise("Second delivery"));
		assertThat(this.heard.about(second)).isEmpty();
		this.clock.advance(Duration.ofDays(31));
		String third = FeedbackFixtures.resolve(this.clients.api(Role.AGENT), raise("Third delivery"));
		assertThat(this.heard.about(third)).hasSize(1);
	}

	@Test
	void anUnsubscribedCustomerIsNotSurveyedAgain() {
		String link = resolvedAndSurveyed("Oven delivered");
		TestClient browser = this.clients.anonymous();
		TestClient.Response unsubscribed = FeedbackFixtures.submit(browser, link + "/unsubscribe", Map.of());
		assertThat(unsubscribed.body()).contains("You will not be sent surveys again");
		this.clock.advance(Duration.ofDays(31));
		String later = FeedbackFixtures.resolve(this.clients.api(Role.AGENT), raise("Dishwasher delivered"));
		assertThat(this.heard.about(later)).isEmpty();
	}

	@Test
	void aCustomerAnswersInThePortalAndSeesOnlyTheirOwnFeedback() {
		TestClient customer = this.clients.session(Role.CUSTOMER, this.chain.customer().id());
		String id = FeedbackFixtures.resolve(this.agent, raise("Cooker delivered"));
		SurveyInvited sent = this.heard.about(id).get(0);
		assertThat(sent.recipients()).isNotEmpty();
		// They are told in the portal, without the link's token.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(customer.get("/api/v1/notifications").body()).contains("feedback.survey")
				.contains("/portal/feedback/surveys/" + sent.invitationId())
				.doesNotContain(sent.link()));
		TestClient.Response portal = customer.get("/portal/feedback");
		assertThat(portal.body()).contains("Surveys waiting for you");
		String path = "/portal/feedback/surveys/" + sent.invitationId();
		assertThat(FeedbackFixtures.submit(customer, path, Map.of("score", "5", "comment", "Lovely, thank you")).body())
			.contains("Thank you");
		// Another customer's people do not reach it.
		TestClient other = this.clients.session(Role.CUSTOMER, this.chain.internalCustomer().id());
		assertThat(other.get(path).status()).isEqualTo(404);

		// Staff capture a comment about the courier for the customer.
		TestClient.Response captured = this.agent.post("/api/v1/feedback/comments",
				Map.of("kind", "COMMENT", "channel", "PHONE", "customerId", this.chain.customer().id(), "serviceId",
						this.chain.delivery().id(), "partyId", this.chain.courier().id(), "text",
						"The courier left the parcel in the rain"));
		assertThat(captured.status()).as(captured.toString()).isEqualTo(201);
		String comment = captured.json().get("id").asString();
		assertThat(captured.json().get("tone").asString()).isEqualTo("NEUTRAL");

		TestClient customerApi = this.fixtures.customerOf(this.chain.customer());
		assertThat(customerApi.items("/api/v1/feedback/comments")).extracting((item) -> item.get("id").asString())
			.containsExactly(comment);
		assertThat(customerApi.items("/api/v1/feedback/answers")).hasSize(1);
		TestClient otherApi = this.fixtures.customerOf(this.chain.internalCustomer());
		assertThat(otherApi.items("/api/v1/feedback/comments")).isEmpty();
		assertThat(otherApi.get("/api/v1/feedback/comments/" + comment).status()).isEqualTo(404);
		assertThat(otherApi.items("/api/v1/feedback/answers")).isEmpty();

		// The courier's partner user sees the comment about them, without the customer's
		// name; the warehouse's team does not.
		JsonNode seen = this.fixtures.partnerOf(this.chain.courier())
			.get("/api/v1/feedback/comments/" + comment)
			.json();
		assertThat(seen.get("customerName").asString()).isEqualTo("A customer");
		assertThat(this.fixtures.memberOf(this.chain.warehouse()).get("/api/v1/feedback/comments/" + comment).status())
			.isEqualTo(404);

		// Customers leave feedback for their own party only; analysis is staff work.
		TestClient.Response forOther = customerApi.post("/api/v1/feedback/comments", Map.of("kind", "COMMENT",
				"channel", "PORTAL", "customerId", this.chain.internalCustomer().id(), "text", "Not mine"));
		assertThat(forOther.status()).isEqualTo(403);
		assertThat(customerApi.get("/api/v1/feedback/themes").status()).isEqualTo(403);
		assertThat(customerApi.get("/api/v1/feedback/scores").status()).isEqualTo(403);
	}

	@Test
	void onlyManagersDesignSurveysAndBadRulesAreNamedByField() {
		TestClient.Response byAgent = this.agent.post("/api/v1/feedback/surveys",
				FeedbackFixtures.csatAfter(this.chain.delivery()));
		assertThat(byAgent.status()).isEqualTo(403);
		Map<String, Object> bad = new java.util.HashMap<>(FeedbackFixtures.csatAfter(this.chain.delivery()));
		bad.put("samplingPercent", 0);
		bad.put("question", "");
		TestClient.Response refused = this.fixtures.manager().post("/api/v1/feedback/surveys", bad);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("samplingPercent").contains("range").contains("question");

		// The collections page like every other.
		FeedbackFixtures.createSurvey(this.fixtures.manager(), FeedbackFixtures.csatAfter(this.chain.delivery()));
		tools.jackson.databind.JsonNode one = this.fixtures.manager().get("/api/v1/feedback/surveys?size=1").json();
		assertThat(one.get("items")).hasSize(1);
		assertThat(one.get("totalItems").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(this.fixtures.manager().get("/api/v1/feedback/actions?size=1").json().has("totalPages")).isTrue();
		assertThat(this.fixtures.manager().get("/api/v1/feedback/alerts?size=1").json().has("totalPages")).isTrue();
		assertThat(this.fixtures.manager().get("/api/v1/feedback/surveys?size=1000").status()).isEqualTo(400);
	}

}
