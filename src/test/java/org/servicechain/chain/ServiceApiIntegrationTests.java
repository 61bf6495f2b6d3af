package org.servicechain.chain;

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
 * What a service needs from its provider's suppliers (CHAIN-2): named through the API,
 * checked, and used to narrow the service's chain.
 */
@IntegrationTest
class ServiceApiIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Test
	void namesWhatAServiceNeedsAndNarrowsItsChain() {
		TestClient manager = this.clients.api(Role.MANAGER);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String carriage = create(manager, "/api/v1/services", Map.of("name", "Carriage " + tag));
		String payments = create(manager, "/api/v1/services", Map.of("name", "Payments " + tag));
		String delivery = create(manager, "/api/v1/services",
				Map.of("name", "Delivery " + tag, "needs", List.of(carriage)));
		String front = create(manager, "/api/v1/parties", Map.of("name", "Front " + tag, "kind", "INTERNAL_TEAM"));
		String courier = create(manager, "/api/v1/parties", Map.of("name", "Courier " + tag, "kind", "SUPPLIER"));
		String gateway = create(manager, "/api/v1/parties", Map.of("name", "Gateway " + tag, "kind", "SUPPLIER"));
		String customer = create(manager, "/api/v1/parties?allowDuplicate=true",
				Map.of("name", "Customer " + tag, "kind", "CUSTOMER", "internal", false, "customerType", "PERSON"));
		create(manager, "/api/v1/links", Map.of("serviceId", carriage, "providerId", courier, "consumerId", front));
		create(manager, "/api/v1/links", Map.of("serviceId", payments, "providerId", gateway, "consumerId", front));
		create(manager, "/api/v1/links", Map.of("serviceId", delivery, "providerId", front, "consumerId", customer));

		// The history names what the service needs, not its id
		JsonNode history = manager.get("/api/v1/services/" + delivery + "/history").json();
		assertThat(history.get(0)
			.get("changes")
			.valueStream()
			.filter((change) -> change.get("field").asString().equals("needs"))
			.findFirst()
			.orElseThrow()
			.get("newValue")
			.asString()).isEqualTo("Carriage " + tag);

		JsonNode chain = manager.get("/api/v1/services/" + delivery + "/chain").json();
		assertThat(chain.get("parties").valueStream().map((p) -> p.get("party").get("name").asString()))
			.contains("Courier " + tag)
			.doesNotContain("Gateway " + tag);

		TestClient.Response self = manager.put("/api/v1/services/" + delivery,
				Map.of("name", "Delivery " + tag, "needs", List.of(delivery)), "\"0\"");
		assertThat(self.status()).isEqualTo(422);
		assertThat(self.body()).contains("needs[0]").contains("not-self");
		TestClient.Response unknown = manager.post("/api/v1/services",
				Map.of("name", "Other " + tag, "needs", List.of(UUID.randomUUID().toString())));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.body()).contains("needs[0]").contains("exists");

		String version = manager.get("/api/v1/services/" + carriage).etag();
		TestClient.Response stillNeeded = manager.delete("/api/v1/services/" + carriage, version);
		assertThat(stillNeeded.status()).isEqualTo(409);
	}

	@Test
	void pagesThatListServicesAndContactsRenderWhenThereAreSome() {
		// Regression: the forms call methods on their form records, which must be public
		// for the
		// template engine; with no service or contact in the database the call never
		// happened.
		TestClient manager = this.clients.api(Role.MANAGER);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String carriage = create(manager, "/api/v1/services", Map.of("name", "Carriage " + tag));
		String delivery = create(manager, "/api/v1/services",
				Map.of("name", "Delivery " + tag, "needs", List.of(carriage)));
		String team = create(manager, "/api/v1/parties", Map.of("name", "Team " + tag, "kind", "INTERNAL_TEAM"));
		String boss = create(manager, "/api/v1/parties/" + team + "/contacts", Map.of("name", "Boss " + tag));
		String aide = create(manager, "/api/v1/parties/" + team + "/contacts",
				Map.of("name", "Aide " + tag, "influences", List.of(Map.of("contactId", boss))));

		assertPage(manager, "/services/new", "Carriage " + tag);
		assertPage(manager, "/services/" + delivery + "/edit", "Carriage " + tag);
		assertPage(manager, "/contacts/" + aide, "Boss " + tag);
		assertPage(manager, "/parties/" + team + "/contacts/new", "Aide " + tag);
	}

	private static void assertPage(TestClient client, String path, String text) {
		TestClient.Response page = client.get(path);
		assertThat(page.status()).as(path).isEqualTo(200);
		assertThat(page.body()).contains(text);
	}

	private static String create(TestClient client, String path, Map<String, Object> body) {
		TestClient.Response response = client.post(path, body);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

}
