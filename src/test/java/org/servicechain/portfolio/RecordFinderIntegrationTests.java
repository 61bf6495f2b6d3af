package org.servicechain.portfolio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import org.servicechain.feedback.RequesterScope;
import org.servicechain.feedback.SurveyDetails;
import org.servicechain.feedback.SurveyKind;
import org.servicechain.feedback.SurveyManagement;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.identity.UserView;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.reviews.ActionStatus;
import org.servicechain.reviews.ActionView;
import org.servicechain.reviews.Cadence;
import org.servicechain.reviews.MeetingKind;
import org.servicechain.reviews.MeetingManagement;
import org.servicechain.reviews.MeetingView;
import org.servicechain.reviews.NewAction;
import org.servicechain.reviews.NewSeries;
import org.servicechain.reviews.SeriesView;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources of evidence issue 17 adds to the portfolio's suggestions (REP-3): the
 * entries a practitioner wrote in partners' relationship logs (cooperative and
 * uncooperative), the 1:1s they took part in and the meeting actions they own, and the
 * survey answers customers gave about requests they handled; each with the criteria
 * {@link SuggestionPolicy} maps it to, and none of somebody else's.
 */
@IntegrationTest
class RecordFinderIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	RecordFinder finder;

	@Autowired
	Clock clock;

	DeliveryChain chain;

	UserView person;

	TestClient agent;

	UserView other;

	TestClient otherAgent;

	String manager;

	@BeforeEach
	void twoAgentsAndAManager() {
		this.chain = new RequestFixtures(this.clients).deliveryChain();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.person = this.identity.createUserAsSystem(new NewUser("rf-agent-" + suffix, "Rhea Finder " + suffix, null,
				TestClient.Clients.PASSWORD, Role.AGENT, null));
		this.agent = this.clients.anonymous().login(this.person.username(), TestClient.Clients.PASSWORD).useNewToken();
		this.other = this.identity.createUserAsSystem(new NewUser("rf-other-" + suffix, "Otto Other " + suffix, null,
				TestClient.Clients.PASSWORD, Role.AGENT, null));
		this.otherAgent = this.clients.anonymous()
			.login(this.other.username(), TestClient.Clients.PASSWORD)
			.useNewToken();
		this.manager = "rf-manager-" + suffix;
		this.identity.createUserAsSystem(new NewUser(this.manager, "Mona Manager " + suffix, null,
				TestClient.Clients.PASSWORD, Role.MANAGER, null));
	}

	@Test
	void relationshipLogEntriesTheyWroteAreSuggestedAsCooperativeOrUncooperativeEpisodes() {
		LocalDate today = LocalDate.now(this.clock);
		UUID cooperative = log(this.agent, this.chain.courier().id(), today.minusDays(20), "COOPERATIVE",
				"Swapped a van at an hour's notice for our flood week.");
		UUID uncooperative = log(this.agent, this.chain.courier().id(), today.minusDays(5), "UNCOOPERATIVE",
				"Would not share the missed-collection report for two weeks.");
		UUID notMine = log(this.otherAgent, this.chain.courier().id(), today.minusDays(3), "COOPERATIVE",
				"Somebody else's entry.");

		List<Suggestion> found = this.finder.recordsOf(this.person);

		Suggestion good = one(found, EvidenceSource.RELATIONSHIP_ENTRY, cooperative);
		assertThat(good.criteria()).contains("B9 2.1", "CFACSB9 P8", "B9 E5a").doesNotContain("B9 E5b");
		assertThat(good.title()).contains(this.chain.courier().name()).contains("Swapped a van");
		assertThat(good.customerId()).as("partners are not customers").isNull();
		assertThat(one(found, EvidenceSource.RELATIONSHIP_ENTRY, uncooperative).criteria()).contains("B9 E5b")
			.doesNotContain("B9 E5a");
		assertThat(found).noneMatch((s) -> s.sourceId().equals(notMine));
		assertThat(this.finder.ownRecord(this.person, EvidenceSource.RELATIONSHIP_ENTRY, uncooperative)).isPresent();
		assertThat(this.finder.ownRecord(this.person, EvidenceSource.RELATIONSHIP_ENTRY, notMine)).isEmpty();
		assertThat(this.finder.ownRecord(this.other, EvidenceSource.RELATIONSHIP_ENTRY, notMine)).isPresent();
	}

	@Test
	void heldOneToOnesAndTheMeetingActionsTheyOwnAreSuggested() {
		LocalDate today = LocalDate.now(this.clock);
		MeetingView oneToOne = SystemActor.call(() -> {
			SeriesView series = this.meetings
				.createSeries(new NewSeries(MeetingKind.ONE_TO_ONE, "Rhea's 1:1 " + this.person.username(),
						Cadence.MONTHLY, null, this.person.username(), this.manager));
			MeetingView planned = this.meetings.plan(series.id(), today.minusDays(7));
			return this.meetings.record(planned.id(), planned.version(), planned.agenda(),
					"Rhea wants to learn complaint handling.", "Rhea shadows the complaints desk.", true);
		});
		MeetingView notHeld = SystemActor.call(() -> this.meetings.plan(oneToOne.seriesId(), today.plusDays(20)));
		ActionView development = SystemActor
			.call(() -> this.meetings.addAction(oneToOne.id(), new NewAction("Shadow the complaints desk for a day",
					this.person.displayName(), false, today.plusDays(10))));
		ActionView review = SystemActor.call(() -> {
			SeriesView series = this.meetings
				.createSeries(new NewSeries(MeetingKind.PARTNER_REVIEW, "Courier review " + this.person.username(),
						Cadence.MONTHLY, this.chain.courier().id(), null, null));
			MeetingView meeting = this.meetings.plan(series.id(), today.minusDays(2));
			ActionView action = this.meetings.addAction(meeting.id(), new NewAction("Add a Saturday collection slot",
					this.person.displayName(), false, today.plusDays(14)));
			this.meetings.addAction(meeting.id(),
					new NewAction("Send the root cause", this.person.displayName(), true, today.plusDays(14)));
			return this.meetings.updateAction(action.id(), action.version(), ActionStatus.DONE, "In the rota now.");
		});

		List<Suggestion> found = this.finder.recordsOf(this.person);

		Suggestion minutes = one(found, EvidenceSource.ONE_TO_ONE, oneToOne.id());
		assertThat(minutes.criteria()).contains("328 E10", "328 E4");
		assertThat(minutes.title()).contains("complaint handling");
		assertThat(found).as("a meeting not held yet has no minutes")
			.noneMatch((s) -> s.sourceId().equals(notHeld.id()));
		assertThat(one(found, EvidenceSource.MEETING_ACTION, development.id()).criteria()).contains("328 E10",
				"328 E13");
		Suggestion done = one(found, EvidenceSource.MEETING_ACTION, review.id());
		assertThat(done.criteria()).contains("B9 1.5", "B9 2.5", "CFACSB9 P12", "B10 E5a").doesNotContain("328 E10");
		assertThat(done.title()).contains("Saturday collection").contains("Done");
		assertThat(found).as("the partner's side owns that one")
			.noneMatch((s) -> s.title().contains("Send the root cause"));
		assertThat(this.finder.ownRecord(this.person, EvidenceSource.MEETING_ACTION, review.id())).isPresent();
		assertThat(this.finder.ownRecord(this.other, EvidenceSource.MEETING_ACTION, review.id())).isEmpty();
		assertThat(this.finder.ownRecord(this.other, EvidenceSource.ONE_TO_ONE, oneToOne.id())).isEmpty();
		assertThat(this.finder.recordsOf(this.other))
			.noneMatch((s) -> s.kind() == EvidenceSource.ONE_TO_ONE || s.kind() == EvidenceSource.MEETING_ACTION);
	}

	@Test
	void surveyAnswersAboutRequestsTheyHandledAreSuggestedAsFeedbackAskedFor() {
		JsonNode internal = raiseAndAssign(this.agent, this.person.username(), this.chain.internalCustomer().id(),
				"Stock query from the stores");
		JsonNode external = raiseAndAssign(this.agent, this.person.username(), this.chain.customer().id(),
				"Missed delivery");
		JsonNode others = raiseAndAssign(this.otherAgent, this.other.username(), this.chain.customer().id(),
				"Not Rhea's request");
		Instant now = this.clock.instant();
		UUID[] answers = SystemActor.call(() -> {
			UUID survey = this.surveys
				.create(new SurveyDetails("RF survey " + this.person.username(), SurveyKind.CSAT, "How satisfied?",
						"Why?", null, RequesterScope.ANY, 100, 0, 14, false))
				.id();
			return new UUID[] {
					this.surveys.recordPastAnswer(survey, id(internal), now.minus(Duration.ofDays(3)),
							now.minus(Duration.ofDays(2)), 2, "Slow to hear back about the stock."),
					this.surveys.recordPastAnswer(survey, id(external), now.minus(Duration.ofDays(3)), null, null,
							null),
					this.surveys.recordPastAnswer(survey, id(others), now.minus(Duration.ofDays(3)),
							now.minus(Duration.ofDays(1)), 5, "Great") };
		});

		List<Suggestion> found = this.finder.recordsOf(this.person);

		Suggestion answered = one(found, EvidenceSource.SURVEY_ANSWER, answers[0]);
		assertThat(answered.criteria()).contains("B10 E5c", "B10 2.5", "328 E8", "328 10.1");
		assertThat(answered.title()).contains("score 2").contains("Slow to hear back");
		assertThat(answered.reference()).isEqualTo(internal.get("reference").asString());
		assertThat(answered.customerId()).isEqualTo(this.chain.internalCustomer().id());
		assertThat(found).as("not answered").noneMatch((s) -> s.sourceId().equals(answers[1]));
		assertThat(found).as("not their request").noneMatch((s) -> s.sourceId().equals(answers[2]));
		assertThat(this.finder.ownRecord(this.person, EvidenceSource.SURVEY_ANSWER, answers[0])).isPresent();
		assertThat(this.finder.ownRecord(this.person, EvidenceSource.SURVEY_ANSWER, answers[2])).isEmpty();
		assertThat(this.finder.customerIdentity(EvidenceSource.SURVEY_ANSWER, answers[0]))
			.contains(this.chain.internalCustomer().name());
	}

	private UUID log(TestClient who, UUID party, LocalDate on, String kind, String summary) {
		TestClient.Response logged = who.post("/api/v1/parties/" + party + "/relationship-log",
				Map.of("occurredOn", on.toString(), "kind", kind, "summary", summary));
		assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
		return UUID.fromString(logged.json().get("id").asString());
	}

	private JsonNode raiseAndAssign(TestClient who, String username, UUID requester, String summary) {
		TestClient.Response raised = who.post("/api/v1/requests",
				Map.of("service", this.chain.delivery().id(), "requester", requester, "summary", summary, "description",
						summary, "impact", "MEDIUM", "urgency", "HIGH"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		String id = raised.json().get("id").asString();
		TestClient.Response assigned = who.put("/api/v1/requests/" + id + "/assignee",
				Map.of("assignee", username, "reason", "Mine"), who.get("/api/v1/requests/" + id).etag());
		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
		return raised.json();
	}

	private static UUID id(JsonNode node) {
		return UUID.fromString(node.get("id").asString());
	}

	private static Suggestion one(List<Suggestion> found, EvidenceSource kind, UUID id) {
		return found.stream()
			.filter((s) -> RecordFinder.same(s, kind, id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + kind + " " + id + " in " + found));
	}

}
