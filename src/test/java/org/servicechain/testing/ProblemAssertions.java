package org.servicechain.testing;

import java.util.List;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on RFC 9457 problem+json answers of the API (INT-1).
 */
public final class ProblemAssertions {

	private ProblemAssertions() {
	}

	/**
	 * Asserts a problem with the status that names the field and the rule it broke among
	 * its {@code errors}.
	 */
	public static void assertProblem(TestClient.Response response, int status, String field, String rule) {
		assertProblem(response, status);
		List<JsonNode> errors = response.json().get("errors").valueStream().toList();
		assertThat(errors).as(response.toString()).anySatisfy((error) -> {
			assertThat(error.get("field").asString()).isEqualTo(field);
			assertThat(error.get("rule").asString()).isEqualTo(rule);
		});
	}

	/**
	 * Asserts a problem with the status, whose body repeats the status.
	 */
	public static void assertProblem(TestClient.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
		assertThat(response.json().get("status").asInt()).as(response.toString()).isEqualTo(status);
	}

}
