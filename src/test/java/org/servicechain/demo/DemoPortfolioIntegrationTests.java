package org.servicechain.demo;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alex's demo portfolio (REP-3): most of unit B9 evidenced from Alex's own month of work,
 * its gaps shown, an assessor assigned who has marked some criteria, a witnessed piece.
 * Same configuration as {@link DemoOrganisationIntegrationTests}, so the demo context is
 * shared rather than loaded twice.
 */
@IntegrationTest
@TestPropertySource(properties = { "servicechain.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo-${random.uuid};DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
		"spring.datasource.password=" })
class DemoPortfolioIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	@Test
	void alexHasAPortfolioCoveringMostOfB9WithItsGapsShown() {
		TestClient alex = this.clients.anonymous().login("alex.agent", DemoOrganisation.DEMO_PASSWORD);
		JsonNode portfolio = alex.get("/api/v1/portfolios/alex.agent").json();
		assertThat(portfolio.get("assessorName").asString()).isEqualTo("Ada Assessor");
		assertThat(portfolio.get("evidence").get("totalItems").asInt()).isGreaterThanOrEqualTo(7);
		JsonNode b9 = standard(portfolio, "B9");
		int evidenced = b9.get("evidenced").asInt();
		int taking = b9.get("takingEvidence").asInt();
		assertThat(taking).isEqualTo(36);
		assertThat(evidenced).as("most of B9").isGreaterThan(taking / 2).isLessThan(taking);
		List<String> gaps = new ArrayList<>();
		for (JsonNode criterion : b9.get("criteria")) {
			if (criterion.get("criterion").get("kind").asString().equals("LEARNING_OUTCOME")) {
				continue;
			}
			if (criterion.get("sufficiency").get("pieces").asInt() == 0) {
				gaps.add(criterion.get("criterion").get("code").asString());
			}
		}
		assertThat(gaps).contains("B9 2.4", "B9 E7a");
		assertThat(b9.get("signedOff").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(portfolio.get("evidence").get("items")).anyMatch((piece) -> !piece.get("witnesses").isEmpty()
				&& piece.get("witnesses").get(0).get("confirmed").asBoolean());

		String page = alex.get("/portfolio").body();
		assertThat(page).contains("My competence portfolio").contains("Gaps (no evidence yet)").contains("B9 2.4");

		TestClient ada = this.clients.anonymous().login("ada.assessor", DemoOrganisation.DEMO_PASSWORD);
		assertThat(ada.get("/portfolio").body()).contains("Portfolios to assess").contains("Alex");
		assertThat(ada.get("/api/v1/portfolios/ben.agent").status()).isEqualTo(404);
	}

	private static JsonNode standard(JsonNode portfolio, String code) {
		for (JsonNode standard : portfolio.get("standards")) {
			if (standard.get("code").asString().equals(code)) {
				return standard;
			}
		}
		throw new AssertionError("No standard " + code);
	}

}
