package org.servicechain.businesscalendars;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.servicechain.calendar.BusinessCalendar;
import org.servicechain.identity.Role;
import org.servicechain.shared.NotFoundException;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.servicechain.businesscalendars.BusinessCalendarApiIntegrationTests.unique;

/**
 * Calendar versions for SLA clocks (issue 8): every saved version is kept, an old version
 * still computes the old way after the calendar changed or was deleted, and the version
 * in force at an instant is the last one saved at or before it. These methods answer
 * without a signed-in user, as computations for anyone do.
 */
@IntegrationTest
class CalendarVersionsIntegrationTests {

	// Friday 27 November 2026, 15:00 in London (UTC in winter).
	private static final Instant FRIDAY_AFTERNOON = Instant.parse("2026-11-27T15:00:00Z");

	@Autowired
	TestClient.Clients clients;

	@Autowired
	BusinessCalendarManagement calendars;

	@Autowired
	CalendarRevisions revisions;

	@Autowired
	JdbcClient jdbc;

	TestClient manager;

	@BeforeEach
	void signIn() {
		this.manager = this.clients.api(Role.MANAGER);
	}

	@Test
	void anOldVersionStillComputesTheOldWayAfterTheCalendarChanged() {
		Instant beforeCreation = Instant.now().minusSeconds(1);
		TestClient.Response created = this.manager.post("/api/v1/calendars", calendar(unique("Versions"), false));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID id = UUID.fromString(created.json().get("id").asString());
		Instant createdAt = Instant.parse(created.json().get("createdAt").asString());
		assertThat(this.calendars.currentVersion(id)).isZero();

		// Working Saturdays from version 1 on.
		TestClient.Response changed = this.manager.put("/api/v1/calendars/" + id, calendar(null, true), "\"0\"");
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(this.calendars.currentVersion(id)).isEqualTo(1);

		// 15:00-17:00 on Friday is 2 h; the other 2 h: Monday 09:00-11:00 under version
		// 0,
		// Saturday 09:00-11:00 under version 1.
		BusinessCalendar weekdays = this.calendars.calendar(id, 0);
		BusinessCalendar saturdays = this.calendars.calendar(id, 1);
		assertThat(weekdays.addWorkingTime(FRIDAY_AFTERNOON, Duration.ofHours(4)))
			.isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
		assertThat(saturdays.addWorkingTime(FRIDAY_AFTERNOON, Duration.ofHours(4)))
			.isEqualTo(Instant.parse("2026-11-28T11:00:00Z"));
		assertThat(this.calendars.calendar(id, 0)).as("cached").isSameAs(weekdays);
		assertThat(this.calendars.calendar(id).addWorkingTime(FRIDAY_AFTERNOON, Duration.ofHours(4)))
			.isEqualTo(Instant.parse("2026-11-28T11:00:00Z"));

		assertThat(this.calendars.versionAt(id, beforeCreation)).isEmpty();
		assertThat(this.calendars.versionAt(id, createdAt)).contains(0L);
		assertThat(this.calendars.versionAt(id, Instant.now())).contains(1L);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.calendars.calendar(id, 2));

		// Clocks started under a calendar outlive it.
		assertThat(this.manager.delete("/api/v1/calendars/" + id, "\"1\"").status()).isEqualTo(204);
		assertThat(this.calendars.calendar(id, 0).addWorkingTime(FRIDAY_AFTERNOON, Duration.ofHours(4)))
			.isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
		assertThat(this.calendars.versionAt(id, Instant.now())).contains(1L);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.calendars.currentVersion(id));
	}

	@Test
	void savingWithoutAChangeKeepsNoNewRevision() {
		Map<String, Object> body = calendar(unique("Same"), false);
		UUID id = UUID.fromString(this.manager.post("/api/v1/calendars", body).json().get("id").asString());
		assertThat(this.manager.put("/api/v1/calendars/" + id, body, "\"0\"").etag()).isEqualTo("\"0\"");
		assertThat(revisionCount(id)).isEqualTo(1);
		body.put("description", "Now described");
		assertThat(this.manager.put("/api/v1/calendars/" + id, body, "\"0\"").etag()).isEqualTo("\"1\"");
		assertThat(revisionCount(id)).isEqualTo(2);
	}

	@Test
	void holidayImportKeepsARevision() {
		UUID id = UUID.fromString(
				this.manager.post("/api/v1/calendars", calendar(unique("Import"), false)).json().get("id").asString());
		String ics = BusinessCalendarApiIntegrationTests
			.ics(BusinessCalendarApiIntegrationTests.event("20261130", "St Andrew's Day"));
		TestClient.Response imported = this.manager.send("POST", "/api/v1/calendars/" + id + "/holidays/import",
				"text/calendar", ics, Map.of("If-Match", "\"0\""));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(this.calendars.calendar(id, 1).isWorking(Instant.parse("2026-11-30T10:00:00Z"))).isFalse();
		assertThat(this.calendars.calendar(id, 0).isWorking(Instant.parse("2026-11-30T10:00:00Z"))).isTrue();
	}

	@Test
	void calendarsSavedBeforeRevisionsWereKeptGetAFirstRevisionFromTheirCreation() {
		UUID id = UUID.fromString(
				this.manager.post("/api/v1/calendars", calendar(unique("Old"), false)).json().get("id").asString());
		this.jdbc.sql("delete from calendar_revision where calendar_id = ?").param(id).update();

		// Until the backfill runs the current version is still answered.
		assertThat(this.calendars.calendar(id, 0)).isNotNull();
		assertThat(this.calendars.versionAt(id, Instant.now())).isEmpty();

		this.revisions.backfill();
		Instant createdAt = this.jdbc.sql("select created_at from calendar_definition where id = ?")
			.param(id)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
		assertThat(this.calendars.versionAt(id, createdAt)).contains(0L);
		assertThat(revisionCount(id)).isEqualTo(1);
		this.revisions.backfill();
		assertThat(revisionCount(id)).isEqualTo(1);
	}

	@Test
	void unknownCalendarsHaveNoVersions() {
		UUID unknown = UUID.randomUUID();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.calendars.currentVersion(unknown));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.calendars.calendar(unknown, 0));
		assertThat(this.calendars.versionAt(unknown, Instant.now())).isEmpty();
	}

	private long revisionCount(UUID id) {
		return this.jdbc.sql("select count(*) from calendar_revision where calendar_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> calendar(String name, boolean saturdays) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", (name != null) ? name : this.lastName);
		this.lastName = (String) body.get("name");
		body.put("zone", "Europe/London");
		List<String> day = List.of("09:00-17:00");
		Map<String, List<String>> hours = new LinkedHashMap<>();
		for (String weekday : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
			hours.put(weekday, day);
		}
		if (saturdays) {
			hours.put("SATURDAY", day);
		}
		body.put("hours", hours);
		return body;
	}

	private String lastName = "";

}
