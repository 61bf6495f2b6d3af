package org.servicechain.chain;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.servicechain.shared.AuditEntryView.FieldChange;
import org.servicechain.shared.AuditTrail;

/**
 * For a module's {@link PartiesMerged} listener whose records name the party in a
 * {@code party_id} column and are neither indexed for search nor held in memory during a
 * merge: moves every row of one table to the survivor in one statement, raises each row's
 * version (an open form of it goes stale) and audits each row with the two parties'
 * names. Inside the merge's transaction, like the listener. A listener that moves its
 * records as entities still writes their audit entries here ({@link #audit}), so every
 * moved record's entry has one shape.
 */
@Component
public class MergedPartyRows {

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	MergedPartyRows(EntityManager entityManager, JdbcClient jdbc, AuditTrail audit) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * @param table the module's table with a {@code party_id} and a {@code version}
	 * column
	 * @param entityType the audit trail's name for its records
	 * @return how many rows moved
	 */
	public int move(PartiesMerged merged, String table, String entityType) {
		// What the ORM has not written yet is written first, so this statement sees it.
		this.entityManager.flush();
		List<Moved> rows = this.jdbc.sql("select id, version from " + table + " where party_id = ?")
			.param(merged.from())
			.query((rs, n) -> new Moved(rs.getObject("id", UUID.class), rs.getLong("version")))
			.list();
		if (rows.isEmpty()) {
			return 0;
		}
		this.jdbc.sql("update " + table + " set party_id = ?, version = version + 1 where party_id = ?")
			.params(merged.into(), merged.from())
			.update();
		for (Moved row : rows) {
			audit(merged, entityType, row.id(), row.version() + 1);
		}
		return rows.size();
	}

	/**
	 * The audit entry of one record the merge moved, naming both parties: for a listener
	 * that moves its records as entities (they keep the party elsewhere than in a
	 * {@code party_id} column, or its name beside it).
	 * @param version the record's version after the move
	 */
	public void audit(PartiesMerged merged, String entityType, UUID id, long version) {
		this.audit.record(entityType, id, version, "party merged",
				List.of(new FieldChange("party", merged.fromName(), merged.intoName())));
	}

	private record Moved(UUID id, long version) {
	}

}
