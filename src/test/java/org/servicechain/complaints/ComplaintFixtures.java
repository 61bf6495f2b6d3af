package org.servicechain.complaints;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints as the tests need them: an office-hours calendar (Monday to Friday, 09:00 to
 * 17:00, London) and the demo's policy on it (acknowledge within 1 working day, final
 * response within 8 weeks), written as the policy in force.
 */
final class ComplaintFixtures {

	private ComplaintFixtures() {
	}

	static UUID officeHours(TestClient manager) {
		Map<String, Object> hours = new HashMap<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
			hours.put(day, List.of("09:00-17:00"));
		}
		TestClient.Response created = manager.post("/api/v1/calendars",
				Map.of("name", ChainApiFixtures.unique("Office"), "zone", "Europe/London", "hours", hours));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	static Map<String, Object> policy(UUID calendarId) {
		Map<String, Object> policy = new HashMap<>();
		policy.put("calendarId", calendarId);
		policy.put("acknowledge", "PT8H");
		policy.put("apologise", "PT16H");
		policy.put("analyse", "PT160H");
		policy.put("act", "PT320H");
		policy.put("assure", "PT40H");
		policy.put("warningPercent", 75);
		policy.put("followUpDays", 28);
		policy.put("discretionLimit", 50);
		policy.put("seniorThreshold", 1000);
		policy.put("seniorLevel", 2);
		policy.put("ombudsmanName", "The Retail Ombudsman");
		policy.put("ombudsmanMonths", 6);
		policy.put("acknowledgeTemplate",
				"Dear {customer}, thank you for telling us about {summary}. Your complaint is {reference}; you will have our final response by {finalDue}.");
		return policy;
	}

	/**
	 * Writes the policy as the new version in force.
	 */
	static JsonNode usePolicy(TestClient manager, UUID calendarId) {
		TestClient.Response current = manager.get("/api/v1/complaints/policy");
		String etag = (current.status() == 200) ? current.etag() : "\"0\"";
		TestClient.Response saved = manager.put("/api/v1/complaints/policy", policy(calendarId), etag);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		return saved.json();
	}

	static Map<String, Object> complaint(Named complainant, String requestId, String summary) {
		Map<String, Object> complaint = new HashMap<>();
		complaint.put("complainant", complainant.id());
		complaint.put("requestId", requestId);
		complaint.put("category", "Late delivery");
		complaint.put("severity", "HIGH");
		complaint.put("wants", "REMEDY");
		complaint.put("wantedRemedy", "REFUND");
		complaint.put("summary", summary);
		complaint.put("description", "Three missed delivery slots and nobody called me back.");
		complaint.put("contactName", "Amelia Hughes");
		complaint.put("contactEmail", "amelia@example.org");
		complaint.put("communicationNeeds", "Prefers phone calls after 5 pm");
		return complaint;
	}

}
