package org.servicechain.requests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests module keeps what it read of the chain and its agreements until they
 * change: a change made between two requests is seen by the second, as if nothing were
 * kept.
 */
@IntegrationTest
class CatalogueCacheIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	DeliveryChain chain;

	RequestFixtures fixtures;

	TestClient agent;

	@BeforeEach
	void aDeliveryChainAndARequestRaisedOnIt() {
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.agent = this.clients.api(Role.AGENT);
		raise(this.chain.customer(), "Before the change");
	}

	@Test
	void aCustomerLinkedSinceTheLastRequestCanRaiseOne() {
		ChainApiFixtures chainFixtures = new ChainApiFixtures(this.fixtures.manager());
		Named newcomer = chainFixtures.externalCustomer("Newcomer");
		chainFixtures.link(this.chain.delivery(), this.chain.frontLine(), newcomer);

		TestClient.Response raised = raise(newcomer, "After the change");

		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		assertThat(raised.json().get("requesterName").asString()).isEqualTo(newcomer.name());
	}

	@Test
	void aRenamedCustomerIsShownByItsNewName() {
		TestClient manager = this.fixtures.manager();
		TestClient.Response party = manager.get("/api/v1/parties/" + this.chain.customer().id());
		Map<String, Object> details = new HashMap<>();
		details.put("name", this.chain.customer().name() + " (renamed)");
		details.put("kind", "CUSTOMER");
		details.put("internal", false);
		details.put("customerType", "PERSON");
		TestClient.Response renamed = manager.put("/api/v1/parties/" + this.chain.customer().id(), details,
				party.etag());
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

		JsonNode raised = raise(this.chain.customer(), "After the rename").json();

		assertThat(raised.get("requesterName").asString()).isEqualTo(this.chain.customer().name() + " (renamed)");
	}

	@Test
	void aSupplierLinkedUpstreamSinceTheLastLookIsOfferedForTasks() {
		String id = raise(this.chain.customer(), "Needs a courier").json().get("id").asString();
		List<String> before = candidates(id);
		ChainApiFixtures chainFixtures = new ChainApiFixtures(this.fixtures.manager());
		Named secondCourier = chainFixtures.supplier("Second courier");
		chainFixtures.link(this.chain.carriage(), secondCourier, this.chain.warehouse());

		List<String> after = candidates(id);

		assertThat(before).doesNotContain(secondCourier.id().toString());
		assertThat(after).contains(secondCourier.id().toString());
	}

	private List<String> candidates(String requestId) {
		return this.agent.get("/api/v1/requests/" + requestId + "/task-candidates")
			.json()
			.valueStream()
			.map((candidate) -> candidate.get("partyId").asString())
			.toList();
	}

	private TestClient.Response raise(Named requester, String summary) {
		TestClient.Response raised = this.agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, requester, summary));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		return raised;
	}

}
