package org.servicechain.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo organisation loads at start and gives every demo user something real to see
 * and do: a month of requests in every state, tasks with the couriers, the warehouse and
 * the gateway, work overdue and escalated. It runs on its own in-memory H2 database even
 * in the PostgreSQL run, because the demo loads only into an empty database.
 */
@IntegrationTest
@TestPropertySource(properties = { "servicechain.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo-${random.uuid};DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
		"spring.datasource.password=" })
class DemoOrganisationIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Test
	void aRealisticSetOfComplaintsInternalAboutSuppliersAndReferred() {
		TestClient admin = this.clients.api(Role.ADMIN);
		List<JsonNode> complaints = admin.items("/api/v1/complaints");
		assertThat(complaints).hasSizeGreaterThanOrEqualTo(10);
		assertThat(complaints).anyMatch((c) -> c.get("internal").asBoolean());
		assertThat(complaints).anyMatch((c) -> c.get("referred").asBoolean());
		assertThat(complaints).anyMatch((c) -> c.get("referredOut").asBoolean());
		assertThat(complaints).anyMatch((c) -> c.get("status").asString().equals("CLOSED"));
		assertThat(complaints).anyMatch((c) -> c.get("status").asString().equals("RESOLUTION_PROPOSED"));
		assertThat(complaints).anyMatch((c) -> c.get("overdue").asBoolean());
		assertThat(complaints).anyMatch((c) -> "Supplier failure".equals(c.get("causeCategory").asString("")));
		assertThat(admin.get("/api/v1/complaints/policy").json().get("ombudsmanName").asString())
			.isEqualTo("The Retail Ombudsman");
		// Carol sees hers; Paula, for SwiftParcel, sees the one referred to her party,
		// without Carol's personal data.
		assertThat(demoUser("carol.customer").items("/api/v1/complaints")).isNotEmpty();
		List<JsonNode> referred = demoUser("paula.partner").items("/api/v1/complaints");
		assertThat(referred).hasSize(1);
		assertThat(referred.get(0).get("complainant").asString()).doesNotContain("Carol");
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	/**
	 * Internal customers answered a SERVQUAL survey over the month: enough answers for
	 * the gap chart to say something, with one dimension clearly the largest shortfall.
	 */
	@Test
	void internalCustomersRateServiceQualityOnTheFiveDimensions() {
		TestClient maria = demoUser("maria.manager");
		JsonNode survey = maria.items("/api/v1/feedback/surveys")
			.stream()
			.filter((s) -> s.get("kind").asString().equals("SERVQUAL"))
			.findFirst()
			.orElseThrow();
		JsonNode gaps = survey.get("servqual");
		assertThat(gaps.get("answers").asInt()).isBetween(15, 25);
		assertThat(gaps.get("overall").asDouble()).isNegative();
		assertThat(gaps.get("largestShortfall").asString()).isEqualTo("RESPONSIVENESS");
		assertThat(maria.get("/feedback/analysis?kind=SERVQUAL").body()).contains("SERVQUAL gap per dimension");
	}

	/**
	 * The month's warnings and breaches happened weeks ago: recorded as done, not told to
	 * anyone at the first sweep; the clocks still show the breaches.
	 */
	@Test
	void theMonthsPastClockActionsAreRecordedWithoutAlerts() {
		assertThat(this.jdbc.queryForObject("select count(*) from sla_action", Long.class)).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from notify_happening where source = 'sla'", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from sla_clock where breached_at is not null", Long.class))
			.isPositive();
	}

	@Test
	void aMonthOfRequestsInEveryState() {
		TestClient admin = this.clients.api(Role.ADMIN);
		long all = count(admin, "");
		assertThat(all).as("a quarter of requests, the last month the busiest").isBetween(350L, 800L);
		for (String status : List.of("NEW", "OPEN", "WAITING_ON_CUSTOMER", "WAITING_ON_PARTNER", "RESOLVED",
				"CLOSED")) {
			assertThat(count(admin, "status=" + status)).as(status).isPositive();
		}
		assertThat(count(admin, "status=CLOSED")).as("most of a month's work is closed").isGreaterThan(all / 2);
		assertThat(count(admin, "escalated=true&active=true")).isPositive();
		assertThat(count(admin, "internal=true")).isPositive();
		assertThat(count(admin, "internal=false")).isPositive();
		assertThat(count(admin, "active=true&dueBefore=" + Instant.now())).as("overdue now").isPositive();
	}

	@Test
	void requestHistoriesCarryThePastAndOneWasReopened() {
		TestClient admin = this.clients.api(Role.ADMIN);
		List<JsonNode> closed = admin.get("/api/v1/requests?status=CLOSED&sort=opened&size=5")
			.json()
			.get("items")
			.valueStream()
			.toList();
		JsonNode oldest = closed.get(0);
		assertThat(Instant.parse(oldest.get("openedAt").asString())).isBefore(Instant.now().minusSeconds(20 * 86400));
		List<JsonNode> events = admin.get("/api/v1/requests/" + oldest.get("id").asString() + "/events")
			.json()
			.valueStream()
			.toList();
		assertThat(events).extracting((event) -> event.get("kind").asString())
			.contains("OPENED", "ASSIGNED", "PUBLIC_REPLY", "STATUS_CHANGED");
		assertThat(events).extracting((event) -> Instant.parse(event.get("at").asString()))
			.isSorted()
			.allSatisfy((at) -> assertThat(at).isBefore(Instant.now().minusSeconds(86400)));
		// Sophie Turner's tumble dryer was repaired, came back and was repaired again.
		List<JsonNode> sophies = admin
			.get("/api/v1/requests?size=200&requester=" + partyIds(admin).get("Sophie Turner"))
			.json()
			.get("items")
			.valueStream()
			.toList();
		assertThat(sophies).anySatisfy((request) -> assertThat(
				admin.get("/api/v1/requests/" + request.get("id").asString() + "/events").json().valueStream().toList())
			.anySatisfy((event) -> {
				assertThat(event.get("kind").asString()).isEqualTo("STATUS_CHANGED");
				assertThat(event.get("from").asString()).isEqualTo("RESOLVED");
				assertThat(event.get("to").asString()).isEqualTo("OPEN");
			}));
	}

	@Test
	void everyDemoUserHasSomethingToDo() {
		JsonNode carols = demoUser("carol.customer").get("/api/v1/requests?size=200").json();
		assertThat(carols.get("totalItems").asLong()).isPositive();
		assertThat(carols.get("items").valueStream().map((item) -> item.get("requesterName").asString()))
			.containsOnly("Carol Hughes");

		JsonNode priyas = demoUser("priya.customer").get("/api/v1/requests?size=200").json();
		assertThat(priyas.get("totalItems").asLong()).isPositive();
		assertThat(priyas.get("items").valueStream().map((item) -> item.get("requesterName").asString()))
			.containsOnly("Riverside Lettings Ltd");

		assertTasksOfOwnParty(demoUser("paula.partner"), "SwiftParcel Couriers");
		assertTasksOfOwnParty(demoUser("irene.partner"), "PayBridge Payments");
		assertTasksOfOwnParty(demoUser("tom.team"), "Warehouse & Dispatch");

		JsonNode tomsWork = demoUser("tom.team").get("/api/v1/queues/mine").json();
		assertThat(tomsWork.get("totalItems").asLong()).isPositive();
		JsonNode samsWork = demoUser("sam.support").get("/api/v1/queues/mine").json();
		assertThat(samsWork.get("totalItems").asLong()).isPositive();
		JsonNode alexsWork = demoUser("alex.agent").get("/api/v1/queues/mine").json();
		assertThat(alexsWork.get("totalItems").asLong()).isPositive();
	}

	@Test
	void tasksWentUpTheChainAndOneWasDeclined() {
		TestClient admin = this.clients.api(Role.ADMIN);
		Map<String, UUID> parties = partyIds(admin);
		for (String party : List.of("SwiftParcel Couriers", "FastLane Logistics", "Northern Spares Ltd",
				"Warehouse & Dispatch", "Field Engineering", "IT Support")) {
			List<JsonNode> tasks = admin.get("/api/v1/tasks?active=false&size=200&party=" + parties.get(party))
				.json()
				.get("items")
				.valueStream()
				.toList();
			assertThat(tasks).as(party).extracting((task) -> task.get("status").asString()).contains("COMPLETED");
		}
		List<String> fastLane = admin
			.get("/api/v1/tasks?active=false&size=200&party=" + parties.get("FastLane Logistics"))
			.json()
			.get("items")
			.valueStream()
			.map((task) -> task.get("status").asString())
			.toList();
		assertThat(fastLane).contains("DECLINED");
		assertThat(admin.get("/api/v1/tasks?active=true&size=200&party=" + parties.get("SwiftParcel Couriers"))
			.json()
			.get("totalItems")
			.asLong()).isPositive();
	}

	private static Map<String, UUID> partyIds(TestClient admin) {
		Map<String, UUID> parties = new java.util.HashMap<>();
		admin.get("/api/v1/parties?size=200")
			.json()
			.get("items")
			.valueStream()
			.forEach((party) -> parties.put(party.get("name").asString(), UUID.fromString(party.get("id").asString())));
		return parties;
	}

	private void assertTasksOfOwnParty(TestClient user, String party) {
		List<JsonNode> tasks = user.get("/api/v1/tasks?active=false&size=200")
			.json()
			.get("items")
			.valueStream()
			.toList();
		assertThat(tasks).as(party).isNotEmpty();
		assertThat(tasks).extracting((task) -> task.get("partyName").asString()).containsOnly(party);
	}

	@Test
	void theTeamHasPatternsAbsencesAndABusyWeekAhead() {
		TestClient maria = demoUser("maria.manager");
		assertThat(maria.get("/api/v1/workforce/patterns")
			.json()
			.get("items")
			.valueStream()
			.filter((person) -> person.get("username").asString().equals("alex.agent"))
			.map((person) -> person.get("calendarName").asString())).containsExactly("UK office hours");
		// A courier failure being worked under its contingency procedure, on the
		// dashboard.
		assertThat(maria.get("/api/v1/incidents?open=true")
			.json()
			.get("items")
			.valueStream()
			.map((incident) -> incident.get("title").asString())).contains("SwiftParcel cannot collect or deliver");
		assertThat(demoUser("alex.agent").get("/team/hint").body()).contains("Incident open",
				"SwiftParcel cannot collect or deliver");
		String team = maria.get("/team").body();
		assertThat(team).contains("Waiting for your decision", "Forklift licence renewal", "Away in the next two weeks",
				"Ben Okoro", "open items not moved");
		assertThat(maria.get("/team/hint").body()).contains("Sam Fletcher", "is away today", "move their work");
		String demand = maria.get("/team/demand").body();
		assertThat(demand).contains("Seasonal average", "MAE", "MAPE", ">Busy<", "above the usual week");
		// The work falling due is broken down by the agreement each deadline is kept
		// under.
		assertThat(demand).contains("By agreement").containsPattern("class=\"badge neutral\">AGR-\\d+ \\d+<");
	}

	@Test
	void aPastMaintenanceNoticeAndALiveIncidentNoticeWithWhoWasTold() {
		TestClient maria = demoUser("maria.manager");
		java.util.List<tools.jackson.databind.JsonNode> notices = maria.get("/api/v1/service-notices?size=200")
			.json()
			.get("items")
			.valueStream()
			.toList();
		tools.jackson.databind.JsonNode maintenance = notices.stream()
			.filter((n) -> n.get("title").asString().equals("Platform hosting maintenance window"))
			.findFirst()
			.orElseThrow();
		assertThat(maintenance.get("clearedAt").isNull()).isFalse();
		assertThat(maintenance.get("updates").asInt()).isEqualTo(2);
		tools.jackson.databind.JsonNode incident = notices.stream()
			.filter((n) -> n.get("title").asString().equals("SwiftParcel cannot collect or deliver"))
			.findFirst()
			.orElseThrow();
		assertThat(incident.get("clearedAt").isNull()).isTrue();
		tools.jackson.databind.JsonNode live = maria.get("/api/v1/service-notices/" + incident.get("id").asString())
			.json();
		assertThat(live.get("deliveries")).isNotEmpty();
		assertThat(live.get("deliveries").valueStream().map((d) -> d.get("channel").asString())).contains("MAIL",
				"IN_APP");
		assertThat(maria.get("/notices/current").body()).contains("SwiftParcel cannot collect or deliver");
	}

	@Test
	void aKnowledgeBaseWithPublishedArticlesAndOneReviewOverdue() {
		List<JsonNode> articles = demoUser("maria.manager").items("/api/v1/knowledge/articles");
		assertThat(articles).extracting((a) -> a.get("title").asString())
			.contains("Parcel marked delivered but not received", "Refund to card takes 5–10 working days",
					"SwiftParcel contingency: depot closed or vans off the road");
		assertThat(articles).anyMatch((a) -> a.get("reviewOverdue").asBoolean());
		assertThat(articles).anyMatch((a) -> a.get("versions").asInt() == 2);
		List<JsonNode> carols = demoUser("carol.customer").items("/api/v1/knowledge/articles");
		assertThat(carols).isNotEmpty().allMatch((a) -> a.get("audience").asString().equals("PUBLISHED"));
	}

	/**
	 * Two checklists; SwiftParcel's hand-over audit completed with a finding that raised
	 * an action, its recurring successor overdue, the phone mystery shop scheduled; Paula
	 * (SwiftParcel) sees none of them.
	 */
	@Test
	void auditsWithAFindingThatRaisedAnActionOneOverdueAndOneScheduled() {
		TestClient maria = demoUser("maria.manager");
		assertThat(maria.items("/api/v1/audit-templates")).extracting((t) -> t.get("name").asString())
			.contains("Front-line phone mystery shop", "Courier hand-over audit");
		List<JsonNode> audits = maria.items("/api/v1/audits");
		assertThat(audits)
			.anyMatch((a) -> a.get("status").asString().equals("SCHEDULED") && a.get("overdue").asBoolean());
		assertThat(audits)
			.anyMatch((a) -> a.get("status").asString().equals("SCHEDULED") && !a.get("overdue").asBoolean());
		JsonNode done = audits.stream()
			.filter((a) -> a.get("status").asString().equals("COMPLETED"))
			.findFirst()
			.orElseThrow();
		assertThat(done.get("subjectName").asString()).isEqualTo("SwiftParcel Couriers");
		JsonNode finding = maria.get("/api/v1/audits/" + done.get("id").asString()).json().get("findings").get(0);
		assertThat(finding.get("actionId").isNull()).isFalse();
		assertThat(demoUser("paula.partner").get("/api/v1/audits").status()).isEqualTo(403);
	}

	@Test
	void aQuarterOfReviewsWithAnActionCarriedForward() {
		TestClient paula = demoUser("paula.partner");
		List<JsonNode> meetings = paula.items("/api/v1/meetings");
		assertThat(meetings).hasSize(4).allMatch((m) -> m.get("partyName").asString().equals("SwiftParcel Couriers"));
		JsonNode next = paula.get("/api/v1/meetings/" + meetings.get(0).get("id").asString()).json();
		assertThat(next.get("status").asString()).isEqualTo("PLANNED");
		assertThat(next.get("agenda").asString()).contains("OVERDUE Agree a recovery plan")
			.contains("Share the winter peak volume forecast")
			.doesNotContain("Send the root cause");
		assertThat(next.get("carriedForward").valueStream().map((a) -> a.get("description").asString()))
			.contains("Agree a recovery plan for first responses on damaged-parcel claims");
		// SwiftParcel's card fell in its slow month and recovered the month after.
		java.time.LocalDate slow = DemoMonth.slowMonth(Instant.now());
		JsonNode card = demoUser("maria.manager")
			.get("/api/v1/scorecards/" + next.get("partyId").asString() + "?from=" + slow.minusMonths(1) + "&to="
					+ slow.plusMonths(2).minusDays(1))
			.json();
		List<String> verdicts = card.get("months")
			.valueStream()
			.map((month) -> month.get("verdict").asString())
			.toList();
		assertThat(verdicts).hasSize(3);
		assertThat(verdicts.get(0)).as("the month before").isNotEqualTo("FAILING");
		assertThat(verdicts.get(1)).as("the slow month").isEqualTo("FAILING");
		List<Integer> scores = card.get("months").valueStream().map((month) -> month.get("score").asInt()).toList();
		assertThat(scores.get(2)).as("the recovery").isGreaterThan(scores.get(1) + 10);
		assertThat(demoUser("irene.partner").items("/api/v1/meetings")).isEmpty();
		assertThat(demoUser("maria.manager").items("/api/v1/objectives")).hasSize(3);
		assertThat(demoUser("alex.agent").items("/api/v1/meetings"))
			.anyMatch((m) -> m.get("kind").asString().equals("ONE_TO_ONE"));
		assertThat(demoUser("ben.agent").items("/api/v1/meetings"))
			.noneMatch((m) -> m.get("kind").asString().equals("ONE_TO_ONE"));
	}

	@Test
	void swiftParcelAndPayBridgeRateUsInTheQuarter() {
		TestClient maria = demoUser("maria.manager");
		JsonNode swift = maria.items("/api/v1/parties?size=200&q=SwiftParcel")
			.stream()
			.filter((party) -> party.get("name").asString().equals("SwiftParcel Couriers"))
			.findFirst()
			.orElseThrow();
		String card = "/api/v1/scorecards/" + swift.get("id").asString();
		JsonNode ratesUs = maria.get(card).json().get("ratesUs");
		assertThat(ratesUs.get("answers").asInt()).isEqualTo(3);
		assertThat(ratesUs.get("average").asDouble()).isEqualTo(3.7);
		assertThat(ratesUs.get("comments").asInt()).isEqualTo(3);
		assertThat(maria.get("/reviews/scorecards/" + swift.get("id").asString()).body())
			.contains("How SwiftParcel Couriers rates us: 3.7 / 5 from 3 answers")
			.contains("Please share the winter peak forecast early")
			.doesNotContain("paula.partner");
		JsonNode comments = maria.get(card + "/rates-us/comments").json();
		assertThat(comments.get("items").get(0).get("comment").asString()).contains("Saturday collection slot");
		assertThat(demoUser("paula.partner").get("/portal/scorecard").body())
			.contains("How you rate us: 3.7 / 5 from 3 answers")
			.contains("Moving a third of our parcels to FastLane felt abrupt");
		// PayBridge's latest pulse waits for Irene.
		assertThat(demoUser("irene.partner").get("/portal/feedback").body())
			.contains("Tell us how we are doing as your partner")
			.contains("Partnership pulse");
	}

	private TestClient demoUser(String username) {
		return this.clients.anonymous().login(username, DemoOrganisation.DEMO_PASSWORD);
	}

	private static long count(TestClient client, String filter) {
		TestClient.Response response = client.get("/api/v1/requests?size=1&" + filter);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("totalItems").asLong();
	}

}
