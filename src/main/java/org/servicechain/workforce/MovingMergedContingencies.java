package org.servicechain.workforce;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.servicechain.chain.MergedPartyRows;
import org.servicechain.chain.PartiesMerged;

/**
 * When a duplicate customer party is merged (REC-1), the contingency procedures and
 * incidents that name it name the survivor, inside the merge's transaction (a plain
 * listener), so a failure moves none. Moved and audited by chain's
 * {@link MergedPartyRows}.
 */
@Component
class MovingMergedContingencies {

	private final MergedPartyRows rows;

	MovingMergedContingencies(MergedPartyRows rows) {
		this.rows = rows;
	}

	@EventListener
	void on(PartiesMerged merged) {
		this.rows.move(merged, "workforce_procedure", Contingency.PROCEDURE);
		this.rows.move(merged, "workforce_incident", Contingency.INCIDENT);
	}

}
