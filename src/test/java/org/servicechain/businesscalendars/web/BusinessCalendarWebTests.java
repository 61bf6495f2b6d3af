package org.servicechain.businesscalendars.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar pages over HTTP with a signed-in browser session: the week drawn with its
 * night shift, the due-time preview as a page and as an htmx fragment, the form's
 * messages, holiday upload, and who may edit (AGREE-5).
 */
@IntegrationTest
class BusinessCalendarWebTests {

	@Autowired
	TestClient.Clients clients;

	TestClient manager;

	@BeforeEach
	void signIn() {
		this.manager = this.clients.session(Role.MANAGER, null);
	}

	@Test
	void calendarPageDrawsTheWorkingWeekWithItsNightShift() {
		String id = createOffice(unique("Week"));
		TestClient.Response page = this.manager.get("/calendars/" + id);
		assertThat(page.status()).isEqualTo(200);
		String html = page.body();
		// Monday 09:00-12:30 from 37.5 % of the day down, 14.583 % of it long.
		assertThat(html).contains("style=\"top:37.500%;height:14.583%\"", ">09:00–12:30<");
		// Wednesday's night shift: 22:00 to midnight, then striped on Thursday until
		// 06:00.
		assertThat(html).contains("style=\"top:91.667%;height:8.333%\"");
		assertThat(html).containsPattern("class=\"week-block spill\" style=\"top:0.000%;height:25.000%\"");
		// The same in words.
		assertThat(html).contains(
				"<dt>Thursday</dt><dd>Wednesday&#39;s night shift until 06:00, 09:00–12:30, 13:30–17:30</dd>",
				"<dt>Saturday</dt><dd>closed</dd>", "22:00–06:00 the next day (night shift)");
		assertThat(html).contains("Christmas Eve", "09:00-12:00", "45 h 30 min");
		assertThat(html).contains("href=\"/calendars\"").contains("class=\"active\">Calendars</a>");
	}

	@Test
	void previewShowsTheDueTimeAsAPageAndAsAFragment() {
		String id = createOffice(unique("Preview"));
		String question = "/calendars/" + id + "/due?start=2026-11-27T15%3A00&duration=PT4H&days=";

		TestClient.Response page = this.manager.get(question);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<html", "Working week", "Due",
				"<strong>Monday 30 November 2026, 10:30</strong>", "2026-11-30T10:30:00Z");

		TestClient.Response fragment = this.manager.get(question, Map.of("HX-Request", "true"));
		assertThat(fragment.status()).isEqualTo(200);
		assertThat(fragment.body()).doesNotContain("<html", "Working week")
			.contains("id=\"preview\"", "<strong>Monday 30 November 2026, 10:30</strong>");

		assertThat(this.manager.get("/calendars/" + id + "/due?start=2026-11-27T15%3A00&days=3").body())
			.contains("<strong>Wednesday 2 December 2026, 15:00</strong>");
		assertThat(this.manager.get("/calendars/" + id + "/due?start=2026-11-30T10%3A30&duration=-PT4H").body())
			.contains("Start by", "<strong>Friday 27 November 2026, 15:00</strong>");
		assertThat(this.manager.get("/calendars/" + id + "/due?duration=P1D", Map.of("HX-Request", "true")).body())
			.contains("class=\"field-error\"", "Working time: must be given in hours");
	}

	@Test
	void previewTakesHoursAndMinutesAsPeopleTypeThem() {
		String id = createOffice(unique("Typed"));
		assertThat(this.manager.get("/calendars/" + id + "/due?start=2026-11-27T15%3A00&hours=4&minutes=0").body())
			.contains("<strong>Monday 30 November 2026, 10:30</strong>", "+ 4 h of working time")
			.contains("id=\"hours\"", "value=\"4\"")
			.doesNotContain("PT4H");
		assertThat(this.manager.get("/calendars/" + id + "/due?start=2026-11-30T10%3A30&hours=4&back=true").body())
			.contains("Start by", "<strong>Friday 27 November 2026, 15:00</strong>");
	}

	@Test
	void formNamesTheBadIntervalAndTheBadLine() {
		Map<String, String> form = office(unique("Errors"));
		form.put("tuesday", "09:00-12:30, 17:30-13:30");
		form.put("holidays", "2026-12-25 Christmas Day\nBoxing Day\n2026-12-24 Christmas Eve 09:00-12:00, 11:00-13:00");
		TestClient.Response page = this.manager.postForm("/calendars", form);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("line 2: must start with a date like 2026-12-25, was &#39;Boxing Day&#39;");

		form.put("holidays", "2026-12-25 Christmas Day\n\n2026-12-24 Christmas Eve 09:00-12:00, 11:00-13:00");
		page = this.manager.postForm("/calendars", form);
		assertThat(page.body()).contains("&#39;17:30-13:30&#39; end must be after start (17:30)",
				"line 3 (hours): must not have overlapping intervals");
	}

	@Test
	void uploadsHolidaysFromAnIcsFile() {
		String id = createOffice(unique("Upload"));
		String boundary = "----calendar" + UUID.randomUUID();
		String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:1@test\r\n"
				+ "DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20261228\r\nSUMMARY:Boxing Day (substitute day)\r\n"
				+ "END:VEVENT\r\nEND:VCALENDAR\r\n";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n0\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bank-holidays.ics\"\r\n"
				+ "Content-Type: text/calendar\r\n\r\n" + ics + "\r\n--" + boundary + "--\r\n";
		TestClient.Response upload = this.manager.send("POST", "/calendars/" + id + "/holidays",
				"multipart/form-data; boundary=" + boundary, body, Map.of());
		assertThat(upload.status()).isEqualTo(302);
		assertThat(upload.header("Location")).endsWith("/calendars/" + id + "#holidays");
		assertThat(this.manager.get("/calendars/" + id).body()).contains(
				"Imported 1 holidays from bank-holidays.ics: 1 new, 0 renamed, 0 already there.",
				"Boxing Day (substitute day)");
	}

	@Test
	void agentsSeeCalendarsButNotTheirFormsAndPartnersSeeNone() {
		String id = createOffice(unique("Agents"));
		TestClient agent = this.clients.session(Role.AGENT, null);
		TestClient.Response page = agent.get("/calendars/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Raised now, due when?").doesNotContain("/edit\"", "Import holidays");
		assertThat(agent.get("/calendars").status()).isEqualTo(200);
		assertThat(agent.get("/calendars/new").status()).isEqualTo(403);
		assertThat(agent.get("/calendars/" + id + "/edit").status()).isEqualTo(403);
		assertThat(agent.postForm("/calendars", office(unique("Agent's"))).status()).isEqualTo(403);

		String partyId = this.clients.api(Role.MANAGER)
			.post("/api/v1/parties", Map.of("name", unique("Partner"), "kind", "PARTNER"))
			.json()
			.get("id")
			.asString();
		TestClient partner = this.clients.session(Role.PARTNER, UUID.fromString(partyId));
		assertThat(partner.get("/calendars").status()).isEqualTo(403);
		assertThat(partner.get("/calendars/" + id).status()).isEqualTo(403);
	}

	private String createOffice(String name) {
		TestClient.Response created = this.manager.postForm("/calendars", office(name));
		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		String location = created.header("Location");
		// Follow the redirect as a browser would, which also shows (and uses up) the
		// flash
		// message.
		assertThat(this.manager.get(location.replaceFirst("^https?://[^/]+", "")).body()).contains("created.");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private static Map<String, String> office(String name) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("zone", "Europe/London");
		for (String day : new String[] { "monday", "tuesday", "wednesday", "thursday", "friday" }) {
			form.put(day, "09:00-12:30, 13:30-17:30");
		}
		form.put("wednesday", "09:00-12:30, 13:30-17:30, 22:00-06:00+1");
		form.put("holidays", "2026-12-25 Christmas Day\n2026-12-24 Christmas Eve 09:00-12:00");
		return form;
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

}
