package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting pages as browsers see them (PM-3): staff start a series with a partner,
 * plan a meeting whose agenda is drafted from the data, keep its record (a stale form
 * saves nothing) and agree actions; the partner reads its own meeting in the portal,
 * proposes a change to an agreement from it, comments and updates its own action; other
 * parties and customers find nothing.
 */
@IntegrationTest
class MeetingWebTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final Pattern ACTION = Pattern.compile("action=\"/portal/meetings/actions/([0-9a-f-]{36})\"");

	@Autowired
	TestClient.Clients clients;

	DeliveryChain chain;

	@BeforeEach
	void aChain() {
		this.chain = new RequestFixtures(this.clients).deliveryChain();
	}

	@Test
	void staffKeepTheRecordAndThePartnerContributesToItsOwnMeetingOnly() {
		TestClient manager = this.clients.session(Role.MANAGER, null);
		TestClient.Response overview = manager.get("/reviews/meetings");
		assertThat(overview.status()).isEqualTo(200);
		assertThat(overview.body()).contains("Review meetings and 1:1s").contains("Start 1:1s");
		String title = ChainApiFixtures.unique("Courier quarterly review");
		TestClient.Response started = manager.postForm("/reviews/meetings/series", Map.of("kind", "PARTNER_REVIEW",
				"title", title, "partyId", this.chain.courier().id().toString(), "cadence", "QUARTERLY"));
		assertThat(started.status()).isEqualTo(302);
		String seriesPath = started.header("Location");
		assertThat(seriesPath).contains("/reviews/meetings/series/");
		assertThat(manager.get(seriesPath).body()).contains(title).contains("Plan a meeting on");

		TestClient.Response planned = manager.postForm(seriesPath + "/meetings",
				Map.of("heldOn", LocalDate.now(Scorecards.ZONE).toString()));
		String meetingPath = planned.header("Location");
		assertThat(meetingPath).matches(".*/reviews/meetings/[0-9a-f-]{36}$");
		String page = manager.get(meetingPath).body();
		assertThat(page).contains("1. Scorecard").contains("Agreements").contains("Propose a change");
		assertThat(page).contains("/agreements/");
		String version = version(page);

		TestClient.Response saved = manager.postForm(meetingPath, Map.of("version", version, "agenda",
				"1. Scorecard\n2. Saturday slots", "minutes", "Saturday slots are short of vans.", "decisions", ""));
		assertThat(manager.get(saved.header("Location")).body()).contains("The record of the meeting was saved");
		TestClient.Response stale = manager.postForm(meetingPath,
				Map.of("version", version, "agenda", "1. Something else", "minutes", "Overwritten?"));
		String afterStale = manager.get(stale.header("Location")).body();
		assertThat(afterStale).contains("Someone changed this meeting meanwhile").contains("Overwritten?");
		assertThat(manager.get(meetingPath).body()).contains("Saturday slots are short of vans.");
		TestClient.Response agreed = manager.postForm(meetingPath + "/actions",
				Map.of("description", "Add a Saturday van", "owner", "Dave Collins", "partnerOwned", "true", "dueOn",
						LocalDate.now(Scorecards.ZONE).plusDays(30).toString()));
		assertThat(manager.get(agreed.header("Location").replace("#actions", "")).body())
			.contains("carried forward until done")
			.contains("Add a Saturday van");
		TestClient.Response noOwner = manager.postForm(meetingPath + "/actions",
				Map.of("description", "Nobody's", "dueOn", "2026-12-01"));
		assertThat(manager.get(noOwner.header("Location").replace("#actions", "")).body()).contains("Not added")
			.contains("owner");

		String meetingId = meetingPath.substring(meetingPath.lastIndexOf('/') + 1);
		TestClient partner = this.clients.session(Role.PARTNER, this.chain.courier().id());
		assertThat(partner.get("/portal/meetings").body()).contains(title);
		String portalPage = partner.get("/portal/meetings/" + meetingId).body();
		assertThat(portalPage).contains("Saturday slots are short of vans.")
			.contains("/portal/agreements/")
			.contains("Propose a change")
			.doesNotContain("Save the record");
		Matcher action = ACTION.matcher(portalPage);
		assertThat(action.find()).as("the partner may update its own action").isTrue();
		TestClient.Response updated = partner.postForm("/portal/meetings/actions/" + action.group(1),
				Map.of("meetingId", meetingId, "version", "0", "status", "DONE", "note", "Van hired"));
		assertThat(partner.get(updated.header("Location").replace("#actions", "")).body())
			.contains("The action was updated")
			.contains("Van hired");
		TestClient.Response commented = partner.postForm("/portal/meetings/" + meetingId + "/comments",
				Map.of("text", "Thanks, agreed."));
		assertThat(partner.get(commented.header("Location").replace("#comments", "")).body())
			.contains("Thanks, agreed.");
		assertThat(partner.get("/reviews/meetings").status()).as("staff pages are not for partners").isEqualTo(403);

		TestClient warehouse = this.clients.session(Role.PARTNER, this.chain.warehouse().id());
		assertThat(warehouse.get("/portal/meetings/" + meetingId).status()).isEqualTo(404);
		assertThat(warehouse.get("/portal/meetings").body()).doesNotContain(title);
		TestClient customer = this.clients.session(Role.CUSTOMER, this.chain.customer().id());
		assertThat(customer.get("/portal/meetings").status()).isEqualTo(404);
		assertThat(customer.get("/portal/meetings/" + meetingId).status()).isEqualTo(404);
	}

	@Test
	void managersSetObjectivesAndABadOneIsExplained() {
		TestClient manager = this.clients.session(Role.MANAGER, null);
		TestClient.Response page = manager.get("/reviews/objectives");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Objectives").contains("Set an objective");
		TestClient.Response bad = manager.postForm("/reviews/objectives",
				Map.of("subject", "PARTNER", "partyId", this.chain.courier().id().toString(), "specific",
						"Keep 95 % of carriage promises", "metric", "SCORECARD_COMPLIANCE", "baseline", "80", "target",
						"lots", "startsOn", "2026-01-01", "achievableBy", "Maria"));
		assertThat(manager.get(bad.header("Location")).body()).contains("Not set").contains("target");
		String specific = ChainApiFixtures.unique("Keep 95 % of carriage promises");
		TestClient.Response set = manager.postForm("/reviews/objectives",
				Map.of("subject", "PARTNER", "partyId", this.chain.courier().id().toString(), "specific", specific,
						"metric", "SCORECARD_COMPLIANCE", "baseline", "80", "target", "95", "startsOn", "2026-01-01",
						"deadline", "2027-06-30", "achievableBy", "Maria, with Dave Collins"));
		assertThat(manager.get(set.header("Location")).body()).contains("The objective was set").contains(specific);
		TestClient agent = this.clients.session(Role.AGENT, null);
		assertThat(agent.get("/reviews/objectives").body()).contains(specific).doesNotContain("Set the objective");
	}

	private static String version(String page) {
		Matcher matcher = VERSION.matcher(page);
		assertThat(matcher.find()).as(page).isTrue();
		return matcher.group(1);
	}

}
