package org.servicechain.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relationship comments on the scorecard pages as browsers see them: ten a page,
 * newest first, with older and newer pages, the date and the party but no name, and the
 * words shown as text, never as markup.
 */
@IntegrationTest
class RelationshipCommentsWebTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Autowired
	RelationshipSurveys relationships;

	@Autowired
	Clock clock;

	@Test
	void theCommentsArePagedNewestFirstOnTheStaffAndPortalCards() {
		RequestFixtures fixtures = new RequestFixtures(this.clients);
		ChainApiFixtures chain = fixtures.chain();
		Named courier = chain.supplier("Commenting courier");
		Map<String, Object> details = new HashMap<>(FeedbackFixtures.csatAfter(chain.service("Comments")));
		details.put("name", "Pulse " + UUID.randomUUID());
		details.put("active", false);
		UUID survey = UUID.fromString(FeedbackFixtures.createSurvey(fixtures.manager(), details));
		Instant now = this.clock.instant();
		String firstUser = null;
		for (int i = 1; i <= 12; i++) {
			String username = "commenter-" + UUID.randomUUID().toString().substring(0, 8);
			firstUser = (firstUser != null) ? firstUser : username;
			this.identity.createUserAsSystem(new NewUser(username, "Commenter " + i, null, TestClient.Clients.PASSWORD,
					Role.PARTNER, courier.id()));
			Instant answered = now.minus(Duration.ofHours(13 - i));
			String comment = String.format("Comment %02d", i) + ((i == 12) ? " <script>alert(1)</script>" : "");
			SystemActor.run(() -> this.relationships.recordPastAnswer(survey, courier.id(), username,
					answered.minus(Duration.ofHours(1)), answered, 3, comment));
		}

		TestClient agent = this.clients.session(Role.AGENT, null);
		String first = agent.get("/reviews/scorecards/" + courier.id()).body();
		assertThat(first).contains("How " + courier.name() + " rates us: 3.0 / 5 from 12 answers")
			.contains("12 comments")
			.contains("Comment 12 &lt;script&gt;")
			.doesNotContain("<script>alert(1)</script>")
			.contains("Comment 03")
			.doesNotContain("Comment 02")
			.contains("Page 1 of 2")
			.contains("commentsPage=1")
			.doesNotContain("Commenter ")
			.doesNotContain(firstUser);
		assertThat(first.indexOf("Comment 12")).isLessThan(first.indexOf("Comment 11"));
		String second = agent.get("/reviews/scorecards/" + courier.id() + "?commentsPage=1").body();
		assertThat(second).contains("Comment 02").contains("Comment 01").doesNotContain("Comment 03");
		assertThat(second).contains("Page 2 of 2").contains("Newer");

		TestClient partner = this.clients.anonymous().login(firstUser, TestClient.Clients.PASSWORD);
		String portal = partner.get("/portal/scorecard?commentsPage=1").body();
		assertThat(portal).contains("What your people said of us")
			.contains("Comment 01")
			.contains("/portal/scorecard?")
			// Colleagues are not named (the header names the signed-in partner only).
			.doesNotContain("Commenter 7")
			.doesNotContain("Commenter 12");
	}

}
