package org.servicechain.chain;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.servicechain.identity.Role;
import org.servicechain.identity.SystemActor;
import org.servicechain.shared.StaleVersionException;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Finding 11 of issue 9: two saves that both pass the early version check race to the
 * database; the loser gets the same conflict, with what changed, as when the early check
 * catches it (forms show it inline, the API answers 409), not an error page.
 */
@IntegrationTest
class ConcurrentSaveIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Autowired
	ChainManagement chain;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theLoserOfARaceAtTheDatabaseSeesTheConflictWithWhatChanged() {
		TestClient manager = this.clients.api(Role.MANAGER);
		String name = ChainApiFixtures.unique("Racing");
		TestClient.Response created = manager.post("/api/v1/services", Map.of("name", name));
		UUID id = UUID.fromString(created.json().get("id").asString());

		Throwable loser = catchThrowable(() -> new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> SystemActor.run(() -> {
				// The loser has read version 0 (its early check will pass) ...
				this.chain.service(id);
				// ... when the winner saves version 1.
				TestClient.Response winner = manager.put("/api/v1/services/" + id,
						Map.of("name", name + " renamed", "description", "by the winner"), "\"0\"");
				assertThat(winner.status()).as(winner.toString()).isEqualTo(200);
				this.chain.updateService(id, 0, new ServiceDetails(name, "by the loser"));
			})));

		assertThat(loser).isInstanceOf(StaleVersionException.class);
		StaleVersionException conflict = (StaleVersionException) loser;
		assertThat(conflict.getExpectedVersion()).isZero();
		assertThat(conflict.getCurrentVersion()).isEqualTo(1);
		assertThat(conflict.getChangesSince()).singleElement()
			.satisfies((entry) -> assertThat(entry.changes())
				.anySatisfy((change) -> assertThat(change.newValue()).isEqualTo(name + " renamed")));
		assertThat(manager.get("/api/v1/services/" + id).json().get("description").asString())
			.isEqualTo("by the winner");
	}

}
