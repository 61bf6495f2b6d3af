package org.servicechain.reviews;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The scorecard pages as browsers see them: the overview and a card for staff, the
 * partner's own card and dispute form in the portal, the weighting that only managers
 * change, with a clear error for a bad number and nothing saved from a stale form.
 */
@IntegrationTest
class ScorecardWebTests {

	private static final Pattern FIRST_SETTING = Pattern
		.compile("action=\"/reviews/settings/([0-9a-f-]{36})\".*?name=\"version\" value=\"(\\d+)\"", Pattern.DOTALL);

	@Autowired
	TestClient.Clients clients;

	DeliveryChain chain;

	@BeforeEach
	void aChain() {
		this.chain = new RequestFixtures(this.clients).deliveryChain();
	}

	@Test
	void staffSeeEveryCardAndAPartnerOnlyItsOwn() {
		TestClient agent = this.clients.session(Role.AGENT, null);
		// Narrowed by name: other tests' parties in the shared database fill the pages.
		TestClient.Response overview = agent
			.get("/reviews/scorecards?q=" + this.chain.courier().name().replace(' ', '+'));
		assertThat(overview.status()).isEqualTo(200);
		assertThat(overview.body()).contains("Scorecards")
			.contains(this.chain.courier().name())
			.contains("How measures are weighed");
		assertThat(overview.body()).as("agents do not change weights").doesNotContain("/reviews/settings/");
		TestClient.Response card = agent.get("/reviews/scorecards/" + this.chain.courier().id());
		assertThat(card.status()).isEqualTo(200);
		assertThat(card.body()).contains(this.chain.courier().name())
			.contains("Underpinning contract")
			.contains("Trend");

		TestClient partner = this.clients.session(Role.PARTNER, this.chain.courier().id());
		TestClient.Response own = partner.get("/portal/scorecard");
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body()).contains("Your scorecard").contains("Dispute a figure");
		assertThat(partner.get("/reviews/scorecards").status()).as("staff pages are not for partners").isEqualTo(403);
		TestClient.Response empty = partner.postForm("/portal/scorecard/disputes",
				Map.of("from", "2026-01-01", "to", "2026-01-31", "measure", "COMPLAINTS", "comment", " "));
		assertThat(empty.status()).isEqualTo(302);
		assertThat(partner.get(empty.header("Location")).body()).contains("Not sent").contains("comment");

		TestClient customer = this.clients.session(Role.CUSTOMER, this.chain.customer().id());
		assertThat(customer.get("/portal/scorecard").status()).isEqualTo(404);
	}

	@Test
	void aManagerChangesAWeightingWithClearErrorsAndAStaleFormIsNotSaved() {
		TestClient manager = this.clients.session(Role.MANAGER, null);
		String page = manager.get("/reviews/scorecards").body();
		Matcher setting = FIRST_SETTING.matcher(page);
		assertThat(setting.find()).as(page).isTrue();
		String path = "/reviews/settings/" + setting.group(1);
		String version = setting.group(2);

		TestClient.Response panel = manager.get("/reviews/attention");
		assertThat(panel.status()).isEqualTo(200);
		assertThat(panel.body()).contains("Partners and teams").contains("All scorecards");

		TestClient.Response bad = manager.postForm(path,
				Map.of("version", version, "weight", "heavy", "threshold", "90", "critical", "true"));
		assertThat(manager.get(bad.header("Location").replace("#settings", "")).body()).contains("Not changed")
			.contains("weight");

		TestClient.Response saved = manager.postForm(path,
				Map.of("version", version, "weight", "35", "threshold", "92", "critical", "true"));
		assertThat(manager.get(saved.header("Location").replace("#settings", "")).body())
			.contains("every card uses it now");
		TestClient.Response stale = manager.postForm(path,
				Map.of("version", version, "weight", "10", "threshold", "50", "critical", "false"));
		assertThat(manager.get(stale.header("Location").replace("#settings", "")).body())
			.contains("Someone changed this measure meanwhile");
	}

}
