package org.servicechain.agreements;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checking a customer promise against the agreements beneath it (AGREE-4), end to end: a
 * courier supplies the front line, which delivers to a customer. With a fast courier
 * contract the promise holds; with a slow one it breaks and the courier is the
 * bottleneck; without any contract it cannot be verified.
 */
@IntegrationTest
class FeasibilityIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	TestClient manager;

	String tag;

	@Test
	void keptBrokenAndUnverifiedPromises() {
		this.manager = this.clients.api(Role.MANAGER);
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		String calendar = create("/api/v1/calendars",
				Map.of("name", "Office " + this.tag, "zone", "Europe/London", "hours",
						Map.of("MONDAY", List.of("09:00-17:00"), "TUESDAY", List.of("09:00-17:00"), "WEDNESDAY",
								List.of("09:00-17:00"), "THURSDAY", List.of("09:00-17:00"), "FRIDAY",
								List.of("09:00-17:00"))));
		String carriage = create("/api/v1/services", Map.of("name", "Carriage " + this.tag));
		String delivery = create("/api/v1/services",
				Map.of("name", "Delivery " + this.tag, "needs", List.of(carriage)));
		String front = create("/api/v1/parties", Map.of("name", "Front " + this.tag, "kind", "INTERNAL_TEAM"));
		String courier = create("/api/v1/parties", Map.of("name", "Courier " + this.tag, "kind", "SUPPLIER"));
		String customer = create("/api/v1/parties?allowDuplicate=true", Map.of("name", "Client " + this.tag, "kind",
				"CUSTOMER", "internal", false, "customerType", "ORGANISATION"));
		create("/api/v1/links", Map.of("serviceId", carriage, "providerId", courier, "consumerId", front));
		create("/api/v1/links", Map.of("serviceId", delivery, "providerId", front, "consumerId", customer));
		String frontSigner = signer(front);
		String courierSigner = signer(courier);
		String clientSigner = signer(customer);

		// The customer is promised 16 working hours for P1
		String sla = agreed("CUSTOMER_SLA", front, customer, delivery, calendar, 16, frontSigner, clientSigner);
		JsonNode unverified = p1(sla);
		assertThat(unverified.get("verdict").asString()).isEqualTo("UNVERIFIED");
		assertThat(unverified.get("linksWithoutAgreement").get(0).asString()).contains("Courier " + this.tag);
		TestClient web = this.clients.session(Role.MANAGER, null);
		assertThat(healthOf(web, sla)).isEqualTo("UNVERIFIED");
		// The courier's page shows its link to the front line as a gap
		String coverage = web.get("/agreements/coverage?partyId=" + courier).body();
		assertThat(coverage).contains("Gap", "1 link has no agreement in force",
				"Courier " + this.tag + " → Front " + this.tag);

		// A courier contract of 8 working hours: kept, with a working day to spare at
		// worst
		String fast = agreed("UNDERPINNING_CONTRACT", courier, front, carriage, calendar, 8, courierSigner,
				frontSigner);
		JsonNode kept = p1(sla);
		assertThat(kept.get("verdict").asString()).isEqualTo("KEPT");
		assertThat(healthOf(web, sla)).isEqualTo("FEASIBLE");
		// The courier's link is covered now; its contract holds back nothing, so it is
		// not
		// judged on its own
		assertThat(web.get("/agreements/coverage?partyId=" + courier).body()).doesNotContain("Gap")
			.doesNotContain("data-health")
			.contains("not checked");
		assertThat(kept.get("worstSlackWorking").asString()).isEqualTo("PT8H");
		assertThat(kept.get("criticalPath").get(0).get("agreement").asString()).startsWith("AGR-");

		// Replace it with a 24-hour contract: broken, the courier is the bottleneck
		JsonNode current = this.manager.get("/api/v1/agreements/" + fast).json();
		this.manager.post("/api/v1/agreements/" + fast + "/supersede", Map.of(),
				Map.of("If-Match", "\"" + current.get("version").asLong() + "\""));
		agreed("UNDERPINNING_CONTRACT", courier, front, carriage, calendar, 24, courierSigner, frontSigner);
		JsonNode broken = p1(sla);
		assertThat(broken.get("verdict").asString()).isEqualTo("BROKEN");
		assertThat(broken.get("worstSlackWorking").asString()).isEqualTo("PT-8H");
		assertThat(broken.get("bottleneck").asString()).contains("Courier " + this.tag);
		assertThat(healthOf(web, sla)).isEqualTo("CANNOT_BE_KEPT");
		// The dashboard's panel names it, with the reason
		String dashboard = web.get("/agreements/health").body();
		assertThat(dashboard).contains("Cannot be kept", "short at the worst start", "bottleneck Courier " + this.tag);
		// The slow contract carries the broken promise's health, and says through which
		assertThat(web.get("/agreements/coverage?partyId=" + courier).body())
			.contains("data-health=\"CANNOT_BE_KEPT\"");

		// The agreement's page shows the same verdicts
		TestClient.Response page = this.manager.get("/agreements/" + sla);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Can these promises be kept along the chain?").contains("Cannot be kept");
	}

	/** The health badge of an agreement's row in the agreements list. */
	private static String healthOf(TestClient web, String agreement) {
		String list = web.get("/agreements").body();
		int row = list.indexOf("/agreements/" + agreement + "\"");
		assertThat(row).as("the agreement is listed").isPositive();
		String rest = list.substring(row, list.indexOf("</tr>", row));
		java.util.regex.Matcher health = java.util.regex.Pattern.compile("data-health=\"([A-Z_]+)\"").matcher(rest);
		return health.find() ? health.group(1) : "none";
	}

	private JsonNode p1(String agreement) {
		TestClient.Response response = this.manager.get("/api/v1/agreements/" + agreement + "/feasibility");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json()
			.valueStream()
			.filter((check) -> check.get("priority").asString().equals("P1"))
			.findFirst()
			.orElseThrow();
	}

	private String agreed(String kind, String provider, String consumer, String service, String calendar, int p1Hours,
			String providerSigner, String consumerSigner) {
		Map<String, Object> header = new HashMap<>();
		header.put("title", kind + " " + this.tag);
		header.put("kind", kind);
		header.put("formality", "FORMAL");
		header.put("providerId", provider);
		header.put("consumerId", consumer);
		header.put("serviceIds", List.of(service));
		header.put("calendarId", calendar);
		Map<String, Object> terms = Map.of("targets",
				List.of(Map.of("priority", "P1", "firstResponse", "PT1H", "resolution", "PT" + p1Hours + "H"),
						Map.of("priority", "P2", "firstResponse", "PT1H", "resolution", "PT" + 2 * p1Hours + "H"),
						Map.of("priority", "P3", "firstResponse", "PT1H", "resolution", "PT" + 3 * p1Hours + "H"),
						Map.of("priority", "P4", "firstResponse", "PT1H", "resolution", "PT" + 5 * p1Hours + "H")));
		JsonNode draft = this.manager.post("/api/v1/agreements", Map.of("header", header, "terms", terms)).json();
		String id = draft.get("id").asString();
		this.manager.post("/api/v1/agreements/" + id + "/propose", Map.of("side", "CONSUMER"),
				Map.of("If-Match", "\"" + draft.get("version").asLong() + "\""));
		this.manager.post("/api/v1/agreements/" + id + "/accept",
				Map.of("side", "PROVIDER", "termsNumber", 1, "contactId", providerSigner));
		JsonNode agreed = this.manager
			.post("/api/v1/agreements/" + id + "/accept",
					Map.of("side", "CONSUMER", "termsNumber", 1, "contactId", consumerSigner))
			.json();
		TestClient.Response active = this.manager.post("/api/v1/agreements/" + id + "/activate", Map.of(),
				Map.of("If-Match", "\"" + agreed.get("version").asLong() + "\""));
		assertThat(active.status()).as(active.toString()).isEqualTo(200);
		return id;
	}

	private String signer(String party) {
		return create("/api/v1/parties/" + party + "/contacts",
				Map.of("name", "Signer " + UUID.randomUUID().toString().substring(0, 6), "canSignAgreements", true));
	}

	private String create(String path, Map<String, Object> body) {
		TestClient.Response response = this.manager.post(path, body);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

}
