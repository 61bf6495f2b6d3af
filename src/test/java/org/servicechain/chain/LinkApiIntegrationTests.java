package org.servicechain.chain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.chain.ChainApiFixtures.RepairChain;
import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * Links through the REST API: who provides which service to whom, with optimistic locking
 * and bad input named field by field, and the analysis of a small chain built from them:
 * impact, the chain behind a service, its single points of failure and the map (CHAIN-2,
 * CHAIN-3, CHAIN-4, INT-1, REQ-7).
 */
@IntegrationTest
class LinkApiIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	TestClient manager;

	ChainApiFixtures chain;

	@BeforeEach
	void signIn() {
		this.manager = this.clients.api(Role.MANAGER);
		this.chain = new ChainApiFixtures(this.manager);
	}

	@Test
	void createsReadsUpdatesAndDeletesALinkWithVersions() {
		Named courier = this.chain.supplier("SwiftParcel Couriers");
		Named dispatch = this.chain.internalTeam("Warehouse & Dispatch");
		Named delivery = this.chain.service("Parcel delivery");

		TestClient.Response created = this.manager.post("/api/v1/links", Map.of("serviceId", delivery.id(),
				"providerId", courier.id(), "consumerId", dispatch.id(), "description", "next-day, two drops a day"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.etag()).isEqualTo("\"0\"");
		JsonNode link = created.json();
		String path = "/api/v1/links/" + link.get("id").asString();
		assertThat(created.header("Location")).endsWith(path);
		assertThat(link.get("serviceName").asString()).isEqualTo(delivery.name());
		assertThat(link.get("providerName").asString()).isEqualTo(courier.name());
		assertThat(link.get("providerInternal").asBoolean()).isFalse();
		assertThat(link.get("consumerName").asString()).isEqualTo(dispatch.name());
		assertThat(link.get("consumerInternal").asBoolean()).isTrue();
		assertThat(link.get("consumerIsCustomer").asBoolean()).isFalse();

		TestClient.Response read = this.manager.get(path);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.etag()).isEqualTo("\"0\"");
		assertThat(read.json().get("description").asString()).isEqualTo("next-day, two drops a day");
		assertThat(ChainApiFixtures.ids(this.manager.get("/api/v1/links?partyId=" + courier.id()).json().get("items")))
			.containsExactly(link.get("id").asString());

		Map<String, Object> changed = Map.of("serviceId", delivery.id(), "providerId", courier.id(), "consumerId",
				dispatch.id(), "description", "same-day");
		assertThat(this.manager.put(path, changed, null).status()).isEqualTo(428);
		TestClient.Response updated = this.manager.put(path, changed, read.etag());
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.etag()).isEqualTo("\"1\"");
		assertThat(updated.json().get("description").asString()).isEqualTo("same-day");

		TestClient.Response stale = this.manager.put(path, Map.of("serviceId", delivery.id(), "providerId",
				courier.id(), "consumerId", dispatch.id(), "description", "weekly"), "\"0\"");
		assertProblem(stale, 409);
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(stale.json().get("changesSince").get(0).get("changes").get(0).get("field").asString())
			.isEqualTo("description");

		JsonNode history = this.manager.get(path + "/history").json();
		assertThat(history.valueStream().map((entry) -> entry.get("operation").asString())).containsExactly("updated",
				"created");

		assertThat(this.manager.delete(path, null).status()).isEqualTo(428);
		assertProblem(this.manager.delete(path, "\"0\""), 409);
		assertThat(this.manager.delete(path, "\"1\"").status()).isEqualTo(204);
		assertProblem(this.manager.get(path), 404);
		assertThat(this.manager.get("/api/v1/links?partyId=" + courier.id()).json().get("items")).isEmpty();
	}

	@Test
	void refusesAPartyProvidingAServiceToItself() {
		Named dispatch = this.chain.internalTeam("Warehouse & Dispatch");
		Named picking = this.chain.service("Order picking");

		assertProblem(
				this.manager.post("/api/v1/links",
						Map.of("serviceId", picking.id(), "providerId", dispatch.id(), "consumerId", dispatch.id())),
				422, "consumerId", "not-self");
	}

	@Test
	void refusesLinksToUnknownServicesAndParties() {
		Named dispatch = this.chain.internalTeam("Warehouse & Dispatch");
		Named courier = this.chain.supplier("SwiftParcel Couriers");
		Named delivery = this.chain.service("Parcel delivery");

		assertProblem(this.manager.post("/api/v1/links",
				Map.of("serviceId", UUID.randomUUID(), "providerId", courier.id(), "consumerId", dispatch.id())), 422,
				"serviceId", "exists");
		assertProblem(this.manager.post("/api/v1/links",
				Map.of("serviceId", delivery.id(), "providerId", UUID.randomUUID(), "consumerId", dispatch.id())), 422,
				"providerId", "exists");
		assertProblem(this.manager.post("/api/v1/links",
				Map.of("serviceId", delivery.id(), "providerId", courier.id(), "consumerId", UUID.randomUUID())), 422,
				"consumerId", "exists");
		assertThat(this.manager.get("/api/v1/links?partyId=" + courier.id()).json().get("items")).isEmpty();
	}

	@Test
	void refusesACustomerAsProvider() {
		Named customer = this.chain.externalCustomer("Amelia Hughes");
		Named dispatch = this.chain.internalTeam("Warehouse & Dispatch");
		Named returns = this.chain.service("Returns");

		assertProblem(
				this.manager.post("/api/v1/links",
						Map.of("serviceId", returns.id(), "providerId", customer.id(), "consumerId", dispatch.id())),
				422, "providerId", "not-customer");
	}

	@Test
	void refusesTheSameLinkTwice() {
		Named courier = this.chain.supplier("SwiftParcel Couriers");
		Named dispatch = this.chain.internalTeam("Warehouse & Dispatch");
		Named delivery = this.chain.service("Parcel delivery");
		this.chain.link(delivery, courier, dispatch);

		assertProblem(
				this.manager.post("/api/v1/links",
						Map.of("serviceId", delivery.id(), "providerId", courier.id(), "consumerId", dispatch.id())),
				422, "serviceId", "unique");
		assertThat(this.manager.get("/api/v1/links?partyId=" + courier.id()).json().get("items")).hasSize(1);
	}

	@Test
	void refusesAnUpdateThatDuplicatesAnotherLink() {
		Named courier = this.chain.supplier("SwiftParcel Couriers");
		Named dispatch = this.chain.internalTeam("Warehouse & Dispatch");
		Named delivery = this.chain.service("Parcel delivery");
		Named collection = this.chain.service("Parcel collection");
		this.chain.link(delivery, courier, dispatch);
		UUID other = this.chain.link(collection, courier, dispatch);

		assertProblem(this.manager.put("/api/v1/links/" + other,
				Map.of("serviceId", delivery.id(), "providerId", courier.id(), "consumerId", dispatch.id()), "\"0\""),
				422, "serviceId", "unique");
	}

	@Test
	void namesEachMissingField() {
		TestClient.Response missing = this.manager.post("/api/v1/links", Map.of("description", "who knows"));
		assertProblem(missing, 422, "serviceId", "required");
		assertProblem(missing, 422, "providerId", "required");
		assertProblem(missing, 422, "consumerId", "required");
	}

	@Test
	void namesAMalformedIdInTheBody() {
		Named dispatch = this.chain.internalTeam("Warehouse & Dispatch");
		Named courier = this.chain.supplier("SwiftParcel Couriers");
		Map<String, Object> body = new HashMap<>();
		body.put("serviceId", "not-a-uuid");
		body.put("providerId", courier.id());
		body.put("consumerId", dispatch.id());

		assertProblem(this.manager.post("/api/v1/links", body), 400, "serviceId", "type");
		assertProblem(this.manager.get("/api/v1/links/not-a-uuid"), 400, "id", "type");
	}

	@Test
	void keepsPartiesAndServicesThatStillHaveLinks() {
		RepairChain repairs = this.chain.repairChain();

		String supplier = "/api/v1/parties/" + repairs.supplier().id();
		assertProblem(this.manager.delete(supplier, this.manager.get(supplier).etag()), 409);
		String service = "/api/v1/services/" + repairs.spareParts().id();
		assertProblem(this.manager.delete(service, this.manager.get(service).etag()), 409);
		assertThat(this.manager.get(supplier).status()).isEqualTo(200);
		assertThat(this.manager.get(service).status()).isEqualTo(200);

		assertThat(this.manager.delete("/api/v1/links/" + repairs.supplyLink(), "\"0\"").status()).isEqualTo(204);
		assertThat(this.manager.delete(supplier, this.manager.get(supplier).etag()).status()).isEqualTo(204);
		assertThat(this.manager.delete(service, this.manager.get(service).etag()).status()).isEqualTo(204);
		assertProblem(this.manager.get(supplier), 404);
	}

	@Test
	void impactOfALinkListsTheEndUserServicesAndCustomersDownstream() {
		RepairChain repairs = this.chain.repairChain();

		TestClient.Response response = this.manager.get("/api/v1/links/" + repairs.supplyLink() + "/impact");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode impact = response.json();
		assertThat(ChainApiFixtures.ids(impact.get("affectedServices")))
			.containsExactly(repairs.repair().id().toString());
		assertThat(ChainApiFixtures.ids(impact.get("affectedCustomers")))
			.containsExactly(repairs.customer().id().toString());
		assertThat(ChainApiFixtures.ids(impact.get("downstreamParties")))
			.containsExactlyInAnyOrder(repairs.team().id().toString(), repairs.customer().id().toString());
		assertThat(ChainApiFixtures.ids(impact.get("upstreamParties"))).contains(repairs.supplier().id().toString())
			.doesNotContain(repairs.customer().id().toString());

		assertProblem(this.manager.get("/api/v1/links/" + UUID.randomUUID() + "/impact"), 404);
	}

	@Test
	void impactOfAPartyListsWhatDependsOnItAndWhatItDependsOn() {
		RepairChain repairs = this.chain.repairChain();

		JsonNode supplier = this.manager.get("/api/v1/parties/" + repairs.supplier().id() + "/impact").json();
		assertThat(ChainApiFixtures.ids(supplier.get("affectedServices")))
			.containsExactly(repairs.repair().id().toString());
		assertThat(ChainApiFixtures.ids(supplier.get("affectedCustomers")))
			.containsExactly(repairs.customer().id().toString());
		assertThat(ChainApiFixtures.ids(supplier.get("upstreamParties"))).isEmpty();
		assertThat(ChainApiFixtures.ids(supplier.get("singlePointOfFailureFor")))
			.containsExactly(repairs.repair().id().toString());

		JsonNode team = this.manager.get("/api/v1/parties/" + repairs.team().id() + "/impact").json();
		assertThat(ChainApiFixtures.ids(team.get("downstreamParties")))
			.containsExactly(repairs.customer().id().toString());
		assertThat(ChainApiFixtures.ids(team.get("upstreamParties")))
			.containsExactly(repairs.supplier().id().toString());

		JsonNode customer = this.manager.get("/api/v1/parties/" + repairs.customer().id() + "/impact").json();
		assertThat(ChainApiFixtures.ids(customer.get("affectedServices"))).isEmpty();
		assertThat(ChainApiFixtures.ids(customer.get("upstreamParties")))
			.containsExactlyInAnyOrder(repairs.supplier().id().toString(), repairs.team().id().toString());
	}

	@Test
	void chainOfAServiceIsLayeredAndNamesItsSinglePointsOfFailure() {
		RepairChain repairs = this.chain.repairChain();

		TestClient.Response response = this.manager.get("/api/v1/services/" + repairs.repair().id() + "/chain");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode chain = response.json();
		assertThat(chain.get("service").get("endUser").asBoolean()).isTrue();
		assertThat(ChainApiFixtures.ids(chain.get("links"))).containsExactlyInAnyOrder(repairs.supplyLink().toString(),
				repairs.customerLink().toString());
		Map<String, Integer> depths = new HashMap<>();
		Map<String, Boolean> singlePoints = new HashMap<>();
		chain.get("parties").valueStream().forEach((party) -> {
			depths.put(party.get("party").get("id").asString(), party.get("depth").asInt());
			singlePoints.put(party.get("party").get("id").asString(), party.get("singlePointOfFailure").asBoolean());
		});
		assertThat(depths).containsExactlyInAnyOrderEntriesOf(Map.of(repairs.customer().id().toString(), 0,
				repairs.team().id().toString(), 1, repairs.supplier().id().toString(), 2));
		assertThat(singlePoints).containsExactlyInAnyOrderEntriesOf(Map.of(repairs.customer().id().toString(), false,
				repairs.team().id().toString(), true, repairs.supplier().id().toString(), true));
		List<JsonNode> spofs = chain.get("singlePointsOfFailure").valueStream().toList();
		assertThat(spofs).extracting((spof) -> spof.get("party").get("id").asString())
			.containsExactlyInAnyOrder(repairs.team().id().toString(), repairs.supplier().id().toString());
		assertThat(spofs).allSatisfy((spof) -> assertThat(ChainApiFixtures.ids(spof.get("cutOffCustomers")))
			.containsExactly(repairs.customer().id().toString()));

		assertProblem(this.manager.get("/api/v1/services/" + UUID.randomUUID() + "/chain"), 404);
	}

	@Test
	void aSecondSupplierRemovesTheSinglePointOfFailure() {
		RepairChain repairs = this.chain.repairChain();
		Named secondSupplier = this.chain.supplier("Second Spare Parts Wholesale");
		this.chain.link(repairs.spareParts(), secondSupplier, repairs.team());

		JsonNode chain = this.manager.get("/api/v1/services/" + repairs.repair().id() + "/chain").json();
		assertThat(
				chain.get("singlePointsOfFailure").valueStream().map((spof) -> spof.get("party").get("id").asString()))
			.containsExactly(repairs.team().id().toString());
	}

	@Test
	void mapOfAServiceHasItsPartiesAsNodesAndItsLinksAsEdges() {
		RepairChain repairs = this.chain.repairChain();

		TestClient.Response response = this.manager.get("/api/v1/chain/map?serviceId=" + repairs.repair().id());
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode map = response.json();
		Map<String, JsonNode> nodes = new HashMap<>();
		map.get("nodes").valueStream().forEach((node) -> nodes.put(node.get("id").asString(), node));
		assertThat(nodes).containsOnlyKeys(repairs.customer().id().toString(), repairs.team().id().toString(),
				repairs.supplier().id().toString());
		JsonNode customer = nodes.get(repairs.customer().id().toString());
		assertThat(customer.get("label").asString()).isEqualTo(repairs.customer().name());
		assertThat(customer.get("customer").asBoolean()).isTrue();
		assertThat(customer.get("depth").asInt()).isZero();
		assertThat(nodes.get(repairs.supplier().id().toString()).get("depth").asInt()).isEqualTo(2);
		assertThat(nodes.get(repairs.supplier().id().toString()).get("internal").asBoolean()).isFalse();
		assertThat(nodes.get(repairs.team().id().toString()).get("singlePointOfFailure").asBoolean()).isTrue();

		List<JsonNode> edges = map.get("edges").valueStream().toList();
		assertThat(edges).hasSize(2);
		assertThat(edges).anySatisfy((edge) -> {
			assertThat(edge.get("id").asString()).isEqualTo(repairs.supplyLink().toString());
			assertThat(edge.get("source").asString()).isEqualTo(repairs.supplier().id().toString());
			assertThat(edge.get("target").asString()).isEqualTo(repairs.team().id().toString());
			assertThat(edge.get("label").asString()).isEqualTo(repairs.spareParts().name());
		});
		assertThat(edges).anySatisfy((edge) -> {
			assertThat(edge.get("id").asString()).isEqualTo(repairs.customerLink().toString());
			assertThat(edge.get("source").asString()).isEqualTo(repairs.team().id().toString());
			assertThat(edge.get("target").asString()).isEqualTo(repairs.customer().id().toString());
		});

		JsonNode whole = this.manager.get("/api/v1/chain/map").json();
		assertThat(ChainApiFixtures.ids(whole.get("nodes"))).contains(repairs.customer().id().toString(),
				repairs.team().id().toString(), repairs.supplier().id().toString());
		assertThat(ChainApiFixtures.ids(whole.get("edges"))).contains(repairs.supplyLink().toString(),
				repairs.customerLink().toString());
		assertProblem(this.manager.get("/api/v1/chain/map?serviceId=" + UUID.randomUUID()), 404);
	}

}
