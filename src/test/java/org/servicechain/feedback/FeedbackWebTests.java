package org.servicechain.feedback;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback pages over HTTP, as browsers see them (FB-1 … FB-5): staff capture
 * feedback in one form and find it in the list; a form with a mistake says which field
 * and why; managers design a survey; the scores, themes and alerts pages; a customer
 * leaves a comment in the portal; the dashboard hint.
 */
@IntegrationTest
class FeedbackWebTests {

	@Autowired
	TestClient.Clients clients;

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient agent;

	@BeforeEach
	void aChain() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.agent = this.clients.session(Role.AGENT, null);
	}

	@Test
	void staffCaptureFeedbackInOneFormAndFindItInTheList() {
		TestClient.Response page = this.agent.get("/feedback");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Capture feedback").contains("Came by").contains("Social media");
		TestClient.Response saved = this.agent.postForm("/feedback",
				Map.of("kind", "COMPLIMENT", "channel", "IN_PERSON", "customerId",
						this.chain.customer().id().toString(), "serviceId", this.chain.delivery().id().toString(),
						"partyId", this.chain.courier().id().toString(), "text",
						"The driver was wonderful and so helpful"));
		assertThat(saved.status()).isEqualTo(302);
		TestClient.Response list = this.agent.get("/feedback?kind=COMPLIMENT");
		assertThat(list.body()).contains("The driver was wonderful and so helpful")
			.contains("Positive")
			.contains(this.chain.customer().name());
	}

	@Test
	void aFormWithAMistakeSaysWhichFieldAndWhy() {
		TestClient.Response refused = this.agent.postForm("/feedback",
				Map.of("kind", "COMMENT", "channel", "PHONE", "text", "  "));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("The feedback was not saved")
			.contains("Write what the customer said")
			.contains("class=\"field-error\"");
		TestClient.Response unknown = this.agent.postForm("/feedback", Map.of("kind", "COMMENT", "channel", "PHONE",
				"serviceId", java.util.UUID.randomUUID().toString(), "text", "Fine"));
		assertThat(unknown.body()).contains("No such service");
	}

	@Test
	void managersDesignASurveyAndWrongNumbersAreNamedBesideTheirFields() {
		TestClient manager = this.clients.session(Role.MANAGER, null);
		TestClient.Response form = manager.get("/feedback/surveys/new");
		assertThat(form.body()).contains("Quiet period").contains("Net promoter score (NPS)");
		TestClient.Response refused = manager.postForm("/feedback/surveys/new",
				Map.of("name", "After delivery", "kind", "NPS", "question", "Would you recommend us?",
						"commentQuestion", "Why?", "requesterScope", "ANY", "samplingPercent", "lots", "quietDays",
						"30", "validDays", "400", "active", "true"));
		assertThat(refused.body()).contains("The survey was not saved")
			.contains("Between 1 and 100 percent")
			.contains("Between 1 and 90 days");
		TestClient.Response saved = manager.postForm("/feedback/surveys/new",
				Map.of("name", "Web survey " + this.chain.delivery().name(), "kind", "NPS", "question",
						"Would you recommend us?", "commentQuestion", "Why?", "serviceId",
						this.chain.delivery().id().toString(), "requesterScope", "EXTERNAL", "samplingPercent", "50",
						"quietDays", "30", "validDays", "10", "active", "true"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(manager.get("/feedback/surveys").body()).contains("Web survey " + this.chain.delivery().name())
			.contains("50 % sampled");
		// Agents see the surveys but do not design them.
		assertThat(this.agent.get("/feedback/surveys").status()).isEqualTo(200);
		assertThat(this.agent.get("/feedback/surveys").body()).doesNotContain("Design a survey");
	}

	@Test
	void theScoresThemesAndAlertsPagesShowForAnalysts() {
		TestClient manager = this.clients.session(Role.MANAGER, null);
		TestClient.Response scores = manager.get("/feedback/analysis?kind=CES&weeks=8");
		assertThat(scores.status()).isEqualTo(200);
		assertThat(scores.body()).contains("Scores and trends").contains("data-chart=").contains("/dist/chart.umd.js");
		assertThat(manager.get("/webjars/chart.js/dist/chart.umd.js").status()).isEqualTo(200);
		java.util.regex.Matcher answers = java.util.regex.Pattern
			.compile("from <span>(\\d+)</span> <span>(\\w+)</span>")
			.matcher(scores.body());
		while (answers.find()) {
			assertThat(answers.group(2)).as("one answer, or many answers")
				.isEqualTo(answers.group(1).equals("1") ? "answer" : "answers");
		}
		assertThat(manager.get("/feedback/themes").body()).contains("Recurring themes");
		assertThat(manager.get("/feedback/alerts").body()).contains("Theme alerts");
		TestClient member = this.clients.session(Role.TEAM_MEMBER, this.chain.warehouse().id());
		// A team member sees the scores of what their team worked on, not the themes.
		assertThat(member.get("/feedback/analysis").status()).isEqualTo(200);
		assertThat(member.get("/feedback/themes").status()).isEqualTo(403);
	}

	@Test
	void aCustomerLeavesACommentInThePortalAndAPartnerCannotCaptureThere() {
		TestClient customer = this.clients.session(Role.CUSTOMER, this.chain.customer().id());
		TestClient.Response page = customer.get("/portal/feedback");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Leave a comment");
		TestClient.Response empty = customer.postForm("/portal/feedback", Map.of("kind", "SUGGESTION", "text", ""));
		assertThat(empty.body()).contains("Your feedback was not sent").contains("Write what the customer said");
		assertThat(customer
			.postForm("/portal/feedback", Map.of("kind", "SUGGESTION", "text", "Please offer evening delivery slots"))
			.status()).isEqualTo(302);
		assertThat(customer.get("/portal/feedback").body()).contains("Please offer evening delivery slots");
		TestClient partner = this.clients.session(Role.PARTNER, this.chain.courier().id());
		assertThat(partner.get("/portal/feedback").body()).contains("Feedback about you")
			.doesNotContain("Leave a comment")
			.doesNotContain("Please offer evening delivery slots");
		assertThat(partner.postForm("/portal/feedback", Map.of("kind", "COMMENT", "text", "Mine")).status())
			.isEqualTo(403);
		assertThat(customer.get("/feedback").status()).isEqualTo(403);
	}

	@Test
	void theDashboardHintIsAPartial() {
		TestClient manager = this.clients.session(Role.MANAGER, null);
		TestClient.Response hint = manager.get("/feedback/dashboard");
		assertThat(hint.status()).isEqualTo(200);
		assertThat(hint.body()).doesNotContain("<html");
		assertThat(manager.get("/").body()).contains("/feedback/dashboard");
	}

}
