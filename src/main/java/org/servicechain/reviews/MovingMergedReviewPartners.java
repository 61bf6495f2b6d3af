package org.servicechain.reviews;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.servicechain.chain.PartiesMerged;
import org.servicechain.shared.AuditEntryView.FieldChange;
import org.servicechain.shared.AuditTrail;

/**
 * When a duplicate customer party is merged (REC-1), its review meeting series, the
 * meetings held in them, its objectives and its scorecard disputes become the survivor's,
 * inside the merge's transaction (a plain listener), so a failure moves none. Moved in
 * one statement per table, each row's version raised so an open form of it goes stale,
 * and each row audited with the party it moved from and to.
 */
@Component
class MovingMergedReviewPartners {

	private final EntityManager entityManager;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	MovingMergedReviewPartners(EntityManager entityManager, AuditTrail audit, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.audit = audit;
	}

	@EventListener
	void on(PartiesMerged merged) {
		this.entityManager.flush();
		move("review_meeting_series", "Meeting series", merged);
		move("review_meeting", "Meeting", merged);
		move("review_objective", "Objective", merged);
		move("review_dispute", "Scorecard dispute", merged);
	}

	private void move(String table, String entityType, PartiesMerged merged) {
		List<Moved> rows = this.jdbc.sql("select id, version from " + table + " where party_id = ?")
			.param(merged.from())
			.query((rs, n) -> new Moved(rs.getObject("id", UUID.class), rs.getLong("version")))
			.list();
		if (rows.isEmpty()) {
			return;
		}
		this.jdbc.sql("update " + table + " set party_id = ?, version = version + 1 where party_id = ?")
			.params(merged.into(), merged.from())
			.update();
		for (Moved row : rows) {
			this.audit.record(entityType, row.id(), row.version() + 1, "party merged",
					List.of(new FieldChange("party", merged.from().toString(), merged.into().toString())));
		}
	}

	private record Moved(UUID id, long version) {
	}

}
