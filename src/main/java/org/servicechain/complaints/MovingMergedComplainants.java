package org.servicechain.complaints;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.servicechain.chain.PartiesMerged;

/**
 * When a duplicate customer party is merged (REC-1), its complaints become the
 * survivor's, inside the merge's transaction (a plain listener), so a failure moves none.
 */
@Component
class MovingMergedComplainants {

	private final Complaints complaints;

	MovingMergedComplainants(Complaints complaints) {
		this.complaints = complaints;
	}

	@EventListener
	void on(PartiesMerged merged) {
		this.complaints.findByComplainantId(merged.from())
			.forEach((complaint) -> complaint.moveComplainant(merged.into()));
		this.complaints.flush();
	}

}
