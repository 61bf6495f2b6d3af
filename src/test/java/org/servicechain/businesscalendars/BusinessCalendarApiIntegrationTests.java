package org.servicechain.businesscalendars;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Business calendars through the REST API: create, read, change and delete with
 * optimistic locking, holiday import from iCalendar, the due and working-time questions,
 * bad input named parameter by parameter, and who may do what (AGREE-5, INT-1, REQ-7).
 */
@IntegrationTest
class BusinessCalendarApiIntegrationTests {

	private static final List<String> OFFICE_DAY = List.of("09:00-12:30", "13:30-17:30");

	@Autowired
	TestClient.Clients clients;

	TestClient manager;

	@BeforeEach
	void signIn() {
		this.manager = this.clients.api(Role.MANAGER);
	}

	@Test
	void createsReadsChangesAndDeletesACalendarWithOptimisticLocking() {
		String name = unique("Office");
		TestClient.Response created = this.manager.post("/api/v1/calendars", office(name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode calendar = created.json();
		String id = calendar.get("id").asString();
		assertThat(created.header("Location")).endsWith("/api/v1/calendars/" + id);
		assertThat(created.etag()).isEqualTo("\"0\"");
		assertThat(calendar.get("zone").asString()).isEqualTo("Europe/London");
		assertThat(calendar.get("hours").get("MONDAY").valueStream().map(JsonNode::asString))
			.containsExactly("09:00-12:30", "13:30-17:30");
		assertThat(calendar.get("hours").get("SATURDAY")).isEmpty();
		assertThat(calendar.get("weeklyWorkingTime").asString()).isEqualTo("PT37H30M");

		TestClient.Response read = this.manager.get("/api/v1/calendars/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.etag()).isEqualTo("\"0\"");
		assertThat(this.manager.items("/api/v1/calendars").stream().map((c) -> c.get("name").asString()))
			.contains(name);

		Map<String, Object> saturdays = office(name);
		saturdays.put("hours", Map.of("MONDAY", OFFICE_DAY, "SATURDAY", List.of("10:00-14:00")));
		TestClient.Response changed = this.manager.put("/api/v1/calendars/" + id, saturdays, "\"0\"");
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.etag()).isEqualTo("\"1\"");
		assertThat(changed.json().get("hours").get("SATURDAY").get(0).asString()).isEqualTo("10:00-14:00");

		TestClient.Response stale = this.manager.put("/api/v1/calendars/" + id, office(name), "\"0\"");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(stale.json()
			.get("changesSince")
			.get(0)
			.get("changes")
			.valueStream()
			.map((change) -> change.get("field").asString())).contains("hours.SATURDAY", "hours.TUESDAY");
		assertThat(this.manager.put("/api/v1/calendars/" + id, office(name), null).status()).isEqualTo(428);

		JsonNode history = this.manager.get("/api/v1/calendars/" + id + "/history").json();
		assertThat(history.valueStream().map((entry) -> entry.get("operation").asString())).containsExactly("updated",
				"created");

		assertThat(this.manager.delete("/api/v1/calendars/" + id, null).status()).isEqualTo(428);
		assertThat(this.manager.delete("/api/v1/calendars/" + id, "\"0\"").status()).isEqualTo(409);
		assertThat(this.manager.delete("/api/v1/calendars/" + id, "\"1\"").status()).isEqualTo(204);
		assertThat(this.manager.get("/api/v1/calendars/" + id).status()).isEqualTo(404);
	}

	@Test
	void savingTheSameCalendarAgainChangesNothing() {
		String name = unique("Unchanged");
		String id = this.manager.post("/api/v1/calendars", office(name)).json().get("id").asString();
		TestClient.Response again = this.manager.put("/api/v1/calendars/" + id, office(name), "\"0\"");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.etag()).isEqualTo("\"0\"");
		assertThat(this.manager.get("/api/v1/calendars/" + id + "/history").json()).hasSize(1);
	}

	@Test
	void retriedCreateWithTheSameIdempotencyKeyCreatesOnce() {
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
		Map<String, Object> body = office(unique("Retried"));
		TestClient.Response first = this.manager.post("/api/v1/calendars", body, key);
		TestClient.Response retry = this.manager.post("/api/v1/calendars", body, key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
	}

	@Test
	void fourHoursRaisedOnFridayAfternoonAreDueOnMondayMorning() {
		String id = create(office(unique("Due")));

		// 15:00-17:30 on Friday is 2.5 h; the remaining 1.5 h run from 09:00 on Monday.
		JsonNode local = due(id, "start=2026-11-27T15:00&duration=PT4H");
		assertThat(local.get("start").asString()).isEqualTo("2026-11-27T15:00:00Z");
		assertThat(local.get("due").asString()).isEqualTo("2026-11-30T10:30:00Z");
		assertThat(local.get("dueLocal").asString()).startsWith("2026-11-30T10:30");
		assertThat(local.get("zone").asString()).isEqualTo("Europe/London");
		assertThat(local.get("duration").asString()).isEqualTo("PT4H");

		// In summer London is an hour ahead of UTC: a local start differs from the same
		// digits as an instant.
		JsonNode summerLocal = due(id, "start=2026-07-03T15:00&duration=PT4H");
		assertThat(summerLocal.get("start").asString()).isEqualTo("2026-07-03T14:00:00Z");
		assertThat(summerLocal.get("due").asString()).isEqualTo("2026-07-06T09:30:00Z");
		assertThat(summerLocal.get("dueLocal").asString()).startsWith("2026-07-06T10:30");
		JsonNode summerInstant = due(id, "start=2026-07-03T15:00:00Z&duration=PT4H");
		assertThat(summerInstant.get("startLocal").asString()).startsWith("2026-07-03T16:00");
		assertThat(summerInstant.get("due").asString()).isEqualTo("2026-07-06T10:30:00Z");
		JsonNode withOffset = due(id, "start=2026-07-03T16:00%2B01:00&duration=PT4H");
		assertThat(withOffset.get("due").asString()).isEqualTo("2026-07-06T10:30:00Z");
		JsonNode unencodedPlus = due(id, "start=2026-07-03T16:00+01:00&duration=PT4H");
		assertThat(unencodedPlus.get("due").asString()).isEqualTo("2026-07-06T10:30:00Z");
	}

	@Test
	void negativeDurationsGoBackAndDaysCountWorkingDays() {
		String id = create(office(unique("Back")));

		JsonNode back = due(id, "start=2026-11-30T10:30&duration=-PT4H");
		assertThat(back.get("due").asString()).isEqualTo("2026-11-27T15:00:00Z");
		assertThat(back.get("duration").asString()).isEqualTo("PT-4H");

		JsonNode days = due(id, "start=2026-11-27T15:00&days=3");
		assertThat(days.get("due").asString()).isEqualTo("2026-12-02T15:00:00Z");
		assertThat(days.get("days").asInt()).isEqualTo(3);
		assertThat(days.get("duration").isNull()).isTrue();

		JsonNode saturday = due(id, "start=2026-11-28T10:00&days=-1");
		assertThat(saturday.get("dueLocal").asString()).startsWith("2026-11-26T17:30");
	}

	@Test
	void measuresWorkingTimeBetweenTwoInstants() {
		String id = create(office(unique("Measure")));
		TestClient.Response response = this.manager
			.get("/api/v1/calendars/" + id + "/working-time?from=2026-11-27T09:00:00Z&to=2026-11-30T12:00:00Z");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode measured = response.json();
		// All of Friday (7.5 h) and Monday 09:00-12:00.
		assertThat(measured.get("seconds").asLong()).isEqualTo(10 * 3600 + 30 * 60);
		assertThat(measured.get("duration").asString()).isEqualTo("PT10H30M");
		assertThat(measured.get("fromLocal").asString()).startsWith("2026-11-27T09:00");
		assertThat(measured.get("toLocal").asString()).startsWith("2026-11-30T12:00");

		JsonNode reversed = this.manager
			.get("/api/v1/calendars/" + id + "/working-time?from=2026-11-30T12:00&to=2026-11-27T09:00")
			.json();
		assertThat(reversed.get("seconds").asLong()).isEqualTo(-(10 * 3600 + 30 * 60));
	}

	@Test
	void importsBankHolidaysFromAnIcsFileAndCountsAroundThem() {
		String id = create(office(unique("Holidays")));
		TestClient.Response imported = importIcs(id,
				ics(event("20261225", "Christmas Day"), event("20261228", "Boxing Day (substitute day)")),
				Map.of("If-Match", "\"0\""));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.etag()).isEqualTo("\"1\"");
		assertThat(imported.json().get("found").asInt()).isEqualTo(2);
		assertThat(imported.json().get("added").asInt()).isEqualTo(2);
		assertThat(imported.json()
			.get("calendar")
			.get("holidays")
			.valueStream()
			.map((day) -> day.get("date").asString() + " " + day.get("name").asString()))
			.containsExactly("2026-12-25 Christmas Day", "2026-12-28 Boxing Day (substitute day)");

		// Thursday 24th: 2.5 h; Friday 25th and Monday 28th are holidays; Tuesday 09:00 +
		// 1.5 h.
		assertThat(due(id, "start=2026-12-24T15:00&duration=PT4H").get("due").asString())
			.isEqualTo("2026-12-29T10:30:00Z");

		JsonNode history = this.manager.get("/api/v1/calendars/" + id + "/history").json();
		assertThat(history.get(0).get("changes").valueStream().map((change) -> change.get("field").asString()))
			.containsExactly("holidays 2026-12-25", "holidays 2026-12-28");

		TestClient.Response again = importIcs(id, ics(event("20261225", "Christmas Day")), Map.of("If-Match", "\"1\""));
		assertThat(again.json().get("added").asInt()).isZero();
		assertThat(again.etag()).isEqualTo("\"1\"");

		assertProblem(importIcs(id, "this is not a calendar", Map.of("If-Match", "\"1\"")), 422, "ics", "ics");
		assertProblem(importIcs(id,
				ics("BEGIN:VEVENT\r\nUID:t@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261225T090000Z\r\n"
						+ "DTEND:20261225T100000Z\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\n"),
				Map.of("If-Match", "\"1\"")), 422, "ics", "all-day");
		assertThat(importIcs(id, ics(event("20261225", "Christmas Day")), Map.of()).status()).isEqualTo(428);
	}

	/**
	 * Finding 4 of issue 9: a 1 MB file of 7,700 overlapping year-long events took 34 s
	 * and then failed with a misleading conflict. Caps on events, expanded dates and
	 * joined names answer 422 naming the rule, before anything is saved.
	 */
	@Test
	void refusesIcsFilesThatWouldExpandBeyondTheCaps() {
		String id = create(office(unique("Probe")));
		StringBuilder many = new StringBuilder();
		StringBuilder long366 = new StringBuilder();
		StringBuilder sameDay = new StringBuilder();
		for (int i = 0; i < 2000; i++) {
			many.append(yearLong(i, "Probe " + i));
		}
		for (int i = 0; i < 20; i++) {
			long366.append(yearLong(i, "Year " + i));
			sameDay.append(event("20261225", "A rather long holiday name number " + i).replace("UID:20261225@test",
					"UID:" + i + "@test"));
		}

		assertProblem(importIcs(id, ics(many.toString()), Map.of("If-Match", "\"0\"")), 422, "ics", "max-events");
		assertProblem(importIcs(id, ics(long366.toString()), Map.of("If-Match", "\"0\"")), 422, "ics", "max-dates");
		assertProblem(importIcs(id, ics(sameDay.toString()), Map.of("If-Match", "\"0\"")), 422, "ics", "max");
		assertThat(this.manager.get("/api/v1/calendars/" + id).etag()).as("nothing saved").isEqualTo("\"0\"");
	}

	private static String yearLong(int i, String summary) {
		return "BEGIN:VEVENT\r\nUID:" + i + "@probe\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260101"
				+ "\r\nDTEND;VALUE=DATE:20270102\r\nSUMMARY:" + summary + "\r\nEND:VEVENT\r\n";
	}

	@Test
	void namesEachBadCalendarFieldAndTheRuleItBroke() {
		String taken = unique("Taken");
		create(office(taken));
		assertProblem(this.manager.post("/api/v1/calendars", office(" " + taken.toUpperCase() + " ")), 422, "name",
				"unique");
		assertProblem(this.manager.post("/api/v1/calendars", office("")), 422, "name", "required");

		Map<String, Object> mars = office(unique("Mars"));
		mars.put("zone", "Mars/Olympus_Mons");
		assertProblem(this.manager.post("/api/v1/calendars", mars), 422, "zone", "known-zone");

		assertProblem(
				this.manager.post("/api/v1/calendars",
						withHours(Map.of("MONDAY", List.of("09:00-12:00", "11:00-13:00")))),
				422, "hours.MONDAY", "overlap");
		assertProblem(
				this.manager.post("/api/v1/calendars",
						withHours(Map.of("MONDAY", List.of("09:00-12:00", "17:00-09:00")))),
				422, "hours.MONDAY[1]", "reversed");
		assertProblem(this.manager.post("/api/v1/calendars", withHours(Map.of("TUESDAY", List.of("9am-5pm")))), 422,
				"hours.TUESDAY[0]", "format");
		assertProblem(
				this.manager.post("/api/v1/calendars",
						withHours(Map.of("FRIDAY", List.of("22:00-07:00+1"), "SATURDAY", List.of("06:00-14:00")))),
				422, "hours.FRIDAY", "overlap-next-day");

		Map<String, Object> twice = office(unique("Twice"));
		twice.put("holidays", List.of(Map.of("date", "2026-12-25", "name", "Christmas Day"),
				Map.of("date", "2026-12-25", "name", "Christmas again")));
		assertProblem(this.manager.post("/api/v1/calendars", twice), 422, "holidays[1].date", "unique");
		Map<String, Object> partDay = office(unique("Part day"));
		partDay.put("holidays", List
			.of(Map.of("date", "2026-12-24", "name", "Christmas Eve", "hours", List.of("09:00-12:00", "11:00-13:00"))));
		assertProblem(this.manager.post("/api/v1/calendars", partDay), 422, "holidays[0].hours", "overlap");
		Map<String, Object> special = office(unique("Special"));
		special.put("specialWorkingDays", List.of(Map.of("date", "2026-11-28", "name", "Stocktake")));
		assertProblem(this.manager.post("/api/v1/calendars", special), 422, "specialWorkingDays[0].hours", "required");
		assertProblem(this.manager.postRaw("/api/v1/calendars", "application/json",
				"{\"name\":\"x\",\"zone\":\"UTC\",\"hours\":{\"FUNDAY\":[]}}"), 400, "hours", "type");
	}

	@Test
	void namesEachBadQuestionParameterAndTheRuleItBroke() {
		String id = create(office(unique("Questions")));
		String due = "/api/v1/calendars/" + id + "/due?";
		assertProblem(this.manager.get(due + "start=next+friday&duration=PT4H"), 422, "start", "format");
		assertProblem(this.manager.get(due + "start=2026-11-27T15:00&duration=4+hours"), 422, "duration", "format");
		assertProblem(this.manager.get(due + "start=2026-11-27T15:00&duration=PT4H&days=1"), 422, "days", "exclusive");
		assertProblem(this.manager.get(due + "start=2026-11-27T15:00"), 422, "duration", "required");
		assertProblem(this.manager.get(due + "duration=PT1000000H"), 422, "duration", "max");
		assertProblem(this.manager.get(due + "duration=-PT1000000H"), 422, "duration", "max");
		assertProblem(this.manager.get(due + "duration=P1D"), 422, "duration", "no-days");
		assertProblem(this.manager.get(due + "duration=PT0.5S"), 422, "duration", "whole-seconds");
		assertProblem(this.manager.get(due + "days=40000"), 422, "days", "range");
		assertProblem(this.manager.get(due + "days=three"), 400, "days", "type");
		assertProblem(this.manager.get(due + "start=3100-01-01T00:00&duration=PT1H"), 422, "start", "range");
		assertProblem(this.manager.get(due + "start=2999-12-31T17:00&duration=PT10H"), 422, "duration", "range");
		assertProblem(this.manager.get("/api/v1/calendars/" + id + "/working-time?from=2026-11-27T09:00"), 422, "to",
				"required");
		assertProblem(this.manager.get("/api/v1/calendars/" + id + "/working-time?from=yesterday&to=2026-11-27T09:00"),
				422, "from", "format");
		assertThat(this.manager.get("/api/v1/calendars/" + UUID.randomUUID() + "/due?duration=PT1H").status())
			.isEqualTo(404);

		Map<String, Object> never = office(unique("Never open"));
		never.put("hours", Map.of());
		String closed = create(never);
		assertProblem(this.manager.get("/api/v1/calendars/" + closed + "/due?duration=PT1H"), 422, "calendar",
				"no-working-time");
		assertProblem(this.manager.get("/api/v1/calendars/" + closed + "/due?days=2"), 422, "calendar",
				"no-working-time");
	}

	@Test
	void agentsReadAndAskButDoNotChangeAndPartnersSeeNothing() {
		String id = create(office(unique("Shared")));
		TestClient agent = this.clients.api(Role.AGENT);
		assertThat(agent.get("/api/v1/calendars").status()).isEqualTo(200);
		assertThat(agent.get("/api/v1/calendars/" + id).status()).isEqualTo(200);
		assertThat(agent.get("/api/v1/calendars/" + id + "/due?duration=PT4H").status()).isEqualTo(200);
		assertThat(agent.get("/api/v1/calendars/" + id + "/working-time?from=2026-11-27T09:00&to=2026-11-28T09:00")
			.status()).isEqualTo(200);
		assertThat(agent.post("/api/v1/calendars", office(unique("Agent's"))).status()).isEqualTo(403);
		assertThat(agent.put("/api/v1/calendars/" + id, office(unique("Agent's")), "\"0\"").status()).isEqualTo(403);
		assertThat(agent.delete("/api/v1/calendars/" + id, "\"0\"").status()).isEqualTo(403);

		String partyId = this.manager.post("/api/v1/parties", Map.of("name", unique("Partner"), "kind", "PARTNER"))
			.json()
			.get("id")
			.asString();
		TestClient partner = this.clients.api(Role.PARTNER, UUID.fromString(partyId));
		assertThat(partner.get("/api/v1/calendars").status()).isEqualTo(403);
		assertThat(partner.get("/api/v1/calendars/" + id + "/due?duration=PT4H").status()).isEqualTo(403);
		assertThat(partner.post("/api/v1/calendars", office(unique("Partner's"))).status()).isEqualTo(403);
	}

	private TestClient.Response importIcs(String id, String body, Map<String, String> headers) {
		return this.manager.send("POST", "/api/v1/calendars/" + id + "/holidays/import", "text/calendar", body,
				headers);
	}

	private String create(Map<String, Object> body) {
		TestClient.Response created = this.manager.post("/api/v1/calendars", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private JsonNode due(String id, String query) {
		TestClient.Response response = this.manager.get("/api/v1/calendars/" + id + "/due?" + query);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static Map<String, Object> office(String name) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("zone", "Europe/London");
		body.put("hours", Map.of("MONDAY", OFFICE_DAY, "TUESDAY", OFFICE_DAY, "WEDNESDAY", OFFICE_DAY, "THURSDAY",
				OFFICE_DAY, "FRIDAY", OFFICE_DAY));
		return body;
	}

	private static Map<String, Object> withHours(Map<String, List<String>> hours) {
		Map<String, Object> body = office(unique("Hours"));
		body.put("hours", hours);
		return body;
	}

	static String ics(String... events) {
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Servicechain tests//EN\r\n" + String.join("", events)
				+ "END:VCALENDAR\r\n";
	}

	static String event(String date, String summary) {
		return "BEGIN:VEVENT\r\nUID:" + date + "@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:" + date
				+ "\r\nSUMMARY:" + summary + "\r\nEND:VEVENT\r\n";
	}

	static void assertProblem(TestClient.Response response, int status, String field, String rule) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		List<JsonNode> errors = response.json().get("errors").valueStream().toList();
		assertThat(errors).as(response.toString()).anySatisfy((error) -> {
			assertThat(error.get("field").asString()).isEqualTo(field);
			assertThat(error.get("rule").asString()).isEqualTo(rule);
		});
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

}
