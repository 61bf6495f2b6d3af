package org.servicechain.improvement;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.servicechain.chain.MergedPartyRows;
import org.servicechain.chain.PartiesMerged;

/**
 * When a duplicate customer party is merged (REC-1), the audits of it (a team, partner or
 * supplier re-classed as a customer keeps the audits scheduled of it) are of the
 * survivor, inside the merge's transaction (a plain listener), so a failure moves none.
 * Not chain's {@code MergedPartyRows}: the party is in {@code subject_party_id} and the
 * audit keeps the subject's name beside it, so each audit is changed as an entity (its
 * version goes up) and audited once, naming both parties.
 */
@Component
class MovingMergedAuditSubjects {

	private final Audits audits;

	private final MergedPartyRows rows;

	MovingMergedAuditSubjects(Audits audits, MergedPartyRows rows) {
		this.audits = audits;
		this.rows = rows;
	}

	@EventListener
	void on(PartiesMerged merged) {
		for (Audit moved : this.audits.findBySubjectPartyId(merged.from())) {
			moved.moveSubject(merged.into(), merged.intoName());
			this.audits.saveAndFlush(moved);
			this.rows.audit(merged, AuditManagement.ENTITY, moved.getId(), moved.getVersion());
		}
	}

}
