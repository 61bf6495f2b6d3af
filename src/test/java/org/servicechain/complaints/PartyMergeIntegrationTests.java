package org.servicechain.complaints;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

import org.servicechain.chain.ChainApiFixtures;
import org.servicechain.chain.ChainApiFixtures.Named;
import org.servicechain.chain.PartiesMerged;
import org.servicechain.identity.Role;
import org.servicechain.requests.RequestFixtures;
import org.servicechain.requests.RequestFixtures.DeliveryChain;
import org.servicechain.testing.IntegrationTest;
import org.servicechain.testing.MutableClock;
import org.servicechain.testing.TestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicechain.testing.ProblemAssertions.assertProblem;

/**
 * Merging a duplicate customer party (REC-1): its request, complaint, survey invitation
 * with its answer and contact belong to the survivor afterwards, both parties carry an
 * audit entry, the duplicate is kept and says where it went; and when any module fails
 * while moving, nothing has moved. Lives beside the complaints tests for their fixtures;
 * it exercises the chain, requests, complaints and feedback modules together.
 */
@IntegrationTest
@Import({ MutableClock.Config.class, PartyMergeIntegrationTests.Failing.class })
class PartyMergeIntegrationTests {

	static final Instant MONDAY_TEN = Instant.parse("2026-11-02T10:00:00Z");

	@Autowired
	TestClient.Clients clients;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Failing failing;

	/**
	 * A module that fails while the merge moves records, after the others have moved
	 * theirs.
	 */
	@TestConfiguration
	static class Failing {

		final AtomicBoolean next = new AtomicBoolean();

		@EventListener
		@Order(Ordered.LOWEST_PRECEDENCE)
		void on(PartiesMerged merged) {
			if (this.next.getAndSet(false)) {
				throw new IllegalStateException("simulated failure while moving " + merged.from());
			}
		}

	}

	RequestFixtures fixtures;

	DeliveryChain chain;

	TestClient manager;

	Named duplicate;

	Named survivor;

	String requestId;

	String complaintId;

	UUID invitationId;

	String contactId;

	@BeforeEach
	void aCustomerWithRecordsAndItsTwin() {
		this.clock.set(MONDAY_TEN);
		this.fixtures = new RequestFixtures(this.clients);
		this.chain = this.fixtures.deliveryChain();
		this.manager = this.fixtures.manager();
		this.duplicate = this.chain.customer();
		this.survivor = new ChainApiFixtures(this.manager).externalCustomer("Amelia Hughes (main record)");
		ComplaintFixtures.usePolicy(this.manager, ComplaintFixtures.officeHours(this.manager));
		TestClient agent = this.clients.api(Role.AGENT);
		TestClient.Response raised = agent.post("/api/v1/requests",
				RequestFixtures.request(this.chain, this.duplicate, "Washing machine not delivered"));
		assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
		this.requestId = raised.json().get("id").asString();
		TestClient.Response complained = agent.post("/api/v1/complaints",
				ComplaintFixtures.complaint(this.duplicate, this.requestId, "Nobody called back"));
		assertThat(complained.status()).as(complained.toString()).isEqualTo(201);
		this.complaintId = complained.json().get("id").asString();
		UUID survey = UUID.randomUUID();
		this.jdbc.update(
				"insert into feedback_survey (id, version, name, kind, question, comment_question,"
						+ " requester_scope, sampling_percent, quiet_days, valid_days, active, created_at, created_by)"
						+ " values (?, 0, ?, 'CSAT', 'How did we do?', 'Why?', 'ANY', 100, 0, 14, false, ?, 'test')",
				survey, "Merge survey " + survey, java.sql.Timestamp.from(MONDAY_TEN));
		this.invitationId = UUID.randomUUID();
		this.jdbc.update("insert into survey_invitation (id, version, survey_id, token_hash, request_id,"
				+ " request_reference, customer_id, customer_internal, service_id, team_id, parties, invited_at,"
				+ " expires_at, answered_at, score) values (?, 0, ?, ?, ?, 'R-1', ?, false, ?, ?, '', ?, ?, ?, 5)",
				this.invitationId, survey, this.invitationId.toString().replace("-", ""),
				UUID.fromString(this.requestId), this.duplicate.id(), this.chain.delivery().id(),
				this.chain.frontLine().id(), java.sql.Timestamp.from(MONDAY_TEN),
				java.sql.Timestamp.from(MONDAY_TEN.plusSeconds(86400)), java.sql.Timestamp.from(MONDAY_TEN));
		TestClient.Response contact = this.manager.post(
				"/api/v1/parties/" + this.duplicate.id() + "/contacts?allowDuplicate=true",
				Map.of("name", "Amelia Hughes", "phone", "0161 496 0777"));
		assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
		this.contactId = contact.json().get("id").asString();
	}

	@Test
	void everythingOfTheDuplicateBelongsToTheSurvivorAfterwards() {
		TestClient.Response merged = merge();
		assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
		assertThat(merged.json().get("mergedIntoId").asString()).isEqualTo(this.survivor.id().toString());

		assertThat(this.manager.get("/api/v1/requests/" + this.requestId).json().get("requesterId").asString())
			.isEqualTo(this.survivor.id().toString());
		assertThat(partyOf("select complainant_party_id from complaint where id = ?", this.complaintId))
			.isEqualTo(this.survivor.id());
		assertThat(partyOf("select customer_id from survey_invitation where id = ?", this.invitationId))
			.isEqualTo(this.survivor.id());
		assertThat(this.jdbc.queryForObject("select score from survey_invitation where id = ?", Integer.class,
				this.invitationId))
			.isEqualTo(5);
		JsonNode contact = this.manager.get("/api/v1/contacts/" + this.contactId).json();
		assertThat(contact.get("partyId").asString()).isEqualTo(this.survivor.id().toString());
		assertThat(contact.get("phone").asString()).isEqualTo("+441614960777");
		// The duplicate's link to the service moved too, so the survivor is now served.
		assertThat(this.manager.get("/api/v1/links?partyId=" + this.survivor.id()).json().get("items").size())
			.isEqualTo(1);

		// The duplicate is kept and says where it went; both carry an audit entry.
		JsonNode kept = this.manager.get("/api/v1/parties/" + this.duplicate.id()).json();
		assertThat(kept.get("mergedIntoId").asString()).isEqualTo(this.survivor.id().toString());
		assertThat(operations(this.duplicate)).contains("merged");
		assertThat(operations(this.survivor)).contains("merged");

		// Merged once: not again, and nothing is merged into it.
		assertThat(merge().status()).isIn(409, 412);
		Named third = new ChainApiFixtures(this.manager).externalCustomer("Amelia H");
		TestClient.Response intoMerged = this.manager.post("/api/v1/parties/" + third.id() + "/merge",
				Map.of("intoId", this.duplicate.id()), Map.of("If-Match", "\"0\""));
		assertProblem(intoMerged, 422, "intoId", "not-merged");
	}

	@Test
	void nothingIsHalfMovedWhenAModuleFails() {
		this.failing.next.set(true);
		TestClient.Response failed = merge();
		assertThat(failed.status()).as(failed.toString()).isEqualTo(500);

		assertThat(this.manager.get("/api/v1/requests/" + this.requestId).json().get("requesterId").asString())
			.isEqualTo(this.duplicate.id().toString());
		assertThat(partyOf("select complainant_party_id from complaint where id = ?", this.complaintId))
			.isEqualTo(this.duplicate.id());
		assertThat(partyOf("select customer_id from survey_invitation where id = ?", this.invitationId))
			.isEqualTo(this.duplicate.id());
		assertThat(this.manager.get("/api/v1/contacts/" + this.contactId).json().get("partyId").asString())
			.isEqualTo(this.duplicate.id().toString());
		JsonNode party = this.manager.get("/api/v1/parties/" + this.duplicate.id()).json();
		assertThat(party.get("mergedIntoId").isNull()).isTrue();
		assertThat(operations(this.duplicate)).doesNotContain("merged");
	}

	@Test
	void onlyManagersMergeAndOnlyCustomers() {
		TestClient agent = this.clients.api(Role.AGENT);
		String etag = this.manager.get("/api/v1/parties/" + this.duplicate.id()).etag();
		assertProblem(agent.post("/api/v1/parties/" + this.duplicate.id() + "/merge",
				Map.of("intoId", this.survivor.id()), Map.of("If-Match", etag)), 403);
		assertProblem(
				this.manager.post("/api/v1/parties/" + this.duplicate.id() + "/merge",
						Map.of("intoId", this.chain.courier().id()), Map.of("If-Match", etag)),
				422, "intoId", "customers");
		assertProblem(
				this.manager.post("/api/v1/parties/" + this.duplicate.id() + "/merge",
						Map.of("intoId", this.chain.internalCustomer().id()), Map.of("If-Match", etag)),
				422, "intoId", "same-scope");
		assertThat(this.manager
			.post("/api/v1/parties/" + this.duplicate.id() + "/merge", Map.of("intoId", this.survivor.id()))
			.status()).isEqualTo(428);
	}

	private TestClient.Response merge() {
		String etag = this.manager.get("/api/v1/parties/" + this.duplicate.id()).etag();
		return this.manager.post("/api/v1/parties/" + this.duplicate.id() + "/merge",
				Map.of("intoId", this.survivor.id()), Map.of("If-Match", etag));
	}

	private UUID partyOf(String sql, Object id) {
		return this.jdbc.queryForObject(sql, UUID.class, (id instanceof String text) ? UUID.fromString(text) : id);
	}

	private java.util.List<String> operations(Named party) {
		return this.manager.get("/api/v1/parties/" + party.id() + "/history")
			.json()
			.valueStream()
			.map((entry) -> entry.get("operation").asString())
			.toList();
	}

}
