package org.servicechain.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partner review meetings over the API (PM-3): a series, meetings whose agenda is drafted
 * from the data, actions carried forward until done, the partner updating the actions its
 * side owns and commenting on the minutes, and who sees which meetings. Bad input names
 * the field; a stale If-Match is refused.
 */
@IntegrationTest
class MeetingIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	TestClient manager;

	Named courier;

	Named otherSupplier;

	Named customer;

	LocalDate today;

	@BeforeEach
	void twoSuppliersAndACustomer() {
		this.manager = this.clients.api(Role.MANAGER);
		ChainApiFixtures chain = new ChainApiFixtures(this.manager);
		this.courier = chain.supplier("Courier");
		this.otherSupplier = chain.supplier("Other courier");
		this.customer = chain.externalCustomer("Amelia Hughes");
		this.today = LocalDate.now(Scorecards.ZONE);
	}

	@Test
	void actionsAreCarriedForwardUntilDoneAndThePartnerUpdatesOnlyItsOwn() {
		String series = series(this.courier, "quarterly review");
		JsonNode first = ok(this.manager.post("/api/v1/meetings",
				Map.of("series", series, "heldOn", this.today.minusDays(60).toString())), 201);
		assertThat(first.get("agenda").asString()).startsWith("1. Scorecard").endsWith("Any other business");
		assertThat(first.get("periodTo").asString()).isEqualTo(this.today.minusDays(60).toString());
		String firstId = first.get("id").asString();
		JsonNode theirs = ok(this.manager.post("/api/v1/meetings/" + firstId + "/actions",
				Map.of("description", "Send the root cause of the missed slots", "owner", "Dave Collins",
						"partnerOwned", true, "dueOn", this.today.minusDays(30).toString())),
				201);
		JsonNode ours = ok(this.manager.post("/api/v1/meetings/" + firstId + "/actions",
				Map.of("description", "Share the winter schedule", "owner", "Maria", "partnerOwned", false, "dueOn",
						this.today.plusDays(10).toString())),
				201);
		TestClient.Response held = this.manager.put(
				"/api/v1/meetings/" + firstId, Map.of("agenda", first.get("agenda").asString(), "minutes",
						"Slots missed on Saturdays.", "decisions", "Saturday capacity doubles.", "held", true),
				"\"" + first.get("version").asLong() + "\"");
		assertThat(held.status()).as(held.toString()).isEqualTo(200);
		assertThat(held.json().get("status").asString()).isEqualTo("HELD");

		// The next meeting's agenda carries both open actions, the overdue one marked.
		JsonNode second = ok(
				this.manager.post("/api/v1/meetings", Map.of("series", series, "heldOn", this.today.toString())), 201);
		String secondId = second.get("id").asString();
		assertThat(second.get("agenda").asString()).contains("Actions carried forward:")
			.contains("OVERDUE Send the root cause of the missed slots (Dave Collins")
			.contains("Share the winter schedule (Maria");
		assertThat(second.get("periodFrom").asString()).isEqualTo(this.today.minusDays(59).toString());
		assertThat(second.get("carriedForward").size()).isEqualTo(2);

		// The partner sees its own meetings, updates the action its side owns, not ours.
		TestClient partner = this.clients.api(Role.PARTNER, this.courier.id());
		List<String> visible = ids(partner.get("/api/v1/meetings?size=200").json());
		assertThat(visible).containsExactlyInAnyOrder(firstId, secondId);
		assertThat(partner
			.put("/api/v1/meetings/actions/" + ours.get("id").asString(), Map.of("status", "DONE"),
					"\"" + ours.get("version").asLong() + "\"")
			.status()).as("not the partner's action").isEqualTo(403);
		TestClient.Response done = partner.put("/api/v1/meetings/actions/" + theirs.get("id").asString(),
				Map.of("status", "DONE", "note", "Root cause sent: a depot rota gap"),
				"\"" + theirs.get("version").asLong() + "\"");
		assertThat(done.status()).as(done.toString()).isEqualTo(200);
		assertThat(done.json().get("updatedBy").asString()).doesNotContain("partner-");
		TestClient.Response stale = this.manager.put("/api/v1/meetings/actions/" + theirs.get("id").asString(),
				Map.of("status", "OPEN"), "\"" + theirs.get("version").asLong() + "\"");
		assertThat(stale.status()).as("a stale If-Match overwrites nothing").isIn(409, 412);
		assertThat(this.manager
			.put("/api/v1/meetings/actions/" + theirs.get("id").asString(), Map.of("status", "OPEN"), null)
			.status()).isEqualTo(428);

		TestClient.Response comment = partner.post("/api/v1/meetings/" + secondId + "/comments",
				Map.of("text", "We will add a Saturday van from next month."));
		assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
		JsonNode seen = partner.get("/api/v1/meetings/" + secondId).json();
		assertThat(seen.get("comments").get(0).get("side").asString()).isEqualTo(this.courier.name());
		assertThat(seen.get("comments").get(0).get("author").asString()).doesNotContain("partner-");
		// Done on the day of the second meeting: still shown there, as it was open then.
		assertThat(seen.get("carriedForward").size()).isEqualTo(2);

		// A later meeting carries only what is still open.
		JsonNode third = ok(this.manager.post("/api/v1/meetings",
				Map.of("series", series, "heldOn", this.today.plusDays(90).toString())), 201);
		assertThat(third.get("agenda").asString()).contains("Share the winter schedule")
			.doesNotContain("Send the root cause");
		assertThat(third.get("carriedForward").size()).isEqualTo(1);
	}

	@Test
	void aPartnerSeesOnlyItsOwnPartysMeetingsAndACustomerNone() {
		String mine = ok(this.manager.post("/api/v1/meetings",
				Map.of("series", series(this.courier, "review"), "heldOn", this.today.toString())), 201)
			.get("id")
			.asString();
		String theirs = ok(this.manager.post("/api/v1/meetings",
				Map.of("series", series(this.otherSupplier, "review"), "heldOn", this.today.toString())), 201)
			.get("id")
			.asString();
		TestClient partner = this.clients.api(Role.PARTNER, this.courier.id());
		List<String> visible = ids(partner.get("/api/v1/meetings?size=200").json());
		assertThat(visible).contains(mine).doesNotContain(theirs);
		assertThat(partner.get("/api/v1/meetings/" + theirs).status()).isEqualTo(404);
		assertThat(partner.post("/api/v1/meetings/" + theirs + "/comments", Map.of("text", "Hello")).status())
			.isEqualTo(404);
		assertThat(partner
			.post("/api/v1/meetings/" + mine + "/actions",
					Map.of("description", "x", "owner", "y", "dueOn", this.today.toString()))
			.status()).as("partners do not write the record").isEqualTo(403);
		assertThat(partner
			.post("/api/v1/meetings/series",
					Map.of("kind", "PARTNER_REVIEW", "title", "Mine", "cadence", "MONTHLY", "partyId",
							this.courier.id()))
			.status()).isEqualTo(403);

		TestClient customer = this.clients.api(Role.CUSTOMER, this.customer.id());
		assertThat(customer.get("/api/v1/meetings").json().get("totalItems").asLong()).isZero();
		assertThat(customer.get("/api/v1/meetings/" + mine).status()).isEqualTo(404);

		List<String> staff = ids(this.clients.api(Role.AGENT).get("/api/v1/meetings?size=200").json());
		assertThat(staff).as("staff see every partner review").contains(mine, theirs);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		TestClient.Response noTitle = this.manager.post("/api/v1/meetings/series",
				Map.of("kind", "PARTNER_REVIEW", "cadence", "QUARTERLY", "partyId", this.courier.id()));
		assertThat(noTitle.status()).isEqualTo(422);
		assertThat(noTitle.body()).contains("\"title\"").contains("required");
		TestClient.Response withCustomer = this.manager.post("/api/v1/meetings/series", Map.of("kind", "PARTNER_REVIEW",
				"title", "Customer review", "cadence", "QUARTERLY", "partyId", this.customer.id()));
		assertThat(withCustomer.status()).isEqualTo(422);
		assertThat(withCustomer.body()).contains("\"partyId\"");
		assertThat(this.manager.post("/api/v1/meetings", Map.of()).body()).contains("\"series\"");

		String meeting = ok(this.manager.post("/api/v1/meetings",
				Map.of("series", series(this.courier, "review"), "heldOn", this.today.toString())), 201)
			.get("id")
			.asString();
		TestClient.Response noDue = this.manager.post("/api/v1/meetings/" + meeting + "/actions",
				Map.of("description", "Call the depot", "owner", "Maria"));
		assertThat(noDue.status()).isEqualTo(422);
		assertThat(noDue.body()).contains("\"dueOn\"");
		TestClient.Response emptyComment = this.manager.post("/api/v1/meetings/" + meeting + "/comments",
				Map.of("text", "  "));
		assertThat(emptyComment.status()).isEqualTo(422);
		assertThat(emptyComment.body()).contains("\"text\"");
		assertThat(this.manager.get("/api/v1/meetings?size=0").status()).isEqualTo(400);
	}

	private String series(Named party, String title) {
		return ok(this.manager.post("/api/v1/meetings/series", Map.of("kind", "PARTNER_REVIEW", "title",
				ChainApiFixtures.unique(party.name() + " " + title), "cadence", "QUARTERLY", "partyId", party.id())),
				201)
			.get("id")
			.asString();
	}

	private static JsonNode ok(TestClient.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return response.json();
	}

	private static List<String> ids(JsonNode page) {
		return page.get("items").valueStream().map((item) -> item.get("id").asString()).toList();
	}

}
