package org.servicechain.chain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds parts of the service chain through the REST API, as a manager would, with names
 * made unique so that tests sharing one database never collide (CHAIN-1, CHAIN-2).
 */
public final class ChainApiFixtures {

	private final TestClient manager;

	/**
	 * @param manager a client allowed to change the chain (manager or administrator).
	 */
	public ChainApiFixtures(TestClient manager) {
		this.manager = manager;
	}

	public Named internalTeam(String name) {
		return party(name, "INTERNAL_TEAM", Map.of());
	}

	public Named supplier(String name) {
		return party(name, "SUPPLIER", Map.of());
	}

	public Named partner(String name) {
		return party(name, "PARTNER", Map.of());
	}

	public Named externalCustomer(String name) {
		return party(name, "CUSTOMER", Map.of("internal", false, "customerType", "PERSON"));
	}

	public Named service(String name) {
		String unique = unique(name);
		TestClient.Response created = this.manager.post("/api/v1/services", Map.of("name", unique));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new Named(id(created), unique);
	}

	/**
	 * @return the id of a new link: the provider provides the service to the consumer.
	 */
	public UUID link(Named service, Named provider, Named consumer) {
		TestClient.Response created = this.manager.post("/api/v1/links",
				Map.of("serviceId", service.id(), "providerId", provider.id(), "consumerId", consumer.id()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return id(created);
	}

	/**
	 * @return the id of a new contact of the party, with the given details added to a
	 * name.
	 */
	public UUID contact(Named party, String name, Map<String, Object> details) {
		Map<String, Object> body = new LinkedHashMap<>(details);
		body.put("name", name);
		TestClient.Response created = this.manager
			.post("/api/v1/parties/" + party.id() + "/contacts?allowDuplicate=true", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return id(created);
	}

	/**
	 * A small repair chain: a spare-parts supplier supplies the internal repairs team,
	 * which repairs appliances for one customer.
	 */
	public RepairChain repairChain() {
		Named supplier = supplier("Spare Parts Wholesale");
		Named team = internalTeam("Repairs Team");
		Named customer = externalCustomer("Amelia Hughes");
		Named spareParts = service("Spare parts");
		Named repair = service("Appliance repair");
		UUID supplyLink = link(spareParts, supplier, team);
		UUID customerLink = link(repair, team, customer);
		return new RepairChain(supplier, team, customer, spareParts, repair, supplyLink, customerLink);
	}

	private Named party(String name, String kind, Map<String, Object> more) {
		String unique = unique(name);
		Map<String, Object> body = new LinkedHashMap<>(more);
		body.put("name", unique);
		body.put("kind", kind);
		// Test parties differ only by a random suffix: they are look-alikes on purpose.
		TestClient.Response created = this.manager.post("/api/v1/parties?allowDuplicate=true", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new Named(id(created), unique);
	}

	private static UUID id(TestClient.Response created) {
		return UUID.fromString(created.json().get("id").asString());
	}

	/**
	 * @return the name with a random suffix.
	 */
	public static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * @return the ids of the entries of a JSON array of records.
	 */
	public static java.util.List<String> ids(JsonNode records) {
		return records.valueStream().map((record) -> record.get("id").asString()).toList();
	}

	/**
	 * A party or service with the unique name it was given.
	 */
	public record Named(UUID id, String name) {

	}

	/**
	 * supplier —spare parts→ team —appliance repair→ customer.
	 */
	public record RepairChain(Named supplier, Named team, Named customer, Named spareParts, Named repair,
			UUID supplyLink, UUID customerLink) {

	}

}
