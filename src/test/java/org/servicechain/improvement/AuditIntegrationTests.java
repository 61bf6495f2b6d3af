package org.servicechain.improvement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.NewUser;
import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * The audit journey over the API (FB-7): a manager designs a checklist and schedules a
 * recurring audit of a partner, already overdue; the auditor records results (If-Match
 * required, stale refused), cannot complete with an item open, records a finding and
 * completes, which fixes the score and schedules the next; the manager raises an
 * improvement action from the finding, and each names the other. Partners and customers
 * never see audits; a team member reads only completed audits of their own team.
 */
@IntegrationTest
class AuditIntegrationTests {

	private static final String TEMPLATES = "/api/v1/audit-templates";

	private static final String AUDITS = "/api/v1/audits";

	@Autowired
	TestClient.Clients clients;

	@Autowired
	IdentityManagement identity;

	private String staffUser(Role role, UUID partyId) {
		String username = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createUserAsSystem(
				new NewUser(username, "Auditor " + username, null, TestClient.Clients.PASSWORD, role, partyId));
		return username;
	}

	private TestClient signIn(String username) {
		return this.clients.anonymous().login(username, TestClient.Clients.PASSWORD).useNewToken();
	}

	private static Map<String, Object> template(String subjectKind, List<Map<String, Object>> items) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "Hand-over " + UUID.randomUUID().toString().substring(0, 6));
		body.put("subjectKind", subjectKind);
		body.put("kind", "SERVICE_AUDIT");
		body.put("items", items);
		return body;
	}

	private static Map<String, Object> item(String question, Object weight) {
		Map<String, Object> item = new HashMap<>();
		item.put("question", question);
		item.put("weight", weight);
		return item;
	}

	private static Map<String, Object> answer(int position, String result) {
		return Map.of("position", position, "result", result, "note", "seen " + position);
	}

	private static JsonNode ok(TestClient.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return response.json();
	}

	private JsonNode schedule(TestClient manager, String templateId, UUID party, String auditor, LocalDate due,
			String unit) {
		Map<String, Object> body = new HashMap<>();
		body.put("templateId", templateId);
		body.put("subjectPartyId", party);
		body.put("auditor", auditor);
		body.put("dueOn", due.toString());
		if (unit != null) {
			body.put("recurUnit", unit);
			body.put("recurEvery", 2);
		}
		return ok(manager.post(AUDITS, body), 201);
	}

	@Test
	void anAuditIsConductedCompletedRecursAndRaisesAnActionFromAFinding() {
		TestClient manager = this.clients.api(Role.MANAGER);
		ChainApiFixtures chain = new ChainApiFixtures(manager);
		Named courier = chain.supplier("Courier");
		Named team = chain.internalTeam("Dispatch");
		Named delivery = chain.service("Home delivery");

		assertProblem(manager.post(TEMPLATES, template("PARTNER", List.of(item("Scans", 0)))), 422, "items[0].weight",
				"range");
		JsonNode template = ok(manager.post(TEMPLATES, template("PARTNER", List.of(item("Scans every parcel", 3),
				item("Straps large items", 2), item("Leaves on time", 1), item("Manifest signed", 4)))), 201);
		String templateId = template.get("id").asString();
		assertThat(template.get("totalWeight").asInt()).isEqualTo(10);

		String auditorName = staffUser(Role.AGENT, null);
		TestClient auditor = signIn(auditorName);
		Map<String, Object> teamSubject = new HashMap<>(Map.of("templateId", templateId, "subjectPartyId", team.id(),
				"auditor", auditorName, "dueOn", LocalDate.now().toString()));
		assertProblem(manager.post(AUDITS, teamSubject), 422, "subjectPartyId", "kind");
		assertProblem(auditor.post(AUDITS, teamSubject), 403);

		JsonNode audit = schedule(manager, templateId, courier.id(), auditorName, LocalDate.now().minusDays(3),
				"WEEKS");
		String id = audit.get("id").asString();
		String reference = audit.get("reference").asString();
		assertThat(reference).startsWith("AUD-");
		assertThat(audit.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(audit.get("overdue").asBoolean()).isTrue();
		assertThat(manager.items(AUDITS + "?overdue=true")).extracting((a) -> a.get("id").asString()).contains(id);

		// The template may change now: the audit keeps the items it was scheduled with.
		TestClient.Response read = manager.get(TEMPLATES + "/" + templateId);
		Map<String, Object> edited = template("PARTNER", List.of(item("Only one item now", 1)));
		assertProblem(manager.put(TEMPLATES + "/" + templateId, edited, null), 428);
		assertThat(ok(manager.put(TEMPLATES + "/" + templateId, edited, read.etag()), 200).get("revision").asInt())
			.isEqualTo(2);
		assertProblem(manager.put(TEMPLATES + "/" + templateId, edited, read.etag()), 409);

		String results = AUDITS + "/" + id + "/results";
		Map<String, Object> first = Map.of("items", List.of(answer(1, "MET"), answer(2, "NOT_MET")));
		assertProblem(auditor.put(results, first, null), 428);
		String etag = auditor.get(AUDITS + "/" + id).etag();
		TestClient.Response recorded = auditor.put(results, first, etag);
		assertThat(ok(recorded, 200).get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(recorded.json().get("items").size()).isEqualTo(4);
		assertProblem(auditor.put(results, first, etag), 409);
		assertProblem(auditor.post(AUDITS + "/" + id + "/complete", Map.of(), Map.of("If-Match", recorded.etag())), 422,
				"items", "answered");

		TestClient.Response rest = auditor.put(results,
				Map.of("items", List.of(answer(3, "PARTLY"), answer(4, "NOT_APPLICABLE"))), recorded.etag());
		ok(rest, 200);
		assertProblem(auditor.post(AUDITS + "/" + id + "/findings",
				Map.of("itemPosition", 1, "severity", "MAJOR", "text", "Fine"), Map.of("If-Match", rest.etag())), 422,
				"itemPosition", "unmet");
		TestClient.Response found = auditor.post(AUDITS + "/" + id + "/findings",
				Map.of("itemPosition", 2, "severity", "MAJOR", "text", "Fridges laid flat"),
				Map.of("If-Match", rest.etag()));
		assertThat(ok(found, 201).get("findings").get(0).get("number").asInt()).isEqualTo(1);
		TestClient.Response completed = auditor.post(AUDITS + "/" + id + "/complete", Map.of(),
				Map.of("If-Match", found.etag()));
		JsonNode done = ok(completed, 200);
		// 3 met + 2 not met + 1 partly (0.5), manifest N/A: 3.5 of 6
		assertThat(done.get("score").asDouble()).isEqualTo(58.3);
		assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(done.get("overdue").asBoolean()).isFalse();

		// Recurrence: the next is due two weeks after this one, from the template as it
		// is now.
		JsonNode next = ok(manager.get(AUDITS + "/" + done.get("nextId").asString()), 200);
		assertThat(next.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(next.get("dueOn").asString()).isEqualTo(LocalDate.now().minusDays(3).plusWeeks(2).toString());
		assertThat(next.get("previousReference").asString()).isEqualTo(reference);
		assertThat(next.get("items").size()).isEqualTo(1);
		assertThat(next.get("templateRevision").asInt()).isEqualTo(2);

		// Raising an action: managers only, metric chosen as in the action form.
		String raise = AUDITS + "/" + id + "/findings/1/action";
		Map<String, Object> action = new HashMap<>(Map.of("title", "Strap every fridge upright", "owner", auditorName,
				"serviceId", delivery.id(), "target", 1, "deadline", LocalDate.now().plusMonths(1).toString()));
		assertProblem(auditor.post(raise, Map.of("title", "x"), Map.of("If-Match", completed.etag())), 403);
		assertProblem(manager.post(raise, action, Map.of("If-Match", completed.etag())), 422, "metric", "required");
		action.put("metric", "COMPLAINT_COUNT");
		JsonNode started = ok(manager.post(raise, action, Map.of("If-Match", completed.etag())), 201);
		assertThat(started.get("links").asString()).isEqualTo(reference + " finding 1");
		JsonNode after = ok(manager.get(AUDITS + "/" + id), 200);
		JsonNode finding = after.get("findings").get(0);
		assertThat(finding.get("actionId").asString()).isEqualTo(started.get("id").asString());
		assertThat(finding.get("actionTitle").asString()).isEqualTo("Strap every fridge upright");
		assertProblem(manager.post(raise, action, Map.of("If-Match", manager.get(AUDITS + "/" + id).etag())), 422,
				"finding", "once");

		// The history per subject lists the completed score.
		JsonNode history = ok(manager.get(AUDITS + "/subjects/" + courier.id()), 200);
		assertThat(history.get("scores").get(0).get("score").asDouble()).isEqualTo(58.3);

		// Cancelling needs a reason.
		String nextId = next.get("id").asString();
		String nextEtag = manager.get(AUDITS + "/" + nextId).etag();
		assertProblem(
				manager.post(AUDITS + "/" + nextId + "/cancel", Map.of("reason", " "), Map.of("If-Match", nextEtag)),
				422, "reason", "required");
		assertThat(ok(manager.post(AUDITS + "/" + nextId + "/cancel", Map.of("reason", "Courier replaced"),
				Map.of("If-Match", nextEtag)), 200)
			.get("status")
			.asString()).isEqualTo("CANCELLED");
	}

	@Test
	void partnersAndCustomersNeverSeeAuditsAndTeamMembersReadTheirTeamsCompletedOnes() {
		TestClient manager = this.clients.api(Role.MANAGER);
		ChainApiFixtures chain = new ChainApiFixtures(manager);
		Named courier = chain.supplier("Courier");
		Named team = chain.internalTeam("Dispatch");
		Named other = chain.internalTeam("Repairs");
		Named customer = chain.externalCustomer("Amelia Hughes");
		String templateId = ok(manager.post(TEMPLATES, template("TEAM", List.of(item("Tidy bay", 1)))), 201).get("id")
			.asString();
		String auditorName = staffUser(Role.AGENT, null);
		String open = schedule(manager, templateId, team.id(), auditorName, LocalDate.now().plusDays(5), null).get("id")
			.asString();
		JsonNode closed = schedule(manager, templateId, team.id(), auditorName, LocalDate.now().plusDays(5), null);
		String closedId = closed.get("id").asString();
		TestClient auditor = signIn(auditorName);
		TestClient.Response answered = auditor.put(AUDITS + "/" + closedId + "/results",
				Map.of("items", List.of(answer(1, "MET"))), auditor.get(AUDITS + "/" + closedId).etag());
		ok(auditor.post(AUDITS + "/" + closedId + "/complete", Map.of(), Map.of("If-Match", answered.etag())), 200);

		TestClient partner = this.clients.api(Role.PARTNER, courier.id());
		TestClient client = this.clients.api(Role.CUSTOMER, customer.id());
		for (TestClient outsider : List.of(partner, client)) {
			assertThat(outsider.get(AUDITS).status()).isEqualTo(403);
			assertThat(outsider.get(AUDITS + "/" + closedId).status()).isIn(403, 404);
			assertThat(outsider.get(TEMPLATES).status()).isEqualTo(403);
		}

		TestClient member = this.clients.api(Role.TEAM_MEMBER, team.id());
		assertThat(member.items(AUDITS)).extracting((a) -> a.get("id").asString())
			.contains(closedId)
			.doesNotContain(open);
		assertThat(member.get(AUDITS + "/" + closedId).status()).isEqualTo(200);
		assertThat(member.get(AUDITS + "/" + closedId).json().get("canConduct").asBoolean()).isFalse();
		assertProblem(member.get(AUDITS + "/" + open), 404);
		assertProblem(member.put(AUDITS + "/" + closedId + "/results", Map.of("items", List.of(answer(1, "NOT_MET"))),
				member.get(AUDITS + "/" + closedId).etag()), 403);
		TestClient stranger = this.clients.api(Role.TEAM_MEMBER, other.id());
		assertThat(stranger.items(AUDITS)).extracting((a) -> a.get("id").asString()).doesNotContain(closedId, open);
		assertProblem(stranger.get(AUDITS + "/" + closedId), 404);
		// The auditor sees both of theirs; another agent neither.
		assertThat(auditor.items(AUDITS)).extracting((a) -> a.get("id").asString()).contains(closedId, open);
		TestClient agent = this.clients.api(Role.AGENT);
		assertProblem(agent.get(AUDITS + "/" + open), 404);
	}

}
