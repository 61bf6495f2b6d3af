package org.servicechain.workforce;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Absences as the tests need them, through the API.
 */
final class WorkforceFixtures {

	private WorkforceFixtures() {
	}

	static String username(TestClient client) {
		return client.get("/api/v1/me").json().get("username").asString();
	}

	static Map<String, Object> absence(String kind, LocalDate from, LocalDate to, String standIn) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", kind);
		body.put("startsOn", from.toString());
		body.put("endsOn", to.toString());
		if (standIn != null) {
			body.put("standIn", standIn);
		}
		return body;
	}

	/**
	 * The person asks, the manager approves.
	 * @return the approved absence
	 */
	static JsonNode approvedAbsence(TestClient person, TestClient manager, LocalDate from, LocalDate to,
			String standIn) {
		TestClient.Response asked = person.post("/api/v1/absences", absence("HOLIDAY", from, to, standIn));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		TestClient.Response approved = manager.post(
				"/api/v1/absences/" + asked.json().get("id").asString() + "/approval", Map.of(),
				Map.of("If-Match", asked.etag()));
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		return approved.json();
	}

}
