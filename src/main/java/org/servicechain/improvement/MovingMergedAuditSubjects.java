package org.servicechain.improvement;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.servicechain.chain.PartiesMerged;
import org.servicechain.shared.AuditEntryView.FieldChange;
import org.servicechain.shared.AuditTrail;

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

	private final AuditTrail audit;

	MovingMergedAuditSubjects(Audits audits, AuditTrail audit) {
		this.audits = audits;
		this.audit = audit;
	}

	@EventListener
	void on(PartiesMerged merged) {
		List<FieldChange> change = List.of(new FieldChange("party", merged.fromName(), merged.intoName()));
		for (Audit moved : this.audits.findBySubjectPartyId(merged.from())) {
			moved.moveSubject(merged.into(), merged.intoName());
			this.audits.saveAndFlush(moved);
			this.audit.record(AuditManagement.ENTITY, moved.getId(), moved.getVersion(), "party merged", change);
		}
	}

}
