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
		String customer = create(manager, "/api/v1/parties",
				Map.of("name", "Customer " + tag, "kind", "CUSTOMER", "internal", false, "customerType", "PERSON"));
		create(manager, "/api/v1/links", Map.of("serviceId", carriage, "providerId", courier, "consumerId", front));
		create(manager, "/api/v1/links", Map.of("serviceId", payments, "providerId", gateway, "consumerId", front));
		create(manager, "/api/v1/links", Map.of("serviceId", delivery, "providerId", front, "consumerId", customer));

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

	private static String create(TestClient client, String path, Map<String, Object> body) {
		TestClient.Response response = client.post(path, body);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

}
