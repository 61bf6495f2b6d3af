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
 * with its answer, contact, portal user, agreement, review meeting series with its
 * meeting, objective and dispute, contingency procedure and incident, the service notices
 * naming it and the audits of it belong to the survivor afterwards (each moved record
 * audited), both parties carry an audit entry, the duplicate is kept and says where it
 * went; and when any module fails while moving, nothing has moved. Lives beside the
 * complaints tests for their fixtures; it exercises the chain, identity, requests,
 * complaints, feedback, agreements, reviews, workforce, notices and improvement modules
 * together.
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

	/** A portal user of the duplicate, signed in before the merge (a browser session). */
	TestClient portalUser;

	UUID agreementId;

	/** The survivor's own agreement with the same provider and service. */
	UUID survivorAgreementId;

	UUID seriesId;

	UUID meetingId;

	UUID objectiveId;

	UUID disputeId;

	UUID procedureId;

	UUID incidentId;

	/** A notice of work at the duplicate itself. */
	UUID noticeAtId;

	/** A notice on a link that affects both the duplicate and the survivor. */
	UUID noticeBothId;

	/** A notice on a service that affects the duplicate, with its request linked. */
	UUID noticeAffectingId;

	/** A notice that does not name the duplicate. */
	UUID noticeOtherId;

	/** An audit of the duplicate (scheduled when it was still classed a partner). */
	UUID auditId;

	/** An audit of another party. */
	UUID otherAuditId;

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
		this.portalUser = this.clients.session(Role.CUSTOMER, this.duplicate.id());
		this.agreementId = partyOf("select id from agreement where consumer_party_id = ?", this.duplicate.id());
		this.survivorAgreementId = survivorsOwnAgreement();
		recordsOfOtherModules();
	}

	/**
	 * A draft agreement of the survivor with the duplicate's provider, for a service both
	 * use.
	 */
	private UUID survivorsOwnAgreement() {
		UUID calendar = partyOf("select calendar_id from agreement where id = ?", this.agreementId);
		TestClient.Response draft = this.manager.post("/api/v1/agreements", Map.of("header",
				Map.of("title", "Survivor's own SLA", "kind", "CUSTOMER_SLA", "formality", "FORMAL", "providerId",
						this.chain.frontLine().id(), "consumerId", this.survivor.id(), "serviceIds",
						java.util.List.of(this.chain.delivery().id()), "calendarId", calendar),
				"terms", Map.of("targets",
						java.util.List.of(Map.of("priority", "P1", "firstResponse", "PT1H", "resolution", "PT4H")))));
		assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
		return UUID.fromString(draft.json().get("id").asString());
	}

	/** Rows of the reviews and workforce modules naming the duplicate. */
	private void recordsOfOtherModules() {
		java.sql.Timestamp now = java.sql.Timestamp.from(MONDAY_TEN);
		this.seriesId = UUID.randomUUID();
		this.jdbc.update("insert into review_meeting_series (id, version, kind, title, cadence, party_id,"
				+ " created_by_name, created_at) values (?, 0, 'PARTNER_REVIEW', 'Quarterly review', 'QUARTERLY', ?,"
				+ " 'Test', ?)", this.seriesId, this.duplicate.id(), now);
		this.meetingId = UUID.randomUUID();
		this.jdbc.update("insert into review_meeting (id, version, series_id, kind, party_id, held_on, period_from,"
				+ " period_to, status, agenda, minutes, decisions, created_at) values (?, 0, ?, 'PARTNER_REVIEW', ?,"
				+ " ?, ?, ?, 'PLANNED', '', '', '', ?)", this.meetingId, this.seriesId, this.duplicate.id(),
				java.sql.Date.valueOf("2026-11-09"), java.sql.Date.valueOf("2026-08-01"),
				java.sql.Date.valueOf("2026-10-31"), now);
		this.objectiveId = UUID.randomUUID();
		this.jdbc.update("insert into review_objective (id, version, subject, party_id, specific_text, metric,"
				+ " baseline, target, starts_on, deadline, achievable_by, created_by_name, created_at)"
				+ " values (?, 0, 'PARTNER', ?, 'Fewer open requests', 'OPEN_REQUESTS', 5, 2, ?, ?, 'Both', 'Test', ?)",
				this.objectiveId, this.duplicate.id(), java.sql.Date.valueOf("2026-11-01"),
				java.sql.Date.valueOf("2027-02-01"), now);
		this.disputeId = UUID.randomUUID();
		this.jdbc.update("insert into review_dispute (id, version, party_id, period_from, period_to, measure,"
				+ " comment, raised_by, raised_by_name, raised_at) values (?, 0, ?, ?, ?, 'COMPLAINTS', 'Not ours',"
				+ " 'test', 'Test', ?)", this.disputeId, this.duplicate.id(), java.sql.Date.valueOf("2026-10-01"),
				java.sql.Date.valueOf("2026-10-31"), now);
		this.procedureId = UUID.randomUUID();
		this.jdbc.update(
				"insert into workforce_procedure (id, title, situation, party_id, steps, updated_at, version)"
						+ " values (?, 'Depot flooded', 'OTHER', ?, 'Call the customer', ?, 0)",
				this.procedureId, this.duplicate.id(), now);
		this.incidentId = UUID.randomUUID();
		this.jdbc.update(
				"insert into workforce_incident (id, procedure_id, title, situation, party_id, opened_at,"
						+ " opened_by, version) values (?, ?, 'Depot flooded', 'OTHER', ?, ?, 'test', 0)",
				this.incidentId, this.procedureId, this.duplicate.id(), now);
		recordsOfNoticesAndAudits();
	}

	/**
	 * Service notices and improvement audits naming the duplicate, and one of each not.
	 */
	private void recordsOfNoticesAndAudits() {
		java.sql.Timestamp now = java.sql.Timestamp.from(MONDAY_TEN);
		this.noticeAtId = notice("PARTY", this.duplicate.id(), this.duplicate.name(), this.duplicate.id(),
				this.chain.courier());
		this.noticeBothId = notice("LINK", UUID.randomUUID(), "Front line to customers", this.chain.frontLine().id(),
				this.duplicate, this.survivor);
		this.noticeAffectingId = notice("SERVICE", this.chain.delivery().id(), this.chain.delivery().name(), null,
				this.duplicate);
		this.noticeOtherId = notice("PARTY", this.chain.courier().id(), this.chain.courier().name(),
				this.chain.courier().id(), this.chain.frontLine());
		this.jdbc.update(
				"insert into service_notice_request (notice_id, request_id, reference, requester_id, summary,"
						+ " raised_at) values (?, ?, 'R-1', ?, 'Washing machine not delivered', ?)",
				this.noticeAffectingId, UUID.fromString(this.requestId), this.duplicate.id(), now);
		UUID template = UUID.randomUUID();
		this.jdbc.update(
				"insert into improvement_template (id, version, name, subject_kind, kind, revision,"
						+ " created_at, updated_at) values (?, 0, ?, 'PARTNER', 'SERVICE_AUDIT', 1, ?, ?)",
				template, "Merge checklist " + template, now, now);
		this.auditId = audit(template, this.duplicate);
		this.otherAuditId = audit(template, this.chain.courier());
	}

	private UUID notice(String subjectKind, UUID subjectId, String subjectName, UUID subjectPartyId,
			Named... affected) {
		UUID id = UUID.randomUUID();
		java.sql.Timestamp now = java.sql.Timestamp.from(MONDAY_TEN);
		Long reference = this.jdbc.queryForObject("select coalesce(max(reference_number), 0) + 1 from service_notice",
				Long.class);
		this.jdbc.update("insert into service_notice (id, version, reference_number, kind, subject_kind, subject_id,"
				+ " subject_name, subject_party_id, title, message, starts_at, declared_at, declared_by,"
				+ " declared_by_name) values (?, 0, ?, 'INCIDENT', ?, ?, ?, ?, 'Depot flooded', 'Deliveries late', ?,"
				+ " ?, 'test', 'Test')", id, reference, subjectKind, subjectId, subjectName, subjectPartyId, now, now);
		this.jdbc.update("insert into service_notice_round (notice_id, position, kind, message, said_at, by_name)"
				+ " values (?, 0, 'DECLARED', 'Deliveries late', ?, 'Test')", id, now);
		for (Named party : affected) {
			this.jdbc.update("insert into service_notice_party (notice_id, party_id, party_name, party_kind)"
					+ " values (?, ?, ?, 'CUSTOMER')", id, party.id(), party.name());
		}
		return id;
	}

	private UUID audit(UUID template, Named subject) {
		UUID id = UUID.randomUUID();
		java.sql.Timestamp now = java.sql.Timestamp.from(MONDAY_TEN);
		this.jdbc.update("insert into improvement_audit (id, version, number, template_id, template_name,"
				+ " template_revision, kind, subject_kind, subject_party_id, subject_name, auditor, auditor_name,"
				+ " due_on, status, created_by, created_at) values (?, 0, ?, ?, 'Merge checklist', 1,"
				+ " 'SERVICE_AUDIT', 'PARTNER', ?, ?, 'test', 'Test', ?, 'SCHEDULED', 'test', ?)", id,
				900_000_000L + (Math.abs(id.getLeastSignificantBits()) % 1_000_000_000L), template, subject.id(),
				subject.name(), java.sql.Date.valueOf("2026-11-20"), now);
		return id;
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

		// Its portal user acts for the survivor from its next request on, in the same
		// session, and so still sees the request, now the survivor's (a customer sees
		// only
		// its own party's requests).
		assertThat(this.portalUser.get("/api/v1/me").json().get("partyId").asString())
			.isEqualTo(this.survivor.id().toString());
		TestClient.Response seen = this.portalUser.get("/api/v1/requests/" + this.requestId);
		assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
		assertThat(audited(UUID.fromString(this.portalUser.get("/api/v1/me").json().get("id").asString()), "updated"))
			.isTrue();

		// Its agreement is the survivor's; the survivor's own one is kept beside it, each
		// with its own versions.
		assertThat(partyOf("select consumer_party_id from agreement where id = ?", this.agreementId))
			.isEqualTo(this.survivor.id());
		assertThat(partyOf("select consumer_party_id from agreement where id = ?", this.survivorAgreementId))
			.isEqualTo(this.survivor.id());
		assertThat(count("select count(*) from agreement_terms where agreement_id = ?", this.agreementId)).isEqualTo(1);
		assertThat(count("select count(*) from agreement_terms where agreement_id = ?", this.survivorAgreementId))
			.isEqualTo(1);
		assertThat(audited(this.agreementId, "updated")).isTrue();

		// Review meetings, objectives, disputes and contingency records name the
		// survivor,
		// each with an audit entry.
		for (var row : Map
			.of("review_meeting_series", this.seriesId, "review_meeting", this.meetingId, "review_objective",
					this.objectiveId, "review_dispute", this.disputeId, "workforce_procedure", this.procedureId,
					"workforce_incident", this.incidentId)
			.entrySet()) {
			assertThat(partyOf("select party_id from " + row.getKey() + " where id = ?", row.getValue()))
				.as(row.getKey())
				.isEqualTo(this.survivor.id());
			assertThat(audited(row.getValue(), "party merged")).as(row.getKey()).isTrue();
			// The entry names the parties, not their ids.
			assertThat(count("select count(*) from audit_field_change c join audit_entry e on e.id = c.entry_id"
					+ " where e.entity_id = ? and e.operation = 'party merged' and c.field = 'party' and c.old_value = '"
					+ this.duplicate.name().replace("'", "''") + "' and c.new_value = '"
					+ this.survivor.name().replace("'", "''") + "'", row.getValue()))
				.as(row.getKey())
				.isEqualTo(1);
		}

		// The duplicate is kept and says where it went; both carry an audit entry.
		JsonNode kept = this.manager.get("/api/v1/parties/" + this.duplicate.id()).json();
		assertThat(kept.get("mergedIntoId").asString()).isEqualTo(this.survivor.id().toString());
		assertThat(operations(this.duplicate)).contains("merged");
		assertThat(operations(this.survivor)).contains("merged");
		assertThat(this.jdbc.queryForObject(
				"select c.new_value from audit_field_change c join audit_entry e"
						+ " on e.id = c.entry_id where e.entity_id = ? and c.field = 'mergedFrom'",
				String.class, this.survivor.id()))
			.contains("1 user accounts");

		// Merged once: not again, and nothing is merged into it.
		assertThat(merge().status()).isIn(409, 412);
		Named third = new ChainApiFixtures(this.manager).externalCustomer("Amelia H");
		TestClient.Response intoMerged = this.manager.post("/api/v1/parties/" + third.id() + "/merge",
				Map.of("intoId", this.duplicate.id()), Map.of("If-Match", "\"0\""));
		assertProblem(intoMerged, 422, "intoId", "not-merged");
	}

	@Test
	void serviceNoticesAndAuditsNameTheSurvivorAfterwards() {
		TestClient.Response merged = merge();
		assertThat(merged.status()).as(merged.toString()).isEqualTo(200);

		// A notice at the duplicate is at the survivor, under its name.
		assertThat(partyOf("select subject_party_id from service_notice where id = ?", this.noticeAtId))
			.isEqualTo(this.survivor.id());
		assertThat(partyOf("select subject_id from service_notice where id = ?", this.noticeAtId))
			.isEqualTo(this.survivor.id());
		assertThat(this.jdbc.queryForObject("select subject_name from service_notice where id = ?", String.class,
				this.noticeAtId))
			.isEqualTo(this.survivor.name());
		// One that affected both names the survivor once; one that affected the duplicate
		// names the survivor, and its linked request follows the requester.
		assertThat(this.jdbc.queryForList("select party_id from service_notice_party where notice_id = ?", UUID.class,
				this.noticeBothId))
			.containsExactly(this.survivor.id());
		assertThat(this.jdbc.queryForList("select party_name from service_notice_party where notice_id = ?",
				String.class, this.noticeAffectingId))
			.containsExactly(this.survivor.name());
		assertThat(
				partyOf("select requester_id from service_notice_request where notice_id = ?", this.noticeAffectingId))
			.isEqualTo(this.survivor.id());
		assertThat(count("select count(*) from service_notice_party where party_id = ?", this.duplicate.id())).isZero();
		for (UUID notice : java.util.List.of(this.noticeAtId, this.noticeBothId, this.noticeAffectingId)) {
			assertThat(version("service_notice", notice)).as("notice version").isEqualTo(1);
			assertThat(mergeEntries(notice)).as("notice audit").isEqualTo(1);
		}
		assertThat(version("service_notice", this.noticeOtherId)).isZero();
		assertThat(audited(this.noticeOtherId, "party merged")).isFalse();

		// The duplicate's portal user, now the survivor's, sees all three.
		JsonNode seen = this.portalUser.get("/api/v1/service-notices").json().get("items");
		assertThat(seen.valueStream().map((notice) -> UUID.fromString(notice.get("id").asString())))
			.containsExactlyInAnyOrder(this.noticeAtId, this.noticeBothId, this.noticeAffectingId);
		TestClient.Response at = this.manager.get("/api/v1/service-notices/" + this.noticeAtId);
		assertThat(at.status()).as(at.toString()).isEqualTo(200);
		assertThat(at.json().get("subjectName").asString()).isEqualTo(this.survivor.name());

		// The audit of the duplicate is of the survivor, under its name.
		assertThat(partyOf("select subject_party_id from improvement_audit where id = ?", this.auditId))
			.isEqualTo(this.survivor.id());
		assertThat(this.jdbc.queryForObject("select subject_name from improvement_audit where id = ?", String.class,
				this.auditId))
			.isEqualTo(this.survivor.name());
		assertThat(version("improvement_audit", this.auditId)).isEqualTo(1);
		assertThat(mergeEntries(this.auditId)).isEqualTo(1);
		assertThat(partyOf("select subject_party_id from improvement_audit where id = ?", this.otherAuditId))
			.isEqualTo(this.chain.courier().id());
		assertThat(version("improvement_audit", this.otherAuditId)).isZero();

		assertThat(this.jdbc.queryForObject(
				"select c.new_value from audit_field_change c join audit_entry e"
						+ " on e.id = c.entry_id where e.entity_id = ? and c.field = 'mergedFrom'",
				String.class, this.survivor.id()))
			.contains("service notices and audits");
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
		assertThat(this.portalUser.get("/api/v1/me").json().get("partyId").asString())
			.isEqualTo(this.duplicate.id().toString());
		assertThat(partyOf("select consumer_party_id from agreement where id = ?", this.agreementId))
			.isEqualTo(this.duplicate.id());
		for (var row : Map
			.of("review_meeting_series", this.seriesId, "review_meeting", this.meetingId, "review_objective",
					this.objectiveId, "review_dispute", this.disputeId, "workforce_procedure", this.procedureId,
					"workforce_incident", this.incidentId)
			.entrySet()) {
			assertThat(partyOf("select party_id from " + row.getKey() + " where id = ?", row.getValue()))
				.as(row.getKey())
				.isEqualTo(this.duplicate.id());
			assertThat(audited(row.getValue(), "party merged")).as(row.getKey()).isFalse();
		}
		assertThat(partyOf("select subject_party_id from service_notice where id = ?", this.noticeAtId))
			.isEqualTo(this.duplicate.id());
		assertThat(this.jdbc.queryForList("select party_id from service_notice_party where notice_id = ?", UUID.class,
				this.noticeBothId))
			.containsExactlyInAnyOrder(this.duplicate.id(), this.survivor.id());
		assertThat(
				partyOf("select requester_id from service_notice_request where notice_id = ?", this.noticeAffectingId))
			.isEqualTo(this.duplicate.id());
		assertThat(partyOf("select subject_party_id from improvement_audit where id = ?", this.auditId))
			.isEqualTo(this.duplicate.id());
		for (UUID moved : java.util.List.of(this.noticeAtId, this.noticeBothId, this.noticeAffectingId, this.auditId)) {
			assertThat(version(moved.equals(this.auditId) ? "improvement_audit" : "service_notice", moved)).isZero();
			assertThat(audited(moved, "party merged")).isFalse();
		}
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

	private int count(String sql, Object id) {
		Integer found = this.jdbc.queryForObject(sql, Integer.class, id);
		return (found != null) ? found : 0;
	}

	private long version(String table, UUID id) {
		Long found = this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
		return (found != null) ? found : -1;
	}

	/** Entries saying a record moved from the duplicate to the survivor, by name. */
	private int mergeEntries(UUID entityId) {
		return count("select count(*) from audit_field_change c join audit_entry e on e.id = c.entry_id"
				+ " where e.entity_id = ? and e.operation = 'party merged' and c.field = 'party' and c.old_value = '"
				+ this.duplicate.name().replace("'", "''") + "' and c.new_value = '"
				+ this.survivor.name().replace("'", "''") + "'", entityId);
	}

	private boolean audited(UUID entityId, String operation) {
		return count("select count(*) from audit_entry where entity_id = ? and operation = '" + operation + "'",
				entityId) > 0;
	}

	private java.util.List<String> operations(Named party) {
		return this.manager.get("/api/v1/parties/" + party.id() + "/history")
			.json()
			.valueStream()
			.map((entry) -> entry.get("operation").asString())
			.toList();
	}

}
