package org.servicechain.agreements;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.servicechain.chain.PartiesMerged;
import org.servicechain.shared.AuditTrail;

/**
 * When a duplicate customer party is merged (REC-1), the agreements it is a party to
 * become the survivor's, inside the merge's transaction (a plain listener), so a failure
 * moves none. Each is changed as an entity (its version goes up, the search index
 * follows) and audited like any change of its parties.
 * <p>
 * The rule when the survivor already has an agreement with the same provider: both are
 * kept as they are, each with its own terms versions, acceptances and comments; nothing
 * is merged or ended, because two agreements may rightly cover different services or
 * periods, and only a person can tell which one to supersede. If both are in force for a
 * shared service in overlapping periods, both stay in force (the merge ends none); the
 * usual overlap check then refuses to activate or agree a further overlapping one for the
 * pair until one of them is superseded.
 */
@Component
class MovingMergedAgreements {

	private final Agreements agreements;

	private final AuditTrail audit;

	MovingMergedAgreements(Agreements agreements, AuditTrail audit) {
		this.agreements = agreements;
		this.audit = audit;
	}

	@EventListener
	void on(PartiesMerged merged) {
		for (Agreement agreement : this.agreements.findInvolving(merged.from())) {
			Map<String, String> before = agreement.auditSnapshot();
			agreement.moveParty(merged.from(), merged.into());
			this.agreements.saveAndFlush(agreement);
			this.audit.updated(AgreementManagement.ENTITY, before, agreement);
		}
	}

}
