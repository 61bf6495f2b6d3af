package org.servicechain.chain;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.identity.Role;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * Duplicate customers and contacts are caught when created through the API, unless the
 * caller says to create them anyway, and listed for managers (REC-1); contact fields are
 * checked and normalised.
 */
@IntegrationTest
class DuplicateIntegrationTests {

	@Autowired
	TestClient.Clients clients;

	TestClient manager;

	String tag;

	@BeforeEach
	void signIn() {
		this.manager = this.clients.api(Role.MANAGER);
		this.tag = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aCustomerWithASimilarNameIsAPossibleDuplicate() {
		String original = "Harbour Bakery " + this.tag + " Ltd";
		TestClient.Response first = this.manager.post("/api/v1/parties", customer(original));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);

		TestClient.Response twin = this.manager.post("/api/v1/parties",
				customer("HARBOUR BAKERY " + this.tag + " Limited"));
		assertThat(twin.status()).as(twin.toString()).isEqualTo(409);
		assertThat(twin.header("Content-Type")).startsWith("application/problem+json");
		JsonNode candidates = twin.json().get("candidates");
		assertThat(candidates.valueStream().map((c) -> c.get("id").asString()))
			.contains(first.json().get("id").asString());
		assertThat(candidates.get(0).get("reason").asString()).isEqualTo("similar-name");

		TestClient.Response anyway = this.manager.post("/api/v1/parties?allowDuplicate=true",
				customer("HARBOUR BAKERY " + this.tag + " Limited"));
		assertThat(anyway.status()).as(anyway.toString()).isEqualTo(201);

		// Looked up by its own tag: the tests share a database full of similar names.
		assertThat(this.manager.items("/api/v1/parties/duplicates?q=" + this.tag)
			.stream()
			.filter((pair) -> pair.get("first").get("name").asString().contains(this.tag))
			.map((pair) -> pair.get("reason").asString())).containsExactly("similar-name");
		assertThat(this.manager.items("/api/v1/parties/duplicates?q=" + this.tag.toUpperCase())).hasSize(1);
		assertProblem(this.clients.api(Role.AGENT).get("/api/v1/parties/duplicates"), 403);
	}

	@Test
	void aContactWithTheSameEmailOrPhoneIsAPossibleDuplicate() {
		ChainApiFixtures chain = new ChainApiFixtures(this.manager);
		Named one = chain.externalCustomer("Ivy Chen");
		Named other = chain.externalCustomer("Ivy Chen Holdings");
		String email = "ivy." + this.tag + "@example.org";
		// The number may be kept already (tests share a database): this one is created
		// anyway.
		TestClient.Response first = this.manager.post("/api/v1/parties/" + one.id() + "/contacts?allowDuplicate=true",
				Map.of("name", "Ivy Chen", "email", email, "phone", "07911 123456"));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		String phone = first.json().get("phone").asString();
		assertThat(phone).isEqualTo("+447911123456");

		TestClient.Response sameEmail = this.manager.post("/api/v1/parties/" + other.id() + "/contacts",
				Map.of("name", "I. Chen", "email", email.toUpperCase()));
		assertThat(sameEmail.status()).as(sameEmail.toString()).isEqualTo(409);
		assertThat(sameEmail.json().get("candidates").get(0).get("reason").asString()).isEqualTo("same-email");

		TestClient.Response samePhone = this.manager.post("/api/v1/parties/" + other.id() + "/contacts",
				Map.of("name", "Reception", "phone", phone));
		assertThat(samePhone.status()).as(samePhone.toString()).isEqualTo(409);
		assertThat(samePhone.json().get("candidates").get(0).get("reason").asString()).isEqualTo("same-phone");

		TestClient.Response similarName = this.manager.post("/api/v1/parties/" + one.id() + "/contacts",
				Map.of("name", "Ivy  Chen"));
		assertThat(similarName.status()).as(similarName.toString()).isEqualTo(409);

		assertThat(this.manager
			.post("/api/v1/parties/" + other.id() + "/contacts?allowDuplicate=true",
					Map.of("name", "I. Chen", "email", email))
			.status()).isEqualTo(201);

		// Kept anyway, the two are listed as suspected duplicates, once, by their
		// address.
		assertThat(this.manager.items("/api/v1/parties/duplicates?q=" + one.name().replace(" ", "%20"))
			.stream()
			.filter((pair) -> pair.get("first").get("kind").asString().equals("contact")
					&& pair.get("first").get("partyId").asString().equals(one.id().toString()) != pair.get("second")
						.get("partyId")
						.asString()
						.equals(one.id().toString())
					&& (pair.get("first").get("partyId").asString().equals(other.id().toString())
							|| pair.get("second").get("partyId").asString().equals(other.id().toString())))
			.map((pair) -> pair.get("reason").asString())).containsExactly("same-email");
	}

	@Test
	void wrongEmailsAndPhonesAreRefusedNamingFieldAndRule() {
		Named party = new ChainApiFixtures(this.manager).supplier("Fixit");
		String path = "/api/v1/parties/" + party.id() + "/contacts";
		assertProblem(this.manager.post(path, Map.of("name", "Bad Mail", "email", "bad@example")), 422, "email",
				"email");
		assertProblem(this.manager.post(path, Map.of("name", "Bad Phone", "phone", "12345")), 422, "phone", "phone");
		TestClient.Response ok = this.manager.post(path,
				Map.of("name", "Good", "phone", "+44 (0)161 496 0555", "email", "Good@Fixit.EXAMPLE.org"));
		assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
		assertThat(ok.json().get("phone").asString()).isEqualTo("+441614960555");
		assertThat(ok.json().get("email").asString()).isEqualTo("Good@fixit.example.org");
	}

	private static Map<String, Object> customer(String name) {
		return Map.of("name", name, "kind", "CUSTOMER", "internal", false, "customerType", "ORGANISATION");
	}

}
