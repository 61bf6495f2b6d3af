package org.servicechain.businesscalendars;

import java.time.Duration;
import java.time.Instant;
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
import static org.servicechain.businesscalendars.BusinessCalendarApiIntegrationTests.assertProblem;
import static org.servicechain.businesscalendars.BusinessCalendarApiIntegrationTests.unique;

/**
 * Calendars, completed (issue 8) through the REST API: holidays that recur every year,
 * closures of part of a date, pauses in the due and working-time questions, and the next
 * working instant; stored, answered, validated with 422 naming field and rule, and kept
 * in the calendar's versions.
 */
@IntegrationTest
class CalendarsCompletedApiIntegrationTests {

	private static final List<String> OFFICE_DAY = List.of("09:00-12:30", "13:30-17:30");

	@Autowired
	TestClient.Clients clients;

	@Autowired
	BusinessCalendarManagement calendars;

	TestClient manager;

	@BeforeEach
	void signIn() {
		this.manager = this.clients.api(Role.MANAGER);
	}

	@Test
	void storesAndAnswersRecurringHolidaysAndClosures() {
		Map<String, Object> body = office(unique("Christmas"));
		body.put("recurringHolidays", List.of(Map.of("date", "12-25", "name", "Christmas Day"),
				Map.of("date", "12-24", "name", "Christmas Eve", "hours", List.of("09:00-12:30"))));
		body.put("closures",
				List.of(Map.of("date", "2026-12-23", "name", "Staff party", "hours", List.of("12:00-14:00"))));
		TestClient.Response created = this.manager.post("/api/v1/calendars", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();

		JsonNode read = this.manager.get("/api/v1/calendars/" + id).json();
		assertThat(read.get("recurringHolidays").valueStream().map((day) -> day.get("date").asString()))
			.containsExactly("12-24", "12-25");
		assertThat(read.get("recurringHolidays").get(0).get("hours").get(0).asString()).isEqualTo("09:00-12:30");
		assertThat(read.get("closures").get(0).get("hours").get(0).asString()).isEqualTo("12:00-14:00");

		// Wednesday 23 Dec 2026, 11:00 + 2 h: 11:00-12:00, closed until 14:00, then 1 h.
		assertThat(due(id, "start=2026-12-23T11:00&duration=PT2H").get("due").asString())
			.isEqualTo("2026-12-23T15:00:00Z");
		// Christmas Eve 2027 (a Friday) is a half day every year; Christmas Day a
		// Saturday; so 12:00 + 1 h is Monday 27 at 09:30.
		assertThat(due(id, "start=2027-12-24T12:00&duration=PT1H").get("due").asString())
			.isEqualTo("2027-12-27T09:30:00Z");
		assertThat(
				this.manager.get("/api/v1/calendars/" + id + "/working-time?from=2026-12-23T00:00&to=2026-12-24T00:00")
					.json()
					.get("duration")
					.asString())
			.isEqualTo("PT6H30M");

		// The stored revision keeps them.
		assertThat(this.calendars.calendar(UUID.fromString(id), 0)
			.addWorkingTime(Instant.parse("2026-12-23T11:00:00Z"), Duration.ofHours(2)))
			.isEqualTo(Instant.parse("2026-12-23T15:00:00Z"));

		// A change that drops the closure is a new version; the old one still closes.
		body.remove("closures");
		TestClient.Response changed = this.manager.put("/api/v1/calendars/" + id, body, "\"0\"");
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(due(id, "start=2026-12-23T11:00&duration=PT2H").get("due").asString())
			.isEqualTo("2026-12-23T14:00:00Z");
		assertThat(this.calendars.calendar(UUID.fromString(id), 0)
			.addWorkingTime(Instant.parse("2026-12-23T11:00:00Z"), Duration.ofHours(2)))
			.isEqualTo(Instant.parse("2026-12-23T15:00:00Z"));
	}

	@Test
	void badRecurringHolidaysAndClosuresAreNamedWithTheirRule() {
		Map<String, Object> body = office(unique("Bad"));
		body.put("recurringHolidays", List.of(Map.of("date", "25-12", "name", "Christmas"),
				Map.of("date", "01-01", "name", "New Year"), Map.of("date", "01-01", "name", "Again")));
		body.put("closures", List.of(Map.of("date", "2026-12-23", "name", "Party"),
				Map.of("date", "2026-12-24", "name", "Drinks", "hours", List.of("12:00-14:00", "13:00-15:00"))));
		TestClient.Response response = this.manager.post("/api/v1/calendars", body);
		assertProblem(response, 422, "recurringHolidays[0].date", "format");
		assertProblem(response, 422, "closures[0].hours", "required");
		assertProblem(response, 422, "closures[1].hours", "overlap");

		body.put("recurringHolidays",
				List.of(Map.of("date", "01-01", "name", "New Year"), Map.of("date", "01-01", "name", "Again")));
		body.remove("closures");
		assertProblem(this.manager.post("/api/v1/calendars", body), 422, "recurringHolidays[1].date", "unique");
	}

	@Test
	void pausesDoNotCount() {
		String id = create(office(unique("Pauses")));
		// Friday 15:00 + 4 h, paused Friday 16:00 until Monday 10:00: 1 h on Friday,
		// then from 10:00 on Monday 2.5 h until lunch and 0.5 h after it: 14:00.
		JsonNode due = due(id, "start=2026-11-27T15:00&duration=PT4H&pauses=2026-11-27T16:00Z/2026-11-30T10:00Z");
		assertThat(due.get("due").asString()).isEqualTo("2026-11-30T14:00:00Z");
		// Two pauses, repeated or comma-separated, local times read in the zone.
		JsonNode two = due(id, "start=2026-11-27T15:00&duration=PT4H&pauses=2026-11-27T16:00/2026-11-27T17:00"
				+ "&pauses=2026-11-30T09:00/2026-11-30T10:00");
		JsonNode commas = due(id,
				"start=2026-11-27T15:00&duration=PT4H&pauses=2026-11-27T16:00/2026-11-27T17:00,2026-11-30T09:00/2026-11-30T10:00");
		// 1 h + 0.5 h on Friday, 2.5 h on Monday: used up when lunch starts.
		assertThat(two.get("due").asString()).isEqualTo("2026-11-30T12:30:00Z").isEqualTo(commas.get("due").asString());
		// Going back leaves them out too.
		assertThat(
				due(id, "start=2026-11-30T14:00&duration=-PT4H&pauses=2026-11-27T16:00Z/2026-11-30T10:00Z").get("due")
					.asString())
			.isEqualTo("2026-11-27T15:00:00Z");

		TestClient.Response working = this.manager.get("/api/v1/calendars/" + id
				+ "/working-time?from=2026-11-30T09:00&to=2026-12-01T09:00&pauses=2026-11-30T12:00/2026-11-30T15:00");
		assertThat(working.status()).as(working.toString()).isEqualTo(200);
		assertThat(working.json().get("duration").asString()).isEqualTo("PT5H30M");
	}

	@Test
	void reversedOverlappingOrUnreadablePausesAreRefused() {
		String id = create(office(unique("Bad pauses")));
		String base = "/api/v1/calendars/" + id;
		assertProblem(this.manager
			.get(base + "/due?start=2026-11-27T15:00&duration=PT4H" + "&pauses=2026-11-27T16:00Z/2026-11-27T15:00Z"),
				422, "pauses[0]", "reversed");
		TestClient.Response overlapping = this.manager.get(base + "/working-time?from=2026-11-30T09:00"
				+ "&to=2026-12-01T09:00&pauses=2026-11-30T12:00/2026-11-30T15:00&pauses=2026-11-30T10:00/2026-11-30T12:30");
		assertProblem(overlapping, 422, "pauses[1]", "overlap");
		assertProblem(
				this.manager
					.get(base + "/working-time?from=2026-11-30T09:00&to=2026-12-01T09:00" + "&pauses=2026-11-30T12:00"),
				422, "pauses[0]", "format");
		assertProblem(
				this.manager
					.get(base + "/due?start=2026-11-27T15:00&days=2" + "&pauses=2026-11-27T16:00Z/2026-11-27T17:00Z"),
				422, "pauses", "not-with-days");
		// Touching pauses are fine.
		assertThat(this.manager
			.get(base + "/working-time?from=2026-11-30T09:00&to=2026-12-01T09:00"
					+ "&pauses=2026-11-30T10:00/2026-11-30T11:00&pauses=2026-11-30T11:00/2026-11-30T12:00")
			.json()
			.get("duration")
			.asString()).isEqualTo("PT5H30M");
	}

	@Test
	void answersTheNextWorkingInstant() {
		Map<String, Object> body = office(unique("Next"));
		body.put("closures",
				List.of(Map.of("date", "2026-11-30", "name", "Late start", "hours", List.of("09:00-10:15"))));
		String id = create(body);
		String base = "/api/v1/calendars/" + id + "/next-working-instant";

		// Friday evening: Monday's opening, after the closure.
		TestClient.Response evening = this.manager.get(base + "?from=2026-11-27T18:00");
		assertThat(evening.status()).as(evening.toString()).isEqualTo(200);
		assertThat(evening.json().get("next").asString()).isEqualTo("2026-11-30T10:15:00Z");
		assertThat(evening.json().get("nextLocal").asString()).startsWith("2026-11-30T10:15");
		assertThat(evening.json().get("working").asBoolean()).isFalse();
		assertThat(evening.json().get("zone").asString()).isEqualTo("Europe/London");

		JsonNode working = this.manager.get(base + "?from=2026-11-27T10:00:30Z").json();
		assertThat(working.get("working").asBoolean()).isTrue();
		assertThat(working.get("next").asString()).isEqualTo("2026-11-27T10:00:30Z");
		// A closing is not working time; lunch waits for 13:30.
		assertThat(this.manager.get(base + "?from=2026-11-27T12:30").json().get("next").asString())
			.isEqualTo("2026-11-27T13:30:00Z");
		// Now, by default.
		assertThat(this.manager.get(base).status()).isEqualTo(200);

		assertProblem(this.manager.get(base + "?from=yesterday"), 422, "from", "format");
		String closed = create(withoutHours(unique("Never open")));
		assertProblem(this.manager.get("/api/v1/calendars/" + closed + "/next-working-instant?from=2026-11-27T18:00"),
				422, "calendar", "no-working-time");
		assertThat(this.manager.get("/api/v1/calendars/" + UUID.randomUUID() + "/next-working-instant").status())
			.isEqualTo(404);
	}

	@Test
	void importsEventsEveryYearAsRecurringHolidays() {
		Map<String, Object> body = office(unique("Imported"));
		body.put("recurringHolidays",
				List.of(Map.of("date", "12-25", "name", "Xmas"), Map.of("date", "05-01", "name", "May Day")));
		String id = create(body);
		String ics = BusinessCalendarApiIntegrationTests.ics(
				"BEGIN:VEVENT\r\nUID:xmas@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20261225\r\n"
						+ "RRULE:FREQ=YEARLY\r\nSUMMARY:Christmas Day\r\nEND:VEVENT\r\n",
				BusinessCalendarApiIntegrationTests.event("20261228", "Substitute day"));
		TestClient.Response imported = this.manager.send("POST", "/api/v1/calendars/" + id + "/holidays/import",
				"text/calendar", ics, Map.of("If-Match", "\"0\""));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.json().get("recurring").asInt()).isEqualTo(1);
		assertThat(imported.json().get("added").asInt()).isEqualTo(1);
		JsonNode calendar = imported.json().get("calendar");
		assertThat(calendar.get("recurringHolidays").valueStream().map((day) -> day.get("name").asString()))
			.containsExactly("May Day", "Christmas Day");
		assertThat(this.calendars.calendar(UUID.fromString(id)).isWorking(Instant.parse("2031-12-25T10:00:00Z")))
			.isFalse();

		String monthly = BusinessCalendarApiIntegrationTests
			.ics("BEGIN:VEVENT\r\nUID:m@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20261201\r\n"
					+ "RRULE:FREQ=MONTHLY\r\nSUMMARY:Monthly\r\nEND:VEVENT\r\n");
		assertProblem(this.manager.send("POST", "/api/v1/calendars/" + id + "/holidays/import", "text/calendar",
				monthly, Map.of("If-Match", "\"1\"")), 422, "ics", "recurring");
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

	private static Map<String, Object> withoutHours(String name) {
		Map<String, Object> body = office(name);
		body.put("hours", Map.of());
		return body;
	}

}
