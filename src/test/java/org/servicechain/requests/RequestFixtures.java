package org.servicechain.requests;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.Role;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small chain to raise requests in, built through the API as a manager would: an
 * external customer served home delivery by the front-line team, which needs order
 * fulfilment from the warehouse, which needs parcel carriage from a courier. Each link
 * has an agreement in force in a 24/7 calendar, so due times are simple sums.
 */
public final class RequestFixtures {

	private final TestClient.Clients clients;

	private final TestClient manager;

	private final ChainApiFixtures chain;

	public RequestFixtures(TestClient.Clients clients) {
		this.clients = clients;
		this.manager = clients.api(Role.MANAGER);
		this.chain = new ChainApiFixtures(this.manager);
	}

	public ChainApiFixtures chain() {
		return this.chain;
	}

	public TestClient manager() {
		return this.manager;
	}

	public DeliveryChain deliveryChain() {
		return deliveryChain((frontLine) -> List.of());
	}

	/**
	 * @param customerEscalation the customer SLA's escalation path, given the front line
	 * (whose contacts the steps may name)
	 */
	public DeliveryChain deliveryChain(
			java.util.function.Function<Named, List<Map<String, Object>>> customerEscalation) {
		Named courier = this.chain.supplier("Courier");
		Named warehouse = this.chain.internalTeam("Warehouse");
		Named frontLine = this.chain.internalTeam("Front line");
		Named customer = this.chain.externalCustomer("Amelia Hughes");
		Named internalCustomer = internalCustomer("Retail Stores");
		Named carriage = this.chain.service("Parcel carriage");
		Named fulfilment = this.chain.service("Order fulfilment");
		Named delivery = this.chain.service("Home delivery");
		UUID carriageLink = this.chain.link(carriage, courier, warehouse);
		UUID fulfilmentLink = this.chain.link(fulfilment, warehouse, frontLine);
		this.chain.link(delivery, frontLine, customer);
		this.chain.link(delivery, frontLine, internalCustomer);
		UUID calendar = calendar();
		String sla = agreement("CUSTOMER_SLA", frontLine, customer, delivery, calendar, "PT2H", "PT8H",
				"EXTERNAL_FIRST", customerEscalation.apply(frontLine));
		agreement("OLA", frontLine, internalCustomer, delivery, calendar, "PT4H", "PT24H", "PRIORITY_THEN_EXTERNAL",
				List.of());
		agreement("OLA", warehouse, frontLine, fulfilment, calendar, "PT1H", "PT4H", null, List.of());
		agreement("UNDERPINNING_CONTRACT", courier, warehouse, carriage, calendar, "PT1H", "PT6H", null, List.of());
		return new DeliveryChain(courier, warehouse, frontLine, customer, internalCustomer, carriage, fulfilment,
				delivery, carriageLink, fulfilmentLink, sla);
	}

	public TestClient customerOf(Named party) {
		return this.clients.api(Role.CUSTOMER, party.id());
	}

	public TestClient partnerOf(Named party) {
		return this.clients.api(Role.PARTNER, party.id());
	}

	public TestClient memberOf(Named team) {
		return this.clients.api(Role.TEAM_MEMBER, team.id());
	}

	public static Map<String, Object> request(DeliveryChain chain, Named requester, String summary) {
		return Map.of("service", chain.delivery().id(), "requester", requester.id(), "summary", summary, "description",
				"The washing machine was due yesterday and has not come.", "impact", "MEDIUM", "urgency", "HIGH");
	}

	private Named internalCustomer(String name) {
		String unique = ChainApiFixtures.unique(name);
		TestClient.Response created = this.manager.post("/api/v1/parties?allowDuplicate=true",
				Map.of("name", unique, "kind", "CUSTOMER", "internal", true, "customerType", "ORGANISATION"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new Named(UUID.fromString(created.json().get("id").asString()), unique);
	}

	private UUID calendar() {
		java.util.Map<String, Object> hours = new java.util.LinkedHashMap<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			hours.put(day, List.of("00:00-24:00"));
		}
		TestClient.Response created = this.manager.post("/api/v1/calendars",
				Map.of("name", ChainApiFixtures.unique("Always"), "zone", "Europe/London", "hours", hours));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	/**
	 * Drafts, proposes, accepts on both sides and activates an agreement, with a contact
	 * who may sign on each side.
	 * @return its reference
	 */
	private String agreement(String kind, Named provider, Named consumer, Named service, UUID calendar,
			String firstResponse, String resolution, String conflictRule, List<Map<String, Object>> escalationPath) {
		UUID providerSigner = this.chain.contact(provider, "Signer", Map.of("canSignAgreements", true));
		UUID consumerSigner = this.chain.contact(consumer, "Signer", Map.of("canSignAgreements", true));
		List<Map<String, Object>> targets = List.of("P1", "P2", "P3", "P4")
			.stream()
			.map((priority) -> Map.<String, Object>of("priority", priority, "firstResponse", firstResponse,
					"resolution", resolution))
			.toList();
		java.util.Map<String, Object> terms = new java.util.HashMap<>();
		terms.put("targets", targets);
		terms.put("escalationPath", escalationPath);
		if (conflictRule != null) {
			terms.put("conflictRule", conflictRule);
		}
		JsonNode draft = ok(this.manager.post("/api/v1/agreements",
				Map.of("header",
						Map.of("title", kind + " " + service.name(), "kind", kind, "formality", "FORMAL", "providerId",
								provider.id(), "consumerId", consumer.id(), "serviceIds", List.of(service.id()),
								"calendarId", calendar),
						"terms", terms)));
		String id = draft.get("id").asString();
		JsonNode proposed = ok(this.manager.post("/api/v1/agreements/" + id + "/propose", Map.of("side", "PROVIDER"),
				Map.of("If-Match", "\"" + draft.get("version").asLong() + "\"")));
		ok(this.manager.post("/api/v1/agreements/" + id + "/accept",
				Map.of("side", "PROVIDER", "termsNumber", 1, "contactId", providerSigner)));
		JsonNode agreed = ok(this.manager.post("/api/v1/agreements/" + id + "/accept",
				Map.of("side", "CONSUMER", "termsNumber", 1, "contactId", consumerSigner)));
		assertThat(agreed.get("status").asString()).isEqualTo("AGREED");
		JsonNode active = ok(this.manager.post("/api/v1/agreements/" + id + "/activate", Map.of(),
				Map.of("If-Match", "\"" + agreed.get("version").asLong() + "\"")));
		assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
		return draft.get("reference").asString();
	}

	private static JsonNode ok(TestClient.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 201);
		return response.json();
	}

	/**
	 * courier —parcel carriage→ warehouse —order fulfilment→ front line —home delivery→
	 * customer (and an internal customer).
	 */
	public record DeliveryChain(Named courier, Named warehouse, Named frontLine, Named customer, Named internalCustomer,
			Named carriage, Named fulfilment, Named delivery, UUID carriageLink, UUID fulfilmentLink,
			String customerSla) {

	}

}
