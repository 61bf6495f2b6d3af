package org.servicechain.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.servicechain.testing.IntegrationTest;

/**
 * The search contract on a real OpenSearch node (the scale-out backend), which the test
 * starts as a child process: {@code ./mvnw -Popensearch test -Dtest='Search*'}.
 */
@IntegrationTest
@Tag("opensearch")
class SearchOnOpenSearchIntegrationTests extends SearchContract {

	private static final OpenSearchNode node = new OpenSearchNode();

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		node.start();
		registry.add("servicechain.search.backend", () -> "opensearch");
		registry.add("servicechain.search.opensearch.uris", node::uri);
	}

	@AfterAll
	static void stop() {
		node.stop();
	}

}
